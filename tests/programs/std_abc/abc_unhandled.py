from abc import ABC, abstractmethod

class Repository(ABC):
    @abstractmethod
    def get(self, key):
        ...
    @abstractmethod
    def put(self, key, value):
        ...
    @abstractmethod
    def delete(self, key):
        ...

class MemoryRepo(Repository):
    def __init__(self):
        self.data = {}
    def get(self, key):
        return self.data[key]
    def put(self, key, value):
        self.data[key] = value

print(sorted(MemoryRepo.__abstractmethods__))
repo = MemoryRepo()

class StorageError(Exception):
    pass


class Store:
    def __init__(self):
        self.data = {}

    def get(self, key):
        try:
            return self.data[key]
        except KeyError as e:
            raise StorageError('key %r missing from store' % key) from e


s = Store()
s.data['a'] = 1
print(s.get('a'))
s.get('b')

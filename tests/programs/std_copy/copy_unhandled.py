import copy

class Conn:
    def __init__(self):
        self.open = True
    def __deepcopy__(self, memo):
        raise TypeError('cannot copy an open connection')

data = {'conn': Conn(), 'rows': [1, 2]}
shallow = copy.copy(data)
print(shallow['conn'] is data['conn'], shallow['rows'])
deep = copy.deepcopy(data)
print(deep)

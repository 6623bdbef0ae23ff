class Node:
    __slots__ = ('value', 'next')

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)

    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1

    def pop(self):
        if self.head is None:
            raise IndexError('pop from empty LinkedList')
        n = self.head
        self.head = n.next
        self.size -= 1
        return n.value

    def __iter__(self):
        n = self.head
        while n is not None:
            yield n.value
            n = n.next

    def __len__(self):
        return self.size

    def __repr__(self):
        return 'LinkedList([%s])' % ', '.join(map(repr, self))

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError('LinkedList index out of range')

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
        return self


ll = LinkedList([1, 2, 3])
print(ll, len(ll), ll[0], ll[-1], list(ll), 2 in ll, 5 in ll)
ll.push(0)
print(ll, ll.pop(), ll.pop(), ll)
print(LinkedList('abc').reverse(), LinkedList() == LinkedList([]), LinkedList([1]) == [1])
try:
    LinkedList().pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    ll[10]
except IndexError as e:
    print(type(e).__name__, e)
print(sum(LinkedList(range(100))), max(LinkedList([3, 9, 2])), sorted(LinkedList([3, 1, 2])))

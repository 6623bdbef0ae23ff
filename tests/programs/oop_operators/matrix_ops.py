class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    @property
    def shape(self):
        return (len(self.rows), len(self.rows[0]) if self.rows else 0)

    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]

    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v

    def __add__(self, o):
        if not isinstance(o, Matrix):
            return NotImplemented
        if self.shape != o.shape:
            raise ValueError('shape mismatch: %s vs %s' % (self.shape, o.shape))
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])

    def __matmul__(self, o):
        n, m = self.shape
        m2, p = o.shape
        if m != m2:
            raise ValueError('cannot multiply %dx%d by %dx%d' % (n, m, m2, p))
        return Matrix([[sum(self[i, k] * o[k, j] for k in range(m)) for j in range(p)] for i in range(n)])

    def __mul__(self, k):
        return Matrix([[x * k for x in r] for r in self.rows])

    __rmul__ = __mul__

    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows

    def __repr__(self):
        return 'Matrix(%r)' % self.rows

    def __iter__(self):
        return iter(self.rows)

    def __len__(self):
        return len(self.rows)

    def __neg__(self):
        return self * -1

    def transpose(self):
        return Matrix(zip(*self.rows))


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b, a @ b, b @ a, 2 * a, a * 3, -a, a.transpose())
print(a == Matrix([[1, 2], [3, 4]]), a != b, a.shape, len(a), list(a), a[1, 0])
a[0, 0] = 10
print(a)
try:
    a + Matrix([[1]])
except ValueError as e:
    print(type(e).__name__, e)
try:
    a @ Matrix([[1, 2, 3]])
except ValueError as e:
    print(type(e).__name__, e)
try:
    a + 1
except TypeError as e:
    print(type(e).__name__, e)
ident = Matrix([[1, 0], [0, 1]])
print(a @ ident == a, (a @ ident) @ ident)

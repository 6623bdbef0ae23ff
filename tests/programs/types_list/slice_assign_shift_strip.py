# Slice assignment (same-size in place, resizing, self, extended), shifts at the int32/2**53 edges, strip(chars).
l = list(range(10)); l[2:5] = l[5:8]; print(l)
l[2:5] = l; print(l)
l = [1,2,3]; l[1:2] = (9, 8, 7); print(l)
l[::-1] = l[:]; print(l)
l[0:0] = []; print(l)
class L(list):
    def __iter__(self): return iter([0])
l[0:2] = L([5, 6]); print(l)
print((-1) >> 3, (-2**31) >> 31, (2**31 - 1) >> 30, (2**31) >> 1, 5 >> 40, -5 >> 40, (-2**40) >> 3, 7 << 52, 1 << 53)
print('..a,b..'.strip('.,'), ''.strip('x'), 'abc'.strip(''), 'xxx'.strip('x'), '.,'.lstrip(',.'), 'a😀.'.strip('.'), '😀a😀'.strip('😀'), 'ab'.rstrip('b'))

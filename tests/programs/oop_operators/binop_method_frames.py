import sys
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x)
        return NotImplemented
    def __sub__(self, o): return V(self.x - o.x)
    def __mul__(self, k): return V(self.x * k)
    def __truediv__(self, k): return V(self.x / k)
    def __repr__(self): return f"V({self.x})"
class W(V):
    def __radd__(self, o): return "W.__radd__"
class R:
    def __radd__(self, o): return ("R.radd", o)
print(V(1) + V(2), V(5) - V(3), V(2) * 3, V(3) / 2)
v = V(1); v += V(10); print(v)
v -= V(1); print(v); v *= 2; print(v); v /= 4; print(v)
print(V(1) + W(2))
print(V(1) + R())
try: V(1) + 1
except TypeError as e: print("TypeError:", e)
try:
    v = V(1); v += 1
except TypeError as e: print("TypeError:", e)
class I(V):
    def __iadd__(self, o): self.x += 100; return self
i = I(1); i += V(1); print(i)
class Bad:
    def __add__(self): return 1
try: Bad() + 1
except TypeError as e: print("TypeError:", e)
class G:
    def __add__(self, o): yield 1
print(type(G() + 1).__name__)
class E:
    def __add__(self, o): raise ValueError("boom")
try: E() + 1
except ValueError as e: print("ValueError", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
class Rec:
    def __add__(self, o): return self + o
try: Rec() + 1
except RecursionError as e: print("RecursionError", e)
events = []
def tr(frame, event, arg):
    if frame.f_code.co_name in ('__add__', '__sub__'): events.append((event, frame.f_code.co_name, arg if event == 'return' else None))
    return tr
sys.settrace(tr)
r = V(1) + V(2)
r = V(1) - V(2)
sys.settrace(None)
print(events)
class S(list):
    def __mul__(self, o): return NotImplemented
try: print(S([1]) * 2)
except TypeError as e: print("TypeError:", e)
class N:
    def __add__(self, o): return NotImplemented
class M:
    def __radd__(self, o): return "M.radd"
print(N() + M())
try: N() + N()
except TypeError as e: print("TypeError:", e)
def f():
    class Q:
        def __add__(self, o): return sys._getframe(1).f_code.co_name
    return Q() + 1
print(f())
class T:
    def __add__(self, o, *, k=5): return k
print(T() + 0)
class Z:
    def __sub__(self, o): return 1 / 0
try:
    Z() - 1
except ZeroDivisionError as e:
    tb = e.__traceback__; names = []
    while tb: names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno)); tb = tb.tb_next
    print(names)

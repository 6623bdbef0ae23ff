# Rich comparison and arithmetic dunders: reflected operands, subclass priority, total_ordering,
# three-argument pow, and the TypeError messages when nothing applies.
import functools
@functools.total_ordering
class V:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
    def __repr__(s): return f"V({s.v})"
print(sorted([V(3), V(1), V(2)]), V(1) <= V(1), V(2) > V(1), max(V(1), V(5)))
class NoOrder: pass
try: sorted([NoOrder(), NoOrder()])
except TypeError as e: print(e)
try: NoOrder() < 1
except TypeError as e: print(e)
try: 1 >= NoOrder()
except TypeError as e: print(e)
try: [1] < (1,)
except TypeError as e: print(e)
try: None < None
except TypeError as e: print(e)
class Rev:
    def __gt__(s, o): return "Rev.__gt__"
print(1 < Rev())
class Base:
    def __eq__(s, o): print("Base.eq"); return NotImplemented
class Derived(Base):
    def __eq__(s, o): print("Derived.eq"); return NotImplemented
print(Base() == Derived())
print(Derived() != Base())
class Str(str):
    def __eq__(s, o): return "str-eq"
    __hash__ = str.__hash__
print("a" == Str("a"), Str("a") == "a")
class Num:
    def __init__(s, v): s.v = v
    def __add__(s, o): return Num(s.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __mul__(s, o): return Num(s.v * o)
    def __rmul__(s, o): return Num(o * s.v)
    def __neg__(s): return Num(-s.v)
    def __pow__(s, o, m=None): return ("pow", o, m)
    def __rpow__(s, o): return ("rpow", o)
    def __matmul__(s, o): return "matmul"
    def __divmod__(s, o): return ("divmod", o)
    def __rdivmod__(s, o): return ("rdivmod", o)
print(sum([Num(1), Num(2)], Num(0)).v, (3 * Num(2)).v, (-Num(4)).v, pow(Num(2), 3, 5), 2 ** Num(1), Num(1) @ Num(2), divmod(Num(1), 2), divmod(2, Num(1)))
try: Num(1) - 1
except TypeError as e: print(e)
try: 1 - Num(1)
except TypeError as e: print(e)
try: Num(1) @ 1 if False else 1 @ Num(1)
except TypeError as e: print(e)
try: pow(1, Num(1), 3)
except TypeError as e: print(e)
x = Num(1)
x += 5
print(x.v)
try: x -= 1
except TypeError as e: print(e)
try: ~NoOrder()
except TypeError as e: print(e)

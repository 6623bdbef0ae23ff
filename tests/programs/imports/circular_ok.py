import _circ_a
print(_circ_a.A1, _circ_a.A2)
import _circ_b
print(_circ_b.B, _circ_b.HAS_A2)
print(_circ_b._circ_a is _circ_a, _circ_a._circ_b is _circ_b)

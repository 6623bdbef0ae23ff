print('start _circ_b')
import _circ_a
B = 'b sees ' + _circ_a.A1
HAS_A2 = hasattr(_circ_a, 'A2')
print('end _circ_b', HAS_A2)

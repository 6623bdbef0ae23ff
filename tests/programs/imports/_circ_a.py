print('start _circ_a')
A1 = 'a1'
import _circ_b
A2 = 'a2 sees ' + _circ_b.B
print('end _circ_a')

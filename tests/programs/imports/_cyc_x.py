print('start _cyc_x')
X = 'x'
from _cyc_y import Y
print('end _cyc_x')

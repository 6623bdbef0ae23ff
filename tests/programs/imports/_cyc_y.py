print('start _cyc_y')
from _cyc_x import X
from _cyc_x import LATER
Y = 'y'

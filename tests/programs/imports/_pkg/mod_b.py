print('executing _pkg.mod_b', __name__)
from . import mod_a
from .mod_a import A as A_FROM_A
B = 'b' + mod_a.A

print('main starts')
import _tb_mod
print('unreachable')

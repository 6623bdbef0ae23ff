import sys, math
import builtins
print(sys.modules['math'] is math, sys.modules['builtins'] is builtins)
print(builtins.len('abc'), builtins.abs(-3))
print('sys' in sys.builtin_module_names, 'builtins' in sys.builtin_module_names)
import math as m2
print(m2 is math)
from sys import modules
print(modules is sys.modules)
print(type(math).__name__, type(sys) is type(math))
print(isinstance(math, type(sys)))
import importlib
print(type(importlib).__name__, importlib.import_module('sys') is sys)

print('before')
import _definitely_missing_module
print('after')

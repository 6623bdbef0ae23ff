# The dis module from Python code: output must equal python3.7 running the same file.
import dis
def f(x, y=2):
    return [x * i for i in range(y)]
dis.dis(f)
print(dis.opname[100], dis.opmap['BINARY_ADD'], dis.cmp_op[2], dis.HAVE_ARGUMENT)
print(dis.stack_effect(dis.opmap['BUILD_TUPLE'], 3), dis.stack_effect(1))
print(list(dis.findlinestarts(f.__code__)))
dis.dis("a + b * 2")
class C:
    def m(self):
        return self
    def n(self, k):
        return k
dis.dis(C)

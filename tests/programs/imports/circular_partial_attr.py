import _cyc_attr
print(_cyc_attr.LATE)
import _cyc_attr2
print(_cyc_attr2._cyc_attr is _cyc_attr)

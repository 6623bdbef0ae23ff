import _cyc_attr2
LATE = 'late'

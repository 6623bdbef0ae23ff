import _simple.child

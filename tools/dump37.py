"""Dump the code objects CPython compiles for a file as JSON (run with python3.7).

Development aid: lets the VM and dis be checked against CPython 3.7's own bytecode, and lets
codegen differences be found field by field. Usage: python3.7 tools/dump37.py FILE > FILE.json
"""
import json
import sys
import types


def const(v):
    if v is None:
        return {"None": True}
    if v is Ellipsis:
        return {"Ellipsis": True}
    if isinstance(v, bool):
        return {"bool": v}
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, float):
        return {"float": repr(v)}
    if isinstance(v, complex):
        return {"complex": [repr(v.real), repr(v.imag)]}
    if isinstance(v, str):
        return {"str": v}
    if isinstance(v, bytes):
        return {"bytes": v.hex()}
    if isinstance(v, tuple):
        return {"tuple": [const(x) for x in v]}
    if isinstance(v, frozenset):
        return {"frozenset": [const(x) for x in v]}
    if isinstance(v, types.CodeType):
        return {"code": code(v)}
    raise TypeError(type(v))


def code(co):
    return {
        "co_argcount": co.co_argcount,
        "co_kwonlyargcount": co.co_kwonlyargcount,
        "co_nlocals": co.co_nlocals,
        "co_stacksize": co.co_stacksize,
        "co_flags": co.co_flags,
        "co_code": co.co_code.hex(),
        "co_consts": [const(c) for c in co.co_consts],
        "co_names": list(co.co_names),
        "co_varnames": list(co.co_varnames),
        "co_freevars": list(co.co_freevars),
        "co_cellvars": list(co.co_cellvars),
        "co_filename": co.co_filename,
        "co_name": co.co_name,
        "co_firstlineno": co.co_firstlineno,
        "co_lnotab": co.co_lnotab.hex(),
    }


if __name__ == "__main__":
    path = sys.argv[1]
    with open(path, encoding="utf-8") as f:
        src = f.read()
    print(json.dumps(code(compile(src, path, "exec", dont_inherit=True))))

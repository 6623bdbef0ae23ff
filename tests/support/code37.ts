/**
 * Loads the JSON that tools/dump37.py writes (CPython 3.7's own code objects) into
 * CodeObjects, so the VM and dis can be checked against real 3.7 bytecode.
 */
import { CodeObject } from '../../vm/code.js';
import { Ellipsis, None, PyBytes, PyComplex, PyFloat, PyTuple, type PyValue } from '../../vm/objects/object.js';

type Json = Record<string, any>;

function hex(s: string): Uint8Array {
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(s.substr(i * 2, 2), 16);
  return out;
}

function int(s: string): number | bigint {
  const b = BigInt(s);
  return b >= BigInt(Number.MIN_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
}

/** Python's float repr → number ('inf' and 'nan' are not JS number syntax). */
function float(s: string): number {
  return s === 'inf' ? Infinity : s === '-inf' ? -Infinity : s === 'nan' ? NaN : Number(s);
}

export function loadConst(c: Json, makeFrozenSet: (items: PyValue[]) => PyValue): PyValue {
  if ('None' in c) return None;
  if ('Ellipsis' in c) return Ellipsis;
  if ('bool' in c) return c.bool as boolean;
  if ('int' in c) return int(c.int);
  if ('float' in c) return new PyFloat(float(c.float));
  if ('complex' in c) return new PyComplex(float(c.complex[0]), float(c.complex[1]));
  if ('str' in c) return c.str as string;
  if ('bytes' in c) return new PyBytes(hex(c.bytes));
  if ('tuple' in c) return new PyTuple(c.tuple.map((x: Json) => loadConst(x, makeFrozenSet)));
  if ('frozenset' in c) return makeFrozenSet(c.frozenset.map((x: Json) => loadConst(x, makeFrozenSet)));
  if ('code' in c) return loadCode(c.code, makeFrozenSet);
  throw new Error(`unknown constant ${JSON.stringify(c)}`);
}

export function loadCode(j: Json, makeFrozenSet: (items: PyValue[]) => PyValue): CodeObject {
  return new CodeObject({
    co_argcount: j.co_argcount,
    co_posonlyargcount: 0,
    co_kwonlyargcount: j.co_kwonlyargcount,
    co_nlocals: j.co_nlocals,
    co_stacksize: j.co_stacksize,
    co_flags: j.co_flags,
    co_code: hex(j.co_code),
    co_consts: j.co_consts.map((c: Json) => loadConst(c, makeFrozenSet)),
    co_names: j.co_names,
    co_varnames: j.co_varnames,
    co_freevars: j.co_freevars,
    co_cellvars: j.co_cellvars,
    co_filename: j.co_filename,
    co_name: j.co_name,
    co_firstlineno: j.co_firstlineno,
    co_lnotab: hex(j.co_lnotab),
  });
}

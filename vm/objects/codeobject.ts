/**
 * The Python-level face of code objects: `repr(co)` and the read-only `co_*` attributes, on
 * CodeType. The CodeObject class itself lives in vm/code.ts (shared by compiler and VM).
 * CPython: Objects/codeobject.c (code_repr, code_memberlist, code_getsetlist).
 */
import type { CodeObject } from '../code.js';
import { CodeType, PyBytes, PyTuple, defGetSet, defMethod, type PyValue } from './object.js';
import { hexId } from './id.js';

/** CPython: code_repr — `<code object f at 0x7f…, file "x.py", line 3>`. */
export function codeRepr(co: CodeObject): string {
  return `<code object ${co.co_name} at ${hexId(co)}, file "${co.co_filename}", line ${co.co_firstlineno}>`;
}

const strTuple = (xs: readonly string[]): PyTuple => new PyTuple(xs.slice());

defMethod(CodeType, '__repr__', self => codeRepr(self as CodeObject));

const attrs: [string, (co: CodeObject) => PyValue][] = [
  ['co_argcount', co => co.co_argcount],
  ['co_posonlyargcount', co => co.co_posonlyargcount],
  ['co_kwonlyargcount', co => co.co_kwonlyargcount],
  ['co_nlocals', co => co.co_nlocals],
  ['co_stacksize', co => co.co_stacksize],
  ['co_flags', co => co.co_flags],
  ['co_code', co => new PyBytes(co.co_code)],
  ['co_consts', co => new PyTuple(co.co_consts.slice())],
  ['co_names', co => strTuple(co.co_names)],
  ['co_varnames', co => strTuple(co.co_varnames)],
  ['co_freevars', co => strTuple(co.co_freevars)],
  ['co_cellvars', co => strTuple(co.co_cellvars)],
  ['co_filename', co => co.co_filename],
  ['co_name', co => co.co_name],
  ['co_firstlineno', co => co.co_firstlineno],
  ['co_lnotab', co => new PyBytes(co.co_lnotab)],
];
for (const [name, get] of attrs) defGetSet(CodeType, name, self => get(self as CodeObject));

/**
 * The Python-level face of code objects: `repr(co)` and the read-only `co_*` attributes, on
 * CodeType. The CodeObject class itself lives in vm/code.ts (shared by compiler and VM).
 * CPython: Objects/codeobject.c (code_repr, code_memberlist, code_getsetlist).
 */
import { findLineStarts, type CodeObject } from '../code.js';
import { CodeType, PyBytes, PyList, PyTuple, defGetSet, defMethod, type PyValue } from './object.js';
import { getIter } from '../abstract.js';
import { hexId } from './id.js';
import { CodeObject as CodeObjectCtor, type CodeFields } from '../code.js';
import { typeOf } from './object.js';
import { Exc, newException } from './exceptions.js';

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

/**
 * CPython: code.replace(**kwargs) — a copy with some co_* fields changed (types.coroutine uses
 * it to set CO_ITERABLE_COROUTINE). Keyword arguments only, with CPython 3.11's messages.
 */
const REPLACE_INT = ['co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_stacksize',
  'co_flags', 'co_firstlineno'] as const;
const REPLACE_STR = ['co_filename', 'co_name'] as const;
const REPLACE_NAMES = ['co_names', 'co_varnames', 'co_freevars', 'co_cellvars'] as const;

defMethod(CodeType, 'replace', (self, args, kwnames) => {
  const co = self as CodeObject;
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length > nkw) throw newException(Exc.TypeError, 'replace() takes no positional arguments');
  const f: CodeFields = {
    co_argcount: co.co_argcount, co_posonlyargcount: co.co_posonlyargcount, co_kwonlyargcount: co.co_kwonlyargcount,
    co_nlocals: co.co_nlocals, co_stacksize: co.co_stacksize, co_flags: co.co_flags, co_code: co.co_code,
    co_consts: co.co_consts, co_names: co.co_names, co_varnames: co.co_varnames, co_freevars: co.co_freevars,
    co_cellvars: co.co_cellvars, co_filename: co.co_filename, co_name: co.co_name,
    co_firstlineno: co.co_firstlineno, co_lnotab: co.co_lnotab,
  };
  const base = args.length - nkw;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k], v = args[base + k];
    const mustBe = (what: string): never => {
      throw newException(Exc.TypeError, `replace() argument '${name}' must be ${what}, not ${typeOf(v).name}`);
    };
    if ((REPLACE_INT as readonly string[]).includes(name)) {
      if (typeof v !== 'number' && typeof v !== 'boolean') {
        throw newException(Exc.TypeError, `'${typeOf(v).name}' object cannot be interpreted as an integer`);
      }
      (f as unknown as Record<string, number>)[name] = Number(v);
    } else if ((REPLACE_STR as readonly string[]).includes(name)) {
      if (typeof v !== 'string') mustBe('str');
      (f as unknown as Record<string, string>)[name] = v as string;
    } else if ((REPLACE_NAMES as readonly string[]).includes(name)) {
      if (!(v instanceof PyTuple)) mustBe('tuple');
      const items = (v as PyTuple).items;
      if (!items.every(x => typeof x === 'string')) throw newException(Exc.TypeError, 'name tuples must contain only strings, not tuple');
      (f as unknown as Record<string, string[]>)[name] = items.slice() as string[];
    } else if (name === 'co_consts') {
      if (!(v instanceof PyTuple)) mustBe('tuple');
      f.co_consts = (v as PyTuple).items.slice();
    } else if (name === 'co_code' || name === 'co_linetable' || name === 'co_lnotab') {
      if (!(v instanceof PyBytes)) mustBe('bytes');
      if (name === 'co_code') f.co_code = (v as PyBytes).data.slice();
      else f.co_lnotab = (v as PyBytes).data.slice();
    } else if (name !== 'co_qualname' && name !== 'co_exceptiontable') {
      throw newException(Exc.TypeError, `'${name}' is an invalid keyword argument for replace()`);
    }
  }
  return new CodeObjectCtor(f);
});

/** CPython: code.co_lines() — (start, end, line) for each run of instructions on one line. */
defMethod(CodeType, 'co_lines', self => {
  const co = self as CodeObject;
  const starts = findLineStarts(co);
  const out: PyValue[] = [];
  for (let i = 0; i < starts.length; i++) {
    const end = i + 1 < starts.length ? starts[i + 1][0] : co.co_code.length;
    out.push(new PyTuple([starts[i][0], end, starts[i][1]]));
  }
  return getIter(new PyList(out));
});

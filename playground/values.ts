/**
 * Short, side-effect-free reprs of live VM values for the panels. A paused program must not
 * run Python code just to be looked at, so user-defined `__repr__` is never called: instances
 * show as `<Name object>`, builtin containers are walked here with a length budget.
 */
import {
  Ellipsis, None, NotImplemented, PyBuiltinFunction, PyBytes, PyCell, PyComplex, PyFloat, PyList,
  PyMethod, PyTuple, PyType, typeOf, type PyValue,
} from '../vm/objects/object.js';
import { PyDict } from '../vm/objects/dict.js';
import { PySet } from '../vm/objects/set.js';
import { PyFunction } from '../vm/objects/function.js';
import { CodeObject } from '../vm/code.js';
import { PyException } from '../vm/objects/exceptions.js';
import { floatRepr } from '../vm/objects/float.js';
import { strRepr } from '../vm/objects/str.js';
import { Frame } from '../vm/frame.js';

const LIMIT = 60;

/** A repr of `v` at most about `limit` characters long. */
export function show(v: PyValue | null | undefined, limit = LIMIT): string {
  if (v === null || v === undefined) return '<empty>';
  const s = reprOf(v, limit, 0);
  return s.length > limit ? s.slice(0, limit - 1) + '…' : s;
}

function seq(items: readonly PyValue[], open: string, close: string, limit: number, depth: number, single = false): string {
  if (depth > 3) return open + '…' + close;
  let out = open;
  for (let i = 0; i < items.length; i++) {
    if (out.length > limit) return out + '…' + close;
    if (i > 0) out += ', ';
    out += reprOf(items[i], limit, depth + 1);
  }
  return out + (single && items.length === 1 ? ',' : '') + close;
}

function reprOf(v: PyValue, limit: number, depth: number): string {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return String(v);
    case 'boolean':
      return v ? 'True' : 'False';
    case 'string':
      return strRepr(v.length > limit ? v.slice(0, limit) : v);
  }
  if (v === None) return 'None';
  if (v === Ellipsis) return 'Ellipsis';
  if (v === NotImplemented) return 'NotImplemented';
  if (v instanceof PyFloat) return floatRepr(v.value);
  if (v instanceof PyComplex) return `(${floatRepr(v.real)}${v.imag < 0 ? '' : '+'}${floatRepr(v.imag)}j)`;
  const t = typeOf(v);
  if (v instanceof PyTuple && t.name === 'tuple') return seq(v.items, '(', ')', limit, depth, true);
  if (v instanceof PyList && t.name === 'list') return seq(v.items, '[', ']', limit, depth);
  if (v instanceof PyDict && t.name === 'dict') {
    const parts = v.entriesArray().map(([k, x]) => `${reprOf(k, limit, depth + 1)}: ${reprOf(x, limit, depth + 1)}`);
    return depth > 3 ? '{…}' : '{' + parts.join(', ') + '}';
  }
  if (v instanceof PySet) {
    if (v.size === 0) return `${t.name}()`;
    const body = seq(v.items(), '{', '}', limit, depth);
    return t.name === 'set' ? body : `${t.name}(${body})`;
  }
  if (v instanceof PyBytes) return `b'…${v.data.length} bytes'`;
  if (v instanceof PyType) return `<class '${v.name}'>`;
  if (v instanceof PyFunction) return `<function ${v.func_qualname}>`;
  if (v instanceof PyMethod) return `<bound method ${v.im_func instanceof PyFunction ? v.im_func.func_qualname : '?'}>`;
  if (v instanceof PyBuiltinFunction) return `<built-in ${v.name}>`;
  if (v instanceof CodeObject) return `<code ${v.co_name}>`;
  if (v instanceof PyCell) return `<cell: ${v.ob_ref === null ? 'empty' : reprOf(v.ob_ref, limit, depth + 1)}>`;
  if (v instanceof Frame) return `<frame ${v.f_code.co_name}>`;
  if (v instanceof PyException) return `${t.name}(…)`;
  return `<${t.name} object>`;
}

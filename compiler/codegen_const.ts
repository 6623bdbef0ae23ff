/**
 * Keys for the constant table, CPython's _PyCode_ConstantKey: two constants share a co_consts
 * slot only when type and value agree, so 0, 0.0, -0.0, False and 0j stay distinct, tuples and
 * frozensets compare element keys, and code objects compare by content as code_richcompare does.
 */
import { CodeObject } from '../vm/code.js';
import { Ellipsis, None, PyBytes, PyComplex, PyFloat, PyObject, PyTuple, type PyValue } from '../vm/objects/object.js';

const identity = new WeakMap<object, number>();
let nextIdentity = 0;

function floatKey(x: number): string {
  if (Object.is(x, -0)) return '-0';
  if (Number.isNaN(x)) return 'nan';
  return String(x);
}

function hex(a: Uint8Array): string {
  let s = '';
  for (let i = 0; i < a.length; i++) s += a[i].toString(16).padStart(2, '0');
  return s;
}

/** Elements of a frozenset constant, whatever shape the constant folder gave it. */
function frozenItems(o: PyObject): PyValue[] | null {
  const r = o as unknown as { items?: unknown; keys?: unknown };
  if (typeof r.items === 'function') return (r.items as () => PyValue[]).call(o);
  if (Array.isArray(r.items)) return r.items as PyValue[];
  if (r.items instanceof Map) return [...(r.items as Map<unknown, PyValue>).values()];
  if (typeof r.keys === 'function') {
    try {
      return [...(r.keys as () => Iterable<PyValue>)()];
    } catch {
      return null;
    }
  }
  return null;
}

export function constKey(v: PyValue): string {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return 'i' + v.toString();
    case 'boolean':
      return v ? 'T' : 'F';
    case 'string':
      return 's' + JSON.stringify(v);
    default:
      break;
  }
  if (v === None) return 'N';
  if (v === Ellipsis) return 'E';
  if (v instanceof PyFloat) return 'f' + floatKey(v.value);
  if (v instanceof PyComplex) return 'c' + floatKey(v.real) + ',' + floatKey(v.imag);
  if (v instanceof PyBytes) return 'b' + hex(v.data);
  if (v instanceof PyTuple && v.ob_type.name === 'tuple') return '(' + v.items.map(constKey).join(',') + ')';
  if (v instanceof CodeObject) {
    return 'C{' + [
      JSON.stringify(v.co_name), v.co_argcount, v.co_kwonlyargcount, v.co_nlocals, v.co_flags,
      v.co_firstlineno, hex(v.co_code), '(' + v.co_consts.map(constKey).join(',') + ')',
      JSON.stringify(v.co_names), JSON.stringify(v.co_varnames), JSON.stringify(v.co_freevars),
      JSON.stringify(v.co_cellvars),
    ].join(';') + '}';
  }
  if (v.ob_type.name === 'frozenset') {
    const items = frozenItems(v);
    if (items !== null) return 'z{' + items.map(constKey).sort().join(',') + '}';
  }
  let id = identity.get(v);
  if (id === undefined) {
    id = nextIdentity++;
    identity.set(v, id);
  }
  return 'o' + id;
}

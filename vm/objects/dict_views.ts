/**
 * dict views: `d.keys()`, `d.values()`, `d.items()` — live, sized, iterable, reversible, with
 * set operations for keys and items views (results are plain sets) and `mapping`.
 * CPython: Objects/dictobject.c (dictview_*, dictkeys_*, dictitems_*).
 */
import {
  NotImplemented, ObjectType, PyObject, PyTuple, PyType, defGetSet, defMethod, typeOf, type PyValue,
} from './object.js';
import { typeError } from './exceptions.js';
import { repr as pyRepr } from '../abstract.js';
import { PyDict } from './dict.js';
import { DICT_KEYS, DICT_VALUES, DictIterator, DictRevIterator } from './iter.js';
import { PySet, iterableItems, newSet, setDifference, setIntersection, setSymDiff, setUnion } from './set.js';
import { eqBool, reprEnter, reprLeave } from './tuple.js';

export const DictKeysType = new PyType('dict_keys', ObjectType, 0);
export const DictValuesType = new PyType('dict_values', ObjectType, 0);
export const DictItemsType = new PyType('dict_items', ObjectType, 0);

/** A live view on a dict (CPython: _PyDictViewObject). */
export class PyDictView extends PyObject {
  constructor(readonly dict: PyDict, readonly kind: number) {
    super(kind === DICT_KEYS ? DictKeysType : kind === DICT_VALUES ? DictValuesType : DictItemsType);
  }
}

function asView(v: PyValue): PyDictView {
  if (v instanceof PyDictView) return v;
  throw typeError(`descriptor requires a dict view but received a '${typeOf(v).name}'`);
}

/** The view's elements (keys, values or (key, value) tuples) in order. */
export function viewItems(v: PyDictView): PyValue[] {
  const d = v.dict;
  if (v.kind === DICT_KEYS) return d.keysArray();
  if (v.kind === DICT_VALUES) return d.valuesArray();
  return d.entriesArray().map(([k, x]) => new PyTuple([k, x]));
}

function viewContains(v: PyDictView, x: PyValue): boolean {
  const d = v.dict;
  if (v.kind === DICT_KEYS) return d.has(x);
  if (v.kind === DICT_VALUES) {
    for (const y of d.valuesArray()) if (eqBool(y, x)) return true;
    return false;
  }
  if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
  const found = d.get(x.items[0]);
  return found !== undefined && eqBool(found, x.items[1]);
}

function viewRepr(v: PyDictView): string {
  const name = v.ob_type.name;
  if (reprEnter(v)) return '...';
  try {
    return `${name}([${viewItems(v).map((x) => pyRepr(x)).join(', ')}])`;
  } finally {
    reprLeave(v);
  }
}

/** Elements of a set-like operand: a view reads itself, anything else is iterated. */
function operandSet(v: PyValue): PySet {
  if (v instanceof PySet) return v;
  if (v instanceof PyDictView) return newSet(viewItems(v));
  return newSet(iterableItems(v));
}

function isSetLike(v: PyValue): boolean {
  return v instanceof PySet || (v instanceof PyDictView && v.kind !== DICT_VALUES);
}

function install(): void {
  for (const T of [DictKeysType, DictValuesType, DictItemsType]) {
    defMethod(T, '__len__', (s) => asView(s).dict.size);
    defMethod(T, '__iter__', (s) => new DictIterator(asView(s).dict, asView(s).kind));
    T.tp_iter = (s) => new DictIterator(asView(s).dict, asView(s).kind);
    defMethod(T, '__reversed__', (s) => new DictRevIterator(asView(s).dict, asView(s).kind));
    defMethod(T, '__repr__', (s) => viewRepr(asView(s)));
    defGetSet(T, 'mapping', (s) => asView(s).dict);
    if (T === DictValuesType) continue;
    defMethod(T, '__contains__', (s, a) => viewContains(asView(s), a[0]));
    // The other operand may be any iterable; the result is always a plain set.
    const op = (f: (a: PySet, b: PyValue) => PySet, swap: boolean) => (s: PyValue, a: PyValue[]): PyValue =>
      swap ? f(operandSet(a[0]), s) : f(operandSet(s), a[0]);
    defMethod(T, '__and__', op((x, y) => setIntersection(x, [y]), false));
    defMethod(T, '__rand__', op((x, y) => setIntersection(x, [y]), true));
    defMethod(T, '__or__', op((x, y) => setUnion(x, [y]), false));
    defMethod(T, '__ror__', op((x, y) => setUnion(x, [y]), true));
    defMethod(T, '__sub__', op((x, y) => setDifference(x, [y]), false));
    defMethod(T, '__rsub__', op((x, y) => setDifference(x, [y]), true));
    defMethod(T, '__xor__', op((x, y) => setSymDiff(x, y), false));
    defMethod(T, '__rxor__', op((x, y) => setSymDiff(x, y), true));
    defMethod(T, 'isdisjoint', (s, a) => {
      const mine = operandSet(s);
      for (const x of iterableItems(a[0])) if (mine.has(x)) return false;
      return true;
    });
    const cmp = (f: (a: PySet, b: PySet) => boolean) => (s: PyValue, a: PyValue[]): PyValue => {
      if (!isSetLike(a[0])) return NotImplemented;
      return f(operandSet(s), operandSet(a[0]));
    };
    const sub = (a: PySet, b: PySet): boolean => {
      if (a.size > b.size) return false;
      for (const x of a.items()) if (!b.has(x)) return false;
      return true;
    };
    defMethod(T, '__eq__', cmp((a, b) => a.size === b.size && sub(a, b)));
    defMethod(T, '__ne__', cmp((a, b) => !(a.size === b.size && sub(a, b))));
    defMethod(T, '__le__', cmp(sub));
    defMethod(T, '__lt__', cmp((a, b) => a.size < b.size && sub(a, b)));
    defMethod(T, '__ge__', cmp((a, b) => sub(b, a)));
    defMethod(T, '__gt__', cmp((a, b) => b.size < a.size && sub(b, a)));
  }
  defMethod(DictValuesType, '__contains__', (s, a) => viewContains(asView(s), a[0]));
}

install();

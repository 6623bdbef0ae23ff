/**
 * dict's Python-visible methods on DictType: construction and update (mappings, `keys()`
 * duck-typing, pair sequences, keywords), item access with `__missing__` for subclasses,
 * views, get/pop/popitem/setdefault/fromkeys/copy/clear, `|` and `|=`, equality and
 * repr `{'a': 1}` with the `{...}` recursion guard. CPython: Objects/dictobject.c.
 */
import {
  DictType, None, NotImplemented, PyBuiltinFunction, PyTuple, PyType, defFixedArity, defMethod, isSubtype,
  lookupType, typeOf, type PyValue,
} from './object.js';
import { Exc, PyException, newException, newExceptionArgs, typeError, checkNewType } from './exceptions.js';
import { callMethod, eq, getAttr, getItem, getIter, hash as pyHash, iterNext, repr as pyRepr, toArray } from '../abstract.js';
import { callObject } from '../call.js';
import { PyDict, dictDelItem, setDictProtocol } from './dict.js';
import { PyDictView } from './dict_views.js';
import { DICT_ITEMS, DICT_KEYS, DICT_VALUES, DictIterator, DictRevIterator, splitArgs } from './iter.js';
import { eqBool, reprEnter, reprLeave } from './tuple.js';

function asDict(v: PyValue): PyDict {
  if (v instanceof PyDict) return v;
  throw typeError(`descriptor requires a 'dict' object but received a '${typeOf(v).name}'`);
}

/** `d[key]`, calling `__missing__` on dict subclasses (CPython: dict_subscript). */
export function dictSubscript(d: PyDict, key: PyValue): PyValue {
  const v = d.get(key);
  if (v !== undefined) return v;
  if (d.ob_type !== DictType) {
    const missing = lookupType(d.ob_type, '__missing__');
    if (missing !== undefined) return callMethod(missing, d, [key]);
  }
  throw newExceptionArgs(Exc.KeyError, [key]);
}

/** CPython: dict_merge / PyDict_MergeFromSeq2 — what update() and dict(x) do with `x`. */
export function dictUpdateFrom(d: PyDict, src: PyValue): void {
  if (src instanceof PyDict && lookupType(src.ob_type, '__iter__') === lookupType(DictType, '__iter__')) {
    const keys = src.keys, vals = src.vals;
    for (let i = src.nextIndex(0); i >= 0; i = src.nextIndex(i + 1)) d.set(keys[i], vals[i]);
    return;
  }
  if (typeof src === 'object' && lookupType(src.ob_type, 'keys') !== undefined) {
    const ks = toArray(callObject(getAttr(src, 'keys'), [], null));
    for (const k of ks) d.set(k, getItem(src, k));
    return;
  }
  const it = getIter(src);
  let n = 0;
  for (let item = iterNext(it); item !== null; item = iterNext(it), n++) {
    let pair: PyValue[];
    if (item instanceof PyTuple) pair = item.items;
    else {
      try {
        pair = toArray(item);
      } catch (e) {
        if (e instanceof PyException && isSubtype(e.ob_type, Exc.TypeError)) {
          throw typeError(`cannot convert dictionary update sequence element #${n} to a sequence`);
        }
        throw e;
      }
    }
    if (pair.length !== 2) {
      throw newException(Exc.ValueError, `dictionary update sequence element #${n} has length ${pair.length}; 2 is required`);
    }
    d.set(pair[0], pair[1]);
  }
}

/** update(*args, **kw) as dict() and dict.update take them. */
function updateArgs(d: PyDict, args: PyValue[], kwnames: readonly string[] | null, fname: string): void {
  const [pos, kw] = splitArgs(args, kwnames);
  if (pos.length > 1) throw typeError(`${fname} expected at most 1 argument, got ${pos.length}`);
  if (pos.length === 1) dictUpdateFrom(d, pos[0]);
  if (kw !== null) for (const [k, v] of kw) d.setStr(k, v);
}

export function dictRepr(d: PyDict): string {
  if (d.size === 0) return '{}';
  if (reprEnter(d)) return '{...}';
  try {
    let s = '{';
    let first = true;
    for (let i = d.nextIndex(0); i >= 0; i = d.nextIndex(i + 1)) {
      const k = d.keys[i];
      const v = d.vals[i];
      s += (first ? '' : ', ') + pyRepr(k) + ': ' + pyRepr(v);
      first = false;
    }
    return s + '}';
  } finally {
    reprLeave(d);
  }
}

/** CPython: dict_equal. */
export function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (let i = a.nextIndex(0); i >= 0; i = a.nextIndex(i + 1)) {
    const k = a.keys[i], v = a.vals[i];
    const w = b.get(k);
    if (w === undefined || !eqBool(v, w)) return false;
  }
  return true;
}

function argCount(name: string, a: PyValue[], min: number, max: number): void {
  if (a.length < min) throw typeError(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${a.length}`);
  if (a.length > max) throw typeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${a.length}`);
}

setDictProtocol(pyHash, (a, b) => eq(a, b));

function install(): void {
  const D = DictType;
  D.dict.set('__new__', new PyBuiltinFunction('__new__', (_s, a) => {
    const cls = a[0];
    checkNewType(cls, D, 'dict');
    return new PyDict(cls);
  }, D));
  defMethod(D, '__init__', (s, a, kw) => {
    updateArgs(asDict(s), a, kw, 'dict');
    return None;
  });
  D.dict.set('__hash__', None);
  defMethod(D, '__len__', (s) => asDict(s).size);
  defMethod(D, '__getitem__', (s, a) => dictSubscript(asDict(s), a[0]));
  defMethod(D, '__setitem__', (s, a) => {
    asDict(s).set(a[0], a[1]);
    return None;
  });
  defMethod(D, '__delitem__', (s, a) => {
    dictDelItem(asDict(s), a[0]);
    return None;
  });
  defMethod(D, '__contains__', (s, a) => asDict(s).has(a[0]));
  defMethod(D, '__iter__', (s) => new DictIterator(asDict(s), DICT_KEYS));
  D.tp_iter = (s) => new DictIterator(s as PyDict, DICT_KEYS);
  defMethod(D, '__reversed__', (s) => new DictRevIterator(asDict(s), DICT_KEYS));
  defMethod(D, '__repr__', (s) => dictRepr(asDict(s)));
  defMethod(D, 'keys', (s) => new PyDictView(asDict(s), DICT_KEYS));
  defMethod(D, 'values', (s) => new PyDictView(asDict(s), DICT_VALUES));
  defMethod(D, 'items', (s) => new PyDictView(asDict(s), DICT_ITEMS));
  defMethod(D, 'get', (s, a) => {
    argCount('get', a, 1, 2);
    const v = asDict(s).get(a[0]);
    return v !== undefined ? v : a.length > 1 ? a[1] : None;
  });
  defFixedArity(D, 'get', null, (s, k) => asDict(s).get(k) ?? None, (s, k, dflt) => asDict(s).get(k) ?? dflt);
  defMethod(D, 'setdefault', (s, a) => {
    argCount('setdefault', a, 1, 2);
    const d = asDict(s);
    const v = d.get(a[0]);
    if (v !== undefined) return v;
    const dflt = a.length > 1 ? a[1] : None;
    d.set(a[0], dflt);
    return dflt;
  });
  defMethod(D, 'pop', (s, a) => {
    argCount('pop', a, 1, 2);
    const v = asDict(s).pop(a[0]);
    if (v !== undefined) return v;
    if (a.length > 1) return a[1];
    throw newExceptionArgs(Exc.KeyError, [a[0]]);
  });
  defMethod(D, 'popitem', (s) => {
    const e = asDict(s).popItem();
    if (e === null) throw newException(Exc.KeyError, 'popitem(): dictionary is empty');
    return new PyTuple(e);
  });
  defMethod(D, 'update', (s, a, kw) => {
    updateArgs(asDict(s), a, kw, 'update');
    return None;
  });
  defMethod(D, 'copy', (s) => asDict(s).copy());
  defMethod(D, 'clear', (s) => {
    asDict(s).clear();
    return None;
  });
  D.dict.set('fromkeys', new PyBuiltinFunction('fromkeys', (self, a) => {
    argCount('fromkeys', a, 1, 2);
    const cls = self instanceof PyType ? self : D;
    const v = a.length > 1 ? a[1] : None;
    if (cls === D) {
      const d = new PyDict();
      for (const k of toArray(a[0])) d.set(k, v);
      return d;
    }
    const d = callObject(cls, [], null);
    for (const k of toArray(a[0])) {
      if (d instanceof PyDict && d.ob_type === D) d.set(k, v);
      else callMethod(lookupType(typeOf(d), '__setitem__') as PyValue, d, [k, v]);
    }
    return d;
  }, D));
  defMethod(D, '__or__', (s, a) => {
    if (!(a[0] instanceof PyDict)) return NotImplemented;
    const d = asDict(s).copy();
    dictUpdateFrom(d, a[0]);
    return d;
  });
  defMethod(D, '__ror__', (s, a) => {
    if (!(a[0] instanceof PyDict)) return NotImplemented;
    const d = a[0].copy();
    dictUpdateFrom(d, asDict(s));
    return d;
  });
  defMethod(D, '__ior__', (s, a) => {
    const d = asDict(s);
    dictUpdateFrom(d, a[0]);
    return d;
  });
  defMethod(D, '__eq__', (s, a) => (a[0] instanceof PyDict ? dictEqual(asDict(s), a[0]) : NotImplemented));
  defMethod(D, '__ne__', (s, a) => (a[0] instanceof PyDict ? !dictEqual(asDict(s), a[0]) : NotImplemented));
}

install();

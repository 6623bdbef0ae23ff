/**
 * list: the methods of ListType (append…sort), indexing and slice assignment, comparisons,
 * repr with the recursion guard, and the fast helpers the eval loop calls directly
 * (`listGetItem`, `listSetItem`, `listAppend`). `sort` is CPython's timsort (listsort.ts), making
 * the same `<` calls in the same order.
 * CPython: Objects/listobject.c.
 */
import {
  ListType, None, NotImplemented, PyBuiltinFunction, PyList, PyObject, defFixedArity, defMethod, floatCheckExact,
  isSubtype, listCheckExact, tupleCheckExact, typeOf, type PyValue,
} from './object.js';
import { Exc, newException, typeError, checkNewType } from './exceptions.js';
import { isTrue, toArray } from '../abstract.js';
import { seqHooks } from './seq_hooks.js';
import { callObject } from '../call.js';
import { PySlice, asIndex, asIndexOrError, checkIndexSize, sliceIndices } from './slice.js';
import {
  EQ, GE, GT, LE, LT, NE, eqBool, reprEnter, reprItems, reprLeave, repeatCount, repeatItems,
  seqCount, seqFind, seqGetItem, seqIndex, seqRichCompare,
} from './tuple.js';
import { ListIterator, ListRevIterator } from './iter.js';
import { timsort } from './listsort.js';
import { strCompare } from './str.js';

function asList(v: PyValue): PyList {
  if (v instanceof PyList) return v;
  throw typeError(`descriptor requires a 'list' object but received a '${typeOf(v).name}'`);
}

export function newList(items: PyValue[]): PyList {
  return new PyList(items);
}

export function listAppend(l: PyList, v: PyValue): void {
  l.items.push(v);
}

/** `l[key]` (CPython: list_subscript). */
export function listGetItem(l: PyList, key: PyValue): PyValue {
  if (typeof key === 'number') {
    const items = l.items;
    const i = key < 0 ? key + items.length : key;
    if (i >= 0 && i < items.length) return items[i];
    throw newException(Exc.IndexError, 'list index out of range');
  }
  const r = seqGetItem(l.items, key, 'list');
  return key instanceof PySlice ? new PyList(r as PyValue[]) : (r as PyValue);
}

seqHooks.listGet = listGetItem;

function listIndexKey(l: PyList, key: PyValue, msg: string): number {
  const idx = asIndexOrError(key, `list indices must be integers or slices, not ${typeOf(key).name}`);
  checkIndexSize(idx, key);
  const i = typeof idx === 'number' ? seqIndex(idx, l.items.length) : -1;
  if (i < 0) throw newException(Exc.IndexError, msg);
  return i;
}

/** `l[key] = v` (CPython: list_ass_subscript). */
export function listSetItem(l: PyList, key: PyValue, v: PyValue): void {
  if (typeof key === 'number') {
    const items = l.items;
    const i = key < 0 ? key + items.length : key;
    if (i >= 0 && i < items.length) {
      items[i] = v;
      return;
    }
    throw newException(Exc.IndexError, 'list assignment index out of range');
  }
  if (key instanceof PySlice) {
    assignSlice(l, key, v);
    return;
  }
  l.items[listIndexKey(l, key, 'list assignment index out of range')] = v;
}

seqHooks.listSet = listSetItem;

function assignSlice(l: PyList, s: PySlice, v: PyValue): void {
  const items = l.items;
  const [start, stop, step, len] = sliceIndices(s, items.length);
  let seq: PyValue[];
  // An exact list's or tuple's items are only read here, so they need no copy (CPython:
  // PySequence_Fast, which iterates over subclasses).
  if (v === l) seq = items.slice();
  else if (listCheckExact(v) || tupleCheckExact(v)) seq = v.items;
  else {
    try {
      seq = toArray(v);
    } catch (e) {
      if (step === 1 && e instanceof PyObject && isSubtype(e.ob_type, Exc.TypeError)) {
        throw typeError('can only assign an iterable');
      }
      throw e;
    }
  }
  if (step === 1) {
    const hi = stop < start ? start : stop;
    const n = seq.length;
    if (n === hi - start) {
      for (let i = 0; i < n; i++) items[start + i] = seq[i];
      return;
    }
    l.items = items.slice(0, start).concat(seq, items.slice(hi));
    return;
  }
  if (seq.length !== len) {
    throw newException(Exc.ValueError, `attempt to assign sequence of size ${seq.length} to extended slice of size ${len}`);
  }
  for (let i = 0, j = start; i < len; i++, j += step) items[j] = seq[i];
}

/** `del l[key]`. */
export function listDelItem(l: PyList, key: PyValue): void {
  if (key instanceof PySlice) {
    const items = l.items;
    const [start, stop, step, len] = sliceIndices(key, items.length);
    if (len === 0) return;
    if (step === 1) {
      items.splice(start, stop - start);
      return;
    }
    const drop = new Set<number>();
    for (let i = 0, j = start; i < len; i++, j += step) drop.add(j);
    l.items = items.filter((_x, i) => !drop.has(i));
    return;
  }
  const i = typeof key === 'number' ? seqIndex(key, l.items.length) : listIndexKey(l, key, 'list assignment index out of range');
  if (i < 0) throw newException(Exc.IndexError, 'list assignment index out of range');
  l.items.splice(i, 1);
}

export function listRepr(l: PyList): string {
  if (l.items.length === 0) return '[]';
  if (reprEnter(l)) return '[...]';
  try {
    return `[${reprItems(l.items)}]`;
  } finally {
    reprLeave(l);
  }
}

// ---- sort ----

function allNumbers(a: PyValue[]): boolean {
  for (let i = 0; i < a.length; i++) if (typeof a[i] !== 'number') return false;
  return true;
}

function allStrings(a: PyValue[]): boolean {
  for (let i = 0; i < a.length; i++) if (typeof a[i] !== 'string') return false;
  return true;
}

/** The keys as doubles when all are small ints or exact floats other than NaN, else null. */
function numericKeys(a: PyValue[]): number[] | null {
  const out: number[] = new Array(a.length);
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (typeof v === 'number') out[i] = v;
    else if (floatCheckExact(v) && !Number.isNaN(v.value)) out[i] = v.value;
    else return null;
  }
  return out;
}

/**
 * Sorts keys (permuting vals alongside). Ints, floats or strs alone compare without calling
 * Python and in a total order, so the host's stable sort gives the same result; anything else
 * goes through timsort.
 */
function sortKeys(keys: PyValue[], vals: PyValue[] | null): void {
  const prim = allNumbers(keys) ? 1 : allStrings(keys) ? 2 : 0;
  if (prim === 0) {
    const nums = numericKeys(keys);
    if (nums === null) {
      timsort(keys, vals);
      return;
    }
    const order = nums.map((_, i) => i);
    order.sort((i, j) => nums[i] - nums[j]);
    const k2 = keys.slice(), v2 = vals?.slice();
    for (let i = 0; i < order.length; i++) {
      keys[i] = k2[order[i]];
      if (vals !== null) vals[i] = (v2 as PyValue[])[order[i]];
    }
    return;
  }
  // JS compares strings by UTF-16 code unit, Python by code point: they disagree only where a
  // surrogate meets a unit from U+E000 up, so strings with surrogates compare by strCompare.
  const native = prim === 1 || !(keys as string[]).some(s => SURROGATE.test(s));
  if (vals === null) {
    if (native && keys.length <= SMALL_SORT) insertionSort(keys as (number | string)[]);
    else if (prim === 1) sortInts(keys as number[]);
    // The default order is by UTF-16 unit, Python's for strs without surrogates; it compares
    // without calling a function (30,000 strs 7.8 ms against 10.4 with a comparator).
    else if (native) (keys as string[]).sort();
    else (keys as string[]).sort(strCompare);
    return;
  }
  const k = keys as (number | string)[];
  let order = prim === 1 ? intOrder(keys as number[]) : null;
  if (order === null) {
    order = keys.map((_, i) => i);
    if (native) order.sort((i, j) => (k[i] < k[j] ? -1 : k[i] > k[j] ? 1 : 0));
    else order.sort((i, j) => strCompare(k[i] as string, k[j] as string));
  }
  const k2 = keys.slice(), v2 = vals.slice();
  for (let i = 0; i < order.length; i++) {
    keys[i] = k2[order[i]];
    vals[i] = v2[order[i]];
  }
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * The stable order of int keys (`sorted(words, key=len)`) by a typed array's sort: each key
 * and its index as one double, key * 2**21 + index, exact for keys of 32 bits and fewer than
 * 2**21 of them; null for any other keys (then a comparator sorts the indexes).
 */
function intOrder(keys: number[]): number[] | null {
  const n = keys.length;
  if (n >= INDEX_SPAN) return null;
  const t = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = keys[i];
    if (v !== (v | 0)) return null;
    t[i] = v * INDEX_SPAN + i;
  }
  t.sort();
  const order: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const c = t[i];
    order[i] = c - Math.floor(c / INDEX_SPAN) * INDEX_SPAN;
  }
  return order;
}

const INDEX_SPAN = 2 ** 21;

/**
 * Ints (JS numbers) in ascending order, by a typed array's sort, which compares without
 * calling a function: 30,000 ints 1.5 ms where Array.prototype.sort with a comparator took
 * 6-7 (CPython 1.9). Equal ints are indistinguishable, so stability does not arise.
 */
function sortInts(keys: number[]): void {
  let int32 = true;
  for (let i = 0; i < keys.length; i++) {
    const v = keys[i];
    if (v !== (v | 0)) {
      int32 = false;
      break;
    }
  }
  const t = int32 ? Int32Array.from(keys) : Float64Array.from(keys);
  t.sort();
  for (let i = 0; i < t.length; i++) keys[i] = t[i];
}

/**
 * Lists up to this long are sorted by insertion in place: Array.prototype.sort calls its
 * comparator as a function per comparison, several times the cost of the whole sort of a
 * handful of ints or strs (`sorted([3, 1, 2, 5, 4])` 350 ns, CPython 195).
 */
const SMALL_SORT = 16;

/** Stable insertion sort of ints, or of strs without surrogates (where `<` is Python's). */
function insertionSort(a: (number | string)[]): void {
  for (let i = 1; i < a.length; i++) {
    const x = a[i];
    let j = i - 1;
    while (j >= 0 && a[j] > x) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = x;
  }
}

/** Sorts an array in place, Python-style (stable, `<` only, reverse keeps stability). */
export function sortArray(items: PyValue[], key: PyValue, reverse: boolean): void {
  let keys: PyValue[] | null = null;
  if (key !== None) {
    keys = new Array(items.length);
    for (let i = 0; i < items.length; i++) keys[i] = callObject(key, [items[i]], null);
  }
  if (reverse) {
    items.reverse();
    keys?.reverse();
  }
  try {
    if (keys === null) sortKeys(items, null);
    else sortKeys(keys, items);
  } finally {
    if (reverse) items.reverse();
  }
}

/**
 * CPython: list.sort(*, key=None, reverse=False). The list looks empty while it is sorted; a
 * raising key leaves it untouched, a raising comparison leaves it partly sorted (as CPython).
 */
export function listSort(l: PyList, key: PyValue, reverse: boolean): void {
  const items = l.items;
  const empty: PyValue[] = [];
  l.items = empty;
  let keys: PyValue[] | null = null;
  try {
    if (key !== None) {
      keys = new Array(items.length);
      for (let i = 0; i < items.length; i++) keys[i] = callObject(key, [items[i]], null);
    }
  } catch (e) {
    l.items = items;
    throw e;
  }
  if (reverse) {
    items.reverse();
    keys?.reverse();
  }
  let failed = true;
  try {
    if (keys === null) sortKeys(items, null);
    else sortKeys(keys, items);
    failed = false;
  } finally {
    if (reverse) items.reverse();
    const modified = empty.length !== 0 || l.items.length !== 0;
    l.items = items;
    if (modified && !failed) throw newException(Exc.ValueError, 'list modified during sort');
  }
}

/** Parses `(*, key=None, reverse=False)` for sort/sorted; `fname` for messages. */
export function sortKwargs(args: PyValue[], kwnames: readonly string[] | null, npos: number, fname: string): [PyValue, boolean] {
  let key: PyValue = None, reverse = false;
  if (kwnames !== null) {
    for (let i = 0; i < kwnames.length; i++) {
      const v = args[npos + i];
      if (kwnames[i] === 'key') key = v;
      else if (kwnames[i] === 'reverse') reverse = isTrue(v);
      else throw typeError(`'${kwnames[i]}' is an invalid keyword argument for ${fname}()`);
    }
  }
  return [key, reverse];
}

function checkArgs(name: string, args: PyValue[], kwnames: readonly string[] | null, min: number, max: number): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`list.${name}() takes no keyword arguments`);
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 1) throw typeError(`list.${name}() takes exactly one argument (${n} given)`);
    if (min === 0) throw typeError(`list.${name}() takes no arguments (${n} given)`);
    throw typeError(`${name} expected ${min} arguments, got ${n}`);
  }
  if (n < min) throw typeError(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  throw typeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/** `list * n`: the repeat count (sequence repeat is tried after the other operand's __rmul__). */
function mulCount(v: PyValue): number {
  const n = repeatCount(v, 'list');
  if (n !== null) return n;
  const k = asIndex(v);
  if (k === null) throw typeError(`can't multiply sequence by non-int of type '${typeOf(v).name}'`);
  return repeatCount(k, 'list') as number;
}

function install(): void {
  const L = ListType;
  L.dict.set('__new__', new PyBuiltinFunction('__new__', (_s, a) => {
    const cls = a[0];
    checkNewType(cls, L, 'list');
    return new PyList([], cls);
  }, L));
  defMethod(L, '__init__', (s, a, kw) => {
    if (kw !== null && kw.length > 0) throw typeError('list() takes no keyword arguments');
    if (a.length > 1) throw typeError(`list expected at most 1 argument, got ${a.length}`);
    const l = asList(s);
    l.items = a.length === 0 ? [] : a[0] === l ? l.items.slice() : toArray(a[0]).slice();
    return None;
  });
  L.dict.set('__hash__', None);
  defMethod(L, '__len__', (s) => asList(s).items.length);
  defMethod(L, '__getitem__', (s, a) => listGetItem(asList(s), a[0]));
  defMethod(L, '__setitem__', (s, a) => {
    listSetItem(asList(s), a[0], a[1]);
    return None;
  });
  defMethod(L, '__delitem__', (s, a) => {
    listDelItem(asList(s), a[0]);
    return None;
  });
  defMethod(L, '__contains__', (s, a) => {
    const items = asList(s).items, x = a[0];
    for (let i = 0; i < items.length; i++) if (eqBool(items[i], x)) return true;
    return false;
  });
  defMethod(L, '__iter__', (s) => new ListIterator(asList(s)));
  L.tp_iter = (s) => new ListIterator(s as PyList);
  defMethod(L, '__reversed__', (s) => new ListRevIterator(asList(s)));
  defMethod(L, '__repr__', (s) => listRepr(asList(s)));
  defMethod(L, 'append', (s, a, kw) => {
    checkArgs('append', a, kw, 1, 1);
    asList(s).items.push(a[0]);
    return None;
  });
  defFixedArity(L, 'append', null, (s, x) => {
    asList(s).items.push(x);
    return None;
  });
  defMethod(L, 'extend', (s, a, kw) => {
    checkArgs('extend', a, kw, 1, 1);
    const l = asList(s);
    const add = a[0] === l ? l.items.slice() : toArray(a[0]);
    for (let i = 0; i < add.length; i++) l.items.push(add[i]);
    return None;
  });
  defMethod(L, 'insert', (s, a, kw) => {
    checkArgs('insert', a, kw, 2, 2);
    const l = asList(s);
    const idx = asIndexOrError(a[0], `'${typeOf(a[0]).name}' object cannot be interpreted as an integer`);
    const n = l.items.length;
    let i = typeof idx === 'bigint' ? (idx < 0n ? 0 : n) : idx;
    if (i < 0) i = Math.max(0, i + n);
    if (i > n) i = n;
    l.items.splice(i, 0, a[1]);
    return None;
  });
  defMethod(L, 'pop', (s, a, kw) => {
    checkArgs('pop', a, kw, 0, 1);
    const l = asList(s);
    if (l.items.length === 0) throw newException(Exc.IndexError, 'pop from empty list');
    if (a.length === 0) return l.items.pop() as PyValue;
    const idx = asIndexOrError(a[0], `'${typeOf(a[0]).name}' object cannot be interpreted as an integer`);
    const i = typeof idx === 'number' ? seqIndex(idx, l.items.length) : -1;
    if (i < 0) throw newException(Exc.IndexError, 'pop index out of range');
    if (i === l.items.length - 1) return l.items.pop() as PyValue;
    return l.items.splice(i, 1)[0];
  });
  defMethod(L, 'remove', (s, a, kw) => {
    checkArgs('remove', a, kw, 1, 1);
    const l = asList(s);
    for (let i = 0; i < l.items.length; i++) {
      if (eqBool(l.items[i], a[0])) {
        l.items.splice(i, 1);
        return None;
      }
    }
    throw newException(Exc.ValueError, 'list.remove(x): x not in list');
  });
  defMethod(L, 'index', (s, a, kw) => {
    checkArgs('index', a, kw, 1, 3);
    return seqFind(asList(s).items, a, 'list');
  });
  defMethod(L, 'count', (s, a, kw) => {
    checkArgs('count', a, kw, 1, 1);
    return seqCount(asList(s).items, a[0]);
  });
  defMethod(L, 'clear', (s, a, kw) => {
    checkArgs('clear', a, kw, 0, 0);
    asList(s).items = [];
    return None;
  });
  defMethod(L, 'copy', (s, a, kw) => {
    checkArgs('copy', a, kw, 0, 0);
    return new PyList(asList(s).items.slice());
  });
  defMethod(L, 'reverse', (s, a, kw) => {
    checkArgs('reverse', a, kw, 0, 0);
    asList(s).items.reverse();
    return None;
  });
  defMethod(L, 'sort', (s, a, kw) => {
    const npos = a.length - (kw === null ? 0 : kw.length);
    if (npos > 0) throw typeError('sort() takes no positional arguments');
    const [key, reverse] = sortKwargs(a, kw, 0, 'sort');
    listSort(asList(s), key, reverse);
    return None;
  });
  defMethod(L, '__add__', (s, a) => {
    const o = a[0];
    if (!(o instanceof PyList)) throw typeError(`can only concatenate list (not "${typeOf(o).name}") to list`);
    return new PyList(asList(s).items.concat(o.items));
  });
  defMethod(L, '__iadd__', (s, a) => {
    const l = asList(s);
    const add = a[0] === l ? l.items.slice() : toArray(a[0]);
    for (let i = 0; i < add.length; i++) l.items.push(add[i]);
    return l;
  });
  const mul = (s: PyValue, a: PyValue[]): PyValue => {
    return new PyList(repeatItems(asList(s).items, mulCount(a[0])));
  };
  seqHooks.listRepeat = (l, n) => new PyList(repeatItems(l.items, mulCount(n)));
  defMethod(L, '__mul__', mul);
  defMethod(L, '__rmul__', mul);
  defMethod(L, '__imul__', (s, a) => {
    const n = mulCount(a[0]);
    const l = asList(s);
    l.items = repeatItems(l.items, n);
    return l;
  });
  const cmp = (op: number) => (s: PyValue, a: PyValue[]): PyValue => {
    const o = a[0];
    if (!(o instanceof PyList)) return NotImplemented;
    return seqRichCompare(asList(s).items, o.items, op);
  };
  defMethod(L, '__lt__', cmp(LT));
  defMethod(L, '__le__', cmp(LE));
  defMethod(L, '__eq__', cmp(EQ));
  defMethod(L, '__ne__', cmp(NE));
  defMethod(L, '__gt__', cmp(GT));
  defMethod(L, '__ge__', cmp(GE));
}

install();

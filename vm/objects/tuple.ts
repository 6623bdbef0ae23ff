/**
 * tuple: methods of TupleType, plus the helpers every sequence shares (element equality with
 * the identity shortcut, lexicographic comparison, the recursive-repr guard, index
 * normalisation) and CPython 3.11's xxHash-based tuple hash.
 * CPython: Objects/tupleobject.c, Objects/object.c (PyObject_RichCompareBool, Py_ReprEnter).
 */
import {
  FloatType, IntType, NotImplemented, PyBuiltinFunction, PyFloat, PyObject, PyTuple, PyType, TupleType, defMethod,
  floatCheckExact, isSubtype, objectArray, tupleCheckExact, typeOf, type PyValue,
} from './object.js';
import { PyIntSub, longHashBig, normBig } from './int.js';
import { PyFunction } from './function.js';
import { strCompare } from './str.js';
import { floatHashBig } from './float.js';
import { callMethod, eq, hash as pyHash, isTrue, lookupAttr, richCompare, repr as pyRepr, str as pyStr, toArray } from '../abstract.js';
import { seqHooks } from './seq_hooks.js';
import { setDictProtocol } from './dict.js';
import { Exc, newException, setExceptionFormatters, setTupleFromIterable, typeError, checkNewType } from './exceptions.js';
import { PySlice, sliceIndices, asIndex, asIndexOrError, checkIndexSize } from './slice.js';
import { TupleIterator } from './iter.js';
import { noKwargs } from './native_args.js';

export const LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;

/** CPython: PyObject_RichCompareBool(a, b, Py_EQ) — identity implies equality. */
export function eqBool(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  const ta = typeof a, tb = typeof b;
  if (ta !== 'object' && tb !== 'object') {
    // Two distinct primitives of one kind are unequal; str never equals a number.
    if (ta === tb || ta === 'string' || tb === 'string') return false;
  }
  return isTrue(richCompare(a, b, EQ));
}

/**
 * `a < b` as a bool (sort, min, max, bisect). Two tuples compare here item by item, the way
 * CPython's sort does once it has seen that all keys are tuples (unsafe_tuple_compare): ints
 * and strs without a call, the rest by `==` then `<`.
 */
export function ltBool(a: PyValue, b: PyValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return strCompare(a, b) < 0;
  if (tupleCheckExact(a) && tupleCheckExact(b)) {
    const x = a.items, y = b.items, n = x.length < y.length ? x.length : y.length;
    for (let i = 0; i < n; i++) {
      const p = x[i], q = y[i];
      if (p === q) continue;
      if (typeof p === 'number' && typeof q === 'number') return p < q;
      if (typeof p === 'string' && typeof q === 'string') return strCompare(p, q) < 0;
      if (!eqBool(p, q)) return ltBool(p, q);
    }
    return x.length < y.length;
  }
  return isTrue(richCompare(a, b, LT));
}

/** Objects whose repr is in progress (CPython: Py_ReprEnter's per-thread list). */
const reprStack: PyValue[] = [];
/** True when `o` is already being repr'd (the caller prints `[...]`); else marks it. */
export function reprEnter(o: PyValue): boolean {
  for (let i = 0; i < reprStack.length; i++) if (reprStack[i] === o) return true;
  reprStack.push(o);
  return false;
}
export function reprLeave(o: PyValue): void {
  for (let i = reprStack.length - 1; i >= 0; i--) {
    if (reprStack[i] === o) {
      reprStack.splice(i, 1);
      return;
    }
  }
}

/** CPython: list_richcompare / tuplerichcompare over two item arrays. */
export function seqRichCompare(v: PyValue[], w: PyValue[], op: number): PyValue {
  if ((op === EQ || op === NE) && v.length !== w.length) return op === NE;
  let i = 0;
  for (; i < v.length && i < w.length; i++) {
    if (!eqBool(v[i], w[i])) break;
  }
  if (i >= v.length || i >= w.length) {
    const a = v.length, b = w.length;
    switch (op) {
      case LT: return a < b;
      case LE: return a <= b;
      case EQ: return a === b;
      case NE: return a !== b;
      case GT: return a > b;
      default: return a >= b;
    }
  }
  if (op === EQ) return false;
  if (op === NE) return true;
  return richCompare(v[i], w[i], op);
}

/** Joined reprs of items (shared by list, tuple, set reprs). */
export function reprItems(items: readonly PyValue[]): string {
  let s = '';
  for (let i = 0; i < items.length; i++) {
    if (i > 0) s += ', ';
    s += pyRepr(items[i]);
  }
  return s;
}

export const EMPTY_TUPLE = new PyTuple([]);

export function newTuple(items: PyValue[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}

export function tupleRepr(t: PyTuple): string {
  const items = t.items;
  if (items.length === 0) return '()';
  if (reprEnter(t)) return '(...)';
  try {
    return items.length === 1 ? `(${pyRepr(items[0])},)` : `(${reprItems(items)})`;
  } finally {
    reprLeave(t);
  }
}

const HASH_MODULUS = (1n << 61n) - 1n;

/**
 * The exact CPython hash of `v`: a JS number while it is a safe integer, else a bigint (ints
 * past 2^53, most non-integral floats, tuples). Sets probe with every bit of it.
 */
export function exactHash(v: PyValue): number | bigint {
  if (typeof v === 'number') return v === -1 ? -2 : v;
  if (typeof v === 'bigint') {
    const neg = v < 0n;
    let h = (neg ? -v : v) % HASH_MODULUS;
    if (neg) h = -h;
    return h === -1n ? -2 : normHash(h);
  }
  if (floatCheckExact(v)) {
    const x = v.value;
    if (!Number.isFinite(x) || Number.isSafeInteger(x)) return pyHash(v);
    return normHash(floatHashBig(x));
  }
  if (tupleCheckExact(v)) return normHash(tupleHashBig(v));
  if (typeof v === 'object') return exactHashObject(v);
  return pyHash(v);
}

/**
 * Subclasses that keep their base's `__hash__` hash their value exactly as the base does; a
 * Python `__hash__` keeps every bit of the int it returns (CPython: slot_tp_hash).
 */
function exactHashObject(v: PyObject): number | bigint {
  const t = v.ob_type;
  const f = lookupAttr(t, '__hash__');
  if (v instanceof PyTuple && f === TupleType.dict.get('__hash__')) return normHash(tupleHashBig(v));
  if (v instanceof PyFloat && f === FloatType.dict.get('__hash__')) return exactHash(new PyFloat(v.value));
  if (v instanceof PyIntSub && f === IntType.dict.get('__hash__')) return exactHash(v.value);
  if (f instanceof PyFunction) {
    const r = callMethod(f, v, []);
    if (typeof r === 'bigint') {
      if (r >= INT64_MIN && r <= INT64_MAX) return normHash(r);
      return exactHash(normBig(longHashBig(r)));
    }
    if (typeof r === 'number') return r === -1 ? -2 : r;
    if (typeof r === 'boolean') return r ? 1 : 0;
    if (r instanceof PyIntSub) return exactHash(r.value);
    throw typeError('__hash__ method should return an integer');
  }
  return pyHash(v);
}

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;

function normHash(h: bigint): number | bigint {
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

/** CPython 3.11: tuplehash (xxHash-style over the item hashes), exact. */
export function tupleHashBig(t: PyTuple): bigint {
  const w = [0, 0];
  tupleWords(t.items, w);
  return BigInt.asIntN(64, (BigInt(w[1]) << 32n) | BigInt(w[0]));
}

/** tuplehash as the JS number `hash()` returns (rounded past 2^53). */
export function tupleHash(t: PyTuple): number {
  const w = [0, 0];
  tupleWords(t.items, w);
  // One rounding of the exact signed value, as Number(bigint) would do.
  return (w[1] | 0) * 4294967296 + w[0];
}

/** A hash as its low and high 32-bit words (two's complement) in out[0], out[1]. */
export function splitHash(h: number | bigint, out: number[]): void {
  if (typeof h === 'number') {
    out[0] = h >>> 0;
    out[1] = Math.floor(h / 4294967296) >>> 0;
  } else {
    const u = BigInt.asUintN(64, h);
    out[0] = Number(u & 0xffffffffn);
    out[1] = Number(u >> 32n);
  }
}

/** exactHash(v) as its two 32-bit words; tuples without going through a bigint. */
export function hashWords(v: PyValue, out: number[]): void {
  if (tupleCheckExact(v)) tupleWords(v.items, out);
  else splitHash(exactHash(v), out);
}

/** The product of (ah:al) and (bh:bl) modulo 2^64, into MUL (low word first). */
const MUL = [0, 0];
function mul64(ah: number, al: number, bh: number, bl: number): void {
  const a0 = al & 0xffff, a1 = al >>> 16, b0 = bl & 0xffff, b1 = bl >>> 16;
  const p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  MUL[0] = (((mid & 0xffff) << 16) | (p00 & 0xffff)) >>> 0;
  MUL[1] = (p11 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16) + Math.imul(ah, bl) + Math.imul(al, bh)) >>> 0;
}

/**
 * CPython 3.11's tuplehash (xxHash's round over the items' hashes) on 32-bit words, since
 * 64-bit bigint arithmetic costs hundreds of nanoseconds per tuple used as a dict or set key.
 */
function tupleWords(items: PyValue[], out: number[]): void {
  let hi = 0x27d4eb2f, lo = 0x165667c5; // XXPRIME_5
  for (let i = 0; i < items.length; i++) {
    hashWords(items[i], out);
    mul64(out[1], out[0], 0xc2b2ae3d, 0x27d4eb4f); // lane * XXPRIME_2
    const sl = lo + MUL[0];
    hi = (hi + MUL[1] + (sl > 0xffffffff ? 1 : 0)) >>> 0;
    lo = sl >>> 0;
    const rh = ((hi << 31) | (lo >>> 1)) >>> 0; // rotate left by 31
    lo = ((lo << 31) | (hi >>> 1)) >>> 0;
    mul64(rh, lo, 0x9e3779b1, 0x85ebca87); // * XXPRIME_1
    hi = MUL[1];
    lo = MUL[0];
  }
  const n = items.length;
  // + (len ^ (XXPRIME_5 ^ 3527539)); len < 2^32
  const sl = lo + ((n ^ 0x1663b4b6) >>> 0);
  hi = (hi + 0x27d4eb2f + (sl > 0xffffffff ? 1 : 0)) >>> 0;
  lo = sl >>> 0;
  if (hi === 0xffffffff && lo === 0xffffffff) {
    hi = 0;
    lo = 1546275796;
  }
  out[0] = lo;
  out[1] = hi;
}

/** Normalises a possibly negative index; -1 when out of range. */
export function seqIndex(i: number, n: number): number {
  if (i < 0) i += n;
  return i >= 0 && i < n ? i : -1;
}

/** `items[key]` for an int or slice key; `what` names the type in errors ('list', 'tuple'). */
export function seqGetItem(items: PyValue[], key: PyValue, what: string): PyValue | PyValue[] {
  if (typeof key === 'number') {
    const i = seqIndex(key, items.length);
    if (i < 0) throw newException(Exc.IndexError, `${what} index out of range`);
    return items[i];
  }
  if (key instanceof PySlice) return sliceItems(items, key);
  const idx = asIndexOrError(key, `${what} indices must be integers or slices, not ${typeOf(key).name}`);
  checkIndexSize(idx, key);
  const i = typeof idx === 'number' ? seqIndex(idx, items.length) : -1;
  if (i < 0) throw newException(Exc.IndexError, `${what} index out of range`);
  return items[i];
}

/** The items a slice selects. */
export function sliceItems(items: PyValue[], s: PySlice): PyValue[] {
  const [start, stop, step, len] = sliceIndices(s, items.length);
  if (step === 1) return items.slice(start, stop);
  const out = objectArray();
  for (let i = 0, j = start; i < len; i++, j += step) out.push(items[j]);
  return out;
}

function asTuple(v: PyValue): PyTuple {
  if (v instanceof PyTuple) return v;
  throw typeError(`descriptor requires a 'tuple' object but received a '${typeOf(v).name}'`);
}

/** CPython: tuple.index / list.index argument handling (start/stop clamp like slices). */
export function seqFind(items: PyValue[], args: PyValue[], what: string): number {
  if (args.length < 1) throw typeError(`index expected at least 1 argument, got 0`);
  const n = items.length;
  let start = 0, stop = n;
  if (args.length > 1) start = clampIndex(args[1], n);
  if (args.length > 2) stop = clampIndex(args[2], n);
  const x = args[0];
  for (let i = start; i < stop && i < items.length; i++) if (eqBool(items[i], x)) return i;
  throw newException(Exc.ValueError, what === 'list' ? `${pyRepr(x)} is not in list` : 'tuple.index(x): x not in tuple');
}

function clampIndex(v: PyValue, n: number): number {
  const idx = asIndexOrError(v, 'slice indices must be integers or have an __index__ method');
  let i = typeof idx === 'bigint' ? (idx < 0n ? -Infinity : Infinity) : idx;
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  return i > n ? n : i;
}

export function seqCount(items: PyValue[], x: PyValue): number {
  let c = 0;
  for (let i = 0; i < items.length; i++) if (eqBool(items[i], x)) c++;
  return c;
}

/** Repeat count for `seq * n` (OverflowError / TypeError as CPython). */
export function repeatCount(n: PyValue, what: string): number | null {
  if (typeof n === 'number') return n < 0 ? 0 : n;
  if (typeof n === 'boolean') return n ? 1 : 0;
  if (typeof n === 'bigint') {
    // Within a C ssize_t the count is valid and only the size overflows (MemoryError later);
    // outside it, even a negative count is an OverflowError.
    if (n >= -(1n << 63n) && n < 1n << 63n) return n < 0n ? 0 : Number(n);
    throw newException(Exc.OverflowError, `cannot fit 'int' into an index-sized integer`);
  }
  void what;
  return null;
}

export function repeatItems(items: PyValue[], n: number): PyValue[] {
  if (n <= 0 || items.length === 0) return [];
  if (items.length * n > 0x7fffffff) throw newException(Exc.MemoryError);
  const out = objectArray();
  for (let k = 0; k < n; k++) for (let i = 0; i < items.length; i++) out.push(items[i]);
  return out;
}

/** The builtin-tuple subtype check (`isinstance(v, tuple)`). */
export function isTuple(v: PyValue): v is PyTuple {
  return v instanceof PyTuple;
}

/** CPython: tuple_new — `tuple(iterable)`, and for subclasses a new object of `type`. */
export function tupleNew(type: PyType, args: PyValue[]): PyTuple {
  if (args.length > 1) throw typeError(`tuple expected at most 1 argument, got ${args.length}`);
  if (type === TupleType) {
    if (args.length === 0) return EMPTY_TUPLE;
    const a = args[0];
    if (tupleCheckExact(a)) return a;
    return newTuple(toArray(a));
  }
  return new PyTuple(args.length === 0 ? [] : toArray(args[0]), type);
}

setDictProtocol(pyHash, (a, b) => eq(a, b));
setExceptionFormatters(pyRepr, pyStr);
setTupleFromIterable((v) => (v instanceof PyTuple ? v : newTuple(toArray(v))));

function install(): void {
  const T = TupleType;
  T.dict.set('__new__', new PyBuiltinFunction('__new__', (_s, a, kw) => {
    const cls = a[0];
    checkNewType(cls, T, 'tuple');
    // CPython's tuple_new checks keywords first, under the type's own name.
    noKwargs('tuple', kw);
    return tupleNew(cls, a.slice(1));
  }, T));
  defMethod(T, '__len__', (s) => asTuple(s).items.length);
  defMethod(T, '__getitem__', (s, a) => tupleGetItem(asTuple(s), a[0]));
  defMethod(T, '__contains__', (s, a) => seqCount(asTuple(s).items, a[0]) > 0);
  defMethod(T, '__repr__', (s) => tupleRepr(asTuple(s)));
  defMethod(T, '__iter__', (s) => new TupleIterator(asTuple(s)));
  T.tp_iter = (s) => new TupleIterator(s as PyTuple);
  defMethod(T, '__hash__', (s) => tupleHash(asTuple(s)));
  defMethod(T, 'count', (s, a) => seqCount(asTuple(s).items, a[0]));
  defMethod(T, 'index', (s, a) => seqFind(asTuple(s).items, a, 'tuple'));
  defMethod(T, '__add__', (s, a) => {
    const o = a[0];
    if (!(o instanceof PyTuple)) {
      throw typeError(`can only concatenate tuple (not "${typeOf(o).name}") to tuple`);
    }
    return tupleConcat(asTuple(s), o);
  });
  seqHooks.tupleConcat = tupleConcat;
  const repeat = (t: PyTuple, count: PyValue): PyValue => {
    let n = repeatCount(count, 'tuple');
    if (n === null) {
      const k = asIndex(count);
      if (k === null) throw typeError(`can't multiply sequence by non-int of type '${typeOf(count).name}'`);
      n = repeatCount(k, 'tuple') as number;
    }
    if (n === 1 && t.ob_type === TupleType) return t;
    return newTuple(repeatItems(t.items, n));
  };
  seqHooks.tupleRepeat = repeat;
  const mul = (s: PyValue, a: PyValue[]): PyValue => repeat(asTuple(s), a[0]);
  defMethod(T, '__mul__', mul);
  defMethod(T, '__rmul__', mul);
  defMethod(T, '__getnewargs__', (s) => new PyTuple([new PyTuple(asTuple(s).items.slice())]));
  const cmp = (op: number) => (s: PyValue, a: PyValue[]): PyValue => {
    const o = a[0];
    if (!(o instanceof PyTuple)) return NotImplemented;
    return seqRichCompare(asTuple(s).items, o.items, op);
  };
  defMethod(T, '__lt__', cmp(LT));
  defMethod(T, '__le__', cmp(LE));
  defMethod(T, '__eq__', cmp(EQ));
  defMethod(T, '__ne__', cmp(NE));
  defMethod(T, '__gt__', cmp(GT));
  defMethod(T, '__ge__', cmp(GE));
}

/** `t[key]`: an item, or a new tuple for a slice. */
/** CPython: tupleconcat — an empty operand gives back the other exact tuple itself. */
function tupleConcat(a: PyTuple, b: PyTuple): PyValue {
  if (a.items.length === 0 && b.ob_type === TupleType) return b;
  if (b.items.length === 0 && a.ob_type === TupleType) return a;
  return newTuple(a.items.concat(b.items));
}

export function tupleGetItem(t: PyTuple, key: PyValue): PyValue {
  if (key instanceof PySlice) {
    const [start, , step, len] = sliceIndices(key, t.items.length);
    if (step === 1 && start === 0 && len === t.items.length && t.ob_type === TupleType) return t;
    return newTuple(sliceItems(t.items, key));
  }
  return seqGetItem(t.items, key, 'tuple') as PyValue;
}
seqHooks.tupleGet = tupleGetItem;
seqHooks.tupleHash = tupleHash;

/** True for exact tuples and tuple subclasses. */
export function isTupleType(t: PyType): boolean {
  return isSubtype(t, TupleType);
}

install();

/**
 * range: an immutable arithmetic sequence with O(1) len, indexing, `in` and index(); JS
 * numbers when start, stop, step and length are all safe integers, bigints otherwise
 * (`big`). Its iterator (range_iterator / longrange_iterator) counts in the same form.
 * CPython: Objects/rangeobject.c.
 */
import {
  None, NotImplemented, ObjectType, PyBuiltinFunction, PyIterator, PyObject, PyTuple, PyType, RangeType,
  defGetSet, defMethod, typeOf, type PyValue,
} from './object.js';
import { Exc, newException, typeError, checkNewType } from './exceptions.js';
import { defIteratorType, hash as pyHash } from '../abstract.js';
import { normBig, type PyInt } from './int.js';
import { PySlice, asIndex, sliceIndices } from './slice.js';
import { eqBool } from './tuple.js';

export class PyRange extends PyObject {
  readonly start: PyInt;
  readonly stop: PyInt;
  readonly step: PyInt;
  readonly length: PyInt;
  /** True when some field is a bigint: arithmetic then goes through bigint. */
  readonly big: boolean;
  constructor(start: PyInt, stop: PyInt, step: PyInt) {
    super(RangeType);
    this.start = start;
    this.stop = stop;
    this.step = step;
    this.length = rangeLength(start, stop, step);
    this.big = typeof start === 'bigint' || typeof stop === 'bigint' || typeof step === 'bigint' || typeof this.length === 'bigint';
  }
}

/** CPython: compute_range_length. */
export function rangeLength(start: PyInt, stop: PyInt, step: PyInt): PyInt {
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    if (step > 0 ? start >= stop : start <= stop) return 0;
    return step > 0 ? Math.floor((stop - start - 1) / step) + 1 : Math.floor((start - stop - 1) / -step) + 1;
  }
  const a = BigInt(start), b = BigInt(stop), s = BigInt(step);
  if (s > 0n ? a >= b : a <= b) return 0;
  return normBig(s > 0n ? (b - a - 1n) / s + 1n : (a - b - 1n) / -s + 1n);
}

/** range[i] for 0 <= i < len (no bounds check). */
export function rangeItem(r: PyRange, i: PyInt): PyInt {
  if (!r.big && typeof i === 'number') return (r.start as number) + i * (r.step as number);
  return normBig(BigInt(r.start) + BigInt(i) * BigInt(r.step));
}

function cmpInt(a: PyInt, b: PyInt): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Index of int `v` in r, or -1 (CPython: range_contains_long / range_index). */
export function rangeIndexOf(r: PyRange, v: PyInt): PyInt {
  if (r.length === 0) return -1;
  if (!r.big && typeof v === 'number') {
    const start = r.start as number, step = r.step as number, stop = r.stop as number;
    if (step > 0 ? v < start || v >= stop : v > start || v <= stop) return -1;
    const d = v - start;
    return d % step === 0 ? d / step : -1;
  }
  const start = BigInt(r.start), step = BigInt(r.step), stop = BigInt(r.stop), x = BigInt(v);
  if (step > 0n ? x < start || x >= stop : x > start || x <= stop) return -1;
  const d = x - start;
  return d % step === 0n ? normBig(d / step) : -1;
}

function intArg(v: PyValue): PyInt {
  const i = asIndex(v);
  if (i === null) throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  return i;
}

/** range(stop) / range(start, stop[, step]). */
export function makeRange(args: PyValue[]): PyRange {
  if (args.length === 0) throw typeError('range expected at least 1 argument, got 0');
  if (args.length > 3) throw typeError(`range expected at most 3 arguments, got ${args.length}`);
  if (args.length === 1) return new PyRange(0, intArg(args[0]), 1);
  const start = intArg(args[0]), stop = intArg(args[1]);
  const step = args.length === 3 ? intArg(args[2]) : 1;
  if (step === 0) throw newException(Exc.ValueError, 'range() arg 3 must not be zero');
  return new PyRange(start, stop, step);
}

export function rangeRepr(r: PyRange): string {
  return r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
}

/** `r[key]` (CPython: range_subscript). */
export function rangeGetItem(r: PyRange, key: PyValue): PyValue {
  if (key instanceof PySlice) {
    if (r.big) throw newException(Exc.OverflowError, 'Python int too large to convert to C ssize_t');
    const [start, stop, step] = sliceIndices(key, r.length as number);
    const s = r.step as number;
    return new PyRange(rangeItem(r, start), rangeItem(r, stop), s * step);
  }
  const i0 = asIndex(key);
  if (i0 === null) throw typeError(`range indices must be integers or slices, not ${typeOf(key).name}`);
  let i: PyInt = i0;
  if (i < 0) i = typeof i === 'number' && typeof r.length === 'number' ? i + r.length : normBig(BigInt(i) + BigInt(r.length));
  if (i < 0 || i >= r.length) throw newException(Exc.IndexError, 'range object index out of range');
  return rangeItem(r, i);
}

export const RangeIterType = new PyType('range_iterator', ObjectType, 0);
export const LongRangeIterType = new PyType('longrange_iterator', ObjectType, 0);
defIteratorType(RangeIterType);
defIteratorType(LongRangeIterType);

export class RangeIterator extends PyIterator {
  next_: number;
  remaining: number;
  constructor(readonly step: number, start: number, len: number) {
    super(RangeIterType);
    this.next_ = start;
    this.remaining = len;
  }
  next(): PyValue | null {
    if (this.remaining <= 0) return null;
    this.remaining--;
    const v = this.next_;
    this.next_ = v + this.step;
    return v;
  }
}

export class LongRangeIterator extends PyIterator {
  cur: bigint;
  remaining: bigint;
  constructor(readonly step: bigint, start: bigint, len: bigint) {
    super(LongRangeIterType);
    this.cur = start;
    this.remaining = len;
  }
  next(): PyValue | null {
    if (this.remaining <= 0n) return null;
    this.remaining--;
    const v = this.cur;
    this.cur = v + this.step;
    return normBig(v);
  }
}

export function rangeIter(r: PyRange): PyIterator {
  if (!r.big) return new RangeIterator(r.step as number, r.start as number, r.length as number);
  return new LongRangeIterator(BigInt(r.step), BigInt(r.start), BigInt(r.length));
}

function rangeReversed(r: PyRange): PyIterator {
  if (r.length === 0) return rangeIter(new PyRange(0, 0, 1));
  const last = rangeItem(r, typeof r.length === 'number' ? r.length - 1 : normBig(r.length - 1n));
  const step = typeof r.step === 'number' ? -r.step : -r.step;
  if (!r.big && typeof last === 'number') return new RangeIterator(step as number, last, r.length as number);
  return new LongRangeIterator(BigInt(step), BigInt(last), BigInt(r.length));
}

function asRange(v: PyValue): PyRange {
  if (v instanceof PyRange) return v;
  throw typeError(`descriptor requires a 'range' object but received a '${typeOf(v).name}'`);
}

function isIntValue(v: PyValue): v is number | bigint | boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
}

function intOf(v: number | bigint | boolean): PyInt {
  return typeof v === 'boolean' ? (v ? 1 : 0) : v;
}

export function rangeContains(r: PyRange, v: PyValue): boolean {
  if (isIntValue(v)) return rangeIndexOf(r, intOf(v)) !== -1;
  const it = rangeIter(r);
  for (let x = it.next(); x !== null; x = it.next()) if (eqBool(x, v)) return true;
  return false;
}

/** CPython: range_equals — equal as sequences. */
function rangeEquals(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  if (cmpInt(a.length, b.length) !== 0) return false;
  if (a.length === 0) return true;
  if (cmpInt(a.start, b.start) !== 0) return false;
  if (a.length === 1) return true;
  return cmpInt(a.step, b.step) === 0;
}

function install(): void {
  const R = RangeType;
  R.dict.set('__new__', new PyBuiltinFunction('__new__', (_s, a, kw) => {
    const cls = a[0];
    checkNewType(cls, R, 'range');
    if (kw !== null && kw.length > 0) throw typeError('range() takes no keyword arguments');
    return makeRange(a.slice(1));
  }, R));
  R.vectorcall = (a, kw) => {
    if (kw !== null && kw.length > 0) throw typeError('range() takes no keyword arguments');
    return makeRange(a);
  };
  defGetSet(R, 'start', (s) => asRange(s).start);
  defGetSet(R, 'stop', (s) => asRange(s).stop);
  defGetSet(R, 'step', (s) => asRange(s).step);
  defMethod(R, '__len__', (s) => {
    const n = asRange(s).length;
    if (typeof n === 'bigint') throw newException(Exc.OverflowError, 'Python int too large to convert to C ssize_t');
    return n;
  });
  defMethod(R, '__bool__', (s) => asRange(s).length !== 0);
  defMethod(R, '__getitem__', (s, a) => rangeGetItem(asRange(s), a[0]));
  defMethod(R, '__contains__', (s, a) => rangeContains(asRange(s), a[0]));
  defMethod(R, '__iter__', (s) => rangeIter(asRange(s)));
  R.tp_iter = (s) => rangeIter(asRange(s));
  defMethod(R, '__reversed__', (s) => rangeReversed(asRange(s)));
  defMethod(R, '__repr__', (s) => rangeRepr(asRange(s)));
  defMethod(R, '__hash__', (s) => {
    const r = asRange(s);
    const t = r.length === 0 ? [r.length, None, None] : r.length === 1 ? [r.length, r.start, None] : [r.length, r.start, r.step];
    return pyHash(new PyTuple(t));
  });
  defMethod(R, '__eq__', (s, a) => (a[0] instanceof PyRange ? rangeEquals(asRange(s), a[0]) : NotImplemented));
  defMethod(R, '__ne__', (s, a) => (a[0] instanceof PyRange ? !rangeEquals(asRange(s), a[0]) : NotImplemented));
  defMethod(R, 'count', (s, a) => {
    const r = asRange(s), v = a[0];
    if (isIntValue(v)) return rangeIndexOf(r, intOf(v)) === -1 ? 0 : 1;
    let c = 0;
    const it = rangeIter(r);
    for (let x = it.next(); x !== null; x = it.next()) if (eqBool(x, v)) c++;
    return c;
  });
  defMethod(R, 'index', (s, a) => {
    const r = asRange(s), v = a[0];
    if (isIntValue(v)) {
      const i = rangeIndexOf(r, intOf(v));
      if (i !== -1) return i;
    } else {
      let i = 0;
      const it = rangeIter(r);
      for (let x = it.next(); x !== null; x = it.next(), i++) if (eqBool(x, v)) return i;
    }
    throw newException(Exc.ValueError, `${isIntValue(v) ? String(intOf(v)) : 'sequence.index(x): x'} ${isIntValue(v) ? 'is not in range' : 'not in sequence'}`);
  });
}

install();

/**
 * slice objects and index conversion: `PySlice` (start/stop/step as given), `sliceIndices`
 * (CPython's PySlice_Unpack + PySlice_AdjustIndices: clamped start, stop, step and length),
 * and `asIndex` (CPython: PyNumber_Index — ints, bools and objects with `__index__`).
 * CPython: Objects/sliceobject.c, Objects/abstract.c.
 */
import {
  None, PyBuiltinFunction, PyObject, PyTuple, SliceType, defGetSet, defMethod,
  lookupType, typeOf, NotImplemented, type PyValue,
} from './object.js';
import { Exc, newException, typeError, checkNewType } from './exceptions.js';
import { repr as pyRepr, richCompare } from '../abstract.js';
import { callUnbound } from '../call.js';

export class PySlice extends PyObject {
  constructor(readonly start: PyValue, readonly stop: PyValue, readonly step: PyValue) {
    super(SliceType);
  }
}

/** CPython: PyNumber_Index; null when `v` has no `__index__`. */
export function asIndex(v: PyValue): number | bigint | null {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
    case 'string':
      return null;
    default: {
      const m = lookupType(v.ob_type, '__index__');
      if (m === undefined || m === None) return null;
      const r = callUnbound(m, v, [], null);
      if (typeof r === 'number' || typeof r === 'bigint') return r;
      if (typeof r === 'boolean') return r ? 1 : 0;
      throw typeError(`__index__ returned non-int (type ${typeOf(r).name})`);
    }
  }
}

/** asIndex, raising TypeError(msg) when `v` is not an index. */
export function asIndexOrError(v: PyValue, msg: string): number | bigint {
  const i = asIndex(v);
  if (i === null) throw typeError(msg);
  return i;
}

const SSIZE_MAX = (1n << 63n) - 1n;

/**
 * CPython: PyNumber_AsSsize_t(key, PyExc_IndexError) — an index past a C ssize_t cannot
 * address any sequence; `key` is the object the index came from (named in the message).
 */
export function checkIndexSize(i: number | bigint, key: PyValue): void {
  if (typeof i === 'bigint' && (i > SSIZE_MAX || i < -SSIZE_MAX - 1n)) {
    throw newException(Exc.IndexError, `cannot fit '${typeOf(key).name}' into an index-sized integer`);
  }
}

/** An index clamped into the JS safe range (huge values behave like ±infinity). */
function clampBig(i: number | bigint): number {
  if (typeof i === 'number') return i;
  return i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
}

function sliceIndex(v: PyValue): number {
  return clampBig(asIndexOrError(v, 'slice indices must be integers or None or have an __index__ method'));
}

/** CPython: PySlice_Unpack + PySlice_AdjustIndices → [start, stop, step, slicelength]. */
export function sliceIndices(s: PySlice, length: number): [number, number, number, number] {
  let step = 1;
  if (s.step !== None) {
    step = sliceIndex(s.step);
    if (step === 0) throw newException(Exc.ValueError, 'slice step cannot be zero');
  }
  let start = s.start === None ? (step < 0 ? Number.MAX_SAFE_INTEGER : 0) : sliceIndex(s.start);
  let stop = s.stop === None ? (step < 0 ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER) : sliceIndex(s.stop);
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) {
    start = step < 0 ? length - 1 : length;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) {
    stop = step < 0 ? length - 1 : length;
  }
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) {
    n = Math.floor((stop - start - 1) / step) + 1;
  }
  return [start, stop, step, n];
}

function asSlice(v: PyValue): PySlice {
  if (v instanceof PySlice) return v;
  throw typeError(`descriptor requires a 'slice' object but received a '${typeOf(v).name}'`);
}

export function sliceRepr(s: PySlice): string {
  return `slice(${pyRepr(s.start)}, ${pyRepr(s.stop)}, ${pyRepr(s.step)})`;
}

function install(): void {
  const S = SliceType;
  S.dict.set('__new__', new PyBuiltinFunction('__new__', (_s, a) => {
    const cls = a[0];
    checkNewType(cls, S, 'slice');
    const n = a.length - 1;
    if (n < 1) throw typeError('slice expected at least 1 argument, got 0');
    if (n > 3) throw typeError(`slice expected at most 3 arguments, got ${n}`);
    if (n === 1) return new PySlice(None, a[1], None);
    return new PySlice(a[1], a[2], n === 3 ? a[3] : None);
  }, S));
  defGetSet(S, 'start', (o) => asSlice(o).start);
  defGetSet(S, 'stop', (o) => asSlice(o).stop);
  defGetSet(S, 'step', (o) => asSlice(o).step);
  defMethod(S, '__repr__', (o) => sliceRepr(asSlice(o)));
  S.dict.set('__hash__', None);
  defMethod(S, 'indices', (o, a) => {
    const s = asSlice(o);
    const len = asIndexOrError(a[0], `'${typeOf(a[0]).name}' object cannot be interpreted as an integer`);
    if ((typeof len === 'number' && len < 0) || (typeof len === 'bigint' && len < 0n)) {
      throw newException(Exc.ValueError, 'length should not be negative');
    }
    const [start, stop, step] = sliceIndices(s, clampBig(len));
    return new PyTuple([start, stop, step]);
  });
  const cmp = (op: number) => (o: PyValue, a: PyValue[]): PyValue => {
    const s = asSlice(o), t = a[0];
    if (!(t instanceof PySlice)) return NotImplemented;
    return richCompare(new PyTuple([s.start, s.stop, s.step]), new PyTuple([t.start, t.stop, t.step]), op);
  };
  ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].forEach((name, op) => defMethod(S, name, cmp(op)));
}

install();

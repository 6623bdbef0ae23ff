/**
 * bytes (immutable) and bytearray (mutable, PyByteArray): repr `b'\x00abc'`, construction,
 * indexing to ints, slicing, concatenation and repetition, comparisons, hash, iteration,
 * decode, hex/fromhex and the common search/split/strip methods, shared by both types.
 * CPython: Objects/bytesobject.c, Objects/bytearrayobject.c, Objects/bytes_methods.c.
 */
import {
  ByteArrayType, BytesType, None, NotImplemented, ObjectType, defRichCompare, PyBuiltinFunction, PyBytes, PyIterator, PyList,
  PyMethodDescr, PyObject, PyTuple, PyType, isSubtype, lookupType, typeOf, type PyValue,
} from './object.js';
import { Exc, PyException, newException, typeError, checkNewType } from './exceptions.js';
import { PySlice, checkIndexSize, sliceIndices } from './slice.js';
import { decodeBytes, encodeStr } from './codecs.js';
import { parseArgs, checkArgCount } from './native_args.js';
import { asStr } from './str_methods.js';
import { callMethod, defIteratorType, getIter, index as pyIndex, iterNext } from '../abstract.js';
import { numKind, K_INT, intOf } from './numeric.js';
import { bytesPercentFormat } from './strformat.js';
import { installBytesExtras, installByteArrayExtras } from './bytes_methods.js';

/** A bytearray: bytes that can change size (`data` is replaced on resize). */
export class PyByteArray extends PyObject {
  data: Uint8Array;
  /**
   * The buffer appendBytes allocated with room to spare; `data` is a view of its start while
   * this is so. Appends then write past the end in place (CPython over-allocates the same way),
   * never into a buffer another object may share.
   */
  owned: ArrayBufferLike | null;
  constructor(data: Uint8Array, type: PyType = ByteArrayType) {
    super(type);
    this.data = data;
    this.owned = null;
  }
}

/** Appends `extra` to the bytearray in amortised O(len(extra)) (CPython: PyByteArray_Resize). */
export function appendBytes(ba: PyByteArray, extra: Uint8Array): void {
  const d = ba.data, n = d.length, m = extra.length;
  if (d.buffer === ba.owned && d.byteOffset === 0 && n + m <= d.buffer.byteLength) {
    const out = new Uint8Array(d.buffer, 0, n + m);
    out.set(extra, n);
    ba.data = out;
    return;
  }
  const buf = new Uint8Array(n + m + ((n + m) >> 3) + 16);
  buf.set(d, 0);
  buf.set(extra, n);
  ba.owned = buf.buffer;
  ba.data = buf.subarray(0, n + m);
}

/** The bytes of a bytes, bytearray or subclass instance, or null. */
export function bytesData(v: PyValue): Uint8Array | null {
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyByteArray) return v.data;
  return null;
}

export function dataSelf(v: PyValue): Uint8Array {
  const d = bytesData(v);
  if (d === null) throw typeError(`descriptor requires a 'bytes' object but received a '${typeOf(v).name}'`);
  return d;
}

function isByteArray(v: PyValue): boolean {
  return v instanceof PyByteArray;
}

/** Builds a result of the same kind as `self` (bytes methods return bytes, bytearray ones bytearray). */
export function same(self: PyValue, data: Uint8Array): PyValue {
  return isByteArray(self) ? new PyByteArray(data) : new PyBytes(data);
}

export function bytesArg(v: PyValue, fname: string): Uint8Array {
  const d = bytesData(v);
  if (d === null) throw typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
  void fname;
  return d;
}

// ---- repr, hash, compare ----

/** CPython: PyBytes_Repr. */
export function bytesRepr(data: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (let i = 0; i < data.length; i++) {
    if (data[i] === 0x27) hasSingle = true;
    else if (data[i] === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (let i = 0; i < data.length; i++) {
    const b = data[i];
    if (b === 0x5c) out += '\\\\';
    else if (b === 0x09) out += '\\t';
    else if (b === 0x0a) out += '\\n';
    else if (b === 0x0d) out += '\\r';
    else if (b === 0x27 && quote === "'") out += "\\'";
    else if (b < 0x20 || b >= 0x7f) out += '\\x' + b.toString(16).padStart(2, '0');
    else out += String.fromCharCode(b);
  }
  return out + quote;
}

export function bytesHash(data: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < data.length; i++) {
    h ^= data[i];
    h = Math.imul(h, 0x01000193);
  }
  h = (h ^ (data.length * 0x9e3779b1)) | 0;
  return h === -1 ? -2 : h;
}

export function bytesCompare(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

// ---- searching ----

export function indexOf(hay: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  const n = needle.length;
  outer: for (let i = from; i + n <= to; i++) {
    for (let j = 0; j < n; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

export function lastIndexOf(hay: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  const n = needle.length;
  outer: for (let i = to - n; i >= from; i--) {
    for (let j = 0; j < n; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

export function bounds(len: number, start: PyValue | undefined, end: PyValue | undefined): [number, number] {
  let s = start === undefined || start === None ? 0 : Number(pyIndex(start));
  let e = end === undefined || end === None ? len : Number(pyIndex(end));
  if (s < 0) { s += len; if (s < 0) s = 0; }
  if (e < 0) { e += len; if (e < 0) e = 0; }
  if (e > len) e = len;
  return [s, e];
}

/** The sub argument of find/count/index: bytes-like or an int byte value. */
function subArg(v: PyValue): Uint8Array {
  if (numKind(v) === K_INT) {
    const b = intOf(v);
    if (b < 0 || b > 255) throw newException(Exc.ValueError, 'byte must be in range(0, 256)');
    return Uint8Array.of(Number(b));
  }
  const d = bytesData(v);
  if (d === null) throw typeError(`argument should be integer or bytes-like object, not '${typeOf(v).name}'`);
  return d;
}

function find(data: Uint8Array, args: PyValue[], last: boolean): number {
  checkArgCount(last ? 'rfind' : 'find', args, 1, 3);
  const sub = subArg(args[0]);
  const [a, b] = bounds(data.length, args[1], args[2]);
  if (a > b) return -1;
  return last ? lastIndexOf(data, sub, a, b) : indexOf(data, sub, a, b);
}

export const WS_BYTES = new Set([0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d]);

function strip(data: Uint8Array, chars: PyValue | undefined, left: boolean, right: boolean): Uint8Array {
  let set: Set<number>;
  if (chars === undefined || chars === None) set = WS_BYTES;
  else set = new Set(bytesArg(chars, 'strip'));
  let a = 0, b = data.length;
  if (left) while (a < b && set.has(data[a])) a++;
  if (right) while (b > a && set.has(data[b - 1])) b--;
  return data.slice(a, b);
}

export function split(data: Uint8Array, sep: PyValue | undefined, maxsplit: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  if (sep === undefined || sep === None) {
    let i = 0;
    const n = data.length;
    while (i < n) {
      while (i < n && WS_BYTES.has(data[i])) i++;
      if (i >= n) break;
      if (maxsplit >= 0 && out.length === maxsplit) { out.push(data.slice(i)); return out; }
      const j = i;
      while (i < n && !WS_BYTES.has(data[i])) i++;
      out.push(data.slice(j, i));
    }
    return out;
  }
  const s = bytesArg(sep, 'split');
  if (s.length === 0) throw newException(Exc.ValueError, 'empty separator');
  let i = 0;
  while (maxsplit < 0 || out.length < maxsplit) {
    const j = indexOf(data, s, i, data.length);
    if (j < 0) break;
    out.push(data.slice(i, j));
    i = j + s.length;
  }
  out.push(data.slice(i));
  return out;
}

function replace(data: Uint8Array, old: Uint8Array, rep: Uint8Array, count: number): Uint8Array {
  const parts: number[] = [];
  let i = 0, n = 0;
  if (old.length === 0) {
    for (let k = 0; k <= data.length; k++) {
      if (count < 0 || n < count) { parts.push(...rep); n++; }
      if (k < data.length) parts.push(data[k]);
    }
    return Uint8Array.from(parts);
  }
  while (count < 0 || n < count) {
    const j = indexOf(data, old, i, data.length);
    if (j < 0) break;
    for (let k = i; k < j; k++) parts.push(data[k]);
    parts.push(...rep);
    i = j + old.length;
    n++;
  }
  for (let k = i; k < data.length; k++) parts.push(data[k]);
  return Uint8Array.from(parts);
}

export function bytesHex(data: Uint8Array, sep = '', bytesPerSep = 1): string {
  let out = '';
  for (let i = 0; i < data.length; i++) {
    if (sep !== '' && i > 0) {
      // groups count from the right for positive bytesPerSep
      const k = bytesPerSep > 0 ? (data.length - i) % bytesPerSep : i % -bytesPerSep;
      if (k === 0) out += sep;
    }
    out += data[i].toString(16).padStart(2, '0');
  }
  return out;
}

export function bytesFromHex(s: string): Uint8Array {
  const out: number[] = [];
  let i = 0;
  while (i < s.length) {
    if (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r' || s[i] === '\x0b' || s[i] === '\x0c') { i++; continue; }
    const hi = parseInt(s[i], 16), lo = i + 1 < s.length ? parseInt(s[i + 1], 16) : NaN;
    if (Number.isNaN(hi) || Number.isNaN(lo)) {
      const pos = Number.isNaN(hi) ? i : i + 1;
      throw newException(Exc.ValueError, `non-hexadecimal number found in fromhex() arg at position ${pos}`);
    }
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

/** bytes(x) / bytearray(x) contents (CPython: bytes_new_impl without the __bytes__ path). */
export function bytesFromObject(x: PyValue, encoding: PyValue | undefined, errors: PyValue | undefined, fname: string): Uint8Array {
  const s = asStr(x);
  if (s !== null) {
    if (encoding === undefined) throw typeError('string argument without an encoding');
    const enc = asStr(encoding);
    if (enc === null) throw typeError(`${fname}() argument 'encoding' must be str, not ${typeOf(encoding).name}`);
    return encodeStr(s, enc, errors === undefined ? 'strict' : asStr(errors) ?? 'strict');
  }
  if (encoding !== undefined) throw typeError('encoding without a string argument');
  if (errors !== undefined) throw typeError('errors without a string argument');
  const d = bytesData(x);
  if (d !== null) return d.slice();
  if (numKind(x) === K_INT && typeof x !== 'boolean') {
    const n = intOf(x);
    if (n < 0) throw newException(Exc.ValueError, 'negative count');
    return new Uint8Array(Number(n));
  }
  if (typeof x !== 'string' && x instanceof PyObject) {
    const f = lookupType(x.ob_type, '__bytes__');
    if (f !== undefined) {
      const rd = bytesData(callMethod(f, x, []));
      if (rd === null) throw typeError(`__bytes__ returned non-bytes (type ${typeOf(x).name})`);
      return rd.slice();
    }
    if (lookupType(x.ob_type, '__index__') !== undefined && lookupType(x.ob_type, '__iter__') === undefined) {
      return new Uint8Array(Number(pyIndex(x)));
    }
  }
  const out: number[] = [];
  let it: PyValue;
  try {
    it = getIter(x);
  } catch (e) {
    if (e instanceof PyException && isSubtype(e.ob_type, Exc.TypeError)) {
      throw typeError(`cannot convert '${typeOf(x).name}' object to ${fname}`);
    }
    throw e;
  }
  for (let v = iterNext(it); v !== null; v = iterNext(it)) {
    if (numKind(v) !== K_INT) {
      throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
    }
    const b = intOf(v);
    if (b < 0 || b > 255) throw newException(Exc.ValueError, 'bytes must be in range(0, 256)');
    out.push(Number(b));
  }
  return Uint8Array.from(out);
}

export const BytesIteratorType = new PyType('bytes_iterator', ObjectType, 0);

class BytesIterator extends PyIterator {
  index: number;
  constructor(readonly data: Uint8Array) {
    super(BytesIteratorType);
    this.index = 0;
  }
  next(): PyValue | null {
    return this.index < this.data.length ? this.data[this.index++] : null;
  }
}

/** b[key]: an int for an index, bytes for a slice. */
export function bytesGetItem(self: PyValue, data: Uint8Array, key: PyValue, what: string): PyValue {
  if (key instanceof PySlice) {
    const [start, , step, n] = sliceIndices(key, data.length);
    if (step === 1) return same(self, data.slice(start, start + n));
    const out = new Uint8Array(n);
    for (let k = 0, i = start; k < n; k++, i += step) out[k] = data[i];
    return same(self, out);
  }
  if (typeof key === 'string' || (numKind(key) !== K_INT && lookupType(typeOf(key), '__index__') === undefined)) {
    throw typeError(`${what === 'bytearray' ? 'bytearray' : 'byte'} indices must be integers or slices, not ${typeOf(key).name}`);
  }
  const idx = pyIndex(key);
  checkIndexSize(idx, key);
  let i = Number(idx);
  if (i < 0) i += data.length;
  if (i < 0 || i >= data.length) {
    throw newException(Exc.IndexError, what === 'bytearray' ? 'bytearray index out of range' : 'index out of range');
  }
  return data[i];
}

function repeat(data: Uint8Array, n: PyValue): Uint8Array {
  if (typeof n === 'string' || (numKind(n) !== K_INT && lookupType(typeOf(n), '__index__') === undefined)) {
    throw typeError(`can't multiply sequence by non-int of type '${typeOf(n).name}'`);
  }
  const idx = pyIndex(n);
  if (typeof idx === 'bigint' && (idx < -(1n << 63n) || idx >= 1n << 63n)) {
    throw newException(Exc.OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  const k = Number(idx);
  if (k <= 0 || data.length === 0) return new Uint8Array(0);
  if (data.length * k > 0x7fffffff) throw newException(Exc.MemoryError, null);
  const out = new Uint8Array(data.length * k);
  for (let i = 0; i < k; i++) out.set(data, i * data.length);
  return out;
}

type Native = (self: PyValue, args: PyValue[], kwnames: readonly string[] | null) => PyValue;

/** Methods shared by bytes and bytearray (each returns the receiver's kind). */
function installShared(T: PyType, what: string): void {
  const def = (name: string, fn: Native): void => { T.dict.set(name, new PyMethodDescr(name, fn, T)); };
  def('__len__', self => dataSelf(self).length);
  def('__getitem__', (self, args) => bytesGetItem(self, dataSelf(self), args[0], what));
  def('__iter__', self => new BytesIterator(dataSelf(self)));
  def('__add__', (self, args) => {
    const o = bytesData(args[0]);
    if (o === null) throw typeError(`can't concat ${typeOf(args[0]).name} to ${typeOf(self).name}`);
    return same(self, concat(dataSelf(self), o));
  });
  def('__mod__', (self, args) => same(self, bytesPercentFormat(dataSelf(self), args[0])));
  def('__rmod__', () => NotImplemented);
  def('__mul__', (self, args) => same(self, repeat(dataSelf(self), args[0])));
  def('__rmul__', (self, args) => same(self, repeat(dataSelf(self), args[0])));
  def('__contains__', (self, args) => {
    const x = args[0];
    // CPython: _Py_bytes_contains wants an int or a buffer, with its own message
    if (numKind(x) !== K_INT && bytesData(x) === null) throw typeError(`a bytes-like object is required, not '${typeOf(x).name}'`);
    return indexOf(dataSelf(self), subArg(x), 0, dataSelf(self).length) >= 0;
  });
  defRichCompare(T, (self, other) => {
    const o = bytesData(other);
    return o === null ? null : bytesCompare(dataSelf(self), o);
  });
  def('decode', (self, args, kw) => {
    const [encoding, errors] = parseArgs('decode', args, kw, ['encoding', 'errors'], 0);
    return decodeBytes(dataSelf(self), encoding === undefined ? 'utf-8' : asStr(encoding) ?? 'utf-8',
      errors === undefined ? 'strict' : asStr(errors) ?? 'strict');
  });
  def('hex', (self, args, kw) => {
    const [sep, bps] = parseArgs('hex', args, kw, ['sep', 'bytes_per_sep'], 0);
    const sepS = sep === undefined ? '' : asStr(sep) ?? String.fromCharCode(...(bytesData(sep) ?? []));
    return bytesHex(dataSelf(self), sepS, bps === undefined ? 1 : Number(pyIndex(bps)));
  });
  def('find', (self, args) => find(dataSelf(self), args, false));
  def('rfind', (self, args) => find(dataSelf(self), args, true));
  def('index', (self, args) => {
    const r = find(dataSelf(self), args, false);
    if (r < 0) throw newException(Exc.ValueError, 'subsection not found');
    return r;
  });
  def('rindex', (self, args) => {
    const r = find(dataSelf(self), args, true);
    if (r < 0) throw newException(Exc.ValueError, 'subsection not found');
    return r;
  });
  def('count', (self, args) => {
    checkArgCount('count', args, 1, 3);
    const data = dataSelf(self), sub = subArg(args[0]);
    const [a, b] = bounds(data.length, args[1], args[2]);
    if (sub.length === 0) return Math.max(0, b - a + 1);
    let n = 0;
    for (let i = indexOf(data, sub, a, b); i >= 0; i = indexOf(data, sub, i + sub.length, b)) n++;
    return n;
  });
  const tail = (atEnd: boolean, fname: string): Native => (self, args) => {
    checkArgCount(fname, args, 1, 3);
    const data = dataSelf(self);
    const [a, b] = bounds(data.length, args[1], args[2]);
    const test = (p: Uint8Array): boolean => {
      if (b - a < p.length) return false;
      const off = atEnd ? b - p.length : a;
      for (let i = 0; i < p.length; i++) if (data[off + i] !== p[i]) return false;
      return true;
    };
    const x = args[0];
    if (x instanceof PyTuple) return x.items.some(p => test(bytesArg(p, fname)));
    const p = bytesData(x);
    if (p === null) throw typeError(`${fname} first arg must be bytes or a tuple of bytes, not ${typeOf(x).name}`);
    return test(p);
  };
  def('startswith', tail(false, 'startswith'));
  def('endswith', tail(true, 'endswith'));
  def('strip', (self, args) => {
    checkArgCount('strip', args, 0, 1);
    return same(self, strip(dataSelf(self), args[0], true, true));
  });
  def('lstrip', (self, args) => {
    checkArgCount('lstrip', args, 0, 1);
    return same(self, strip(dataSelf(self), args[0], true, false));
  });
  def('rstrip', (self, args) => {
    checkArgCount('rstrip', args, 0, 1);
    return same(self, strip(dataSelf(self), args[0], false, true));
  });
  def('split', (self, args, kw) => {
    const [sep, maxsplit] = parseArgs('split', args, kw, ['sep', 'maxsplit'], 0);
    const parts = split(dataSelf(self), sep, maxsplit === undefined ? -1 : Number(pyIndex(maxsplit)));
    return new PyList(parts.map(p => same(self, p)));
  });
  def('join', (self, args) => {
    const sep = dataSelf(self);
    const it = getIter(args[0]);
    const parts: number[] = [];
    let k = 0;
    for (let v = iterNext(it); v !== null; v = iterNext(it), k++) {
      const d = bytesData(v);
      if (d === null) throw typeError(`sequence item ${k}: expected a bytes-like object, ${typeOf(v).name} found`);
      if (k > 0) parts.push(...sep);
      parts.push(...d);
    }
    return same(self, Uint8Array.from(parts));
  });
  def('replace', (self, args) => {
    checkArgCount('replace', args, 2, 3);
    const count = args.length > 2 ? Number(pyIndex(args[2])) : -1;
    return same(self, replace(dataSelf(self), bytesArg(args[0], 'replace'), bytesArg(args[1], 'replace'), count));
  });
  const mapBytes = (name: string, f: (b: number) => number): void => def(name, self => same(self, dataSelf(self).map(f)));
  mapBytes('upper', b => (b >= 0x61 && b <= 0x7a ? b - 32 : b));
  mapBytes('lower', b => (b >= 0x41 && b <= 0x5a ? b + 32 : b));
  mapBytes('swapcase', b => (b >= 0x61 && b <= 0x7a ? b - 32 : b >= 0x41 && b <= 0x5a ? b + 32 : b));
  const pred = (name: string, f: (b: number) => boolean): void => def(name, self => {
    const d = dataSelf(self);
    return d.length > 0 && d.every(f);
  });
  const isDigit = (b: number): boolean => b >= 0x30 && b <= 0x39;
  const isAlpha = (b: number): boolean => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
  pred('isdigit', isDigit);
  pred('isalpha', isAlpha);
  pred('isalnum', b => isDigit(b) || isAlpha(b));
  pred('isspace', b => WS_BYTES.has(b));
  def('isascii', self => dataSelf(self).every(b => b < 0x80));
  def('islower', self => {
    const d = dataSelf(self);
    return d.some(b => b >= 0x61 && b <= 0x7a) && !d.some(b => b >= 0x41 && b <= 0x5a);
  });
  def('isupper', self => {
    const d = dataSelf(self);
    return d.some(b => b >= 0x41 && b <= 0x5a) && !d.some(b => b >= 0x61 && b <= 0x7a);
  });
  def('partition', (self, args) => {
    const d = dataSelf(self), sep = bytesArg(args[0], 'partition');
    if (sep.length === 0) throw newException(Exc.ValueError, 'empty separator');
    const i = indexOf(d, sep, 0, d.length);
    if (i < 0) return new PyTuple([same(self, d.slice()), same(self, new Uint8Array(0)), same(self, new Uint8Array(0))]);
    return new PyTuple([same(self, d.slice(0, i)), same(self, sep.slice()), same(self, d.slice(i + sep.length))]);
  });
  def('removeprefix', (self, args) => {
    const d = dataSelf(self), p = bytesArg(args[0], 'removeprefix');
    return same(self, p.length <= d.length && p.every((b, i) => d[i] === b) ? d.slice(p.length) : d.slice());
  });
  def('removesuffix', (self, args) => {
    const d = dataSelf(self), p = bytesArg(args[0], 'removesuffix');
    const off = d.length - p.length;
    return same(self, p.length > 0 && off >= 0 && p.every((b, i) => d[off + i] === b) ? d.slice(0, off) : d.slice());
  });
  T.dict.set('fromhex', new PyBuiltinFunction('fromhex', (_s, args) => {
    const s = asStr(args[0]);
    if (s === null) throw typeError(`fromhex() argument must be str, not ${typeOf(args[0]).name}`);
    const data = bytesFromHex(s);
    return T === ByteArrayType ? new PyByteArray(data) : new PyBytes(data);
  }, T, `${T.name}.fromhex`));
}

function installBytes(): void {
  const T = BytesType;
  T.dict.set('__new__', new PyBuiltinFunction('__new__', (_s, args, kwnames) => {
    const cls = args[0];
    checkNewType(cls, BytesType, 'bytes');
    const [x, encoding, errors] = parseArgs('bytes', args.slice(1), kwnames, ['source', 'encoding', 'errors'], 0);
    const data = x === undefined ? new Uint8Array(0) : bytesFromObject(x, encoding, errors, 'bytes');
    const b = new PyBytes(data);
    if (cls !== BytesType) b.ob_type = cls;
    return b;
  }, T, 'bytes.__new__'));
  installShared(T, 'bytes');
  installBytesExtras(T);
  const def = (name: string, fn: Native): void => { T.dict.set(name, new PyMethodDescr(name, fn, T)); };
  def('__repr__', self => bytesRepr(dataSelf(self)));
  def('__hash__', self => bytesHash(dataSelf(self)));
  def('__bytes__', self => (self instanceof PyBytes && self.ob_type === BytesType ? self : new PyBytes(dataSelf(self))));
  def('__getnewargs__', self => new PyTuple([new PyBytes(dataSelf(self))]));
}

function installByteArray(): void {
  const T = ByteArrayType;
  T.dict.set('__new__', new PyBuiltinFunction('__new__', (_s, args) => {
    const cls = args[0];
    checkNewType(cls, ByteArrayType, 'bytearray');
    return new PyByteArray(new Uint8Array(0), cls);
  }, T, 'bytearray.__new__'));
  installShared(T, 'bytearray');
  installBytesExtras(T);
  installByteArrayExtras(T);
  const def = (name: string, fn: Native): void => { T.dict.set(name, new PyMethodDescr(name, fn, T)); };
  const self = (v: PyValue): PyByteArray => {
    if (v instanceof PyByteArray) return v;
    throw typeError(`descriptor requires a 'bytearray' object but received a '${typeOf(v).name}'`);
  };
  const byteVal = (v: PyValue): number => {
    if (numKind(v) !== K_INT) throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
    const b = intOf(v);
    if (b < 0 || b > 255) throw newException(Exc.ValueError, 'byte must be in range(0, 256)');
    return Number(b);
  };
  def('__init__', (s, args, kwnames) => {
    const [x, encoding, errors] = parseArgs('bytearray', args, kwnames, ['source', 'encoding', 'errors'], 0);
    self(s).data = x === undefined ? new Uint8Array(0) : bytesFromObject(x, encoding, errors, 'bytearray');
    return None;
  });
  def('__repr__', s => `${typeOf(s).name}(${bytesRepr(self(s).data)})`);
  T.dict.set('__hash__', None);
  def('__setitem__', (s, args) => {
    const ba = self(s), key = args[0];
    if (key instanceof PySlice) {
      // CPython: bytearray_setslice refuses a bare int (bytearray(5) would mean five zero bytes)
      if (numKind(args[1]) === K_INT) throw typeError('can assign only bytes, buffers, or iterables of ints in range(0, 256)');
      const src = bytesData(args[1]) ?? bytesFromObject(args[1], undefined, undefined, 'bytearray');
      const [start, stop, step, n] = sliceIndices(key, ba.data.length);
      if (step === 1) {
        const end = Math.max(start, stop);
        const out = new Uint8Array(ba.data.length - (end - start) + src.length);
        out.set(ba.data.subarray(0, start), 0);
        out.set(src, start);
        out.set(ba.data.subarray(end), start + src.length);
        ba.data = out;
        return None;
      }
      if (src.length !== n) {
        throw newException(Exc.ValueError, `attempt to assign bytes of size ${src.length} to extended slice of size ${n}`);
      }
      for (let k = 0, i = start; k < n; k++, i += step) ba.data[i] = src[k];
      return None;
    }
    let i = Number(pyIndex(key));
    if (i < 0) i += ba.data.length;
    if (i < 0 || i >= ba.data.length) throw newException(Exc.IndexError, 'bytearray index out of range');
    ba.data[i] = byteVal(args[1]);
    return None;
  });
  def('__delitem__', (s, args) => {
    const ba = self(s), key = args[0];
    if (key instanceof PySlice) {
      const [start, , step, n] = sliceIndices(key, ba.data.length);
      const drop = new Set<number>();
      for (let k = 0, i = start; k < n; k++, i += step) drop.add(i);
      ba.data = ba.data.filter((_b, i) => !drop.has(i));
      return None;
    }
    let i = Number(pyIndex(key));
    if (i < 0) i += ba.data.length;
    if (i < 0 || i >= ba.data.length) throw newException(Exc.IndexError, 'bytearray index out of range');
    ba.data = concat(ba.data.subarray(0, i), ba.data.subarray(i + 1));
    return None;
  });
  def('__iadd__', (s, args) => {
    const ba = self(s);
    appendBytes(ba, bytesArg(args[0], '+='));
    return ba;
  });
  def('append', (s, args) => {
    const ba = self(s);
    appendBytes(ba, Uint8Array.of(byteVal(args[0])));
    return None;
  });
  def('extend', (s, args) => {
    const ba = self(s);
    appendBytes(ba, bytesData(args[0]) ?? bytesFromObject(args[0], undefined, undefined, 'bytearray'));
    return None;
  });
  def('pop', (s, args) => {
    const ba = self(s);
    if (ba.data.length === 0) throw newException(Exc.IndexError, 'pop from empty bytearray');
    let i = args.length > 0 ? Number(pyIndex(args[0])) : ba.data.length - 1;
    if (i < 0) i += ba.data.length;
    if (i < 0 || i >= ba.data.length) throw newException(Exc.IndexError, 'pop index out of range');
    const v = ba.data[i];
    // From the end, the view just shrinks: the buffer stays the bytearray's own.
    ba.data = i === ba.data.length - 1 ? ba.data.subarray(0, i) : concat(ba.data.subarray(0, i), ba.data.subarray(i + 1));
    return v;
  });
  def('insert', (s, args) => {
    const ba = self(s);
    let i = Number(pyIndex(args[0]));
    const n = ba.data.length;
    if (i < 0) i = Math.max(0, i + n);
    if (i > n) i = n;
    ba.data = concat(concat(ba.data.subarray(0, i), Uint8Array.of(byteVal(args[1]))), ba.data.subarray(i));
    return None;
  });
  def('clear', s => { self(s).data = new Uint8Array(0); return None; });
  def('reverse', s => { self(s).data.reverse(); return None; });
  def('copy', s => new PyByteArray(self(s).data.slice()));
}

installBytes();
installByteArray();
defIteratorType(BytesIteratorType);

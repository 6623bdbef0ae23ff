/**
 * The rest of the bytes/bytearray method surface: right-hand splitting, line splitting,
 * padding, tab expansion, title case, translate/maketrans, and bytearray's remove and `*=`.
 * Installed on both types by bytes.ts; each result keeps the receiver's kind.
 * CPython: Objects/bytes_methods.c, Objects/stringlib/transmogrify.h, Objects/bytearrayobject.c.
 */
import { None, PyBuiltinFunction, PyBytes, PyList, PyMethodDescr, PyTuple, type PyType, type PyValue, typeOf } from './object.js';
import { Exc, newException, typeError } from './exceptions.js';
import { parseArgs } from './native_args.js';
import { index as pyIndex } from '../abstract.js';
import { numKind, K_INT, intOf } from './numeric.js';
import { PyByteArray, WS_BYTES, bytesArg, bytesData, dataSelf, lastIndexOf, same } from './bytes.js';

type Native = (self: PyValue, args: PyValue[], kwnames: readonly string[] | null) => PyValue;

const EMPTY = new Uint8Array(0);

function byteArraySelf(v: PyValue): PyByteArray {
  if (v instanceof PyByteArray) return v;
  throw typeError(`descriptor requires a 'bytearray' object but received a '${typeOf(v).name}'`);
}

function isLower(b: number): boolean { return b >= 0x61 && b <= 0x7a; }
function isUpper(b: number): boolean { return b >= 0x41 && b <= 0x5a; }

function rsplit(data: Uint8Array, sep: PyValue | undefined, maxsplit: number): Uint8Array[] {
  if (maxsplit < 0) maxsplit = Infinity;
  const out: Uint8Array[] = [];
  if (sep === undefined || sep === None) {
    let i = data.length;
    while (i > 0) {
      while (i > 0 && WS_BYTES.has(data[i - 1])) i--;
      if (i === 0) break;
      if (out.length === maxsplit) { out.push(data.slice(0, i)); break; }
      const j = i;
      while (i > 0 && !WS_BYTES.has(data[i - 1])) i--;
      out.push(data.slice(i, j));
    }
    return out.reverse();
  }
  const s = bytesArg(sep, 'rsplit');
  if (s.length === 0) throw newException(Exc.ValueError, 'empty separator');
  let end = data.length;
  while (out.length < maxsplit) {
    const j = lastIndexOf(data, s, 0, end);
    if (j < 0) break;
    out.push(data.slice(j + s.length, end));
    end = j;
  }
  out.push(data.slice(0, end));
  return out.reverse();
}

/** CPython: stringlib splitlines — \n, \r and \r\n only (bytes know no other line breaks). */
function splitlines(data: Uint8Array, keepends: boolean): Uint8Array[] {
  const out: Uint8Array[] = [];
  let i = 0;
  const n = data.length;
  while (i < n) {
    let j = i;
    while (j < n && data[j] !== 0x0a && data[j] !== 0x0d) j++;
    let eol = j;
    if (j < n) eol = data[j] === 0x0d && j + 1 < n && data[j + 1] === 0x0a ? j + 2 : j + 1;
    out.push(data.slice(i, keepends ? eol : j));
    i = eol;
  }
  return out;
}

function fillByte(v: PyValue | undefined, fname: string): number {
  if (v === undefined) return 0x20;
  const d = bytesData(v);
  if (d === null || d.length !== 1) {
    throw typeError(`${fname}() argument 2 must be a byte string of length 1, not ${typeOf(v).name}`);
  }
  return d[0];
}

function padded(data: Uint8Array, left: number, right: number, fill: number): Uint8Array {
  const out = new Uint8Array(left + data.length + right).fill(fill);
  out.set(data, left);
  return out;
}

function widthArg(v: PyValue): number {
  return Number(pyIndex(v));
}

function expandtabs(data: Uint8Array, tabsize: number): Uint8Array {
  const out: number[] = [];
  let col = 0;
  for (const b of data) {
    if (b === 0x09) {
      if (tabsize > 0) {
        const k = tabsize - (col % tabsize);
        for (let i = 0; i < k; i++) out.push(0x20);
        col += k;
      }
    } else {
      out.push(b);
      col = b === 0x0a || b === 0x0d ? 0 : col + 1;
    }
  }
  return Uint8Array.from(out);
}

function title(data: Uint8Array): Uint8Array {
  const out = data.slice();
  let prevCased = false;
  for (let i = 0; i < out.length; i++) {
    const b = out[i];
    if (isLower(b) && !prevCased) out[i] = b - 32;
    else if (isUpper(b) && prevCased) out[i] = b + 32;
    prevCased = isLower(b) || isUpper(b);
  }
  return out;
}

function istitle(data: Uint8Array): boolean {
  let cased = false, prevCased = false;
  for (const b of data) {
    if (isUpper(b)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLower(b)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

/** The 256-byte table of translate (None = identity). */
function translateTable(v: PyValue): Uint8Array | null {
  if (v === None) return null;
  const t = bytesArg(v, 'translate');
  if (t.length !== 256) throw newException(Exc.ValueError, 'translation table must be 256 characters long');
  return t;
}

export function installBytesExtras(T: PyType): void {
  const def = (name: string, fn: Native): void => { T.dict.set(name, new PyMethodDescr(name, fn, T)); };
  def('rsplit', (self, args, kw) => {
    const [sep, maxsplit] = parseArgs('rsplit', args, kw, ['sep', 'maxsplit'], 0);
    const parts = rsplit(dataSelf(self), sep, maxsplit === undefined ? -1 : Number(pyIndex(maxsplit)));
    return new PyList(parts.map(p => same(self, p)));
  });
  def('rpartition', (self, args) => {
    const d = dataSelf(self), sep = bytesArg(args[0], 'rpartition');
    if (sep.length === 0) throw newException(Exc.ValueError, 'empty separator');
    const i = lastIndexOf(d, sep, 0, d.length);
    if (i < 0) return new PyTuple([same(self, EMPTY), same(self, EMPTY), same(self, d.slice())]);
    return new PyTuple([same(self, d.slice(0, i)), same(self, sep.slice()), same(self, d.slice(i + sep.length))]);
  });
  def('splitlines', (self, args, kw) => {
    const [keepends] = parseArgs('splitlines', args, kw, ['keepends'], 0);
    const keep = keepends !== undefined && keepends !== false && keepends !== 0;
    return new PyList(splitlines(dataSelf(self), keep).map(p => same(self, p)));
  });
  def('center', (self, args) => {
    const d = dataSelf(self), w = widthArg(args[0]), fill = fillByte(args[1], 'center');
    if (w <= d.length) return same(self, d.slice());
    const marg = w - d.length;
    // CPython: pad() puts the extra column on the left when the margin and width are both odd
    const left = Math.floor(marg / 2) + (marg & w & 1);
    return same(self, padded(d, left, marg - left, fill));
  });
  def('ljust', (self, args) => {
    const d = dataSelf(self), w = widthArg(args[0]), fill = fillByte(args[1], 'ljust');
    return same(self, w <= d.length ? d.slice() : padded(d, 0, w - d.length, fill));
  });
  def('rjust', (self, args) => {
    const d = dataSelf(self), w = widthArg(args[0]), fill = fillByte(args[1], 'rjust');
    return same(self, w <= d.length ? d.slice() : padded(d, w - d.length, 0, fill));
  });
  def('zfill', (self, args) => {
    const d = dataSelf(self), w = widthArg(args[0]);
    if (w <= d.length) return same(self, d.slice());
    const out = padded(d, w - d.length, 0, 0x30);
    if (d.length > 0 && (d[0] === 0x2b || d[0] === 0x2d)) {
      out[0] = d[0];
      out[w - d.length] = 0x30;
    }
    return same(self, out);
  });
  def('expandtabs', (self, args, kw) => {
    const [tabsize] = parseArgs('expandtabs', args, kw, ['tabsize'], 0);
    return same(self, expandtabs(dataSelf(self), tabsize === undefined ? 8 : Number(pyIndex(tabsize))));
  });
  def('title', self => same(self, title(dataSelf(self))));
  def('capitalize', self => {
    const out = dataSelf(self).map(b => (isUpper(b) ? b + 32 : b));
    if (out.length > 0 && isLower(out[0])) out[0] -= 32;
    return same(self, out);
  });
  def('istitle', self => istitle(dataSelf(self)));
  def('translate', (self, args, kw) => {
    const [table, del] = parseArgs('translate', args, kw, ['table', 'delete'], 1);
    const t = translateTable(table!);
    const drop = del === undefined ? null : new Set(bytesArg(del, 'translate'));
    const out: number[] = [];
    for (const b of dataSelf(self)) if (drop === null || !drop.has(b)) out.push(t === null ? b : t[b]);
    return same(self, Uint8Array.from(out));
  });
  T.dict.set('maketrans', new PyBuiltinFunction('maketrans', (_s, args) => {
    if (args.length !== 2) throw typeError(`maketrans expected 2 arguments, got ${args.length}`);
    const from = bytesArg(args[0], 'maketrans'), to = bytesArg(args[1], 'maketrans');
    if (from.length !== to.length) throw newException(Exc.ValueError, 'maketrans arguments must have same length');
    const t = new Uint8Array(256);
    for (let i = 0; i < 256; i++) t[i] = i;
    for (let i = 0; i < from.length; i++) t[from[i]] = to[i];
    return new PyBytes(t);
  }, T, `${T.name}.maketrans`));
}

export function installByteArrayExtras(T: PyType): void {
  const def = (name: string, fn: Native): void => { T.dict.set(name, new PyMethodDescr(name, fn, T)); };
  def('remove', (s, args) => {
    const ba = byteArraySelf(s);
    const v = args[0];
    if (numKind(v) !== K_INT) throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
    const b = intOf(v);
    if (b < 0 || b > 255) throw newException(Exc.ValueError, 'byte must be in range(0, 256)');
    const i = ba.data.indexOf(Number(b));
    if (i < 0) throw newException(Exc.ValueError, 'value not found in bytearray');
    const out = new Uint8Array(ba.data.length - 1);
    out.set(ba.data.subarray(0, i));
    out.set(ba.data.subarray(i + 1), i);
    ba.data = out;
    return None;
  });
  def('__imul__', (s, args) => {
    const ba = byteArraySelf(s);
    const r = bytesData((T.dict.get('__mul__') as PyMethodDescr).fn(s, args, null));
    ba.data = r ?? ba.data;
    return ba;
  });
}

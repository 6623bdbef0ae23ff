/**
 * The methods of str: operators, indexing and slicing by code point, searching, splitting,
 * stripping, padding, replace, join, encode, translate. Case mapping and the is* predicates are
 * in str_case.ts; `%` and str.format in strformat.ts. Indices are code-point indices: strings
 * without surrogates use JS indices directly, others are converted.
 * CPython: Objects/unicodeobject.c, Objects/stringlib/*.
 */
import {
  None, PyBuiltinFunction, defRichCompare, PyBytes, PyList, PyMethodDescr, PyTuple, PyType, StrType,
  defFixedArity, isSubtype, typeOf, type PyValue,
} from './object.js';
import { Exc, PyException, newException, typeError, checkNewType } from './exceptions.js';
import { PyDict } from './dict.js';
import { PySlice, checkIndexSize, sliceIndices } from './slice.js';
import {
  PyStrSub, StrIterator, StrIteratorType, isBmpOnly, strCompare, strHash, strLen, strRepr,
} from './str.js';
import { formatStr } from './format.js';
import { decodeBytes, encodeStr } from './codecs.js';
import { parseArgs, checkArgCount, noKwargs } from './native_args.js';
import { defIteratorType, getItem, index as pyIndex, iterNext, getIter, str as pyStr } from '../abstract.js';

export function strSelf(v: PyValue): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyStrSub) return v.value;
  throw typeError(`descriptor requires a 'str' object but received a '${typeOf(v).name}'`);
}

/** The str value of a str or str-subclass instance, or null. */
export function asStr(v: PyValue): string | null {
  if (typeof v === 'string') return v;
  if (v instanceof PyStrSub) return v.value;
  return null;
}

function argStr(v: PyValue, fname: string, what = 'argument'): string {
  const s = asStr(v);
  if (s === null) throw typeError(`${fname}() ${what} must be str, not ${typeOf(v).name}`);
  return s;
}

/** The bare form CPython's find/count/partition family uses: "must be str, not int". */
function subStr(v: PyValue): string {
  const s = asStr(v);
  if (s === null) throw typeError(`must be str, not ${typeOf(v).name}`);
  return s;
}

type Native = (self: PyValue, args: PyValue[], kwnames: readonly string[] | null) => PyValue;
function def(name: string, fn: Native): void {
  StrType.dict.set(name, new PyMethodDescr(name, fn, StrType));
}

// ---- code points ----

/** Python-style [start, end) bounds (None = open) clamped to 0..len. */
function bounds(len: number, start: PyValue | undefined, end: PyValue | undefined): [number, number] {
  let s = start === undefined || start === None ? 0 : Number(pyIndex(start));
  let e = end === undefined || end === None ? len : Number(pyIndex(end));
  if (s < 0) { s += len; if (s < 0) s = 0; }
  if (e < 0) { e += len; if (e < 0) e = 0; }
  if (e > len) e = len;
  return [s, e];
}

/** The views CpView.of made last for long strings (two, for loops over a pair of strings). */
let viewA: CpView | null = null;
let viewB: CpView | null = null;

/** A string viewed by code point: `units[i]` is the UTF-16 offset of code point i. */
class CpView {
  readonly bmp: boolean;
  readonly units: number[] | null;
  readonly length: number;
  constructor(readonly s: string) {
    this.bmp = isBmpOnly(s);
    if (this.bmp) {
      this.units = null;
      this.length = s.length;
    } else {
      const u: number[] = [];
      for (let i = 0; i < s.length; i++) {
        u.push(i);
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
          const d = s.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) i++;
        }
      }
      this.length = u.length;
      u.push(s.length);
      this.units = u;
    }
  }

  /** The view of `s`; the last two long strings' views are kept, so `s[i]` in a loop is not O(n) each. */
  static of(s: string): CpView {
    if (s.length < 64) return new CpView(s);
    if (viewA !== null && viewA.s === s) return viewA;
    if (viewB !== null && viewB.s === s) return viewB;
    viewB = viewA;
    return viewA = new CpView(s);
  }

  unit(cp: number): number {
    return this.units === null ? cp : this.units[cp];
  }
  cp(unit: number): number {
    if (this.units === null) return unit;
    // binary search: units is increasing
    let lo = 0, hi = this.units.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.units[mid] < unit) lo = mid + 1; else hi = mid;
    }
    return lo;
  }
  slice(a: number, b: number): string {
    return this.s.slice(this.unit(a), this.unit(b));
  }
  at(i: number): string {
    return this.units === null ? this.s[i] : this.s.slice(this.units[i], this.units[i + 1]);
  }
}

// ---- searching ----

/** CPython: any_find_slice — index of sub in s[start:end], or -1; `last` searches from the right. */
export function strFind(s: string, sub: string, start: PyValue | undefined, end: PyValue | undefined, last: boolean): number {
  const v = CpView.of(s);
  const [a, b] = bounds(v.length, start, end);
  if (b - a < strLen(sub)) return -1;
  const ua = v.unit(a), ub = v.unit(b);
  const hay = s.slice(ua, ub);
  const r = last ? hay.lastIndexOf(sub) : hay.indexOf(sub);
  return r < 0 ? -1 : v.cp(ua + r);
}

function strCount(s: string, sub: string, start: PyValue | undefined, end: PyValue | undefined): number {
  const v = CpView.of(s);
  const [a, b] = bounds(v.length, start, end);
  if (a > b) return 0;
  if (sub === '') return a > v.length ? 0 : b - a + 1;
  const hay = s.slice(v.unit(a), v.unit(b));
  let n = 0;
  for (let i = hay.indexOf(sub); i >= 0; i = hay.indexOf(sub, i + sub.length)) n++;
  return n;
}

function tailMatch(s: string, fname: string, args: PyValue[], atEnd: boolean): boolean {
  checkArgCount(fname, args, 1, 3);
  const v = CpView.of(s);
  const [a, b] = bounds(v.length, args[1], args[2]);
  const test = (p: string): boolean => {
    if (a > v.length) return false;
    if (b - a < 0) return false;
    const region = v.slice(a, Math.max(a, b));
    if (p === '') return b >= a;
    return atEnd ? region.endsWith(p) : region.startsWith(p);
  };
  const x = args[0];
  if (x instanceof PyTuple) {
    for (const p of x.items) {
      const ps = asStr(p);
      if (ps === null) throw typeError(`tuple for ${fname} must only contain str, not ${typeOf(p).name}`);
      if (test(ps)) return true;
    }
    return false;
  }
  const ps = asStr(x);
  if (ps === null) throw typeError(`${fname} first arg must be str or a tuple of str, not ${typeOf(x).name}`);
  return test(ps);
}

// ---- whitespace, splitting, stripping ----

const WS_CHARS = '\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';
const WS_SET = new Set(WS_CHARS);

export function isSpaceChar(c: string): boolean {
  return WS_SET.has(c);
}

/** The UTF-16 unit `c` is one of WS_CHARS (all in the BMP), tested without making a string. */
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(s.slice(i));
      return out;
    }
    const j = i;
    while (i < n && !isSpaceCode(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  return out;
}

function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length;
  while (i > 0) {
    while (i > 0 && isSpaceCode(s.charCodeAt(i - 1))) i--;
    if (i <= 0) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(s.slice(0, i));
      break;
    }
    const j = i;
    while (i > 0 && !isSpaceCode(s.charCodeAt(i - 1))) i--;
    out.push(s.slice(i, j));
  }
  return out.reverse();
}

export function strSplit(s: string, sep: string | null, maxsplit: number): string[] {
  if (sep === null) return splitWhitespace(s, maxsplit);
  if (sep === '') throw newException(Exc.ValueError, 'empty separator');
  if (maxsplit < 0) return s.split(sep);
  const out: string[] = [];
  let i = 0;
  while (out.length < maxsplit) {
    const j = s.indexOf(sep, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

function strRsplit(s: string, sep: string | null, maxsplit: number): string[] {
  if (sep === null) return rsplitWhitespace(s, maxsplit);
  if (sep === '') throw newException(Exc.ValueError, 'empty separator');
  // scanning from the right matters when separators overlap ('aaa'.rsplit('aa') == ['a', ''])
  if (maxsplit < 0) maxsplit = Infinity;
  const out: string[] = [];
  let end = s.length;
  while (out.length < maxsplit) {
    const j = end - sep.length < 0 ? -1 : s.lastIndexOf(sep, end - sep.length);
    if (j < 0) break;
    out.push(s.slice(j + sep.length, end));
    end = j;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

function splitArgs(fname: string, args: PyValue[], kwnames: readonly string[] | null): [string | null, number] {
  const [sep, maxsplit] = parseArgs(fname, args, kwnames, ['sep', 'maxsplit'], 0);
  const m = maxsplit === undefined ? -1 : Number(pyIndex(maxsplit));
  return [sep === undefined ? null : splitSep(sep), m];
}

/** split's separator: None (whitespace) as null. */
function splitSep(sep: PyValue): string | null {
  if (sep === None) return null;
  const sp = asStr(sep);
  if (sp === null) throw typeError(`must be str or None, not ${typeOf(sep).name}`);
  return sp;
}

function stripChars(s: string, chars: PyValue | undefined, left: boolean, right: boolean, fname: string): string {
  let set: Set<string>;
  // Characters of the BMP are stripped code unit by code unit even from text with surrogate
  // pairs: a surrogate never equals one of them, so stripping stops before a pair, never inside.
  if (chars === undefined || chars === None) return stripBmp(s, null, left, right);
  const c = asStr(chars);
  if (c === null) throw typeError(`${fname} arg must be None or str`);
  if (c.length <= 8 && isBmpOnly(c)) return stripBmp(s, c, left, right);
  set = new Set(Array.from(c));
  const cps = isBmpOnly(s) ? null : Array.from(s);
  if (cps === null) {
    let a = 0, b = s.length;
    if (left) while (a < b && set.has(s[a])) a++;
    if (right) while (b > a && set.has(s[b - 1])) b--;
    return s.slice(a, b);
  }
  let a = 0, b = cps.length;
  if (left) while (a < b && set.has(cps[a])) a++;
  if (right) while (b > a && set.has(cps[b - 1])) b--;
  return cps.slice(a, b).join('');
}

/** strip() of whitespace (chars null) or of a few BMP chars: no copy when nothing is stripped. */
function stripBmp(s: string, chars: string | null, left: boolean, right: boolean): string {
  let a = 0, b = s.length;
  if (chars !== null) {
    if (left) while (a < b && chars.indexOf(s[a]) >= 0) a++;
    if (right) while (b > a && chars.indexOf(s[b - 1]) >= 0) b--;
  } else {
    if (left) while (a < b && isSpaceCode(s.charCodeAt(a))) a++;
    if (right) while (b > a && isSpaceCode(s.charCodeAt(b - 1))) b--;
  }
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

const LINE_BREAKS = new Set(['\n', '\r', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029']);

export function strSplitlines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  let i = 0, start = 0;
  const n = s.length;
  while (i < n) {
    const c = s[i];
    if (LINE_BREAKS.has(c)) {
      let eol = i + 1;
      if (c === '\r' && s[i + 1] === '\n') eol = i + 2;
      out.push(s.slice(start, keepends ? eol : i));
      start = i = eol;
    } else {
      i++;
    }
  }
  if (start < n) out.push(s.slice(start));
  return out;
}

function expandTabs(s: string, tabsize: number): string {
  let out = '';
  let col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out += ' '.repeat(n);
        col += n;
      }
    } else {
      out += ch;
      col = ch === '\n' || ch === '\r' ? 0 : col + 1;
    }
  }
  return out;
}

export function strReplace(s: string, old: string, rep: string, count: number): string {
  if (count === 0) return s;
  if (old === '') {
    const cps = Array.from(s);
    const limit = count < 0 ? cps.length + 1 : Math.min(count, cps.length + 1);
    let out = '';
    for (let i = 0; i < cps.length; i++) out += (i < limit ? rep : '') + cps[i];
    return out + (limit > cps.length ? rep : '');
  }
  if (count < 0) return s.split(old).join(rep);
  let out = '';
  let i = 0;
  for (let n = 0; n < count; n++) {
    const j = s.indexOf(old, i);
    if (j < 0) break;
    out += s.slice(i, j) + rep;
    i = j + old.length;
  }
  return out + s.slice(i);
}

function fillChar(v: PyValue | undefined, _fname: string): string {
  if (v === undefined) return ' ';
  const s = asStr(v);
  if (s === null) throw typeError(`The fill character must be a unicode character, not ${typeOf(v).name}`);
  if (strLen(s) !== 1) throw typeError('The fill character must be exactly one character long');
  return s;
}

function widthArg(v: PyValue): number {
  return Number(pyIndex(v));
}

/** CPython: pad() / unicode_center_impl. */
function center(s: string, width: number, fill: string): string {
  const len = strLen(s);
  if (width <= len) return s;
  const marg = width - len;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return fill.repeat(left) + s + fill.repeat(marg - left);
}

function zfill(s: string, width: number): string {
  const len = strLen(s);
  if (width <= len) return s;
  const fill = '0'.repeat(width - len);
  if (s[0] === '+' || s[0] === '-') return s[0] + fill + s.slice(1);
  return fill + s;
}

/** str.join (CPython: PyUnicode_Join). */
export function strJoin(sep: string, iterable: PyValue): string {
  let items: PyValue[];
  if (iterable instanceof PyList || iterable instanceof PyTuple) items = iterable.items;
  else {
    items = [];
    const it = getIter(iterable);
    for (let x = iterNext(it); x !== null; x = iterNext(it)) items.push(x);
  }
  const n = items.length;
  if (n <= SHORT_JOIN) {
    // Array.prototype.join has a fixed cost of about 90 ns; a few concatenations take half that
    // (V8 copies a short result at once, and a longer one's rope costs what join's copy would
    // when it is first read; beyond a few items that rope costs more).
    let out = '';
    for (let i = 0; i < n; i++) {
      const s = joinItem(items[i], i);
      out = i === 0 ? s : out + sep + s;
    }
    return out;
  }
  const parts: string[] = new Array(n);
  for (let i = 0; i < n; i++) parts[i] = joinItem(items[i], i);
  return parts.join(sep);
}

/** Items up to which str.join concatenates rather than calling Array.prototype.join. */
const SHORT_JOIN = 4;

function joinItem(x: PyValue, i: number): string {
  const s = typeof x === 'string' ? x : asStr(x);
  if (s === null) throw typeError(`sequence item ${i}: expected str instance, ${typeOf(x).name} found`);
  return s;
}

/** s[key] for an int or a slice (CPython: unicode_subscript). */
export function strGetItem(s: string, key: PyValue): string {
  if (typeof key === 'number' || typeof key === 'boolean' || typeof key === 'bigint') {
    if (typeof key === 'bigint') checkIndexSize(key, key);
    let i = Number(key);
    if (isBmpOnly(s)) {
      if (i < 0) i += s.length;
      if (i < 0 || i >= s.length) throw newException(Exc.IndexError, 'string index out of range');
      return s[i];
    }
    const v = CpView.of(s);
    if (i < 0) i += v.length;
    if (i < 0 || i >= v.length) throw newException(Exc.IndexError, 'string index out of range');
    return v.at(i);
  }
  if (key instanceof PySlice) {
    const v = CpView.of(s);
    const [start, , step, n] = sliceIndices(key, v.length);
    if (step === 1) return v.slice(start, start + n);
    let out = '';
    for (let k = 0, i = start; k < n; k++, i += step) out += v.at(i);
    return out;
  }
  if (typeOf(key) !== StrType && typeof key !== 'string' && hasIndex(key)) {
    const i = pyIndex(key);
    checkIndexSize(i, key);
    return strGetItem(s, i);
  }
  throw typeError(`string indices must be integers, not '${typeOf(key).name}'`);
}

function hasIndex(v: PyValue): boolean {
  try {
    pyIndex(v);
    return true;
  } catch (e) {
    if (e instanceof PyException) return false;
    throw e;
  }
}

/** s * n (CPython: unicode_repeat). */
export function strRepeat(s: string, n: PyValue): string {
  if (typeof n !== 'number' && typeof n !== 'boolean' && typeof n !== 'bigint' && !hasIndex(n)) {
    throw typeError(`can't multiply sequence by non-int of type '${typeOf(n).name}'`);
  }
  const idx = pyIndex(n);
  if (typeof idx === 'bigint' && (idx < -(1n << 63n) || idx >= 1n << 63n)) {
    throw newException(Exc.OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  const k = Number(idx);
  if (k <= 0 || s === '') return '';
  if (s.length * k > 0x1fffffe8) throw newException(Exc.OverflowError, 'repeated string is too long');
  return s.repeat(k);
}

// ---- translate ----

function translate(s: string, table: PyValue): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    let r: PyValue;
    try {
      r = getItem(table, cp);
    } catch (e) {
      if (e instanceof PyException && isSubtype(e.ob_type, Exc.LookupError)) { out += ch; continue; }
      throw e;
    }
    if (r === None) continue;
    if (typeof r === 'number') {
      if (r < 0 || r > 0x10ffff) throw newException(Exc.ValueError, 'character mapping must be in range(0x110000)');
      out += String.fromCodePoint(r);
      continue;
    }
    const rs = asStr(r);
    if (rs === null) throw typeError('character mapping must return integer, None or str');
    out += rs;
  }
  return out;
}

function maketrans(args: PyValue[]): PyDict {
  checkArgCount('maketrans', args, 1, 3);
  const d = new PyDict();
  const [x, y, z] = args;
  if (args.length === 1) {
    if (!(x instanceof PyDict)) throw typeError('if you give only one argument to maketrans it must be a dict');
    for (const [k, v] of x.entriesArray()) {
      const ks = asStr(k);
      if (ks !== null) {
        if (strLen(ks) !== 1) throw newException(Exc.ValueError, 'string keys in translate table must be of length 1');
        d.set(ks.codePointAt(0)!, v);
      } else if (typeof k === 'number') d.set(k, v);
      else throw typeError('keys in translate table must be strings or integers');
    }
    return d;
  }
  const xs = argStr(x, 'maketrans', 'argument 1'), ys = argStr(y, 'maketrans', 'argument 2');
  const xc = Array.from(xs), yc = Array.from(ys);
  if (xc.length !== yc.length) throw newException(Exc.ValueError, 'the first two maketrans arguments must have equal length');
  for (let i = 0; i < xc.length; i++) d.set(xc[i].codePointAt(0)!, yc[i].codePointAt(0)!);
  if (z !== undefined) for (const ch of argStr(z, 'maketrans', 'argument 3')) d.set(ch.codePointAt(0)!, None);
  return d;
}

// ---- construction ----

function strNew(cls: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const [obj, encoding, errors] = parseArgs('str', args, kwnames, ['object', 'encoding', 'errors'], 0);
  let s: string;
  if (obj === undefined) s = '';
  else if (encoding === undefined && errors === undefined) s = pyStr(obj);
  else {
    const data = (obj as unknown as { data?: unknown }).data;
    if (!(data instanceof Uint8Array)) {
      throw typeError(`decoding to str: need a bytes-like object, ${typeOf(obj).name} found`);
    }
    s = decodeBytes(data, encoding === undefined ? 'utf-8' : argStr(encoding, 'str', "argument 'encoding'"),
      errors === undefined ? 'strict' : argStr(errors, 'str', "argument 'errors'"));
  }
  return cls === StrType ? s : new PyStrSub(cls, s);
}

function install(): void {
  StrType.dict.set('__new__', new PyBuiltinFunction('__new__', (_s, args, kwnames) => {
    const cls = args[0];
    checkNewType(cls, StrType, 'str');
    return strNew(cls, args.slice(1), kwnames);
  }, StrType, 'str.__new__'));
  // str(x) itself (not a subclass): straight to the conversion (CPython 3.12: unicode_vectorcall).
  StrType.vectorcall = (args, kwnames) => (kwnames === null && args.length === 1 ? pyStr(args[0]) : strNew(StrType, args, kwnames));
  defIteratorType(StrIteratorType);

  def('__add__', (self, args) => {
    const o = asStr(args[0]);
    if (o === null) throw typeError(`can only concatenate str (not "${typeOf(args[0]).name}") to str`);
    return strSelf(self) + o;
  });
  def('__mul__', (self, args) => strRepeat(strSelf(self), args[0]));
  def('__rmul__', (self, args) => strRepeat(strSelf(self), args[0]));
  defRichCompare(StrType, (self, other) => {
    const o = asStr(other);
    return o === null ? null : strCompare(strSelf(self), o);
  });
  def('__hash__', self => strHash(strSelf(self)));
  def('__len__', self => strLen(strSelf(self)));
  def('__contains__', (self, args) => {
    const o = asStr(args[0]);
    if (o === null) throw typeError(`'in <string>' requires string as left operand, not ${typeOf(args[0]).name}`);
    return strSelf(self).includes(o);
  });
  def('__getitem__', (self, args) => strGetItem(strSelf(self), args[0]));
  def('__iter__', self => new StrIterator(strSelf(self)));
  def('__repr__', self => strRepr(strSelf(self)));
  def('__str__', self => strSelf(self));
  def('__format__', (self, args) => {
    const spec = asStr(args[0]);
    if (spec === null) throw typeError(`format() argument 2 must be str, not ${typeOf(args[0]).name}`);
    return formatStr(strSelf(self), spec);
  });
  def('__getnewargs__', self => new PyTuple([strSelf(self)]));
  def('__sizeof__', self => 49 + strSelf(self).length);

  def('find', (self, args) => {
    checkArgCount('find', args, 1, 3);
    return strFind(strSelf(self), subStr(args[0]), args[1], args[2], false);
  });
  def('rfind', (self, args) => {
    checkArgCount('rfind', args, 1, 3);
    return strFind(strSelf(self), subStr(args[0]), args[1], args[2], true);
  });
  def('index', (self, args) => {
    checkArgCount('index', args, 1, 3);
    const r = strFind(strSelf(self), subStr(args[0]), args[1], args[2], false);
    if (r < 0) throw newException(Exc.ValueError, 'substring not found');
    return r;
  });
  def('rindex', (self, args) => {
    checkArgCount('rindex', args, 1, 3);
    const r = strFind(strSelf(self), subStr(args[0]), args[1], args[2], true);
    if (r < 0) throw newException(Exc.ValueError, 'substring not found');
    return r;
  });
  def('count', (self, args) => {
    checkArgCount('count', args, 1, 3);
    return strCount(strSelf(self), subStr(args[0]), args[1], args[2]);
  });
  def('startswith', (self, args) => tailMatch(strSelf(self), 'startswith', args, false));
  def('endswith', (self, args) => tailMatch(strSelf(self), 'endswith', args, true));
  def('split', (self, args, kw) => {
    const [sep, m] = splitArgs('split', args, kw);
    return new PyList(strSplit(strSelf(self), sep, m));
  });
  defFixedArity(StrType, 'split', self => new PyList(strSplit(strSelf(self), null, -1)),
    (self, sep) => new PyList(strSplit(strSelf(self), splitSep(sep), -1)));
  def('rsplit', (self, args, kw) => {
    const [sep, m] = splitArgs('rsplit', args, kw);
    return new PyList(strRsplit(strSelf(self), sep, m));
  });
  def('splitlines', (self, args, kw) => {
    const [keepends] = parseArgs('splitlines', args, kw, ['keepends'], 0);
    return new PyList(strSplitlines(strSelf(self), keepends !== undefined && keepends !== false && keepends !== 0));
  });
  def('join', (self, args) => {
    checkArgCount('join', args, 1, 1);
    return strJoin(strSelf(self), args[0]);
  });
  defFixedArity(StrType, 'join', null, (self, it) => strJoin(strSelf(self), it));
  def('strip', (self, args) => {
    checkArgCount('strip', args, 0, 1);
    return stripChars(strSelf(self), args[0], true, true, 'strip');
  });
  def('lstrip', (self, args) => {
    checkArgCount('lstrip', args, 0, 1);
    return stripChars(strSelf(self), args[0], true, false, 'lstrip');
  });
  def('rstrip', (self, args) => {
    checkArgCount('rstrip', args, 0, 1);
    return stripChars(strSelf(self), args[0], false, true, 'rstrip');
  });
  for (const [name, left, right] of [['strip', true, true], ['lstrip', true, false], ['rstrip', false, true]] as const) {
    defFixedArity(StrType, name, self => stripChars(strSelf(self), undefined, left, right, name),
      (self, chars) => stripChars(strSelf(self), chars, left, right, name));
  }
  def('replace', (self, args) => {
    checkArgCount('replace', args, 2, 3);
    const count = args.length > 2 ? Number(pyIndex(args[2])) : -1;
    return strReplace(strSelf(self), argStr(args[0], 'replace', 'argument 1'), argStr(args[1], 'replace', 'argument 2'), count);
  });
  def('partition', (self, args) => {
    const s = strSelf(self), sep = subStr(args[0]);
    if (sep === '') throw newException(Exc.ValueError, 'empty separator');
    const i = s.indexOf(sep);
    return new PyTuple(i < 0 ? [s, '', ''] : [s.slice(0, i), sep, s.slice(i + sep.length)]);
  });
  def('rpartition', (self, args) => {
    const s = strSelf(self), sep = subStr(args[0]);
    if (sep === '') throw newException(Exc.ValueError, 'empty separator');
    const i = s.lastIndexOf(sep);
    return new PyTuple(i < 0 ? ['', '', s] : [s.slice(0, i), sep, s.slice(i + sep.length)]);
  });
  def('center', (self, args) => {
    checkArgCount('center', args, 1, 2);
    return center(strSelf(self), widthArg(args[0]), fillChar(args[1], 'center'));
  });
  def('ljust', (self, args) => {
    checkArgCount('ljust', args, 1, 2);
    const s = strSelf(self), w = widthArg(args[0]), len = strLen(s);
    return w <= len ? s : s + fillChar(args[1], 'ljust').repeat(w - len);
  });
  def('rjust', (self, args) => {
    checkArgCount('rjust', args, 1, 2);
    const s = strSelf(self), w = widthArg(args[0]), len = strLen(s);
    return w <= len ? s : fillChar(args[1], 'rjust').repeat(w - len) + s;
  });
  def('zfill', (self, args) => {
    checkArgCount('zfill', args, 1, 1);
    return zfill(strSelf(self), widthArg(args[0]));
  });
  def('expandtabs', (self, args, kw) => {
    const [tabsize] = parseArgs('expandtabs', args, kw, ['tabsize'], 0);
    return expandTabs(strSelf(self), tabsize === undefined ? 8 : Number(pyIndex(tabsize)));
  });
  def('removeprefix', (self, args) => {
    const s = strSelf(self), p = argStr(args[0], 'removeprefix', 'argument');
    return p !== '' && s.startsWith(p) ? s.slice(p.length) : s;
  });
  def('removesuffix', (self, args) => {
    const s = strSelf(self), p = argStr(args[0], 'removesuffix', 'argument');
    return p !== '' && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
  });
  def('encode', (self, args, kw) => {
    const [encoding, errors] = parseArgs('encode', args, kw, ['encoding', 'errors'], 0);
    const enc = encoding === undefined ? 'utf-8' : argStr(encoding, 'encode', "argument 'encoding'");
    const err = errors === undefined ? 'strict' : argStr(errors, 'encode', "argument 'errors'");
    return new PyBytes(encodeStr(strSelf(self), enc, err));
  });
  def('translate', (self, args) => {
    checkArgCount('translate', args, 1, 1);
    return translate(strSelf(self), args[0]);
  });
  StrType.dict.set('maketrans', new PyBuiltinFunction('maketrans', (_s, args, kw) => {
    noKwargs('str.maketrans', kw);
    return maketrans(args);
  }, StrType, 'str.maketrans'));
}

install();

/**
 * str core: repr with CPython's quote choice and escapes, code-point indexing over JS's UTF-16
 * strings (a fast path when the string has no surrogates), comparison in code-point order, and
 * the str iterator. Methods live in str_methods.ts.
 * CPython: Objects/unicodeobject.c (unicode_repr, unicode_compare, unicodeiter).
 */
import { isPrintable14 } from './unicode_printable.js';
import { PyInstance, PyIterator, PyType, ObjectType, type PyValue } from './object.js';

/** An instance of a Python subclass of str: the value plus an attribute dict. */
export class PyStrSub extends PyInstance {
  constructor(type: PyType, readonly value: string) {
    super(type, null);
  }
}

const SURROGATE = /[\ud800-\udfff]/;

/** What is known of a long string: whether it is BMP-only, and its code-point count (-1: not yet). */
class LongFacts {
  constructor(readonly s: string, readonly bmp: boolean, public cps: number) {}
}

// V8 answers the surrogate test at once for a Latin-1 string but scans a two-byte one: the facts
// of the last two long strings are kept, so len() or indexing in a loop over one or two of them
// (zip, edit distance) stays O(1) per step.
let factsA: LongFacts | null = null;
let factsB: LongFacts | null = null;

function longFacts(s: string): LongFacts {
  if (factsA !== null && factsA.s === s) return factsA;
  if (factsB !== null && factsB.s === s) return factsB;
  factsB = factsA;
  return factsA = new LongFacts(s, !SURROGATE.test(s), -1);
}

/**
 * The last short str isBmpOnly found to be BMP-only: the same string indexed or measured again
 * (`s[i % 10]` in a loop) is then known at the cost of one comparison, not a scan.
 */
let lastBmp = '';

/** True when every UTF-16 unit is a whole code point, so JS indices are Python indices. */
export function isBmpOnly(s: string): boolean {
  if (s === lastBmp) return true;
  const n = s.length;
  if (n >= 256) return longFacts(s).bmp;
  if (n < 16) {
    // A loop beats entering the regexp engine on short strings (names, words, separators).
    for (let i = 0; i < n; i++) if ((s.charCodeAt(i) & 0xf800) === 0xd800) return false;
  } else if (SURROGATE.test(s)) {
    return false;
  }
  lastBmp = s;
  return true;
}

/**
 * a + b for str. V8 makes the result a rope (a ConsString over a and b), so a string built by
 * `s += c` in a loop is a chain of one node per append, all alive, which every garbage
 * collection copies or marks again (CPython resizes the string in place instead). Each time the
 * length passes a power of two from 1024 up, the result is flattened (charCodeAt does it in V8):
 * the chain never outgrows half the string and the copying stays linear overall.
 */
export function strConcat(a: string, b: string): string {
  const r = a + b;
  if (r.length >= 1024 && Math.clz32(a.length) !== Math.clz32(r.length)) r.charCodeAt(0);
  return r;
}

/** The string's code points as separate strings (lone surrogates stay single units). */
export function codePoints(s: string): string[] {
  return Array.from(s);
}

/** len(s) in code points. */
export function strLen(s: string): number {
  if (s.length < 256) return isBmpOnly(s) ? s.length : countCodePoints(s);
  const f = longFacts(s);
  if (f.bmp) return s.length;
  if (f.cps < 0) f.cps = countCodePoints(s);
  return f.cps;
}

function countCodePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** CPython: Py_UNICODE_ISPRINTABLE. */
export function isPrintableCp(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  if (cp < 0xa1) return false;
  return isPrintable14(cp);
}

function hex(cp: number, width: number): string {
  return cp.toString(16).padStart(width, '0');
}

/** The escape CPython's repr uses for a non-printable code point. */
export function escapeCp(cp: number): string {
  if (cp < 0x100) return '\\x' + hex(cp, 2);
  if (cp < 0x10000) return '\\u' + hex(cp, 4);
  return '\\U' + hex(cp, 8);
}

const PLAIN_ASCII = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;

/** CPython: unicode_repr. `ascii` also escapes every non-ASCII code point (ascii()). */
export function strRepr(s: string, ascii = false): string {
  if (PLAIN_ASCII.test(s)) return "'" + s + "'";
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { cp = 0x10000 + ((cp - 0xd800) << 10) + (d - 0xdc00); i++; }
    }
    if (cp === 0x5c) out += '\\\\';
    else if (cp === 0x27 && quote === "'") out += "\\'";
    else if (cp === 0x9) out += '\\t';
    else if (cp === 0xa) out += '\\n';
    else if (cp === 0xd) out += '\\r';
    else if (cp >= 0x20 && cp < 0x7f) out += String.fromCharCode(cp);
    else if (cp < 0x7f || ascii || !isPrintableCp(cp)) out += escapeCp(cp);
    else out += String.fromCodePoint(cp);
  }
  return out + quote;
}

/** Compares in code-point order (JS's < compares UTF-16 units, which differs above U+D7FF). */
export function strCompare(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c1 = a.charCodeAt(i), c2 = b.charCodeAt(i);
    if (c1 === c2) continue;
    if (c1 < 0xd800 || c2 < 0xd800) return c1 - c2;
    return a.codePointAt(i)! - b.codePointAt(i)!;
  }
  return a.length - b.length;
}

/** CPython: unicode_hash — any stable hash will do (CPython randomises it); FNV-1a over units. */
export function strHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // mix in the length and keep it away from -1 (CPython reserves -1 for errors)
  h = (h ^ s.length) | 0;
  return h === -1 ? -2 : h;
}

export const StrIteratorType = new PyType('str_ascii_iterator', ObjectType, 0);

/** Iterates code points (CPython: unicodeiter / str_ascii_iterator). */
export class StrIterator extends PyIterator {
  index: number;
  constructor(readonly s: string) {
    super(StrIteratorType);
    this.index = 0;
  }
  next(): PyValue | null {
    const s = this.s, i = this.index;
    if (i >= s.length) return null;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { this.index = i + 2; return s.slice(i, i + 2); }
    }
    this.index = i + 1;
    return s[i];
  }
}

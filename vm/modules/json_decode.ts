/**
 * JSON decoding for the `json` module: a recursive scanner over a JS string with CPython's
 * error messages and positions (reported in code points, as Python counts them), the
 * object_hook / object_pairs_hook / parse_float / parse_int / parse_constant hooks and strict
 * control-character checking.
 * CPython: Modules/_json.c (scanstring_unicode, _parse_object_unicode, scan_once_unicode,
 * _match_number_unicode) and Lib/json/decoder.py.
 */
import { None, PyFloat, PyList, PyTuple, type PyValue } from '../objects/object.js';
import { Exc, newException } from '../objects/exceptions.js';
import { PyDict } from '../objects/dict.js';
import { callObject } from '../call.js';
import { parseIntLiteral } from '../objects/int.js';

export interface DecodeOptions {
  objectHook: PyValue;
  objectPairsHook: PyValue;
  parseFloat: PyValue;
  parseInt: PyValue;
  parseConstant: PyValue;
  strict: boolean;
}

/** Raised inside the scanner; json.ts turns it into JSONDecodeError(msg, doc, pos). */
export class ScanError {
  constructor(readonly msg: string, readonly idx: number) {}
}

/** Raised when no value starts at `idx` (CPython: StopIteration(idx) from scan_once). */
export class StopScan {
  constructor(readonly idx: number) {}
}

const MAX_DEPTH = 990;

function isWs(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

export class Scanner {
  depth: number;
  constructor(readonly s: string, readonly o: DecodeOptions) {
    this.depth = 0;
  }

  skipWs(i: number): number {
    const s = this.s;
    while (i < s.length && isWs(s.charCodeAt(i))) i++;
    return i;
  }

  /** CPython: scanstring_unicode; `end` is just past the opening quote. Returns [str, next]. */
  scanString(end: number): [string, number] {
    const s = this.s, len = s.length, begin = end - 1;
    let out = '';
    for (;;) {
      let next = end, c = 0;
      for (; next < len; next++) {
        c = s.charCodeAt(next);
        if (c === 0x22 || c === 0x5c) break;
        if (c <= 0x1f && this.o.strict) throw new ScanError('Invalid control character at', next);
      }
      if (next >= len) throw new ScanError('Unterminated string starting at', begin);
      out += s.slice(end, next);
      next++;
      if (c === 0x22) return [out, next];
      if (next === len) throw new ScanError('Unterminated string starting at', begin);
      const e = s[next];
      if (e !== 'u') {
        end = next + 1;
        switch (e) {
          case '"': out += '"'; break;
          case '\\': out += '\\'; break;
          case '/': out += '/'; break;
          case 'b': out += '\b'; break;
          case 'f': out += '\f'; break;
          case 'n': out += '\n'; break;
          case 'r': out += '\r'; break;
          case 't': out += '\t'; break;
          default: throw new ScanError('Invalid \\escape', end - 2);
        }
        continue;
      }
      next++;
      end = next + 4;
      if (end >= len) throw new ScanError('Invalid \\uXXXX escape', next - 1);
      let u = this.hex4(next, end);
      next = end;
      if (u >= 0xd800 && u <= 0xdbff && end + 6 < len && s[next] === '\\' && s[next + 1] === 'u') {
        const u2 = this.hex4(next + 2, end + 6);
        if (u2 >= 0xdc00 && u2 <= 0xdfff) {
          u = 0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00);
          end += 6;
        }
      }
      out += String.fromCodePoint(u);
    }
  }

  private hex4(from: number, end: number): number {
    let u = 0;
    for (let i = from; i < end; i++) {
      const d = parseInt(this.s[i], 16);
      if (Number.isNaN(d)) throw new ScanError('Invalid \\uXXXX escape', end - 5);
      u = u * 16 + d;
    }
    return u;
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) {
      throw newException(Exc.RecursionError, 'maximum recursion depth exceeded while decoding a JSON object from a unicode string');
    }
  }

  /** CPython: _parse_object_unicode; `idx` is just past '{'. */
  private parseObject(idx: number): [PyValue, number] {
    const s = this.s, last = s.length - 1;
    const pairs: [PyValue, PyValue][] = [];
    idx = this.skipWs(idx);
    if (idx > last || s[idx] !== '}') {
      for (;;) {
        if (idx > last || s[idx] !== '"') throw new ScanError('Expecting property name enclosed in double quotes', idx);
        const [key, afterKey] = this.scanString(idx + 1);
        idx = this.skipWs(afterKey);
        if (idx > last || s[idx] !== ':') throw new ScanError("Expecting ':' delimiter", idx);
        idx = this.skipWs(idx + 1);
        const [val, afterVal] = this.scanOnce(idx);
        pairs.push([key, val]);
        idx = this.skipWs(afterVal);
        if (idx <= last && s[idx] === '}') break;
        if (idx > last || s[idx] !== ',') throw new ScanError("Expecting ',' delimiter", idx);
        idx = this.skipWs(idx + 1);
      }
    }
    const o = this.o;
    if (o.objectPairsHook !== None) {
      const list = new PyList(pairs.map(([k, v]) => new PyTuple([k, v])));
      return [callObject(o.objectPairsHook, [list], null), idx + 1];
    }
    const d = new PyDict();
    for (const [k, v] of pairs) d.set(k, v);
    if (o.objectHook !== None) return [callObject(o.objectHook, [d], null), idx + 1];
    return [d, idx + 1];
  }

  /** CPython: _parse_array_unicode; `idx` is just past '['. */
  private parseArray(idx: number): [PyValue, number] {
    const s = this.s, last = s.length - 1;
    const items: PyValue[] = [];
    idx = this.skipWs(idx);
    if (idx > last || s[idx] !== ']') {
      for (;;) {
        const [val, after] = this.scanOnce(idx);
        items.push(val);
        idx = this.skipWs(after);
        if (idx <= last && s[idx] === ']') break;
        if (idx > last || s[idx] !== ',') throw new ScanError("Expecting ',' delimiter", idx);
        idx = this.skipWs(idx + 1);
      }
    }
    return [new PyList(items), idx + 1];
  }

  /** CPython: _match_number_unicode. */
  private matchNumber(start: number): [PyValue, number] {
    const s = this.s, len = s.length;
    let idx = start;
    const digit = (i: number): boolean => i < len && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39;
    if (idx < len && s[idx] === '-') {
      idx++;
      if (idx >= len) throw new StopScan(start);
    }
    if (idx < len && s[idx] >= '1' && s[idx] <= '9') {
      idx++;
      while (digit(idx)) idx++;
    } else if (idx < len && s[idx] === '0') {
      idx++;
    } else {
      throw new StopScan(start);
    }
    let isFloat = false;
    if (idx < len - 1 && s[idx] === '.' && digit(idx + 1)) {
      isFloat = true;
      idx += 2;
      while (digit(idx)) idx++;
    }
    if (idx < len - 1 && (s[idx] === 'e' || s[idx] === 'E')) {
      const eStart = idx;
      idx++;
      if (idx < len - 1 && (s[idx] === '-' || s[idx] === '+')) idx++;
      while (digit(idx)) idx++;
      if (digit(idx - 1)) isFloat = true;
      else idx = eStart;
    }
    const text = s.slice(start, idx);
    if (isFloat) {
      if (this.o.parseFloat !== None) return [callObject(this.o.parseFloat, [text], null), idx];
      return [new PyFloat(Number(text)), idx];
    }
    if (this.o.parseInt !== None) return [callObject(this.o.parseInt, [text], null), idx];
    return [parseIntLiteral(text, 10) ?? 0, idx];
  }

  private constant(name: string, value: number, next: number): [PyValue, number] {
    if (this.o.parseConstant !== None) return [callObject(this.o.parseConstant, [name], null), next];
    return [new PyFloat(value), next];
  }

  /** CPython: scan_once_unicode — one value starting exactly at `idx`. */
  scanOnce(idx: number): [PyValue, number] {
    const s = this.s;
    if (idx < 0) throw newException(Exc.ValueError, 'idx cannot be negative');
    if (idx >= s.length) throw new StopScan(idx);
    switch (s[idx]) {
      case '"':
        return this.scanString(idx + 1);
      case '{': {
        this.enter();
        const r = this.parseObject(idx + 1);
        this.depth--;
        return r;
      }
      case '[': {
        this.enter();
        const r = this.parseArray(idx + 1);
        this.depth--;
        return r;
      }
      case 'n':
        if (s.startsWith('null', idx)) return [None, idx + 4];
        break;
      case 't':
        if (s.startsWith('true', idx)) return [true, idx + 4];
        break;
      case 'f':
        if (s.startsWith('false', idx)) return [false, idx + 5];
        break;
      case 'N':
        if (s.startsWith('NaN', idx)) return this.constant('NaN', NaN, idx + 3);
        break;
      case 'I':
        if (s.startsWith('Infinity', idx)) return this.constant('Infinity', Infinity, idx + 8);
        break;
      case '-':
        if (s.startsWith('-Infinity', idx)) return this.constant('-Infinity', -Infinity, idx + 9);
        break;
      default:
        break;
    }
    return this.matchNumber(idx);
  }
}

/** Code-point index of UTF-16 index `i` in `s` (Python positions count code points). */
export function codePointIndex(s: string, i: number): number {
  let n = 0;
  for (let k = 0; k < i && k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < s.length) {
      const d = s.charCodeAt(k + 1);
      if (d >= 0xdc00 && d <= 0xdfff) k++;
    }
    n++;
  }
  return n;
}

/** UTF-16 index of code-point index `cp` in `s`. */
export function utf16Index(s: string, cp: number): number {
  let k = 0;
  for (let n = 0; n < cp && k < s.length; n++) {
    const c = s.charCodeAt(k);
    k += c >= 0xd800 && c <= 0xdbff && k + 1 < s.length && (s.charCodeAt(k + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return k;
}

/**
 * str.encode / bytes.decode for the codecs programs use most: utf-8, latin-1, ascii (and
 * utf-16/utf-32 via the host), with the error handlers strict, ignore, replace,
 * backslashreplace, xmlcharrefreplace and surrogateescape/surrogatepass.
 * CPython: Objects/unicodeobject.c (PyUnicode_Encode*, PyUnicode_Decode*), Python/codecs.c.
 */
import { Exc, newException, newExceptionArgs } from './exceptions.js';
import { PyBytes } from './object.js';

/** Canonical codec name, or null when unknown (CPython: encodings.normalize_encoding + aliases). */
export function normalizeEncoding(name: string): string | null {
  const n = name.toLowerCase().replace(/[_ ]/g, '-');
  switch (n) {
    case 'utf-8': case 'utf8': case 'u8': case 'utf': case 'cp65001': return 'utf-8';
    case 'latin-1': case 'latin1': case 'iso-8859-1': case 'iso8859-1': case 'l1': case '8859': case 'cp819': case 'latin':
      return 'latin-1';
    case 'ascii': case 'us-ascii': case '646': case 'us': return 'ascii';
    case 'utf-16': case 'utf16': return 'utf-16';
    case 'utf-16-le': case 'utf-16le': return 'utf-16-le';
    case 'utf-16-be': case 'utf-16be': return 'utf-16-be';
    case 'utf-32': case 'utf32': return 'utf-32';
    default: return null;
  }
}

function lookupEncoding(name: string): string {
  const n = normalizeEncoding(name);
  if (n === null) throw newException(Exc.LookupError, `unknown encoding: ${name}`);
  return n;
}

function checkErrors(errors: string): void {
  const known = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape',
    'surrogatepass', 'namereplace'];
  if (!known.includes(errors)) throw newException(Exc.LookupError, `unknown error handler name '${errors}'`);
}

function hex(n: number, w: number): string {
  return n.toString(16).padStart(w, '0');
}

/** Encodes `s`; code points above `limit` (or surrogates for utf-8) go through `errors`. */
/** The bytes of an all-ASCII string, or null when it has another character. */
function asciiBytes(s: string): Uint8Array | null {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) return null;
    out[i] = c;
  }
  return out;
}

/** The text of all-ASCII bytes (in chunks: fromCharCode takes its arguments on the stack). */
function latin1Text(data: Uint8Array): string {
  if (data.length <= 8192) return String.fromCharCode.apply(null, data as unknown as number[]);
  let s = '';
  for (let i = 0; i < data.length; i += 8192) s += String.fromCharCode.apply(null, data.subarray(i, i + 8192) as unknown as number[]);
  return s;
}

function isAscii(data: Uint8Array): boolean {
  for (let i = 0; i < data.length; i++) if (data[i] > 0x7f) return false;
  return true;
}

export function encodeStr(s: string, encoding: string, errors: string): Uint8Array {
  const enc = lookupEncoding(encoding);
  checkErrors(errors);
  // ASCII text is the same bytes in all three: no code-point walk.
  if (enc === 'utf-8' || enc === 'ascii' || enc === 'latin-1') {
    const ascii = asciiBytes(s);
    if (ascii !== null) return ascii;
  }
  if (enc === 'utf-16' || enc === 'utf-16-le' || enc === 'utf-16-be' || enc === 'utf-32') return encodeWide(s, enc);
  const limit = enc === 'ascii' ? 0x7f : enc === 'latin-1' ? 0xff : 0x10ffff;
  const out: number[] = [];
  const cps = Array.from(s);
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i].codePointAt(0)!;
    const surrogate = cp >= 0xd800 && cp <= 0xdfff;
    if (cp <= limit && !(surrogate && enc === 'utf-8')) {
      pushCp(out, cp, enc);
      continue;
    }
    if (surrogate && errors === 'surrogateescape' && cp >= 0xdc80 && cp <= 0xdcff) { out.push(cp - 0xdc00); continue; }
    if (surrogate && errors === 'surrogatepass' && enc === 'utf-8') {
      out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
      continue;
    }
    switch (errors) {
      case 'ignore': break;
      case 'replace': out.push(0x3f); break;
      case 'backslashreplace': {
        const esc = cp < 0x100 ? '\\x' + hex(cp, 2) : cp < 0x10000 ? '\\u' + hex(cp, 4) : '\\U' + hex(cp, 8);
        for (const c of esc) out.push(c.charCodeAt(0));
        break;
      }
      case 'xmlcharrefreplace':
        for (const c of `&#${cp};`) out.push(c.charCodeAt(0));
        break;
      default: {
        // strict: report the whole run of unencodable characters as CPython does
        let end = i + 1;
        while (end < cps.length) {
          const c2 = cps[end].codePointAt(0)!;
          const s2 = c2 >= 0xd800 && c2 <= 0xdfff;
          if (c2 <= limit && !(s2 && enc === 'utf-8')) break;
          end++;
        }
        const reason = enc === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${limit + 1})`;
        throw newExceptionArgs(Exc.UnicodeEncodeError, [enc, s, i, end, reason]);
      }
    }
  }
  return Uint8Array.from(out);
}

function pushCp(out: number[], cp: number, enc: string): void {
  if (enc !== 'utf-8' || cp < 0x80) { out.push(cp); return; }
  if (cp < 0x800) { out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f)); return; }
  if (cp < 0x10000) { out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)); return; }
  out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
}

function encodeWide(s: string, enc: string): Uint8Array {
  const out: number[] = [];
  if (enc === 'utf-32') {
    out.push(0xff, 0xfe, 0, 0);
    for (const ch of s) {
      const cp = ch.codePointAt(0)!;
      out.push(cp & 0xff, (cp >> 8) & 0xff, (cp >> 16) & 0xff, 0);
    }
    return Uint8Array.from(out);
  }
  const be = enc === 'utf-16-be';
  if (enc === 'utf-16') out.push(0xff, 0xfe);
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (be) out.push(u >> 8, u & 0xff);
    else out.push(u & 0xff, u >> 8);
  }
  return Uint8Array.from(out);
}

function decodeError(enc: string, data: Uint8Array, start: number, end: number, reason: string): never {
  throw newExceptionArgs(Exc.UnicodeDecodeError, [enc, new PyBytes(data), start, end, reason]);
}

/** Decodes `data`; invalid sequences go through `errors`. */
export function decodeBytes(data: Uint8Array, encoding: string, errors: string): string {
  const enc = lookupEncoding(encoding);
  checkErrors(errors);
  if (enc === 'latin-1' || ((enc === 'utf-8' || enc === 'ascii') && isAscii(data))) return latin1Text(data);
  if (enc === 'ascii') {
    let s = '';
    for (let i = 0; i < data.length; i++) {
      const b = data[i];
      if (b < 0x80) s += String.fromCharCode(b);
      else s += decodeBad(data, i, i + 1, 'ascii', 'ordinal not in range(128)', errors);
    }
    return s;
  }
  if (enc !== 'utf-8') {
    const label = enc === 'utf-32' ? 'utf-32le' : enc === 'utf-16' ? 'utf-16le' : enc.replace('-le', 'le').replace('-be', 'be');
    try {
      return new TextDecoder(label, { fatal: errors === 'strict' }).decode(data);
    } catch {
      return decodeError(enc, data, 0, data.length, 'truncated data');
    }
  }
  return decodeUtf8(data, errors);
}

function decodeBad(data: Uint8Array, start: number, end: number, enc: string, reason: string, errors: string): string {
  switch (errors) {
    case 'ignore': return '';
    case 'replace': return '\ufffd';
    case 'backslashreplace': {
      let s = '';
      for (let i = start; i < end; i++) s += '\\x' + hex(data[i], 2);
      return s;
    }
    case 'surrogateescape': {
      let s = '';
      for (let i = start; i < end; i++) s += String.fromCharCode(0xdc00 + data[i]);
      return s;
    }
    default: return decodeError(enc, data, start, end, reason);
  }
}

/** UTF-8 with CPython's error ranges (each maximal invalid prefix is one error). */
function decodeUtf8(data: Uint8Array, errors: string): string {
  // fast path: pure ASCII
  let ascii = true;
  for (let i = 0; i < data.length; i++) if (data[i] >= 0x80) { ascii = false; break; }
  if (ascii) return decodeBytes(data, 'latin-1', 'strict');
  if (errors === 'strict' || errors === 'replace') {
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(data);
    } catch {
      // fall through to the careful decoder to find the error position
    }
  }
  let s = '';
  let i = 0;
  const n = data.length;
  while (i < n) {
    const b = data[i];
    if (b < 0x80) { s += String.fromCharCode(b); i++; continue; }
    let need = 0, cp = 0;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; cp = b & 0x0f; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; cp = b & 0x07; }
    else { s += decodeBad(data, i, i + 1, 'utf-8', 'invalid start byte', errors); i++; continue; }
    let j = 1;
    for (; j <= need; j++) {
      if (i + j >= n) break;
      const c = data[i + j];
      // second-byte ranges that rule out overlongs and surrogates
      let lo = 0x80, hi = 0xbf;
      if (j === 1) {
        if (b === 0xe0) lo = 0xa0;
        else if (b === 0xed) hi = 0x9f;
        else if (b === 0xf0) lo = 0x90;
        else if (b === 0xf4) hi = 0x8f;
      }
      if (c < lo || c > hi) break;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (j <= need) {
      const reason = i + j >= n ? 'unexpected end of data' : 'invalid continuation byte';
      s += decodeBad(data, i, i + j, 'utf-8', reason, errors);
      i += j;
      continue;
    }
    s += String.fromCodePoint(cp);
    i += need + 1;
  }
  return s;
}

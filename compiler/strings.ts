/**
 * String and bytes literals: decoding of escapes (every form CPython accepts), raw strings,
 * bytes, and the escape/`{{`/`}}` handling of f-string literal parts. The f-string structure
 * itself (interpolations) is walked in lower_fstring.ts.
 * CPython: Parser/string_parser.c (decode_unicode_with_escapes, decode_bytes_with_escapes) and
 * Objects/unicodeobject.c (_PyUnicode_DecodeUnicodeEscapeInternal).
 */
import { unicodeNameLookup } from './strings_names.js';

/** A literal CPython rejects; `at` is the index in the decoded text's source slice. */
export class StringError {
  constructor(readonly msg: string, readonly at: number) {}
}

export interface StringPrefix {
  raw: boolean;
  bytes: boolean;
  fmt: boolean;
  /** The `u` prefix (kept as Constant.kind). */
  u: boolean;
}

/** Parses a string_start token's prefix letters (`rb`, `F`, `u`…). */
export function parsePrefix(start: string): StringPrefix {
  const p: StringPrefix = { raw: false, bytes: false, fmt: false, u: false };
  for (let i = 0; i < start.length; i++) {
    switch (start[i]) {
      case 'r': case 'R': p.raw = true; break;
      case 'b': case 'B': p.bytes = true; break;
      case 'f': case 'F': p.fmt = true; break;
      case 'u': case 'U': p.u = true; break;
      default: break;
    }
  }
  return p;
}

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  c |= 32;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/**
 * CPython: decode_unicode_with_escapes — the value of a non-raw str literal body.
 * Unknown escapes such as `\d` are kept as written (CPython only warns).
 */
export function decodeStrEscapes(s: string): string | StringError {
  if (s.indexOf('\\') < 0) return normalizeNewlines(s);
  let out = '';
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s[i];
    if (c !== '\\') {
      if (c === '\r') {
        out += '\n';
        if (s[i + 1] === '\n') i++;
      } else out += c;
      i++;
      continue;
    }
    const start = i;
    i++;
    if (i >= n) return new StringError('\\ at end of string', start);
    const e = s[i++];
    switch (e) {
      case '\n': break;
      case '\r': if (s[i] === '\n') i++; break;
      case '\\': out += '\\'; break;
      case "'": out += "'"; break;
      case '"': out += '"'; break;
      case 'a': out += '\x07'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        let v = e.charCodeAt(0) - 48;
        for (let k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++) v = v * 8 + s.charCodeAt(i++) - 48;
        out += String.fromCodePoint(v);
        break;
      }
      case 'x': case 'u': case 'U': {
        const digits = e === 'x' ? 2 : e === 'u' ? 4 : 8;
        let v = 0;
        for (let k = 0; k < digits; k++) {
          const h = i < n ? hexVal(s.charCodeAt(i)) : -1;
          if (h < 0) {
            const kind = e === 'x' ? 'truncated \\xXX escape' : e === 'u' ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
            return new StringError(
              `(unicode error) 'unicodeescape' codec can't decode bytes in position ${utf8Pos(s, start)}-${utf8Pos(s, i) - 1}: ${kind}`,
              start,
            );
          }
          v = v * 16 + h;
          i++;
        }
        if (v > 0x10ffff) {
          return new StringError(
            `(unicode error) 'unicodeescape' codec can't decode bytes in position ${utf8Pos(s, start)}-${utf8Pos(s, i) - 1}: illegal Unicode character`,
            start,
          );
        }
        out += String.fromCodePoint(v);
        break;
      }
      case 'N': {
        const close = s[i] === '{' ? s.indexOf('}', i) : -1;
        const name = close > 0 ? s.slice(i + 1, close).toUpperCase() : '';
        const cp = close > 0 ? lookupName(name) : -1;
        if (cp < 0) {
          const end = close > 0 ? close : i - 1;
          const why = close > 0 ? 'unknown Unicode character name' : 'malformed \\N character escape';
          return new StringError(
            `(unicode error) 'unicodeescape' codec can't decode bytes in position ${utf8Pos(s, start)}-${utf8Pos(s, end)}: ${why}`,
            start,
          );
        }
        out += String.fromCodePoint(cp);
        i = close + 1;
        break;
      }
      default:
        out += '\\' + e;
        break;
    }
  }
  return out;
}

/** Byte position of JS index `i` in the UTF-8 encoding of `s` (for codec error messages). */
function utf8Pos(s: string, i: number): number {
  return Buffer.byteLength(s.slice(0, i), 'utf8');
}

/** `\N{...}` lookup: the common-name table, plus the algorithmic CJK and Hangul-free forms. */
function lookupName(name: string): number {
  const v = unicodeNameLookup(name);
  if (v !== undefined) return v;
  const m = /^CJK UNIFIED IDEOGRAPH-([0-9A-F]{4,5})$/.exec(name);
  if (m !== null) return parseInt(m[1], 16);
  return -1;
}

/** Source newlines inside a literal are `\n` whatever the file's line endings. */
function normalizeNewlines(s: string): string {
  return s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
}

/** Raw str body: only newline normalisation. */
export function decodeRaw(s: string): string {
  return normalizeNewlines(s);
}

/** CPython: decode_bytes_with_escapes (or the raw form) — bytes of a bytes literal body. */
export function decodeBytes(s: string, raw: boolean): Uint8Array | StringError {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 127) return new StringError('bytes can only contain ASCII literal characters', i);
  }
  const out: number[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 13) {
      out.push(10);
      i += s.charCodeAt(i + 1) === 10 ? 2 : 1;
      continue;
    }
    if (c !== 92 || raw) {
      out.push(c);
      i++;
      continue;
    }
    const start = i;
    i++;
    if (i >= n) return new StringError('\\ at end of string', start);
    const e = s[i++];
    switch (e) {
      case '\n': break;
      case '\r': if (s[i] === '\n') i++; break;
      case '\\': out.push(92); break;
      case "'": out.push(39); break;
      case '"': out.push(34); break;
      case 'a': out.push(7); break;
      case 'b': out.push(8); break;
      case 'f': out.push(12); break;
      case 'n': out.push(10); break;
      case 'r': out.push(13); break;
      case 't': out.push(9); break;
      case 'v': out.push(11); break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        let v = e.charCodeAt(0) - 48;
        for (let k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++) v = v * 8 + s.charCodeAt(i++) - 48;
        out.push(v & 0xff);
        break;
      }
      case 'x': {
        const h1 = i < n ? hexVal(s.charCodeAt(i)) : -1;
        const h2 = i + 1 < n ? hexVal(s.charCodeAt(i + 1)) : -1;
        if (h1 < 0 || h2 < 0) {
          return new StringError(`(value error) invalid \\x escape at position ${start}`, start);
        }
        out.push(h1 * 16 + h2);
        i += 2;
        break;
      }
      default:
        out.push(92, e.charCodeAt(0));
        break;
    }
  }
  return Uint8Array.from(out);
}

/**
 * An f-string literal part: `{{` → `{`, `}}` → `}`, escapes decoded unless raw. A lone `}` is
 * CPython's "f-string: single '}' is not allowed".
 */
export function decodeFStringLiteral(s: string, raw: boolean): string | StringError {
  let plain = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && !raw) {
      // an escape: `\N{NAME}` braces are not replacement fields
      if (s[i + 1] === 'N' && s[i + 2] === '{') {
        const close = s.indexOf('}', i);
        if (close > 0) { plain += s.slice(i, close + 1); i = close; continue; }
      }
      plain += c + (s[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '{' || c === '}') {
      if (s[i + 1] === c) {
        plain += c === '{' ? '\u0000{' : '\u0000}';
        i++;
        continue;
      }
      if (c === '}') return new StringError("f-string: single '}' is not allowed", i);
      return new StringError("f-string: expecting '}'", i);
    }
    plain += c;
  }
  // Doubled braces were marked with NUL so escape decoding cannot merge them with a backslash.
  const decoded = raw ? decodeRaw(plain) : decodeStrEscapes(plain);
  if (decoded instanceof StringError) return decoded;
  return decoded.replace(/\u0000([{}])/g, '$1');
}

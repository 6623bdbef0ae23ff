/**
 * printf-style `%` formatting for str and str.format / format_map (the replacement-field
 * grammar with auto/manual numbering, attribute and index lookups, conversions and nested
 * specs). Formatting of each value goes through format.ts / the value's `__format__`.
 * CPython: Objects/unicodeobject.c (PyUnicode_Format), Objects/stringlib/unicode_format.h.
 */
import { NotImplemented, PyBytes, PyFloat, PyMethodDescr, PyTuple, StrType, lookupType, typeOf, type PyValue } from './object.js';
import { Exc, newException, newExceptionArgs, typeError, type PyException } from './exceptions.js';
import { bytesData } from './bytes.js';
import { PyDict } from './dict.js';
import { floatBodyStr } from './format.js';
import { longAbs, longToDecimal, type PyInt } from './int.js';
import { intFromValue } from './int_methods.js';
import { floatFromValue } from './float_methods.js';
import { numKind, K_INT, K_FLOAT, intOf } from './numeric.js';
import { asStr, strSelf } from './str_methods.js';
import { strLen } from './str.js';
import { ascii, callMethod, format as pyFormat, getAttr, getItem, index as pyIndex, repr, str as pyStr } from '../abstract.js';

// ---- % formatting ----

function isMapping(v: PyValue): boolean {
  return !(v instanceof PyTuple) && typeof v !== 'string' && lookupType(typeOf(v), '__getitem__') !== undefined;
}

function padPercent(sign: string, body: string, width: number, left: boolean, zero: boolean): string {
  if (width < 0) return sign + body;
  const len = strLen(sign) + strLen(body);
  if (width <= len) return sign + body;
  if (left) return sign + body + ' '.repeat(width - len);
  if (zero) return sign + '0'.repeat(width - len) + body;
  return ' '.repeat(width - len) + sign + body;
}

function percentInt(v: PyValue, conv: string): PyInt {
  const k = numKind(v);
  if (conv === 'x' || conv === 'X' || conv === 'o') {
    if (k === K_INT) return intOf(v);
    if (typeof v !== 'string' && k !== K_FLOAT && lookupType(typeOf(v), '__index__') !== undefined) return pyIndex(v);
    throw typeError(`%${conv} format: an integer is required, not ${typeOf(v).name}`);
  }
  if (k === K_INT) return intOf(v);
  if (k === K_FLOAT) return intFromValue(v, undefined);
  const t = typeOf(v);
  if (typeof v !== 'string' && (lookupType(t, '__int__') !== undefined || lookupType(t, '__index__') !== undefined)) {
    return intFromValue(v, undefined);
  }
  throw typeError(`%${conv} format: a real number is required, not ${t.name}`);
}

/**
 * CPython: PyUnicode_Format; with `bytesMode`, _PyBytes_FormatEx on a latin-1 view of the
 * bytes (keys, %s/%b and %c take bytes; %r/%a give ASCII; the caller encodes the result).
 */
export function percentFormat(fmt: string, args: PyValue, bytesMode = false): string {
  const tuple = args instanceof PyTuple ? args.items : null;
  const mapping = tuple === null && isMapping(args) && !(bytesMode && bytesData(args) !== null) ? args : null;
  let argIndex = 0;
  const nargs = tuple !== null ? tuple.length : 1;
  let usedMapping = false;
  const nextArg = (): PyValue => {
    if (argIndex >= nargs || usedMapping) throw typeError('not enough arguments for format string');
    return tuple !== null ? tuple[argIndex++] : (argIndex++, args);
  };
  let out = '';
  const n = fmt.length;
  let i = 0;
  while (i < n) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) { out += fmt.slice(i); break; }
    out += fmt.slice(i, pct);
    i = pct + 1;
    if (i >= n) throw newException(Exc.ValueError, 'incomplete format');
    let value: PyValue | undefined;
    if (fmt[i] === '(') {
      if (mapping === null) throw typeError('format requires a mapping');
      let depth = 1, j = i + 1;
      while (j < n && depth > 0) {
        if (fmt[j] === '(') depth++;
        else if (fmt[j] === ')') depth--;
        j++;
      }
      if (depth > 0) throw newException(Exc.ValueError, 'incomplete format key');
      const key = fmt.slice(i + 1, j - 1);
      value = getItem(mapping, bytesMode ? new PyBytes(latin1Bytes(key)) : key);
      usedMapping = true;
      i = j;
    }
    let left = false, plus = false, space = false, alt = false, zero = false;
    for (; i < n; i++) {
      const c = fmt[i];
      if (c === '-') left = true;
      else if (c === '+') plus = true;
      else if (c === ' ') space = true;
      else if (c === '#') alt = true;
      else if (c === '0') zero = true;
      else break;
    }
    let width = -1, prec = -1;
    if (fmt[i] === '*') {
      const w = nextArg();
      if (numKind(w) !== K_INT) throw typeError('* wants int');
      width = Number(intOf(w));
      if (width < 0) { left = true; width = -width; }
      i++;
    } else {
      const s = i;
      while (i < n && fmt[i] >= '0' && fmt[i] <= '9') i++;
      if (i > s) width = Number(fmt.slice(s, i));
    }
    if (fmt[i] === '.') {
      i++;
      if (fmt[i] === '*') {
        const p = nextArg();
        if (numKind(p) !== K_INT) throw typeError('* wants int');
        prec = Math.max(0, Number(intOf(p)));
        i++;
      } else {
        const s = i;
        while (i < n && fmt[i] >= '0' && fmt[i] <= '9') i++;
        prec = i > s ? Number(fmt.slice(s, i)) : 0;
      }
    }
    while (i < n && (fmt[i] === 'h' || fmt[i] === 'l' || fmt[i] === 'L')) i++;
    if (i >= n) throw newException(Exc.ValueError, 'incomplete format');
    const conv = fmt[i++];
    if (conv === '%' && i === pct + 2) {
      out += '%';
      continue;
    }
    if (value === undefined) value = nextArg();
    const signFor = (neg: boolean): string => (neg ? '-' : plus ? '+' : space ? ' ' : '');
    switch (conv) {
      case 'b': case 's': case 'r': case 'a': {
        if (conv === 'b' && !bytesMode) throw unsupportedChar(conv, i);
        let s = bytesMode ? (conv === 's' || conv === 'b' ? bytesText(value) : ascii(value))
          : conv === 's' ? pyStr(value) : conv === 'r' ? repr(value) : ascii(value);
        if (prec >= 0) s = Array.from(s).slice(0, prec).join('');
        out += padPercent('', s, width, left, false);
        break;
      }
      case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
        const v = typeof value === 'number' ? value : percentInt(value, conv);
        const base = conv === 'x' || conv === 'X' ? 16 : conv === 'o' ? 8 : 10;
        // An int below 2**53 is a JS number, whose decimal String() spells exactly.
        let digits = base === 10 ? (typeof v === 'number' ? String(v < 0 ? -v : v) : longToDecimal(longAbs(v)))
          : longAbs(v).toString(base);
        if (conv === 'X') digits = digits.toUpperCase();
        if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
        const prefix = alt ? (conv === 'x' ? '0x' : conv === 'X' ? '0X' : conv === 'o' ? '0o' : '') : '';
        out += padPercent(signFor(v < 0) + prefix, digits, width, left, zero);
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        let x: number;
        if (value instanceof PyFloat) x = value.value;
        else if (numKind(value) === K_INT) x = floatFromValue(value);
        else if (typeof value !== 'string' && (lookupType(typeOf(value), '__float__') !== undefined ||
          lookupType(typeOf(value), '__index__') !== undefined)) x = floatFromValue(value);
        else throw typeError(`must be real number, not ${typeOf(value).name}`);
        const neg = x < 0 || Object.is(x, -0);
        const ax = Math.abs(x);
        let body: string;
        if (x !== x || ax === Infinity) {
          body = x !== x ? 'nan' : 'inf';
          if (conv === 'E' || conv === 'F' || conv === 'G') body = body.toUpperCase();
          out += padPercent(signFor(neg && x === x), body, width, left, zero); // 3.11 pads them with zeros too
          break;
        }
        body = floatBodyStr(ax, conv, prec < 0 ? 6 : prec, alt);
        out += padPercent(signFor(neg), body, width, left, zero);
        break;
      }
      case 'c': {
        if (bytesMode) {
          out += padPercent('', byteChar(value), width, left, false);
          break;
        }
        let ch: string;
        const s = asStr(value);
        if (s !== null) {
          if (strLen(s) !== 1) throw typeError('%c requires int or char');
          ch = s;
        } else if (numKind(value) === K_INT || (numKind(value) !== K_FLOAT && lookupType(typeOf(value), '__index__') !== undefined)) {
          const cp = intOf(pyIndex(value));
          if (cp < 0 || cp > 0x10ffff) throw newException(Exc.OverflowError, '%c arg not in range(0x110000)');
          ch = String.fromCodePoint(Number(cp));
        } else {
          throw typeError('%c requires int or char');
        }
        out += padPercent('', ch, width, left, false);
        break;
      }
      default: throw unsupportedChar(conv, i);
    }
  }
  if (!usedMapping && argIndex < nargs && mapping === null) {
    throw typeError(`not all arguments converted during ${bytesMode ? 'bytes' : 'string'} formatting`);
  }
  return out;
}

function unsupportedChar(conv: string, i: number): PyException {
  const code = conv.codePointAt(0)!;
  return newException(Exc.ValueError, `unsupported format character '${conv}' (0x${code.toString(16)}) at index ${i - 1}`);
}

function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function latin1Text(d: Uint8Array): string {
  let s = '';
  for (let i = 0; i < d.length; i++) s += String.fromCharCode(d[i]);
  return s;
}

/** %s / %b in bytes formatting (CPython: format_obj): bytes-like or __bytes__. */
function bytesText(v: PyValue): string {
  const d = bytesData(v);
  if (d !== null) return latin1Text(d);
  const f = lookupType(typeOf(v), '__bytes__');
  if (f !== undefined) {
    const r = bytesData(callMethod(f, v, []));
    if (r !== null) return latin1Text(r);
  }
  throw typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${typeOf(v).name}'`);
}

/** %c in bytes formatting (CPython: byte_converter). */
function byteChar(v: PyValue): string {
  const d = bytesData(v);
  if (d !== null && d.length === 1) return String.fromCharCode(d[0]);
  if (numKind(v) === K_INT || (d === null && numKind(v) !== K_FLOAT && typeof v !== 'string' && lookupType(typeOf(v), '__index__') !== undefined)) {
    const n = intOf(pyIndex(v));
    if (n < 0 || n > 255) throw newException(Exc.OverflowError, '%c arg not in range(256)');
    return String.fromCharCode(Number(n));
  }
  throw typeError('%c requires an integer in range(256) or a single byte');
}

/** bytes % args (CPython: _PyBytes_FormatEx). */
export function bytesPercentFormat(fmt: Uint8Array, args: PyValue): Uint8Array {
  return latin1Bytes(percentFormat(latin1Text(fmt), args, true));
}

// ---- str.format ----

interface FormatArgs {
  positional: PyValue[];
  keywords: PyDict | null;
  /** format_map: keyword lookups go to this mapping with getItem. */
  mapping: PyValue | null;
  auto: number;
  /** 0 = undecided, 1 = automatic numbering, 2 = manual. */
  mode: number;
}

function lookupField(name: string, fa: FormatArgs): PyValue {
  // split the first part (arg name) from the .attr / [key] chain
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const first = name.slice(0, i);
  let obj: PyValue;
  if (first === '') {
    if (fa.mode === 2) throw newException(Exc.ValueError, 'cannot switch from manual field specification to automatic field numbering');
    fa.mode = 1;
    if (fa.mapping !== null) throw newException(Exc.ValueError, 'Format string contains positional fields');
    obj = positional(fa, fa.auto++);
  } else if (/^\d+$/.test(first)) {
    if (fa.mode === 1) throw newException(Exc.ValueError, 'cannot switch from automatic field numbering to manual field specification');
    fa.mode = 2;
    if (fa.mapping !== null) throw newException(Exc.ValueError, 'Format string contains positional fields');
    obj = positional(fa, Number(first));
  } else if (fa.mapping !== null) {
    obj = getItem(fa.mapping, first);
  } else {
    const v = fa.keywords === null ? undefined : fa.keywords.getStr(first);
    if (v === undefined) throw newExceptionArgs(Exc.KeyError, [first]);
    obj = v;
  }
  while (i < name.length) {
    if (name[i] === '.') {
      let j = i + 1;
      while (j < name.length && name[j] !== '.' && name[j] !== '[') j++;
      const attr = name.slice(i + 1, j);
      if (attr === '') throw newException(Exc.ValueError, 'Empty attribute in format string');
      obj = getAttr(obj, attr);
      i = j;
    } else if (name[i] === '[') {
      const j = name.indexOf(']', i);
      if (j < 0) throw newException(Exc.ValueError, "Missing ']' in format string");
      const key = name.slice(i + 1, j);
      if (key === '') throw newException(Exc.ValueError, 'Empty attribute in format string');
      obj = getItem(obj, /^\d+$/.test(key) ? Number(key) : key);
      i = j + 1;
      if (i < name.length && name[i] !== '.' && name[i] !== '[') {
        throw newException(Exc.ValueError, 'Only \'.\' or \'[\' may follow \']\' in format field specifier');
      }
    } else {
      throw newException(Exc.ValueError, 'Only \'.\' or \'[\' may follow \']\' in format field specifier');
    }
  }
  return obj;
}

function positional(fa: FormatArgs, k: number): PyValue {
  if (k >= fa.positional.length) {
    throw newException(Exc.IndexError, `Replacement index ${k} out of range for positional args tuple`);
  }
  return fa.positional[k];
}

function renderFormat(fmt: string, fa: FormatArgs, depth: number): string {
  if (depth < 0) throw newException(Exc.ValueError, 'Max string recursion exceeded');
  let out = '';
  const n = fmt.length;
  let i = 0;
  while (i < n) {
    const c = fmt[i];
    if (c === '}') {
      if (fmt[i + 1] === '}') { out += '}'; i += 2; continue; }
      throw newException(Exc.ValueError, "Single '}' encountered in format string");
    }
    if (c !== '{') {
      let j = i;
      while (j < n && fmt[j] !== '{' && fmt[j] !== '}') j++;
      out += fmt.slice(i, j);
      i = j;
      continue;
    }
    if (fmt[i + 1] === '{') { out += '{'; i += 2; continue; }
    // find the matching '}' (nested braces allowed in the spec)
    let level = 1, j = i + 1;
    while (j < n && level > 0) {
      if (fmt[j] === '{') level++;
      else if (fmt[j] === '}') level--;
      if (level > 0) j++;
    }
    if (level > 0) {
      throw newException(Exc.ValueError, i === n - 1
        ? "Single '{' encountered in format string" : "expected '}' before end of string");
    }
    const field = fmt.slice(i + 1, j);
    i = j + 1;
    // field: name [! conv] [: spec]; the name ends at the first '!' or ':' outside brackets
    let k = 0;
    while (k < field.length && field[k] !== '!' && field[k] !== ':') {
      if (field[k] === '[') {
        const e = field.indexOf(']', k);
        // CPython's parse_field scans for ']' past the closing brace and runs off the end
        if (e < 0) throw newException(Exc.ValueError, "expected '}' before end of string");
        k = e + 1;
      } else k++;
    }
    const name = field.slice(0, k);
    let conv = '';
    let spec = '';
    if (field[k] === '!') {
      // '{0!}': CPython takes the '}' as the conversion and then finds no closing brace
      if (k + 1 >= field.length) throw newException(Exc.ValueError, "unmatched '{' in format spec");
      conv = field[k + 1];
      k += 2;
      if (k < field.length && field[k] !== ':') throw newException(Exc.ValueError, 'expected \':\' after conversion specifier');
    }
    if (field[k] === ':') spec = field.slice(k + 1);
    let value = lookupField(name, fa);
    if (conv !== '') {
      if (conv === 'r') value = repr(value);
      else if (conv === 's') value = pyStr(value);
      else if (conv === 'a') value = ascii(value);
      else throw newException(Exc.ValueError, `Unknown conversion specifier ${conv}`);
    }
    if (spec.includes('{')) spec = renderFormat(spec, fa, depth - 1);
    out += pyFormat(value, spec);
  }
  return out;
}

/** str.format(*args, **kwargs). */
export function strFormat(fmt: string, args: PyValue[], kwargs: PyDict | null): string {
  return renderFormat(fmt, { positional: args, keywords: kwargs, mapping: null, auto: 0, mode: 0 }, 2);
}

/** str.format_map(mapping). */
export function strFormatMap(fmt: string, mapping: PyValue): string {
  return renderFormat(fmt, { positional: [], keywords: null, mapping, auto: 0, mode: 0 }, 2);
}

function install(): void {
  const def = (name: string, fn: (self: PyValue, args: PyValue[], kwnames: readonly string[] | null) => PyValue): void => {
    StrType.dict.set(name, new PyMethodDescr(name, fn, StrType));
  };
  def('__mod__', (self, args) => percentFormat(strSelf(self), args[0]));
  def('__rmod__', () => NotImplemented);
  def('format', (self, args, kwnames) => {
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = args.length - nkw;
    let kw: PyDict | null = null;
    if (nkw > 0) {
      kw = new PyDict();
      for (let i = 0; i < nkw; i++) kw.setStr(kwnames![i], args[npos + i]);
    }
    return strFormat(strSelf(self), args.slice(0, npos), kw);
  });
  def('format_map', (self, args) => {
    if (args.length !== 1) throw typeError(`format_map() takes exactly one argument (${args.length} given)`);
    return strFormatMap(strSelf(self), args[0]);
  });
}

install();

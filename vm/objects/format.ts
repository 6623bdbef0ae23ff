/**
 * The format-spec mini-language ([[fill]align][sign][z][#][0][width][grouping][.precision][type])
 * for int, float, complex and str, as used by format(), f-strings and str.format. Float digits
 * come from the exact decimal expansion rounded half-to-even, as CPython's dtoa does.
 * CPython: Python/formatter_unicode.c, Python/pystrtod.c (PyOS_double_to_string).
 */
import { newException, Exc } from './exceptions.js';
import { exactDecimal, floatRepr, roundDecimalString } from './float.js';
import { longAbs, longToDecimal, longToDouble, type PyInt } from './int.js';
import { strLen } from './str.js';
import type { PyValue } from './object.js';

export interface FormatSpec {
  fill: string;
  /** '<', '>', '=', '^', or '' when not given. */
  align: string;
  sign: string;
  z: boolean;
  alt: boolean;
  zeroPad: boolean;
  width: number;
  /** ',', '_' or ''. */
  grouping: string;
  precision: number;
  type: string;
}

function valueError(msg: string): never {
  throw newException(Exc.ValueError, msg);
}

function isAlign(c: string | undefined): boolean {
  return c === '<' || c === '>' || c === '=' || c === '^';
}

/** CPython: parse_internal_render_format_spec. */
export function parseSpec(spec: string, typeName: string, defaultType: string): FormatSpec {
  const f: FormatSpec = {
    fill: ' ', align: '', sign: '', z: false, alt: false, zeroPad: false, width: -1, grouping: '',
    precision: -1, type: defaultType,
  };
  let i = 0;
  const n = spec.length;
  let fillGiven = false;
  // fill may be any code point, including a surrogate pair
  const first = spec.codePointAt(0);
  const firstLen = first !== undefined && first > 0xffff ? 2 : 1;
  if (n > firstLen && isAlign(spec[firstLen])) {
    f.fill = spec.slice(0, firstLen);
    f.align = spec[firstLen];
    fillGiven = true;
    i = firstLen + 1;
  } else if (n > 0 && isAlign(spec[0])) {
    f.align = spec[0];
    i = 1;
  }
  if (spec[i] === '+' || spec[i] === '-' || spec[i] === ' ') f.sign = spec[i++];
  if (spec[i] === 'z') { f.z = true; i++; }
  if (spec[i] === '#') { f.alt = true; i++; }
  if (spec[i] === '0') {
    f.zeroPad = true;
    if (!fillGiven) f.fill = '0';
    i++;
  }
  let start = i;
  while (i < n && spec.charCodeAt(i) >= 48 && spec.charCodeAt(i) <= 57) i++;
  if (i > start) {
    if (i - start > 18) valueError('Too many decimal digits in format string');
    f.width = Number(spec.slice(start, i));
  }
  if (spec[i] === ',') { f.grouping = ','; i++; }
  if (spec[i] === '_') {
    if (f.grouping !== '') valueError("Cannot specify both ',' and '_'.");
    f.grouping = '_';
    i++;
  }
  if (spec[i] === ',') valueError("Cannot specify both ',' and '_'.");
  if (spec[i] === '.') {
    i++;
    start = i;
    while (i < n && spec.charCodeAt(i) >= 48 && spec.charCodeAt(i) <= 57) i++;
    if (i === start) valueError('Format specifier missing precision');
    if (i - start > 18) valueError('Too many decimal digits in format string');
    f.precision = Number(spec.slice(start, i));
  }
  if (n - i > 1) valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (i < n) f.type = spec[i];
  if (f.grouping !== '') {
    const t = f.type;
    const ok = t === '' || 'dfFgGeE%'.includes(t) || (f.grouping === '_' && 'bxXo'.includes(t));
    if (!ok) valueError(`Cannot specify '${f.grouping}' with '${t}'.`);
  }
  return f;
}

/** Pads `body` (sign/prefix already split off) to the spec's width. */
function pad(sign: string, body: string, f: FormatSpec, defaultAlign: string): string {
  const align = f.align !== '' ? f.align : (f.zeroPad && defaultAlign === '>' ? '=' : defaultAlign);
  const len = strLen(sign) + strLen(body);
  const total = f.width - len;
  if (total <= 0) return sign + body;
  const fill = f.fill;
  switch (align) {
    case '<': return sign + body + fill.repeat(total);
    case '^': {
      const left = total >> 1;
      return fill.repeat(left) + sign + body + fill.repeat(total - left);
    }
    case '=': return sign + fill.repeat(total) + body;
    default: return fill.repeat(total) + sign + body;
  }
}

/** Inserts grouping separators into a digit string (every 3, or every 4 for b/o/x). */
function group(digits: string, sep: string, every: number, minWidth: number): string {
  // minWidth > 0 means zero padding that itself gets grouped (CPython's fill-with-zeros path)
  let d = digits;
  if (minWidth > 0) {
    // grow with zeros until the grouped result reaches minWidth
    while (groupedLength(d.length, every) < minWidth) d = '0' + d;
  }
  let out = '';
  let count = 0;
  for (let i = d.length - 1; i >= 0; i--) {
    out = d[i] + out;
    if (++count === every && i > 0) { out = sep + out; count = 0; }
  }
  if (minWidth > 0 && out.length < minWidth) out = '0' + out;
  return out;
}

function groupedLength(n: number, every: number): number {
  return n + Math.floor((n - 1) / every);
}

function signOf(neg: boolean, f: FormatSpec): string {
  if (neg) return '-';
  if (f.sign === '+') return '+';
  if (f.sign === ' ') return ' ';
  return '';
}

// ---- int ----

/** CPython: format_long_internal. `orig` is the object shown in error messages. */
export function formatInt(v: PyInt, spec: string, orig?: PyValue): string {
  void orig;
  if (spec === '') return String(v);
  const f = parseSpec(spec, 'int', 'd');
  const t = f.type;
  if ('eEfFgG%'.includes(t)) return formatFloatSpec(longToDouble(v), f, 'int');
  if (f.precision >= 0) valueError('Precision not allowed in integer format specifier');
  if (f.z) valueError('Negative zero coercion (z) not allowed in integer format specifier');
  if (t === 'c') {
    if (f.sign !== '') valueError("Sign not allowed with integer format specifier 'c'");
    if (f.alt) valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof v === 'bigint' && (v >= 1n << 63n || v < -(1n << 63n))) {
      throw newException(Exc.OverflowError, 'Python int too large to convert to C long');
    }
    if (typeof v === 'bigint' || v < 0 || v > 0x10ffff) throw newException(Exc.OverflowError, '%c arg not in range(0x110000)');
    return pad('', String.fromCodePoint(v), f, '>');
  }
  let base: number, prefix = '';
  switch (t) {
    case 'd': case 'n': base = 10; break;
    case 'b': base = 2; prefix = '0b'; break;
    case 'o': base = 8; prefix = '0o'; break;
    case 'x': base = 16; prefix = '0x'; break;
    case 'X': base = 16; prefix = '0X'; break;
    default: valueError(`Unknown format code '${t}' for object of type 'int'`);
  }
  const neg = v < 0;
  let digits = base === 10 ? longToDecimal(longAbs(v)) : longAbs(v).toString(base);
  if (t === 'X') digits = digits.toUpperCase();
  const head = signOf(neg, f) + (f.alt ? prefix : '');
  return padNumber(head, digits, '', f, base === 10 ? 3 : 4);
}

/** Pads a number split into sign+prefix, integer digits and the rest (fraction, exponent). */
function padNumber(head: string, intDigits: string, rest: string, f: FormatSpec, every: number): string {
  // CPython: calc_number_widths groups the padding when the fill is '0' and the alignment '='
  // (from the '0' flag or spelled out)
  const align = f.align !== '' ? f.align : f.zeroPad ? '=' : '>';
  const zeroGrouping = f.grouping !== '' && f.fill === '0' && align === '=';
  if (f.grouping !== '') {
    const minWidth = zeroGrouping ? f.width - strLen(head) - strLen(rest) : 0;
    intDigits = group(intDigits, f.grouping, every, minWidth);
  }
  return pad(head, intDigits + rest, f, '>');
}

// ---- float ----

/** The digits of |x| rounded half-even to `nd` fraction digits: "123.45". */
export function fixedDigits(ax: number, nd: number): string {
  if (ax < 1e21 && nd <= 100) {
    // toFixed rounds ties away from zero; a tie needs few fraction bits, so check for that
    let m = ax, k = 0;
    while (!Number.isInteger(m) && k <= nd + 1) { m *= 2; k++; }
    if (k > nd + 1) return ax.toFixed(nd);
  }
  return roundDecimalString(exactDecimal(ax), nd);
}

/** |x| rounded half-even to `nsig` significant digits: the digits and the decimal exponent. */
export function sigDigits(ax: number, nsig: number): [string, number] {
  if (ax === 0) return ['0'.repeat(nsig), 0];
  const s = exactDecimal(ax);
  const dot = s.indexOf('.');
  const intLen = dot < 0 ? s.length : dot;
  const all = dot < 0 ? s : s.slice(0, dot) + s.slice(dot + 1);
  let firstNz = 0;
  while (all[firstNz] === '0') firstNz++;
  let exp = intLen - firstNz - 1;
  const sig = all.slice(firstNz);
  if (sig.length <= nsig) return [sig + '0'.repeat(nsig - sig.length), exp];
  const rounded = roundDecimalString(sig.slice(0, nsig) + '.' + sig.slice(nsig), 0);
  if (rounded.length > nsig) {
    exp++;
    return [rounded.slice(0, nsig), exp];
  }
  return [rounded, exp];
}

function expStr(e: number): string {
  const a = Math.abs(e);
  return (e < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
}

/**
 * Formats |x| (finite) for one presentation type; returns [integer digits, rest].
 * CPython: PyOS_double_to_string's 'e', 'f', 'g', 'r' modes.
 */
function floatBody(ax: number, type: string, prec: number, alt: boolean): [string, string] {
  switch (type) {
    case 'f': case 'F': case '%': {
      const s = fixedDigits(ax, prec);
      const dot = s.indexOf('.');
      const intPart = dot < 0 ? s : s.slice(0, dot);
      let rest = dot < 0 ? (alt ? '.' : '') : s.slice(dot);
      if (type === '%') rest += '%';
      return [intPart, rest];
    }
    case 'e': case 'E': {
      const [d, e] = sigDigits(ax, prec + 1);
      const frac = d.length > 1 ? '.' + d.slice(1) : (alt ? '.' : '');
      return [d[0], frac + (type === 'E' ? 'E' : 'e') + expStr(e)];
    }
    default: {
      // 'g', 'G', 'n', and '' with a precision ('' keeps at least one fraction digit)
      const p = prec === 0 ? 1 : prec;
      const [d, e] = sigDigits(ax, p);
      const noType = type === '';
      // with no type, CPython adds '.0' and switches to exponent form one digit earlier
      if (e >= -4 && e < (noType ? p - 1 : p)) {
        let s: string;
        if (e >= 0) s = d.length > e + 1 ? d.slice(0, e + 1) + '.' + d.slice(e + 1) : d + '0'.repeat(e + 1 - d.length);
        else s = '0.' + '0'.repeat(-e - 1) + d;
        if (!alt) {
          if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
          if (noType && !s.includes('.')) s += '.0';
        } else if (!s.includes('.')) s += '.';
        const dot = s.indexOf('.');
        return dot < 0 ? [s, ''] : [s.slice(0, dot), s.slice(dot)];
      }
      let frac = d.slice(1);
      if (!alt) frac = frac.replace(/0+$/, '');
      const mant = frac.length > 0 ? '.' + frac : (alt ? '.' : '');
      return [d[0], mant + (type === 'G' ? 'E' : 'e') + expStr(e)];
    }
  }
}

/** |x| (finite) in one of the e/f/g/% styles as a single string (for %-formatting). */
export function floatBodyStr(ax: number, type: string, prec: number, alt: boolean): string {
  const [i, r] = floatBody(ax, type, prec, alt);
  return i + r;
}

/** repr-style digits of |x| split for padding/grouping. */
function reprBody(ax: number): [string, string] {
  const s = floatRepr(ax);
  const cut = s.search(/[.e]/);
  return cut < 0 ? [s, ''] : [s.slice(0, cut), s.slice(cut)];
}

/** CPython: format_float_internal. */
export function formatFloatSpec(x: number, f: FormatSpec, typeName = 'float'): string {
  let t = f.type;
  if (t !== '' && !'eEfFgGn%'.includes(t)) valueError(`Unknown format code '${t}' for object of type '${typeName}'`);
  if (t === 'n') t = 'g';
  let prec = f.precision;
  if (prec < 0 && t !== '') prec = 6;
  // CPython scales before anything else, so a huge value becomes inf% rather than digits.
  if (t === '%') x *= 100;
  let neg = x < 0 || Object.is(x, -0);
  const ax = Math.abs(x);
  let intPart: string, rest: string;
  if (x !== x || ax === Infinity) {
    intPart = x !== x ? 'nan' : 'inf';
    if (t === 'E' || t === 'F' || t === 'G') intPart = intPart.toUpperCase();
    rest = t === '%' ? '%' : '';
    if (x !== x) neg = false;
    const head = signOf(neg, f);
    // inf and nan never get grouping; zero padding still applies
    return pad(head, intPart + rest, { ...f, grouping: '' }, '>');
  }
  if (t === '' && prec < 0) {
    [intPart, rest] = reprBody(ax);
    // '#' keeps a decimal point even in repr style: format(1e-05, '#') == '1.e-05'
    if (f.alt && !rest.startsWith('.')) rest = '.' + rest;
  }
  else [intPart, rest] = floatBody(ax, t, prec, f.alt);
  if (neg && f.z && /^[0.]*$/.test(intPart + rest.replace(/[eE%].*$/, ''))) neg = false;
  return padNumber(signOf(neg, f), intPart, rest, f, 3);
}

export function formatFloat(x: number, spec: string): string {
  if (spec === '') return floatRepr(x);
  return formatFloatSpec(x, parseSpec(spec, 'float', ''));
}

// ---- complex ----

export function formatComplex(re: number, im: number, spec: string, reprFn: (re: number, im: number) => string): string {
  if (spec === '') return reprFn(re, im);
  const f = parseSpec(spec, 'complex', '');
  if (f.zeroPad) valueError('Zero padding is not allowed in complex format specifier');
  if (f.align === '=') valueError("'=' alignment flag is not allowed in complex format specifier");
  const t = f.type;
  if (t !== '' && !'eEfFgGn'.includes(t)) valueError(`Unknown format code '${t}' for object of type 'complex'`);
  let body: string;
  if (t === '' && f.precision < 0) body = reprFn(re, im);
  else {
    const inner: FormatSpec = { ...f, width: -1, align: '', fill: ' ' };
    const tt = t === '' ? 'g' : t;
    const reS = formatFloatSpec(re, { ...inner, type: tt });
    const imS = formatFloatSpec(im, { ...inner, type: tt, sign: '+' });
    const parens = t === '';
    body = (re === 0 && !Object.is(re, -0) && t === '' ? imS.replace(/^\+/, '') + 'j'
      : reS + imS + 'j');
    if (parens) body = '(' + body + ')';
  }
  return pad('', body, f, '>');
}

// ---- str ----

/** CPython: format_string_internal. */
export function formatStr(s: string, spec: string): string {
  if (spec === '') return s;
  const f = parseSpec(spec, 'str', 's');
  if (f.type !== 's') valueError(`Unknown format code '${f.type}' for object of type 'str'`);
  if (f.sign !== '') valueError(f.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier');
  if (f.alt) valueError('Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') valueError("'=' alignment not allowed in string format specifier");
  if (f.precision >= 0) {
    const cps = Array.from(s);
    if (cps.length > f.precision) s = cps.slice(0, f.precision).join('');
  }
  return pad('', s, f, '<');
}

/**
 * The Python-visible methods of float: operators as `__add__`/`__radd__`… (ints are widened,
 * anything else gives NotImplemented), `float(x)` with CPython's string syntax, `round`,
 * `is_integer`, `as_integer_ratio`, `hex`/`fromhex`. Arithmetic itself is in float.ts.
 * CPython: Objects/floatobject.c (float_new, float_methods).
 */
import {
  FloatType, None, NotImplemented, PyBuiltinFunction, PyFloat, PyMethodDescr, PyObject, PyTuple, PyType, defGetSet,
  defRichCompare, floatCheckExact, lookupType, typeOf, type PyValue,
} from './object.js';
import { Exc, newException, typeError, checkNewType } from './exceptions.js';
import {
  compareFloatInt, floatDivmod, floatHash, floatRepr, floatRoundNdigits, floatToInt,
} from './float.js';
import { normBig, scaleByPow2, type PyInt } from './int.js';
import { K_FLOAT, K_INT, floatBinaryOp, floatOf, intOf, numKind } from './numeric.js';
import { formatFloat } from './format.js';
import { callMethod, index as pyIndex, repr } from '../abstract.js';
import { PyStrSub, strRepr } from './str.js';
import { checkArgCount, noKwargs } from './native_args.js';

/** An instance of a Python subclass of float: the value plus an attribute dict. */
export class PyFloatSub extends PyFloat {
  dict: PyObject | null;
  constructor(type: PyType, value: number) {
    super(value);
    this.ob_type = type;
    this.dict = null;
  }
}

export function floatSelf(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  throw typeError(`descriptor requires a 'float' object but received a '${typeOf(v).name}'`);
}

function isIntOrFloat(v: PyValue): boolean {
  const k = numKind(v);
  return k === K_INT || k === K_FLOAT;
}

function def(name: string, fn: (self: PyValue, args: PyValue[], kwnames: readonly string[] | null) => PyValue): void {
  FloatType.dict.set(name, new PyMethodDescr(name, fn, FloatType));
}

const FLOAT_RE = /^[+-]?(?:(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*|\d(?:_?\d)*\.)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;

/** Parses float() text; null when invalid (CPython: _Py_string_to_number_with_underscores). */
export function parseFloatText(text: string): number | null {
  const s = text.trim();
  if (FLOAT_RE.test(s)) return Number(s.replace(/_/g, ''));
  const m = SPECIAL_RE.exec(s);
  if (m !== null) {
    const v = m[2].toLowerCase() === 'nan' ? NaN : Infinity;
    return m[1] === '-' ? -v : v;
  }
  // Unicode decimal digits are accepted too; map them to ASCII and retry once
  if (/[^\x00-\x7f]/.test(s)) {
    const ascii = s.replace(/\p{Nd}/gu, ch => String(unicodeDigitValue(ch)));
    if (ascii !== s && FLOAT_RE.test(ascii)) return Number(ascii.replace(/_/g, ''));
  }
  return null;
}

function unicodeDigitValue(ch: string): number {
  const cp = ch.codePointAt(0)!;
  let n = 0;
  while (/\p{Nd}/u.test(String.fromCodePoint(cp - n - 1))) n++;
  return n % 10;
}

/** float(x) (CPython: PyNumber_Float). */
export function floatFromValue(x: PyValue): number {
  if (x instanceof PyFloat) return x.value;
  if (typeof x === 'string') {
    const v = parseFloatText(x);
    if (v === null) throw newException(Exc.ValueError, `could not convert string to float: ${strRepr(x)}`);
    return v;
  }
  if (x instanceof PyStrSub) return floatFromValue(x.value);
  const k = numKind(x);
  if (k === K_INT) return floatOf(x);
  const t = typeOf(x);
  const f = lookupType(t, '__float__');
  if (f !== undefined && f !== None) {
    const r = callMethod(f, x, []);
    if (r instanceof PyFloat) return r.value;
    throw typeError(`${t.name}.__float__ returned non-float (type ${typeOf(r).name})`);
  }
  if (lookupType(t, '__index__') !== undefined) return floatOf(pyIndex(x));
  const data = x instanceof PyObject ? (x as unknown as { data?: unknown }).data : undefined;
  if (data instanceof Uint8Array) {
    let s = '';
    for (let i = 0; i < data.length; i++) s += String.fromCharCode(data[i]);
    const v = parseFloatText(s);
    if (v === null) throw newException(Exc.ValueError, `could not convert string to float: ${repr(x)}`);
    return v;
  }
  throw typeError(`float() argument must be a string or a real number, not '${t.name}'`);
}

/** round(x) with no ndigits: half to even, as an int. */
export function floatRoundToInt(x: number): PyInt {
  let r = Math.round(x);
  if (Math.abs(x - Math.trunc(x)) === 0.5) r = 2 * Math.round(x / 2);
  return floatToInt(r);
}

/** CPython: float_hex. */
export function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  const ax = Math.abs(x);
  if (ax === 0) return sign + '0x0.0p+0';
  // m in [1, 2) with exponent e; subnormals keep e = -1022 and a leading 0
  let e = Math.floor(Math.log2(ax));
  if (scaleByPow2(1, e) > ax) e--;
  if (scaleByPow2(1, e + 1) <= ax) e++;
  if (e < -1022) e = -1022;
  let m = scaleByPow2(ax, -e);
  let out = sign + '0x' + Math.floor(m).toString(16) + '.';
  m -= Math.floor(m);
  for (let i = 0; i < 13; i++) {
    m *= 16;
    const d = Math.floor(m);
    out += d.toString(16);
    m -= d;
  }
  return out + 'p' + (e < 0 ? '-' : '+') + Math.abs(e);
}

const HEX_RE = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/i;

/** CPython: float_fromhex. */
export function floatFromHex(text: string): number {
  const s = text.trim();
  const sp = SPECIAL_RE.exec(s);
  if (sp !== null) {
    const v = sp[2].toLowerCase() === 'nan' ? NaN : Infinity;
    return sp[1] === '-' ? -v : v;
  }
  const m = HEX_RE.exec(s);
  if (m === null || (m[2] === '' && (m[3] === undefined || m[3] === ''))) {
    throw newException(Exc.ValueError, 'invalid hexadecimal floating-point string');
  }
  const intDigits = m[2], fracDigits = m[3] ?? '';
  const exp = m[4] === undefined ? 0 : Number(m[4]);
  const mant = BigInt('0x' + ((intDigits + fracDigits) || '0'));
  let e = exp - 4 * fracDigits.length;
  if (mant === 0n) return m[1] === '-' ? -0 : 0;
  // keep 55+ bits and a sticky bit so Number() rounds once, correctly
  let mm = mant;
  const bits = mm.toString(2).length;
  if (bits > 64) {
    const drop = bits - 64;
    const lost = mm & ((1n << BigInt(drop)) - 1n);
    mm >>= BigInt(drop);
    if (lost !== 0n) mm |= 1n;
    e += drop;
  }
  const v = scaleByPow2(Number(mm), e);
  if (v === Infinity) throw newException(Exc.OverflowError, 'hexadecimal value too large to represent as a float');
  return m[1] === '-' ? -v : v;
}

/** CPython: float_as_integer_ratio. */
export function floatAsIntegerRatio(x: number): [PyInt, PyInt] {
  if (x !== x) throw newException(Exc.ValueError, 'cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) throw newException(Exc.OverflowError, 'cannot convert Infinity to integer ratio');
  let m = x, e = 0;
  while (!Number.isInteger(m)) { m *= 2; e++; }
  let num = BigInt(m), den = 1n << BigInt(e);
  while (e > 0 && (num & 1n) === 0n) { num >>= 1n; den >>= 1n; e--; }
  return [normBig(num), normBig(den)];
}

function floatNew(cls: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  noKwargs('float', kwnames);
  checkArgCount('float', args, 0, 1);
  const v = args.length === 0 ? 0 : floatFromValue(args[0]);
  if (cls === FloatType) return new PyFloat(v);
  return new PyFloatSub(cls, v);
}

const NB_FLOAT: [string, number][] = [
  ['add', 0], ['floordiv', 2], ['mul', 5], ['mod', 6], ['pow', 8], ['sub', 10], ['truediv', 11],
];

function install(): void {
  const T = FloatType;
  T.dict.set('__new__', new PyBuiltinFunction('__new__', (_s, args, kwnames) => {
    const cls = args[0];
    checkNewType(cls, FloatType, 'float');
    return floatNew(cls, args.slice(1), kwnames);
  }, T, 'float.__new__'));
  // float(x) itself (not a subclass): no __new__/__init__ dispatch (CPython: float_vectorcall).
  T.vectorcall = (args, kwnames) => floatNew(FloatType, args, kwnames);
  for (const [n, op] of NB_FLOAT) {
    def(`__${n}__`, (self, args) => {
      if (op === 8 && args.length > 1 && args[1] !== None) throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
      return isIntOrFloat(args[0]) ? floatBinaryOp(floatSelf(self), floatOf(args[0]), op) : NotImplemented;
    });
    def(`__r${n}__`, (self, args) => {
      if (op === 8 && args.length > 1 && args[1] !== None) throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
      return isIntOrFloat(args[0]) ? floatBinaryOp(floatOf(args[0]), floatSelf(self), op) : NotImplemented;
    });
  }
  def('__divmod__', (self, args) => {
    if (!isIntOrFloat(args[0])) return NotImplemented;
    const [q, r] = floatDivmod(floatSelf(self), floatOf(args[0]));
    return new PyTuple([new PyFloat(q), new PyFloat(r)]);
  });
  def('__rdivmod__', (self, args) => {
    if (!isIntOrFloat(args[0])) return NotImplemented;
    const [q, r] = floatDivmod(floatOf(args[0]), floatSelf(self));
    return new PyTuple([new PyFloat(q), new PyFloat(r)]);
  });
  defRichCompare(T, (self, o) => {
    const x = floatSelf(self);
    const k = numKind(o);
    if (k === K_FLOAT) {
      const y = (o as PyFloat).value;
      return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
    }
    if (k === K_INT) return compareFloatInt(x, intOf(o));
    return null;
  });
  def('__neg__', self => new PyFloat(-floatSelf(self)));
  def('__pos__', self => new PyFloat(floatSelf(self)));
  def('__abs__', self => new PyFloat(Math.abs(floatSelf(self))));
  def('__bool__', self => floatSelf(self) !== 0);
  def('__hash__', self => floatHash(floatSelf(self)));
  def('__repr__', self => floatRepr(floatSelf(self)));
  def('__int__', self => floatToInt(floatSelf(self)));
  def('__trunc__', self => floatToInt(floatSelf(self)));
  def('__float__', self => (floatCheckExact(self) ? self : new PyFloat(floatSelf(self))));
  def('__floor__', self => floatToInt(Math.floor(floatSelf(self))));
  def('__ceil__', self => floatToInt(Math.ceil(floatSelf(self))));
  def('__round__', (self, args) => {
    const x = floatSelf(self);
    if (args.length === 0 || args[0] === None) return floatRoundToInt(x);
    const nd = pyIndex(args[0]);
    const n = typeof nd === 'bigint' ? (nd > 0n ? 400 : -400) : nd;
    return new PyFloat(floatRoundNdigits(x, n));
  });
  def('__format__', (self, args) => {
    const spec = args[0];
    if (typeof spec !== 'string') throw typeError(`format() argument 2 must be str, not ${typeOf(spec).name}`);
    return formatFloat(floatSelf(self), spec);
  });
  def('__getnewargs__', self => new PyTuple([new PyFloat(floatSelf(self))]));
  def('conjugate', self => new PyFloat(floatSelf(self)));
  def('is_integer', self => Number.isInteger(floatSelf(self)));
  def('as_integer_ratio', self => new PyTuple(floatAsIntegerRatio(floatSelf(self))));
  def('hex', self => floatHex(floatSelf(self)));
  T.dict.set('fromhex', new PyBuiltinFunction('fromhex', (_s, args) => {
    const s = args[0];
    if (typeof s !== 'string') throw typeError(`fromhex() argument must be str, not ${typeOf(s).name}`);
    return new PyFloat(floatFromHex(s));
  }, T, 'float.fromhex'));
  defGetSet(T, 'real', self => new PyFloat(floatSelf(self)));
  defGetSet(T, 'imag', () => new PyFloat(0));
}

install();

/**
 * The Python-visible methods of int and bool: operators as `__add__`/`__radd__`… (returning
 * NotImplemented for non-ints), `int(x, base)`, `bit_length`, `to_bytes`/`from_bytes`, and the
 * numerator/denominator attributes. The arithmetic itself is in int.ts and numeric.ts.
 * CPython: Objects/longobject.c (long_new, long_methods), Objects/boolobject.c.
 */
import {
  BoolType, BytesType, ByteArrayType, IntType, None, NotImplemented, PyBuiltinFunction, PyBytes, PyFloat,
  PyMethodDescr, PyObject, PyTuple, PyType, defGetSet, isSubtype, lookupType, typeOf, type PyValue,
} from './object.js';
import { Exc, newException, typeError, checkNewType } from './exceptions.js';
import {
  PyIntSub, bitLength, longCompare, longFloorDiv, longHash, longMod, longNeg, longPowMod, longToDouble,
  longAbs, longInvert, longAdd, longToDecimal, normBig, parseIntLiteral, toBig, type PyInt,
} from './int.js';
import { floatToInt } from './float.js';
import { intBinaryOp, intOf, numKind, K_INT } from './numeric.js';
import { parseArgs, noKwargs } from './native_args.js';
import { index as pyIndex, isTrue, repr, callMethod, str as pyStr } from '../abstract.js';
import { formatInt } from './format.js';
import { bytesFromObject } from './bytes.js';
import { PyStrSub, strRepr } from './str.js';

const NB_METHODS: [string, number][] = [
  ['add', 0], ['and', 1], ['floordiv', 2], ['lshift', 3], ['mul', 5], ['mod', 6], ['or', 7],
  ['pow', 8], ['rshift', 9], ['sub', 10], ['truediv', 11], ['xor', 12],
];

/** The int value of an int, bool or int-subclass instance `self`. */
export function intSelf(v: PyValue, name = 'int'): PyInt {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyIntSub) return v.value;
  throw typeError(`descriptor '${name}' requires a 'int' object but received a '${typeOf(v).name}'`);
}

function isIntLike(v: PyValue): boolean {
  return numKind(v) === K_INT;
}

function def(type: PyType, name: string, fn: (self: PyValue, args: PyValue[], kwnames: readonly string[] | null) => PyValue): void {
  type.dict.set(name, new PyMethodDescr(name, fn, type));
}

/** int(x), int(s, base) (CPython: long_new_impl). */
export function intFromValue(x: PyValue, base: PyValue | undefined): PyInt {
  if (base === undefined) {
    if (typeof x === 'number' || typeof x === 'bigint') return x;
    if (typeof x === 'boolean') return x ? 1 : 0;
    if (typeof x === 'string') return parseIntOrRaise(x, 10, x);
    if (x instanceof PyFloat) return floatToInt(x.value);
    if (x instanceof PyIntSub) return x.value;
    if (x instanceof PyStrSub) return parseIntOrRaise(x.value, 10, x.value);
    if (x instanceof PyBytes || isBytesLike(x)) return parseIntOrRaise(bytesText(x), 10, x);
    const t = typeOf(x);
    for (const name of ['__int__', '__index__']) {
      const f = lookupType(t, name);
      if (f !== undefined && f !== None) {
        const r = callMethod(f, x, []);
        if (typeof r === 'number' || typeof r === 'bigint') return r;
        if (typeof r === 'boolean' || r instanceof PyIntSub) return intOf(r);
        throw typeError(`${name} returned non-int (type ${typeOf(r).name})`);
      }
    }
    const tr = lookupType(t, '__trunc__');
    if (tr !== undefined) {
      const r = callMethod(tr, x, []);
      if (numKind(r) === K_INT) return intOf(r);
      return intFromValue(r, undefined);
    }
    throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${t.name}'`);
  }
  const b = intOf(pyIndexOrThrow(base));
  if (typeof b === 'bigint' || (b !== 0 && (b < 2 || b > 36))) {
    throw newException(Exc.ValueError, 'int() base must be >= 2 and <= 36, or 0');
  }
  if (typeof x === 'string') return parseIntOrRaise(x, b, x);
  if (x instanceof PyStrSub) return parseIntOrRaise(x.value, b, x.value);
  if (x instanceof PyBytes || isBytesLike(x)) return parseIntOrRaise(bytesText(x), b, x);
  throw typeError("int() can't convert non-string with explicit base");
}

function pyIndexOrThrow(v: PyValue): PyValue {
  return pyIndex(v);
}

function isBytesLike(v: PyValue): boolean {
  return v instanceof PyObject && (isSubtype(v.ob_type, BytesType) || isSubtype(v.ob_type, ByteArrayType)) &&
    (v as unknown as { data?: unknown }).data instanceof Uint8Array;
}

function bytesText(v: PyValue): string {
  const data = (v as unknown as { data: Uint8Array }).data;
  let s = '';
  for (let i = 0; i < data.length; i++) s += String.fromCharCode(data[i]);
  return s;
}

function parseIntOrRaise(s: string, base: number, orig: PyValue): PyInt {
  const r = parseIntLiteral(s, base);
  if (r === null) {
    const shown = typeof orig === 'string' ? strRepr(orig.length > 200 ? orig.slice(0, 200) : orig) : repr(orig);
    throw newException(Exc.ValueError, `invalid literal for int() with base ${base}: ${shown}`);
  }
  return r;
}

/** round(int, ndigits) for negative ndigits: half to even on a power of ten. */
function intRound(x: PyInt, nd: PyInt): PyInt {
  if (nd >= 0) return x;
  const p = normBig(10n ** toBig(longNeg(nd)));
  const q = longFloorDiv(x, p), r = longMod(x, p);
  const twice = longAdd(r, r);
  const c = longCompare(twice, p);
  let qq = q;
  if (c > 0 || (c === 0 && longMod(q, 2) === 1)) qq = longAdd(q, 1);
  return intBinaryOp(qq, p, 5) as PyInt;
}

function toBytes(x: PyInt, length: number, little: boolean, signed: boolean): Uint8Array {
  let v = toBig(x);
  if (v < 0n) {
    if (!signed) throw newException(Exc.OverflowError, "can't convert negative int to unsigned");
    v += 1n << BigInt(8 * length);
    if (v < (1n << BigInt(8 * length - 1)) && length > 0) throw newException(Exc.OverflowError, 'int too big to convert');
    if (length === 0) throw newException(Exc.OverflowError, 'int too big to convert');
  } else if (signed ? v >= (1n << BigInt(8 * length - 1)) || length === 0 && v !== 0n : v >= (1n << BigInt(8 * length))) {
    throw newException(Exc.OverflowError, 'int too big to convert');
  }
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    out[little ? i : length - 1 - i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

function byteorder(v: PyValue | undefined, fname: string): boolean {
  if (v === undefined) return false;
  if (typeof v !== 'string') throw typeError(`${fname}() argument 'byteorder' must be str, not ${typeOf(v).name}`);
  if (v === 'little') return true;
  if (v === 'big') return false;
  throw newException(Exc.ValueError, "byteorder must be either 'little' or 'big'");
}

function dataOf(v: PyValue): Uint8Array {
  const d = (v as unknown as { data?: unknown }).data;
  if (d instanceof Uint8Array) return d;
  // CPython: PyObject_Bytes, so any iterable of byte values works (but not int or str)
  if (numKind(v) !== K_INT && typeof v !== 'string') return bytesFromObject(v, undefined, undefined, 'bytes');
  throw typeError(`cannot convert '${typeOf(v).name}' object to bytes`);
}

function intNew(cls: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const [x, base] = parseArgs('int', args, kwnames, ['x', 'base'], 0, 1);
  const v = x === undefined ? (base === undefined ? 0 : missingX()) : intFromValue(x, base);
  if (cls === IntType) return v;
  return new PyIntSub(cls, v);
}

function missingX(): never {
  throw typeError("int() missing string argument");
}

function installInt(): void {
  const T = IntType;
  T.dict.set('__new__', new PyBuiltinFunction('__new__', (_s, args, kwnames) => {
    const cls = args[0];
    checkNewType(cls, IntType, 'int');
    return intNew(cls, args.slice(1), kwnames);
  }, T, 'int.__new__'));
  // int(x) itself (not a subclass): no __new__/__init__ dispatch (CPython: long_vectorcall).
  T.vectorcall = (args, kwnames) => (kwnames === null && args.length === 1
    ? intFromValue(args[0], undefined) : intNew(IntType, args, kwnames));
  for (const [n, op] of NB_METHODS) {
    if (op === 8) continue;
    def(T, `__${n}__`, (self, args) => isIntLike(args[0]) ? intBinaryOp(intSelf(self), intOf(args[0]), op) : NotImplemented);
    def(T, `__r${n}__`, (self, args) => isIntLike(args[0]) ? intBinaryOp(intOf(args[0]), intSelf(self), op) : NotImplemented);
  }
  def(T, '__pow__', (self, args) => {
    const other = args[0];
    if (!isIntLike(other)) return NotImplemented;
    const mod = args.length > 1 ? args[1] : None;
    if (mod === None) return intBinaryOp(intSelf(self), intOf(other), 8);
    if (!isIntLike(mod)) return NotImplemented;
    return longPowMod(intSelf(self), intOf(other), intOf(mod));
  });
  def(T, '__rpow__', (self, args) => {
    const other = args[0];
    if (!isIntLike(other)) return NotImplemented;
    const mod = args.length > 1 ? args[1] : None;
    if (mod === None) return intBinaryOp(intOf(other), intSelf(self), 8);
    if (!isIntLike(mod)) return NotImplemented;
    return longPowMod(intOf(other), intSelf(self), intOf(mod));
  });
  def(T, '__divmod__', (self, args) => {
    if (!isIntLike(args[0])) return NotImplemented;
    const a = intSelf(self), b = intOf(args[0]);
    return new PyTuple([longFloorDiv(a, b), longMod(a, b)]);
  });
  def(T, '__rdivmod__', (self, args) => {
    if (!isIntLike(args[0])) return NotImplemented;
    const a = intOf(args[0]), b = intSelf(self);
    return new PyTuple([longFloorDiv(a, b), longMod(a, b)]);
  });
  const cmp = (test: (c: number) => boolean) => (self: PyValue, args: PyValue[]): PyValue =>
    isIntLike(args[0]) ? test(longCompare(intSelf(self), intOf(args[0]))) : NotImplemented;
  def(T, '__lt__', cmp(c => c < 0));
  def(T, '__le__', cmp(c => c <= 0));
  def(T, '__eq__', cmp(c => c === 0));
  def(T, '__ne__', cmp(c => c !== 0));
  def(T, '__gt__', cmp(c => c > 0));
  def(T, '__ge__', cmp(c => c >= 0));
  def(T, '__neg__', self => longNeg(intSelf(self)));
  def(T, '__pos__', self => intSelf(self));
  def(T, '__abs__', self => longAbs(intSelf(self)));
  def(T, '__invert__', self => longInvert(intSelf(self)));
  def(T, '__bool__', self => intSelf(self) !== 0);
  def(T, '__hash__', self => longHash(intSelf(self)));
  def(T, '__repr__', self => longToDecimal(intSelf(self)));
  def(T, '__index__', self => intSelf(self));
  def(T, '__int__', self => intSelf(self));
  def(T, '__float__', self => new PyFloat(longToDouble(intSelf(self))));
  def(T, '__trunc__', self => intSelf(self));
  def(T, '__floor__', self => intSelf(self));
  def(T, '__ceil__', self => intSelf(self));
  def(T, '__round__', (self, args) => {
    const x = intSelf(self);
    if (args.length === 0 || args[0] === None) return x;
    return intRound(x, intOf(pyIndex(args[0])));
  });
  def(T, '__format__', (self, args) => {
    const spec = args[0];
    if (typeof spec !== 'string') throw typeError(`format() argument 2 must be str, not ${typeOf(spec).name}`);
    if (spec === '') return pyStr(self);
    return formatInt(intSelf(self), spec, self);
  });
  def(T, '__getnewargs__', self => new PyTuple([intSelf(self)]));
  def(T, '__sizeof__', self => 24 + 4 * Math.ceil(bitLength(intSelf(self)) / 30));
  def(T, 'conjugate', self => intSelf(self));
  def(T, 'bit_length', self => bitLength(intSelf(self)));
  def(T, 'bit_count', self => {
    let v = toBig(intSelf(self));
    if (v < 0n) v = -v;
    let n = 0;
    for (const c of v.toString(2)) if (c === '1') n++;
    return n;
  });
  def(T, 'as_integer_ratio', self => new PyTuple([intSelf(self), 1]));
  def(T, 'to_bytes', (self, args, kwnames) => {
    const [length, order, signed] = parseArgs('to_bytes', args, kwnames, ['length', 'byteorder', 'signed'], 0, 0, 2);
    const n = length === undefined ? 1 : intOf(pyIndex(length));
    if (typeof n === 'bigint' || n < 0) throw newException(Exc.ValueError, 'length argument must be non-negative');
    const data = toBytes(intSelf(self), n, byteorder(order, 'to_bytes'), signed !== undefined && signed !== false && signed !== 0);
    return new PyBytes(data);
  });
  T.dict.set('from_bytes', new PyBuiltinFunction('from_bytes', (_s, args, kwnames) => {
    const [bytes, order, signed] = parseArgs('from_bytes', args, kwnames, ['bytes', 'byteorder', 'signed'], 1, 0, 2);
    const little = byteorder(order, 'from_bytes');
    const data = dataOf(bytes!);
    let v = 0n;
    for (let i = 0; i < data.length; i++) v = (v << 8n) | BigInt(data[little ? data.length - 1 - i : i]);
    if (signed !== undefined && signed !== false && signed !== 0 && data.length > 0 && v >= (1n << BigInt(8 * data.length - 1))) {
      v -= 1n << BigInt(8 * data.length);
    }
    return normBig(v);
  }, T, 'int.from_bytes'));
  defGetSet(T, 'real', self => intSelf(self));
  defGetSet(T, 'imag', () => 0);
  defGetSet(T, 'numerator', self => intSelf(self));
  defGetSet(T, 'denominator', () => 1);
}

function installBool(): void {
  const B = BoolType;
  B.dict.set('__new__', new PyBuiltinFunction('__new__', (_s, args, kwnames) => {
    noKwargs('bool', kwnames);
    if (args.length > 2) throw typeError(`bool expected at most 1 argument, got ${args.length - 1}`);
    return args.length < 2 ? false : isTrue(args[1]);
  }, B, 'bool.__new__'));
  def(B, '__repr__', self => (self === true ? 'True' : 'False'));
  for (const [n, op] of [['and', 1], ['or', 7], ['xor', 12]] as [string, number][]) {
    const f = (self: PyValue, args: PyValue[]): PyValue => {
      const o = args[0];
      if (typeof o === 'boolean' && typeof self === 'boolean') {
        return op === 1 ? self && o : op === 7 ? self || o : self !== o;
      }
      return isIntLike(o) ? intBinaryOp(intSelf(self), intOf(o), op) : NotImplemented;
    };
    def(B, `__${n}__`, f);
    def(B, `__r${n}__`, f);
  }
}

installInt();
installBool();

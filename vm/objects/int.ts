/**
 * int arithmetic: a Python int is a JS number while it is a safe integer and a bigint beyond
 * that; every result goes through `normBig` so both forms never overlap. The `int*` helpers take
 * JS numbers and are what the eval loop's fast paths call; the `long*` helpers accept either
 * form. CPython: Objects/longobject.c.
 */
import { newException, Exc } from './exceptions.js';
import { PyInstance, type PyType } from './object.js';
import { LazyRegExp } from './lazy_regexp.js';

export type PyInt = number | bigint;

/** An instance of a Python subclass of int (`class Flag(int)`): the value plus an attribute dict. */
export class PyIntSub extends PyInstance {
  constructor(type: PyType, readonly value: PyInt) {
    super(type, null);
  }
}

const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE_BIG = -MAX_SAFE_BIG;

/** Brings a bigint back to a JS number when it fits (the representation invariant). */
export function normBig(b: bigint): PyInt {
  return b <= MAX_SAFE_BIG && b >= MIN_SAFE_BIG ? Number(b) : b;
}

export function toBig(a: PyInt): bigint {
  return typeof a === 'bigint' ? a : numberToBig(a);
}

// The bigints of recently converted numbers, by their low bits: big-int arithmetic with a
// constant operand (`(x * 1103515245 + 12345) % 2**31`) converts the same numbers again and
// again, and each BigInt(n) allocates.
const BIG_KEYS: number[] = new Array(64).fill(0.5);
const BIG_VALS: bigint[] = new Array(64).fill(0n);

function numberToBig(a: number): bigint {
  const i = a & 63;
  if (BIG_KEYS[i] === a) return BIG_VALS[i];
  const b = BigInt(a);
  BIG_KEYS[i] = a;
  BIG_VALS[i] = b;
  return b;
}

function zeroDiv(msg: string): never {
  throw newException(Exc.ZeroDivisionError, msg);
}

// ---- fast helpers on JS numbers (both operands safe integers) ----

export function intAdd(a: number, b: number): PyInt {
  const r = a + b;
  return Number.isSafeInteger(r) ? r : BigInt(a) + BigInt(b);
}

export function intSub(a: number, b: number): PyInt {
  const r = a - b;
  return Number.isSafeInteger(r) ? r : BigInt(a) - BigInt(b);
}

export function intMul(a: number, b: number): PyInt {
  const r = a * b;
  if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  return normBig(numberToBig(a) * numberToBig(b));
}

/** Floor division (CPython: l_divmod); exact because fmod of integers is exact. */
export function intFloorDiv(a: number, b: number): PyInt {
  if (b === 0) zeroDiv('integer division or modulo by zero');
  const r = a % b;
  let q = (a - r) / b;
  if (r !== 0 && (r < 0) !== (b < 0)) q -= 1;
  return q === 0 ? 0 : q;
}

export function intMod(a: number, b: number): number {
  if (b === 0) zeroDiv('integer modulo by zero');
  let r = a % b;
  if (r !== 0 && (r < 0) !== (b < 0)) r += b;
  return r === 0 ? 0 : r;
}

export function intNeg(a: number): number {
  return a === 0 ? 0 : -a;
}

/** 2**k for 0 <= k < 53: `2 ** b` with a variable b is a Math.pow call. */
const POW2 = new Float64Array(53).map((_x, k) => 2 ** k);

export function intLshift(a: number, b: number): PyInt {
  if (b < 0) throw newException(Exc.ValueError, 'negative shift count');
  if (a === 0) return 0;
  if (b < 53) {
    const r = a * POW2[b];
    if (Number.isSafeInteger(r)) return r;
  }
  return normBig(BigInt(a) << BigInt(b));
}

export function intRshift(a: number, b: number): number {
  if (b < 0) throw newException(Exc.ValueError, 'negative shift count');
  if (b < 32 && (a | 0) === a) return a >> b;
  if (b >= 53) return a < 0 ? -1 : 0;
  const r = Math.floor(a / POW2[b]);
  return r === 0 ? 0 : r;
}

const INT32_MIN = -0x80000000, INT32_MAX = 0x7fffffff;
function isInt32(a: number): boolean {
  return a >= INT32_MIN && a <= INT32_MAX;
}

export function intAnd(a: number, b: number): PyInt {
  if (isInt32(a) && isInt32(b)) return a & b;
  return normBig(BigInt(a) & BigInt(b));
}
export function intOr(a: number, b: number): PyInt {
  if (isInt32(a) && isInt32(b)) return a | b;
  return normBig(BigInt(a) | BigInt(b));
}
export function intXor(a: number, b: number): PyInt {
  if (isInt32(a) && isInt32(b)) return a ^ b;
  return normBig(BigInt(a) ^ BigInt(b));
}

/** a ** b for b >= 0, by squaring while the result stays exact. */
function intPowNonNeg(a: number, b: number): PyInt {
  let result = 1, base = a, e = b;
  while (true) {
    if (e & 1) {
      const r = result * base;
      if (!Number.isSafeInteger(r)) return normBig(BigInt(a) ** BigInt(b));
      result = r;
    }
    e = Math.floor(e / 2);
    if (e === 0) break;
    const sq = base * base;
    if (!Number.isSafeInteger(sq)) return normBig(BigInt(a) ** BigInt(b));
    base = sq;
  }
  return result === 0 ? 0 : result;
}

// ---- general helpers on number | bigint ----

function bigFloorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function bigMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return (r !== 0n && (r < 0n) !== (b < 0n)) ? r + b : r;
}

export function longAdd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') return intAdd(a, b);
  return normBig(toBig(a) + toBig(b));
}
export function longSub(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') return intSub(a, b);
  return normBig(toBig(a) - toBig(b));
}
export function longMul(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') return intMul(a, b);
  return normBig(toBig(a) * toBig(b));
}
export function longFloorDiv(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') return intFloorDiv(a, b);
  if (b === 0) zeroDiv('integer division or modulo by zero');
  return normBig(bigFloorDiv(toBig(a), toBig(b)));
}
export function longMod(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') return intMod(a, b);
  if (b === 0) zeroDiv('integer modulo by zero');
  return normBig(bigMod(toBig(a), toBig(b)));
}
export function longDivmod(a: PyInt, b: PyInt): [PyInt, PyInt] {
  if (b === 0) zeroDiv('integer division or modulo by zero');
  return [longFloorDiv(a, b), longMod(a, b)];
}
export function longNeg(a: PyInt): PyInt {
  return typeof a === 'number' ? intNeg(a) : normBig(-a);
}
export function longAbs(a: PyInt): PyInt {
  return typeof a === 'number' ? Math.abs(a) : normBig(a < 0n ? -a : a);
}
export function longInvert(a: PyInt): PyInt {
  return typeof a === 'number' ? intSub(-a, 1) : normBig(~a);
}
export function longSign(a: PyInt): number {
  return a > 0 ? 1 : a < 0 ? -1 : 0;
}
export function longLshift(a: PyInt, b: PyInt): PyInt {
  if (b < 0) throw newException(Exc.ValueError, 'negative shift count');
  if (typeof a === 'number' && typeof b === 'number') return intLshift(a, b);
  if (a === 0) return 0;
  if (typeof b === 'bigint') throw newException(Exc.OverflowError, 'too many digits in integer');
  return normBig(toBig(a) << BigInt(b));
}
export function longRshift(a: PyInt, b: PyInt): PyInt {
  if (b < 0) throw newException(Exc.ValueError, 'negative shift count');
  if (typeof a === 'number' && typeof b === 'number') return intRshift(a, b);
  if (typeof b === 'bigint') return a < 0 ? -1 : 0;
  return normBig(toBig(a) >> BigInt(b));
}
export function longAnd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') return intAnd(a, b);
  return normBig(toBig(a) & toBig(b));
}
export function longOr(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') return intOr(a, b);
  return normBig(toBig(a) | toBig(b));
}
export function longXor(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') return intXor(a, b);
  return normBig(toBig(a) ^ toBig(b));
}

/** a ** b for b >= 0 (the caller turns a negative exponent into float power). */
export function longPowInt(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') return intPowNonNeg(a, b);
  if (a === 0 || a === 1) return a;
  if (a === -1) return (typeof b === 'number' ? b % 2 === 0 : b % 2n === 0n) ? 1 : -1;
  if (typeof b === 'bigint') throw newException(Exc.MemoryError, '');
  return normBig(toBig(a) ** BigInt(b));
}

/** pow(a, b, m) with 3.8+ semantics (negative b means modular inverse). */
export function longPowMod(a: PyInt, b: PyInt, m: PyInt): PyInt {
  if (m === 0) throw newException(Exc.ValueError, 'pow() 3rd argument cannot be 0');
  let mod = toBig(m);
  const negMod = mod < 0n;
  if (negMod) mod = -mod;
  let base = bigMod(toBig(a), mod);
  let e = toBig(b);
  if (e < 0n) {
    base = modInverse(base, mod);
    e = -e;
  }
  let result = mod === 1n ? 0n : 1n;
  while (e > 0n) {
    if (e & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    e >>= 1n;
  }
  if (negMod && result !== 0n) result -= mod;
  return normBig(result);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw newException(Exc.ValueError, 'base is not invertible for the given modulus');
  return bigMod(oldS, m);
}

export function longCompare(a: PyInt, b: PyInt): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function bitLength(a: PyInt): number {
  if (typeof a === 'number') {
    const x = Math.abs(a);
    if (x < 0x80000000) return 32 - Math.clz32(x);
    return x.toString(2).length;
  }
  return (a < 0n ? -a : a).toString(2).length;
}

/** int → float, correctly rounded (CPython: PyLong_AsDouble). */
export function longToDouble(a: PyInt): number {
  if (typeof a === 'number') return a;
  const d = Number(a);
  if (!Number.isFinite(d)) throw newException(Exc.OverflowError, 'int too large to convert to float');
  return d;
}

/** a / b for ints, correctly rounded even for big operands (CPython: long_true_divide). */
export function longTrueDivide(a: PyInt, b: PyInt): number {
  if (b === 0) zeroDiv('division by zero');
  if (typeof a === 'number' && typeof b === 'number') return a / b;
  let x = toBig(a), y = toBig(b);
  const negative = (x < 0n) !== (y < 0n);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  if (x === 0n) return negative ? -0 : 0;
  // Scale so the quotient has at least 55 significant bits, then let Number() round it once;
  // the sticky bit stands in for a nonzero remainder so ties round correctly.
  const shift = 55 - (bitLength(x) - bitLength(y));
  let q: bigint, r: bigint;
  if (shift >= 0) {
    const xs = x << BigInt(shift);
    q = xs / y; r = xs % y;
  } else {
    const ys = y << BigInt(-shift);
    q = x / ys; r = x % ys;
  }
  if (r !== 0n) q |= 1n;
  let result: number;
  if (bitLength(q) - 1 - shift < -1022) {
    // A subnormal result has fewer than 53 bits: rounding q to 53 and then again to the
    // subnormal grid would round twice, so round once at 2**-1074 from a quotient with two
    // more bits (round and sticky).
    const xs = x << 1076n;
    let q2 = xs / y;
    if (xs % y !== 0n) q2 |= 1n;
    const low = q2 & 3n;
    q2 >>= 2n;
    if (low > 2n || (low === 2n && (q2 & 1n) === 1n)) q2 += 1n;
    result = Number(q2) * 2 ** -1074;
  } else {
    result = scaleByPow2(Number(q), -shift);
  }
  if (!Number.isFinite(result)) throw newException(Exc.OverflowError, 'integer division result too large for a float');
  if (negative) result = -result;
  return result;
}

/** x * 2**e without intermediate overflow (ldexp). */
export function scaleByPow2(x: number, e: number): number {
  while (e > 1000) { x *= 2 ** 1000; e -= 1000; }
  while (e < -1000) { x *= 2 ** -1000; e += 1000; }
  return x * 2 ** e;
}

// ---- conversions to and from text ----

export function longToString(a: PyInt, base = 10): string {
  return a.toString(base);
}

/**
 * CPython 3.11's int_max_str_digits (PEP 651 follow-up, CVE-2020-10735): decimal conversions of
 * ints longer than this raise ValueError; 0 disables the check. sys.set_int_max_str_digits sets it.
 */
export let intMaxStrDigits = 4300;
export function setIntMaxStrDigits(n: number): void {
  intMaxStrDigits = n;
}

/** str(int) in base 10 with the digit limit (CPython: long_to_decimal_string_internal). */
export function longToDecimal(a: PyInt): string {
  if (typeof a === 'number') return String(a);
  const s = a.toString();
  if (intMaxStrDigits > 0 && s.length - (a < 0n ? 1 : 0) > intMaxStrDigits) {
    throw newException(Exc.ValueError, `Exceeds the limit (${intMaxStrDigits} digits) for integer string conversion; ` +
      'use sys.set_int_max_str_digits() to increase the limit');
  }
  return s;
}

const DIGIT_VALUE = (() => {
  const t = new Int8Array(128).fill(-1);
  for (let i = 0; i < 10; i++) t[48 + i] = i;
  for (let i = 0; i < 26; i++) { t[65 + i] = 10 + i; t[97 + i] = 10 + i; }
  return t;
})();

/**
 * Parses an int literal the way int(s, base) does: surrounding whitespace, sign, optional
 * 0x/0o/0b prefix (required to match when base is 16/8/2, decides the base when base is 0),
 * single underscores between digits. Returns null when the text is not a valid literal.
 */
export function parseIntLiteral(text: string, base: number): PyInt | null {
  // The commonest text, `int("123")`: decimal digits after an optional sign, few enough that
  // the value is exact as a double; anything else (spaces, underscores, other digits) below.
  if (base === 10 && text.length <= 15) {
    let i = 0, neg = false;
    const c0 = text.charCodeAt(0);
    if (c0 === 45 || c0 === 43) {
      neg = c0 === 45;
      i = 1;
    }
    if (i < text.length) {
      let v = 0;
      for (; i < text.length; i++) {
        const d = text.charCodeAt(i) - 48;
        if (d < 0 || d > 9) break;
        v = v * 10 + d;
      }
      if (i === text.length) return neg && v !== 0 ? -v : v;
    }
  }
  let s = text.trim();
  let neg = false;
  if (s.startsWith('+') || s.startsWith('-')) { neg = s[0] === '-'; s = s.slice(1); }
  if (s.length >= 2 && s[0] === '0') {
    const p = s[1].toLowerCase();
    const pb = p === 'x' ? 16 : p === 'o' ? 8 : p === 'b' ? 2 : 0;
    if (pb !== 0 && (base === 0 || base === pb)) {
      base = pb;
      s = s.slice(2);
      if (s.startsWith('_')) s = s.slice(1);
      if (s.length === 0) return null;
    }
  }
  if (base === 0) {
    // a base-0 literal with a leading zero must be all zeros
    if (s.length > 1 && s[0] === '0' && /[1-9]/.test(s)) return null;
    base = 10;
  }
  if (s.length === 0 || s[0] === '_' || s[s.length - 1] === '_' || s.includes('__')) return null;
  let digits = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) continue;
    let v: number;
    if (c < 128) v = DIGIT_VALUE[c];
    else {
      // Unicode decimal digits (e.g. Arabic-Indic) count as digits
      const d = unicodeDigit(s[i]);
      v = d;
      if (d >= 0) {
        if (d >= base) return null;
        digits += String(d);
        continue;
      }
    }
    if (v < 0 || v >= base) return null;
    digits += s[i];
  }
  // CPython: the limit applies to bases that are not powers of two
  if (intMaxStrDigits > 0 && digits.length > intMaxStrDigits && (base & (base - 1)) !== 0) {
    throw newException(Exc.ValueError, `Exceeds the limit (${intMaxStrDigits} digits) for integer string conversion: ` +
      `value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  let result: PyInt;
  if (base === 10 && digits.length <= 15) result = parseInt(digits, 10);
  else if (digits.length <= 10 && base <= 36) {
    result = parseInt(digits, base);
    if (!Number.isSafeInteger(result)) result = bigFromDigits(digits, base);
  } else result = bigFromDigits(digits, base);
  return neg ? longNeg(result) : result;
}

const ND = new LazyRegExp(() => /\p{Nd}/u);
/** Value of a Unicode decimal digit: Nd characters come in runs of ten starting at zero. */
export function unicodeDigit(ch: string): number {
  if (!ND.test(ch)) return -1;
  const cp = ch.codePointAt(0)!;
  let n = 0;
  while (ND.test(String.fromCodePoint(cp - n - 1))) n++;
  return n % 10;
}

function bigFromDigits(digits: string, base: number): PyInt {
  if (base === 16) return normBig(BigInt('0x' + digits));
  if (base === 8) return normBig(BigInt('0o' + digits));
  if (base === 2) return normBig(BigInt('0b' + digits));
  if (base === 10) return normBig(BigInt(digits));
  const B = BigInt(base);
  let r = 0n;
  for (let i = 0; i < digits.length; i++) r = r * B + BigInt(DIGIT_VALUE[digits.charCodeAt(i)]);
  return normBig(r);
}

/** CPython: long_hash — the value modulo 2**61 - 1, keeping the sign; -1 maps to -2. */
export const HASH_MODULUS = (1n << 61n) - 1n;
export function longHash(a: PyInt): number {
  if (typeof a === 'number') {
    if (a === -1) return -2;
    // safe integers are below 2**53 < 2**61 - 1, so they hash to themselves
    return a;
  }
  return Number(longHashBig(a));
}

/** The exact CPython hash of a bigint (may exceed 2**53, unlike longHash's JS number). */
export function longHashBig(a: bigint): bigint {
  const neg = a < 0n;
  let h = (neg ? -a : a) % HASH_MODULUS;
  if (neg) h = -h;
  if (h === -1n) h = -2n;
  return h;
}

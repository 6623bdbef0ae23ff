/**
 * float arithmetic, repr and hash. Floats are boxed PyFloat; these helpers take the unboxed JS
 * numbers. repr uses the shortest round-trip digits (JS and CPython agree on the digits, only the
 * layout differs: CPython switches to exponent form below 1e-4 and from 1e16).
 * CPython: Objects/floatobject.c, Python/pystrtod.c.
 */
import { newException, Exc } from './exceptions.js';
import { HASH_MODULUS, normBig, type PyInt } from './int.js';
import { pow as libmPow } from './libm.js';

/** CPython: float_repr (format code 'r' with Py_DTSF_ADD_DOT_0). */
export function floatRepr(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  if (Number.isInteger(x) && Math.abs(x) < 1e16) return x.toFixed(0) + '.0';
  const [digits, decpt] = shortestDigits(Math.abs(x));
  const sign = x < 0 ? '-' : '';
  if (decpt > -4 && decpt <= 16) return sign + fixedLayout(digits, decpt, true);
  return sign + sciLayout(digits, decpt - 1);
}

/** Shortest round-trip digit string of |x| > 0 and the decimal point position. */
export function shortestDigits(x: number): [string, number] {
  const e = x.toExponential();
  const i = e.indexOf('e');
  const mant = e.slice(0, i);
  const digits = mant.length > 1 ? mant[0] + mant.slice(2) : mant;
  return [digits, Number(e.slice(i + 1)) + 1];
}

function fixedLayout(digits: string, decpt: number, addDot0: boolean): string {
  if (decpt <= 0) return '0.' + '0'.repeat(-decpt) + digits;
  if (decpt >= digits.length) return digits + '0'.repeat(decpt - digits.length) + (addDot0 ? '.0' : '');
  return digits.slice(0, decpt) + '.' + digits.slice(decpt);
}

function sciLayout(digits: string, exp: number): string {
  const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
  const ae = Math.abs(exp);
  return mant + 'e' + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' + ae : String(ae));
}

// ---- arithmetic with CPython's special cases ----

export function floatDiv(a: number, b: number): number {
  if (b === 0) throw newException(Exc.ZeroDivisionError, 'float division by zero');
  return a / b;
}

/** CPython: float_rem — the result takes the sign of the divisor. */
export function floatMod(a: number, b: number): number {
  if (b === 0) throw newException(Exc.ZeroDivisionError, 'float modulo');
  return floatModNonZero(a, b);
}

function floatModNonZero(a: number, b: number): number {
  let mod = a % b;
  if (mod !== 0) {
    if ((b < 0) !== (mod < 0)) mod += b;
  } else {
    mod = b < 0 ? -0 : 0;
  }
  return mod;
}

/** CPython: _float_div_mod. */
export function floatDivmod(a: number, b: number, what = 'float divmod()'): [number, number] {
  if (b === 0) throw newException(Exc.ZeroDivisionError, what);
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0) {
    if ((b < 0) !== (mod < 0)) { mod += b; div -= 1; }
  } else {
    mod = b < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = (a / b) < 0 || Object.is(a / b, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

export function floatFloorDiv(a: number, b: number): number {
  return floatDivmod(a, b, 'float floor division by zero')[0];
}

function isOddInteger(x: number): boolean {
  return Number.isInteger(x) && Math.abs(x % 2) === 1;
}

/**
 * CPython: float_pow. Returns null when the result is complex (negative base, fractional
 * exponent): the caller then computes it with complex arithmetic.
 */
export function floatPow(iv: number, iw: number): number | null {
  if (iw === 0) return 1;
  if (iv === 1) return 1;
  if (iw !== iw) return iw;
  if (iv !== iv) return iv;
  if (iw === Infinity || iw === -Infinity) {
    const av = Math.abs(iv);
    if (av === 1) return 1;
    return (iw > 0) === (av > 1) ? Infinity : 0;
  }
  if (iv === Infinity || iv === -Infinity) {
    const odd = isOddInteger(iw);
    if (iv > 0) return iw > 0 ? iv : 0;
    return iw > 0 ? (odd ? iv : -iv) : (odd ? -0 : 0);
  }
  if (iv === 0) {
    if (iw < 0) throw newException(Exc.ZeroDivisionError, '0.0 cannot be raised to a negative power');
    return isOddInteger(iw) ? iv : 0;
  }
  let negate = false;
  if (iv < 0) {
    if (!Number.isInteger(iw)) return null;
    negate = isOddInteger(iw);
    iv = -iv;
  }
  if (iv === 1) return negate ? -1 : 1;
  // C's pow() decides every other result, including `x ** 2` and `x ** 0.5`
  const r = libmPow(iv, iw);
  if (r === Infinity) throw newException(Exc.OverflowError, "(34, 'Numerical result out of range')");
  return negate ? -r : r;
}

/** CPython: _Py_HashDouble; integral values hash like the equal int. */
export function floatHash(x: number): number {
  if (!Number.isFinite(x)) return x !== x ? 0 : x > 0 ? 314159 : -314159;
  if (Number.isSafeInteger(x)) return x === -1 ? -2 : x === 0 ? 0 : x;
  return Number(floatHashBig(x));
}

/** The exact CPython hash of a finite non-safe-integer float, as a bigint. */
export function floatHashBig(x: number): bigint {
  // x = m * 2**e exactly with m a 53-bit integer; 2**61 ≡ 1 (mod 2**61 - 1) rotates the exponent
  const neg = x < 0;
  let m = Math.abs(x);
  let e = 0;
  while (!Number.isInteger(m)) { m *= 2; e--; }
  while (m > Number.MAX_SAFE_INTEGER) { m /= 2; e++; }
  let h = BigInt(m) % HASH_MODULUS;
  const rot = ((e % 61) + 61) % 61;
  h = (h << BigInt(rot)) % HASH_MODULUS;
  if (neg) h = -h;
  if (h === -1n) h = -2n;
  return h;
}

/** float → int (CPython: float___trunc___impl). */
export function floatToInt(x: number): PyInt {
  if (x !== x) throw newException(Exc.ValueError, 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw newException(Exc.OverflowError, 'cannot convert float infinity to integer');
  const t = Math.trunc(x);
  if (Number.isSafeInteger(t)) return t === 0 ? 0 : t;
  return normBig(BigInt(t));
}

/**
 * Compares float x with int i exactly; returns -1, 0, 1, or NaN when x is nan
 * (CPython: float_richcompare's int branch).
 */
export function compareFloatInt(x: number, i: PyInt): number {
  if (typeof i === 'number') return x < i ? -1 : x > i ? 1 : x === i ? 0 : NaN;
  if (x !== x) return NaN;
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  const fl = Math.floor(x);
  const bi = BigInt(fl);
  if (bi < i) return -1;
  if (bi > i) return 1;
  return fl === x ? 0 : 1;
}

/** CPython: float.__round__ with ndigits (correctly rounded via the decimal string). */
export function floatRoundNdigits(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (ndigits > 323) return x;
  if (ndigits < -308) return x < 0 ? -0 : 0;
  // toFixed gives the exact decimal expansion rounded half-up on the exact binary value; ties
  // are only possible when the exact value ends in 5 at that place, which we detect and round
  // to even as CPython's _Py_dg_dtoa mode 3 does.
  if (ndigits >= 0) {
    if (ndigits <= 100) {
      const exact = exactDecimal(Math.abs(x));
      const rounded = roundDecimalString(exact, ndigits);
      const r = Number(rounded);
      return x < 0 ? -r : r;
    }
    return x;
  }
  // Round the exact decimal value to a multiple of 10**k (half to even), then parse it back:
  // one correct rounding, as CPython's dtoa-based round does (x / 10**k is already inexact).
  const k = -ndigits;
  const [ip, fp = ''] = exactDecimal(Math.abs(x)).split('.');
  const cut = Math.max(ip.length - k, 0);
  const head = ip.slice(0, cut), tail = ip.slice(cut).padStart(k, '0') + fp;
  let q = BigInt(head === '' ? '0' : head);
  const first = tail.charCodeAt(0) - 48;
  const restZero = /^0*$/.test(tail.slice(1));
  if (first > 5 || (first === 5 && (!restZero || (q & 1n) === 1n))) q += 1n;
  const mag = q === 0n ? 0 : Number(`${q}e${k}`);
  const res = x < 0 ? -mag : mag;
  if (!Number.isFinite(res)) throw newException(Exc.OverflowError, 'rounded value too large to represent');
  return res === 0 ? (x < 0 ? -0 : 0) : res;
}

/** The exact decimal expansion of a finite non-negative double ("123.4560000000000030695…"). */
export function exactDecimal(x: number): string {
  if (x === 0) return '0';
  let m = x, e = 0;
  while (!Number.isInteger(m)) { m *= 2; e--; }
  let big = BigInt(m);
  if (e === 0) return big.toString();
  // m / 2**-e = m * 5**-e / 10**-e
  big *= 5n ** BigInt(-e);
  let s = big.toString();
  const frac = -e;
  if (s.length <= frac) s = '0'.repeat(frac - s.length + 1) + s;
  return s.slice(0, s.length - frac) + '.' + s.slice(s.length - frac);
}

/** Rounds a non-negative exact decimal string to `nd` fraction digits, half to even. */
export function roundDecimalString(s: string, nd: number): string {
  const dot = s.indexOf('.');
  const intPart = dot < 0 ? s : s.slice(0, dot);
  const frac = dot < 0 ? '' : s.slice(dot + 1);
  if (frac.length <= nd) return nd === 0 ? intPart : intPart + '.' + frac.padEnd(nd, '0');
  const keep = intPart + frac.slice(0, nd);
  const rest = frac.slice(nd);
  let up: boolean;
  if (rest[0] > '5') up = true;
  else if (rest[0] < '5') up = false;
  else if (/[1-9]/.test(rest.slice(1))) up = true;
  else up = (keep.charCodeAt(keep.length - 1) - 48) % 2 === 1;
  let digits = keep;
  if (up) digits = (BigInt(keep) + 1n).toString().padStart(keep.length, '0');
  const il = digits.length - nd;
  return nd === 0 ? digits : digits.slice(0, il) + '.' + digits.slice(il);
}

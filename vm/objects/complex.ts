/**
 * complex arithmetic and repr on (real, imag) pairs of JS numbers.
 * CPython: Objects/complexobject.c (_Py_c_sum, _Py_c_quot, _Py_c_pow, complex_repr).
 */
import { newException, Exc } from './exceptions.js';
import { PyComplex } from './object.js';
import { shortestDigits } from './float.js';
import { exp as libmExp, log as libmLog, pow as libmPow } from './libm.js';

export function complexQuot(ar: number, ai: number, br: number, bi: number): PyComplex {
  // Smith's algorithm, scaled on the larger component of the divisor
  const absBr = Math.abs(br), absBi = Math.abs(bi);
  if (absBr >= absBi) {
    if (absBr === 0) throw newException(Exc.ZeroDivisionError, 'complex division by zero');
    const ratio = bi / br, denom = br + bi * ratio;
    return new PyComplex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
  }
  if (absBi >= absBr) {
    const ratio = br / bi, denom = br * ratio + bi;
    return new PyComplex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
  }
  return new PyComplex(NaN, NaN);
}

function powi1(xr: number, xi: number, n: number): [number, number] {
  let rr = 1, ri = 0, pr = xr, pi = xi, mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) { const t = rr * pr - ri * pi; ri = rr * pi + ri * pr; rr = t; }
    mask <<= 1;
    const t = pr * pr - pi * pi; pi = 2 * pr * pi; pr = t;
  }
  return [rr, ri];
}

/** CPython: complex_pow (integer exponents up to 100 by repeated squaring, else polar form). */
export function complexPow(ar: number, ai: number, br: number, bi: number): PyComplex {
  let rr: number, ri: number;
  if (bi === 0 && br === Math.trunc(br) && Math.abs(br) <= 100) {
    const n = br;
    if (n > 0) [rr, ri] = powi1(ar, ai, n);
    else if (n === 0) { rr = 1; ri = 0; }
    else {
      if (ar === 0 && ai === 0) throw newException(Exc.ZeroDivisionError, '0.0 to a negative or complex power');
      const [pr, pi] = powi1(ar, ai, -n);
      const q = complexQuot(1, 0, pr, pi);
      rr = q.real; ri = q.imag;
    }
  } else if (br === 0 && bi === 0) {
    rr = 1; ri = 0;
  } else if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) throw newException(Exc.ZeroDivisionError, '0.0 to a negative or complex power');
    rr = 0; ri = 0;
  } else {
    const vabs = Math.hypot(ar, ai);
    let len = libmPow(vabs, br);
    const at = Math.atan2(ai, ar);
    let phase = at * br;
    if (bi !== 0) {
      len /= libmExp(at * bi);
      phase += bi * libmLog(vabs);
    }
    rr = len * Math.cos(phase);
    ri = len * Math.sin(phase);
  }
  if (!Number.isFinite(rr) || !Number.isFinite(ri)) {
    if (Number.isFinite(ar) && Number.isFinite(ai) && Number.isFinite(br) && Number.isFinite(bi)) {
      throw newException(Exc.OverflowError, 'complex exponentiation');
    }
  }
  return new PyComplex(rr, ri);
}

/** repr of one component: shortest digits, no '.0' added (CPython: format code 'r', no flags). */
function componentRepr(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const [digits, decpt] = shortestDigits(Math.abs(x));
  const sign = x < 0 ? '-' : '';
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) return sign + '0.' + '0'.repeat(-decpt) + digits;
    if (decpt >= digits.length) return sign + digits + '0'.repeat(decpt - digits.length);
    return sign + digits.slice(0, decpt) + '.' + digits.slice(decpt);
  }
  const exp = decpt - 1, ae = Math.abs(exp);
  const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
  return sign + mant + 'e' + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' + ae : String(ae));
}

/** CPython: complex_repr — `1.5j`, `(1+2j)`, `(-0-1j)`. */
export function complexRepr(re: number, im: number): string {
  const imS = componentRepr(im);
  if (re === 0 && !Object.is(re, -0)) return imS + 'j';
  const reS = componentRepr(re);
  const sign = imS[0] === '-' ? '' : '+';
  return '(' + reS + sign + imS + 'j)';
}

export function complexHash(re: number, im: number, floatHash: (x: number) => number): number {
  let h = floatHash(re) + 1000003 * floatHash(im);
  // CPython computes this in a wrapping unsigned word; keep it a stable safe integer here
  h = h % 2305843009213693951;
  return h === -1 ? -2 : h;
}

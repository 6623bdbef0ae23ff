/**
 * The `math` module: constants, float functions with CPython's domain/range errors, and the
 * exact integer functions (gcd, lcm, factorial, isqrt, comb, perm) on number | bigint.
 * gamma/lgamma use CPython's Lanczos approximation, erf/erfc the C library's algorithm (math_erf.ts),
 * fsum Shewchuk's exact partial sums.
 * CPython: Modules/mathmodule.c.
 */
import {
  None, PyFloat, PyTuple, floatCheckExact, lookupType, typeOf, type PyValue,
} from '../objects/object.js';
import { Exc, newException, typeError } from '../objects/exceptions.js';
import { makeNativeModule, type PyModule } from '../objects/module.js';
import { registerBuiltinModule } from './registry.js';
import {
  bitLength, longAbs, longCompare, longFloorDiv, longMul, longSub, longToDouble, normBig, toBig, scaleByPow2, type PyInt,
} from '../objects/int.js';
import { floatToInt } from '../objects/float.js';
import { K_INT, intOf, numKind } from '../objects/numeric.js';
import { NB, binaryOp, callMethod, getIter, index as pyIndex, iterNext } from '../abstract.js';
import { parseArgs } from '../objects/native_args.js';
import { erf, erfc } from './math_erf.js';
import { exp as libmExp, log as libmLog, pow as libmPow } from '../objects/libm.js';

type Fn = (self: PyValue, args: PyValue[], kwnames: readonly string[] | null) => PyValue;

function domainError(): never {
  throw newException(Exc.ValueError, 'math domain error');
}
function rangeError(): never {
  throw newException(Exc.OverflowError, 'math range error');
}

/** Converts an argument to a C double (CPython: PyFloat_AsDouble). */
function asDouble(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  const k = numKind(v);
  if (k === K_INT) return longToDouble(intOf(v));
  if (typeof v !== 'string') {
    const t = typeOf(v);
    const f = lookupType(t, '__float__');
    if (f !== undefined && f !== None) {
      const r = callMethod(f, v, []);
      if (r instanceof PyFloat) return r.value;
      throw typeError(`${t.name}.__float__ returned non-float (type ${typeOf(r).name})`);
    }
    if (lookupType(t, '__index__') !== undefined) return longToDouble(pyIndex(v));
  }
  throw typeError(`must be real number, not ${typeOf(v).name}`);
}

function intArg(v: PyValue, fname: string): PyInt {
  if (numKind(v) === K_INT) return intOf(v);
  if (typeof v !== 'string' && lookupType(typeOf(v), '__index__') !== undefined) return pyIndex(v);
  if (v instanceof PyFloat) throw typeError(`'float' object cannot be interpreted as an integer`);
  void fname;
  throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
}

function nargs(fname: string, args: PyValue[], n: number): void {
  if (args.length !== n) {
    if (n === 1) throw typeError(`math.${fname}() takes exactly one argument (${args.length} given)`);
    throw typeError(`${fname} expected ${n} arguments, got ${args.length}`);
  }
}

/** A one-argument float function with CPython's error classification (math_1). */
function math1(name: string, f: (x: number) => number, canOverflow: boolean): Fn {
  return (_s, args) => {
    nargs(name, args, 1);
    const x = asDouble(args[0]);
    const r = f(x);
    if (r !== r && x === x) domainError();
    if ((r === Infinity || r === -Infinity) && Number.isFinite(x)) {
      if (canOverflow) rangeError();
      domainError();
    }
    return new PyFloat(r);
  };
}

// ---- rounding ----

function roundingFn(name: string, dunder: string, f: (x: number) => number): Fn {
  return (_s, args) => {
    nargs(name, args, 1);
    const v = args[0];
    if (numKind(v) === K_INT) return intOf(v);
    if (floatCheckExact(v)) return floatToInt(f(v.value));
    if (typeof v !== 'string') {
      const m = lookupType(typeOf(v), dunder);
      if (m !== undefined) return callMethod(m, v, []);
    }
    if (dunder === '__trunc__') throw typeError(`type ${typeOf(v).name} doesn't define __trunc__ method`);
    return floatToInt(f(asDouble(v)));
  };
}

// ---- logarithms ----

/** log of an int or float, big ints included (CPython: loghelper). */
function logOf(v: PyValue, f: (x: number) => number): number {
  if (numKind(v) === K_INT) {
    const n = intOf(v);
    if (n <= 0) domainError();
    const d = Number(n);
    if (Number.isFinite(d)) return f(d);
    // x = m * 2**e with m in [0.5, 1): log(x) = log(m) + e * log(2)
    const e = bitLength(n);
    const m = Number(toBig(n) >> BigInt(e - 60)) / 2 ** 60;
    return f(m) + (e * f(2));
  }
  const x = asDouble(v);
  if (x !== x) return x;
  if (x <= 0) domainError();
  return f(x);
}

// ---- gamma and friends ----

const LANCZOS_G = 6.024680040776729583740234375;
/** CPython's logpi constant in m_lgamma. */
const LOG_PI = 1.144729885849400174143427351353058711647;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0,
  32670.0, 1925.0, 66.0, 1.0,
];
const GAMMA_INTEGRAL = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
  6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
  121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
];

function lanczosSum(x: number): number {
  let num = 0, den = 0;
  const n = LANCZOS_NUM.length;
  if (x < 5.0) {
    for (let i = n - 1; i >= 0; i--) { num = num * x + LANCZOS_NUM[i]; den = den * x + LANCZOS_DEN[i]; }
  } else {
    for (let i = 0; i < n; i++) { num = num / x + LANCZOS_NUM[i]; den = den / x + LANCZOS_DEN[i]; }
  }
  return num / den;
}

function cRound(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = cRound(2.0 * y);
  let r: number;
  switch (n) {
    case 0: r = Math.sin(Math.PI * y); break;
    case 1: r = Math.cos(Math.PI * (y - 0.5)); break;
    case 2: r = Math.sin(Math.PI * (1.0 - y)); break;
    case 3: r = -Math.cos(Math.PI * (y - 1.5)); break;
    default: r = Math.sin(Math.PI * (y - 2.0)); break;
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

function tgamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (x !== x || x > 0) return x;
    domainError();
  }
  if (x === 0) domainError();
  if (x === Math.floor(x)) {
    if (x < 0) domainError();
    if (x <= GAMMA_INTEGRAL.length) return GAMMA_INTEGRAL[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (!Number.isFinite(r)) rangeError();
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    rangeError();
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = z * LANCZOS_G / y;
  let r: number;
  if (x < 0.0) {
    r = -Math.PI / sinpi(absx) / absx * libmExp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= libmPow(y, absx - 0.5);
    else {
      const sqrtpow = libmPow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / libmExp(y);
    r += z * r;
    if (absx < 140.0) r *= libmPow(y, absx - 0.5);
    else {
      const sqrtpow = libmPow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!Number.isFinite(r)) rangeError();
  return r;
}

function lgamma(x: number): number {
  if (!Number.isFinite(x)) return x !== x ? x : Infinity;
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) domainError();
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -libmLog(absx);
  let r = libmLog(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (libmLog(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOG_PI - libmLog(Math.abs(sinpi(absx))) - libmLog(absx) - r;
  if (!Number.isFinite(r)) rangeError();
  return r;
}

// ---- exact sums and integer functions ----

/** CPython: math_fsum (Shewchuk / Neumaier partials with a correctly rounded total). */
function fsum(iterable: PyValue): number {
  const partials: number[] = [];
  let specialSum = 0, infSum = 0;
  let special = false;
  const it = getIter(iterable);
  for (let item = iterNext(it); item !== null; item = iterNext(it)) {
    let x = asDouble(item);
    if (!Number.isFinite(x)) {
      if (x === Infinity || x === -Infinity) infSum += x;
      specialSum += x;
      special = true;
      continue;
    }
    let i = 0;
    for (let j = 0; j < partials.length; j++) {
      let y = partials[j];
      if (Math.abs(x) < Math.abs(y)) { const t = x; x = y; y = t; }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0.0) partials[i++] = lo;
      x = hi;
    }
    if (!Number.isFinite(x)) {
      throw newException(Exc.OverflowError, 'intermediate overflow in fsum');
    }
    partials.length = i;
    partials.push(x);
  }
  if (special) {
    if (infSum !== infSum) throw newException(Exc.ValueError, '-inf + inf in fsum');
    return specialSum;
  }
  let n = partials.length;
  let hi = 0.0;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0.0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
      const y = lo * 2.0;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

function gcd2(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    let x = Math.abs(a), y = Math.abs(b);
    while (y !== 0) { const t = x % y; x = y; y = t; }
    return x;
  }
  let x = toBig(a), y = toBig(b);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  while (y !== 0n) { const t = x % y; x = y; y = t; }
  return normBig(x);
}

function factorial(n: PyInt): PyInt {
  if (n < 0) throw newException(Exc.ValueError, 'factorial() not defined for negative values');
  if (typeof n === 'bigint') throw newException(Exc.OverflowError, 'factorial() argument should not exceed 9223372036854775807');
  if (n <= 18) {
    let r = 1;
    for (let i = 2; i <= n; i++) r *= i;
    return r;
  }
  // product of a range by halving, which keeps the bigint multiplications balanced
  const prod = (lo: number, hi: number): bigint => {
    if (hi - lo < 8) {
      let r = 1n;
      for (let i = lo; i <= hi; i++) r *= BigInt(i);
      return r;
    }
    const mid = (lo + hi) >> 1;
    return prod(lo, mid) * prod(mid + 1, hi);
  };
  return normBig(prod(2, n));
}

export function isqrt(n: PyInt): PyInt {
  if (n < 0) throw newException(Exc.ValueError, 'isqrt() argument must be nonnegative');
  if (typeof n === 'number') {
    let r = Math.floor(Math.sqrt(n));
    while (r * r > n) r--;
    while ((r + 1) * (r + 1) <= n) r++;
    return r;
  }
  // Newton's method from an over-estimate
  let x = 1n << BigInt(Math.ceil(bitLength(n) / 2));
  while (true) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return normBig(x);
    x = y;
  }
}

function perm(n: PyInt, k: PyInt): PyInt {
  if (n < 0) throw newException(Exc.ValueError, 'n must be a non-negative integer');
  if (k < 0) throw newException(Exc.ValueError, 'k must be a non-negative integer');
  if (longCompare(k, n) > 0) return 0;
  let r = 1n;
  const N = toBig(n), K = toBig(k);
  for (let i = 0n; i < K; i++) r *= N - i;
  return normBig(r);
}

function comb(n: PyInt, k: PyInt): PyInt {
  if (n < 0) throw newException(Exc.ValueError, 'n must be a non-negative integer');
  if (k < 0) throw newException(Exc.ValueError, 'k must be a non-negative integer');
  if (longCompare(k, n) > 0) return 0;
  const nk = longSub(n, k);
  if (longCompare(nk, k) < 0) k = nk;
  let r = 1n;
  const N = toBig(n), K = toBig(k);
  for (let i = 1n; i <= K; i++) r = r * (N - K + i) / i;
  return normBig(r);
}

function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
  let m = scaleByPow2(x, -e);
  while (Math.abs(m) < 0.5) { m *= 2; e--; }
  while (Math.abs(m) >= 1) { m /= 2; e++; }
  return [m, e];
}

function isclose(a: number, b: number, relTol: number, absTol: number): boolean {
  if (relTol < 0.0 || absTol < 0.0) throw newException(Exc.ValueError, 'tolerances must be non-negative');
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const diff = Math.abs(b - a);
  return (diff <= Math.abs(relTol * b)) || (diff <= Math.abs(relTol * a)) || (diff <= absTol);
}

function nextafter(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  let bits = buf.getBigUint64(0);
  if ((y > x) === (x > 0)) bits += 1n; else bits -= 1n;
  buf.setBigUint64(0, bits);
  return buf.getFloat64(0);
}

function ulp(x: number): number {
  if (x !== x) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const next = nextafter(x, Infinity);
  if (next === Infinity) return x - nextafter(x, -Infinity);
  return next - x;
}

/** IEEE remainder: x - n*y with n the integer nearest x/y, ties to even (CPython: m_remainder). */
function remainder(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (!Number.isFinite(x) || y === 0) domainError();
  if (!Number.isFinite(y)) return x;
  const absx = Math.abs(x), absy = Math.abs(y);
  const m = absx % absy;
  const c = absy - m;
  let r: number;
  if (m < c) r = m;
  else if (m > c) r = -c;
  else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
  return (x < 0 ? -1 : 1) * r;
}

function hypot(args: PyValue[]): number {
  let inf = false, nan = false;
  const xs = args.map(asDouble);
  for (const x of xs) {
    if (x === Infinity || x === -Infinity) inf = true;
    else if (x !== x) nan = true;
  }
  if (inf) return Infinity;
  if (nan) return NaN;
  return Math.hypot(...xs);
}

const CBRT2 = 1.2599210498948731648;
const SQR_CBRT2 = 1.5874010519681994748;
const CBRT_FACTOR = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

/** glibc's cbrt (a polynomial guess and one rational refinement), which CPython's math.cbrt calls. */
function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const [xm, xe] = frexp(Math.abs(x));
  const u = 0.354895765043919860 + (1.50819193781584896 + (-2.11499494167371287 + (2.44693122563534430
    + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) * xm) * xm;
  const t2 = u * u * u;
  const ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + (xe % 3)];
  return scaleByPow2(x > 0 ? ym : -ym, Math.trunc(xe / 3));
}

/** 2**x with the integer part applied exactly (Math.pow(2, x) can be off by an ulp). */
function exp2(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) > 1100) return Math.pow(2, x);
  const n = Math.floor(x);
  return scaleByPow2(Math.pow(2, x - n), n);
}

function build(): PyModule {
  const f1 = (name: string, f: (x: number) => number, canOverflow = false): Fn => math1(name, f, canOverflow);
  const fns: Record<string, Fn> = {
    sqrt: f1('sqrt', Math.sqrt),
    exp: f1('exp', libmExp, true),
    exp2: f1('exp2', exp2, true),
    expm1: f1('expm1', Math.expm1, true),
    log1p: f1('log1p', x => (x <= -1 ? NaN : Math.log1p(x))),
    fabs: f1('fabs', Math.abs),
    sin: f1('sin', Math.sin),
    cos: f1('cos', Math.cos),
    tan: f1('tan', Math.tan),
    asin: f1('asin', Math.asin),
    acos: f1('acos', Math.acos),
    atan: f1('atan', Math.atan),
    sinh: f1('sinh', Math.sinh, true),
    cosh: f1('cosh', Math.cosh, true),
    tanh: f1('tanh', Math.tanh),
    asinh: f1('asinh', Math.asinh),
    acosh: f1('acosh', Math.acosh),
    atanh: f1('atanh', x => (Math.abs(x) >= 1 ? NaN : Math.atanh(x))),
    erf: f1('erf', erf),
    erfc: f1('erfc', erfc),
    gamma: f1('gamma', tgamma, true),
    lgamma: f1('lgamma', lgamma, true),
    cbrt: f1('cbrt', cbrt),
    degrees: f1('degrees', x => x * (180.0 / Math.PI)),
    radians: f1('radians', x => x * (Math.PI / 180.0)),
    floor: roundingFn('floor', '__floor__', Math.floor),
    ceil: roundingFn('ceil', '__ceil__', Math.ceil),
    trunc: roundingFn('trunc', '__trunc__', Math.trunc),
    log: (_s, args) => {
      if (args.length < 1 || args.length > 2) throw typeError('math.log requires 1 to 2 arguments');
      const num = logOf(args[0], libmLog);
      if (args.length === 1) return new PyFloat(num);
      const den = logOf(args[1], libmLog);
      if (den === 0) throw newException(Exc.ZeroDivisionError, 'float division by zero');
      return new PyFloat(num / den);
    },
    log2: (_s, args) => { nargs('log2', args, 1); return new PyFloat(logOf(args[0], Math.log2)); },
    log10: (_s, args) => { nargs('log10', args, 1); return new PyFloat(logOf(args[0], Math.log10)); },
    pow: (_s, args) => {
      nargs('pow', args, 2);
      const x = asDouble(args[0]), y = asDouble(args[1]);
      let r: number;
      if (!Number.isFinite(x) || !Number.isFinite(y)) {
        if (x !== x) r = y === 0 ? 1 : x;
        else if (y !== y) r = x === 1 ? 1 : y;
        else r = x === 1 ? 1 : Math.pow(x, y);
        if (Math.abs(x) === 1 && !Number.isFinite(y)) r = 1;
        return new PyFloat(r);
      }
      if (x === 0 && y < 0) domainError();
      if (x < 0 && !Number.isInteger(y)) domainError();
      r = libmPow(x, y);
      if (!Number.isFinite(r)) rangeError();
      return new PyFloat(r);
    },
    atan2: (_s, args) => { nargs('atan2', args, 2); return new PyFloat(Math.atan2(asDouble(args[0]), asDouble(args[1]))); },
    copysign: (_s, args) => {
      nargs('copysign', args, 2);
      const x = Math.abs(asDouble(args[0])), y = asDouble(args[1]);
      const neg = y < 0 || Object.is(y, -0) || (y !== y && new Float64Array([y])[0] < 0);
      return new PyFloat(neg ? -x : x);
    },
    fmod: (_s, args) => {
      nargs('fmod', args, 2);
      const x = asDouble(args[0]), y = asDouble(args[1]);
      if (x !== x || y !== y) return new PyFloat(NaN);
      if (!Number.isFinite(x) || y === 0) domainError();
      return new PyFloat(!Number.isFinite(y) ? x : x % y);
    },
    remainder: (_s, args) => { nargs('remainder', args, 2); return new PyFloat(remainder(asDouble(args[0]), asDouble(args[1]))); },
    modf: (_s, args) => {
      nargs('modf', args, 1);
      const x = asDouble(args[0]);
      if (x === Infinity || x === -Infinity) return new PyTuple([new PyFloat(x > 0 ? 0 : -0), new PyFloat(x)]);
      const ip = Math.trunc(x);
      const fp = x - ip;
      return new PyTuple([new PyFloat(fp === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : fp), new PyFloat(ip === 0 && x < 0 ? -0 : ip)]);
    },
    frexp: (_s, args) => {
      nargs('frexp', args, 1);
      const [m, e] = frexp(asDouble(args[0]));
      return new PyTuple([new PyFloat(m), e]);
    },
    ldexp: (_s, args) => {
      nargs('ldexp', args, 2);
      const x = asDouble(args[0]);
      const e = intArg(args[1], 'ldexp');
      if (x === 0 || !Number.isFinite(x)) return new PyFloat(x);
      const ee = typeof e === 'bigint' ? (e > 0n ? 100000 : -100000) : Math.max(-100000, Math.min(100000, e));
      const r = scaleByPow2(x, ee);
      if (!Number.isFinite(r)) rangeError();
      return new PyFloat(r);
    },
    hypot: (_s, args) => new PyFloat(hypot(args)),
    dist: (_s, args) => {
      nargs('dist', args, 2);
      const p = toArrayOf(args[0]), q = toArrayOf(args[1]);
      if (p.length !== q.length) throw newException(Exc.ValueError, 'both points must have the same number of dimensions');
      return new PyFloat(Math.hypot(...p.map((x, i) => asDouble(x) - asDouble(q[i]))));
    },
    isfinite: (_s, args) => { nargs('isfinite', args, 1); return Number.isFinite(asDouble(args[0])); },
    isinf: (_s, args) => { nargs('isinf', args, 1); const x = asDouble(args[0]); return x === Infinity || x === -Infinity; },
    isnan: (_s, args) => { nargs('isnan', args, 1); const x = asDouble(args[0]); return x !== x; },
    isclose: (_s, args, kw) => {
      const [a, b, rel, abs] = parseArgs('isclose', args, kw, ['a', 'b', 'rel_tol', 'abs_tol'], 2, 0, 2);
      return isclose(asDouble(a!), asDouble(b!), rel === undefined ? 1e-9 : asDouble(rel), abs === undefined ? 0 : asDouble(abs));
    },
    fsum: (_s, args) => { nargs('fsum', args, 1); return new PyFloat(fsum(args[0])); },
    prod: (_s, args, kw) => {
      const [iterable, start] = parseArgs('prod', args, kw, ['iterable', 'start'], 1, 1, 1);
      let acc: PyValue = start === undefined ? 1 : start;
      const it = getIter(iterable!);
      for (let x = iterNext(it); x !== null; x = iterNext(it)) acc = binaryOp(acc, x, NB.MULTIPLY);
      return acc;
    },
    gcd: (_s, args) => {
      let g: PyInt = 0;
      for (const a of args) g = gcd2(g, intArg(a, 'gcd'));
      return g;
    },
    lcm: (_s, args) => {
      let l: PyInt = 1;
      for (const a of args) {
        const v = intArg(a, 'lcm');
        if (v === 0 || l === 0) { l = 0; continue; }
        l = longAbs(longMul(longFloorDiv(l, gcd2(l, v)), v));
      }
      return l;
    },
    factorial: (_s, args) => {
      nargs('factorial', args, 1);
      const v = args[0];
      if (v instanceof PyFloat) throw typeError("'float' object cannot be interpreted as an integer");
      return factorial(intArg(v, 'factorial'));
    },
    isqrt: (_s, args) => { nargs('isqrt', args, 1); return isqrt(intArg(args[0], 'isqrt')); },
    comb: (_s, args) => { nargs('comb', args, 2); return comb(intArg(args[0], 'comb'), intArg(args[1], 'comb')); },
    perm: (_s, args) => {
      if (args.length < 1 || args.length > 2) throw typeError(`perm expected at most 2 arguments, got ${args.length}`);
      const n = intArg(args[0], 'perm');
      if (args.length === 1 || args[1] === None) return factorial(n);
      return perm(n, intArg(args[1], 'perm'));
    },
    nextafter: (_s, args) => { nargs('nextafter', args, 2); return new PyFloat(nextafter(asDouble(args[0]), asDouble(args[1]))); },
    ulp: (_s, args) => { nargs('ulp', args, 1); return new PyFloat(ulp(asDouble(args[0]))); },
  };
  const m = makeNativeModule('math', fns, {
    pi: new PyFloat(Math.PI),
    e: new PyFloat(Math.E),
    tau: new PyFloat(2 * Math.PI),
    inf: new PyFloat(Infinity),
    nan: new PyFloat(NaN),
  });
  return m;
}

function toArrayOf(v: PyValue): PyValue[] {
  if (v instanceof PyTuple) return v.items;
  const out: PyValue[] = [];
  const it = getIter(v);
  for (let x = iterNext(it); x !== null; x = iterNext(it)) out.push(x);
  return out;
}

registerBuiltinModule('math', build);

/**
 * glibc's double-precision exp, log and pow (sysdeps/ieee754/dbl-64/e_exp.c, e_log.c, e_pow.c:
 * Arm's optimized-routines algorithms), reproduced bit for bit as the x86-64 FMA build
 * (__exp_fma, __log_fma, __pow_fma) computes them. CPython's float ** and math.exp/log/pow call
 * these functions, which are not correctly rounded, so V8's Math.pow/exp/log or a correctly
 * rounded result can differ in the last bit.
 *
 * That build contracts many `a * b + c` expressions of the C source into fused multiply-adds;
 * each fma() call below stands for one such instruction, and the plain operations keep the
 * order of the machine code. 64-bit integer manipulations work on [high, low] 32-bit words.
 */
import { fma, fmaTwoProduct, POW2, productError } from './fma.js';
import {
  EXP_C2, EXP_C3, EXP_C4, EXP_C5, EXP_INVLN2N, EXP_NEGLN2HIN, EXP_NEGLN2LON, EXP_SHIFT, EXP_TAB,
  LOG_A, LOG_B, LOG_LN2HI, LOG_LN2LO, LOG_TAB, POW_A, POW_LN2HI, POW_LN2LO, POW_LOG_TAB,
} from './libm_data.js';

const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);
const LO = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;
const HI = 1 - LO;

function fromWords(hi: number, lo: number): number {
  words[HI] = hi;
  words[LO] = lo;
  return scratch[0];
}

function highWord(x: number): number {
  scratch[0] = x;
  return words[HI];
}

const TWO_27 = 2 ** 27;
const TWO_52 = 2 ** 52;
const TWO_1009 = 2 ** 1009;
const TWO_M1022 = 2 ** -1022;
/** pow's sign of the result, added to the exponent index so it lands in the sign bit. */
const SIGN_BIAS = 0x800 << 7;

/**
 * The table of __exp_data as doubles: EXP_TAIL[i] = T[i] and EXP_SCALE[i] = H[i] ~= 2^(i/128).
 * The scale 2^(k/128) of the main path is then H[k % 128] * 2^(k >> 7), exact while it is normal;
 * building it from integer words instead would be slower (writes of halves stall reads).
 */
const EXP_TAIL = new Float64Array(128);
const EXP_SCALE = new Float64Array(128);
for (let i = 0; i < 128; i++) {
  EXP_TAIL[i] = fromWords(EXP_TAB[4 * i], EXP_TAB[4 * i + 1]);
  EXP_SCALE[i] = fromWords((EXP_TAB[4 * i + 2] + (i << 13)) >>> 0, EXP_TAB[4 * i + 3]);
}

// ---- exp ----

/**
 * exp_inline: sign * exp(x + xtail) for |x| < 1024 (the callers handle the rest).
 * x = k*ln2/128 + r; exp(x) = 2^(k/128) * exp(r), with 2^(i/128) from the table.
 * `special` marks |x| >= 512, where the scale may overflow or underflow.
 */
function expCore(x: number, xtail: number, signBias: number, special: boolean): number {
  let kd = fma(x, EXP_INVLN2N, EXP_SHIFT);
  kd -= EXP_SHIFT;
  // |k| < 2^17: k * NegLn2hiN is exact (NegLn2hiN has 36 significant bits), so one rounding
  const t = kd < 131072 && kd > -131072 ? kd * EXP_NEGLN2HIN + x : fma(kd, EXP_NEGLN2HIN, x);
  let r = fma(kd, EXP_NEGLN2LON, t);
  if (xtail !== 0) r = xtail + r;
  const k = kd | 0;
  const i = k & 0x7f;
  const r2 = r * r;
  const tmp = fma(fma(r, EXP_C5, EXP_C4), r2 * r2, fma(fma(r, EXP_C3, EXP_C2), r2, r + EXP_TAIL[i]));
  if (special) {
    // sbits = T[2i+1] + ((ki + sign_bias) << 45): only the high word changes
    const idx = i << 2;
    const sbitsHi = (EXP_TAB[idx + 2] + ((k + signBias) << 13)) >>> 0;
    return expSpecialCase(tmp, sbitsHi, EXP_TAB[idx + 3], k);
  }
  const scale = signBias ? -EXP_SCALE[i] * POW2[(k >> 7) + 1074] : EXP_SCALE[i] * POW2[(k >> 7) + 1074];
  return fma(scale, tmp, scale);
}

/**
 * specialcase: scale * (1 + tmp) when the exponent of scale over- or underflowed. For results in
 * the subnormal range the sum is rounded once at the final precision to avoid double rounding.
 */
function expSpecialCase(tmp: number, sbitsHi: number, sbitsLo: number, ki: number): number {
  if ((ki & 0x80000000) === 0) {
    // k > 0: the exponent of scale may have overflowed by up to 460
    const scale = fromWords((sbitsHi - (1009 << 20)) >>> 0, sbitsLo);
    return fma(scale, tmp, scale) * TWO_1009;
  }
  const hiBits = (sbitsHi + (1022 << 20)) >>> 0;
  const scale = fromWords(hiBits, sbitsLo);
  const m = scale * tmp;
  let y = scale + m;
  if (Math.abs(y) < 1.0) {
    const one = y < 0 ? -1.0 : 1.0;
    let lo = (scale - y) + m;
    const hi = y + one;
    lo = ((one - hi) + y) + lo;
    y = (lo + hi) - one;
    if (y === 0) y = hiBits >>> 31 ? -0 : 0;
  }
  return y * TWO_M1022;
}

/** glibc exp(x). */
export function exp(x: number): number {
  const hi = highWord(x);
  const abstop = (hi >>> 20) & 0x7ff;
  let special = false;
  if (((abstop - 0x3c9) >>> 0) >= 0x3f) {
    // |x| < 2^-54: exp(x) rounds to 1 + x
    if (abstop < 0x3c9) return 1.0 + x;
    if (abstop >= 0x409) {
      if (x === -Infinity) return 0;
      if (abstop >= 0x7ff) return 1.0 + x;
      return hi >>> 31 ? 0 : Infinity;
    }
    special = true;
  }
  return expCore(x, 0, 0, special);
}

// ---- log ----

/** glibc log(x). */
export function log(x: number): number {
  if (x >= 0.9375 && x < 1.064697265625) return logNear1(x);
  scratch[0] = x;
  let ixHi = words[HI];
  let ixLo = words[LO];
  const top = ixHi >>> 16;
  if (((top - 0x0010) >>> 0) >= 0x7ff0 - 0x0010) {
    if (x === 0) return -Infinity;
    if (x === Infinity) return x;
    if ((top & 0x8000) !== 0 || (top & 0x7ff0) === 0x7ff0) return NaN;
    // subnormal: normalize, the exponent becomes negative
    scratch[0] = x * TWO_52;
    ixHi = (words[HI] - (52 << 20)) | 0;
    ixLo = words[LO];
  }
  // x = 2^k z with z in [OFF, 2*OFF), OFF = 0x3fe6000000000000
  const tmpHi = (ixHi - 0x3fe60000) | 0;
  const i = (tmpHi >>> 13) & 0x7f;
  const kd = tmpHi >> 20;
  const z = fromWords((ixHi - (tmpHi & 0xfff00000)) >>> 0, ixLo);
  const invc = LOG_TAB[2 * i], logc = LOG_TAB[2 * i + 1];
  // kd * Ln2hi is exact (Ln2hi has 42 significant bits, |k| < 2^11), so the fused form rounds once too
  const w = kd * LOG_LN2HI + logc;
  const r = fmaTwoProduct(z, invc, -1.0);
  const a12 = fma(r, LOG_A[2], LOG_A[1]);
  const hi = r + w;
  const r2 = r * r;
  let lo = fmaTwoProduct(kd, LOG_LN2LO, (w - hi) + r);
  const r3 = r * r2;
  const a34 = fma(r, LOG_A[4], LOG_A[3]);
  lo = fmaTwoProduct(r2, LOG_A[0], lo);
  return fma(r3, fma(a34, r2, a12), lo) + hi;
}

/** log(x) for x in [1 - 2^-4, 1 + 0x1.09p-4): a polynomial in r = x - 1 with r*r/2 split exactly. */
function logNear1(x: number): number {
  if (x === 1) return 0;
  const B = LOG_B;
  const r = x - 1.0;
  const p12 = fma(r, B[2], B[1]);
  const p45 = fma(r, B[5], B[4]);
  const r2 = r * r;
  const p78 = fma(r, B[8], B[7]);
  const q1 = fma(r2, B[3], p12);
  const q2 = fma(r2, B[6], p45);
  const r3 = r * r2;
  let q3 = fma(r2, B[9], p78);
  q3 = fma(r3, B[10], q3);
  const p = fma(fma(q3, r3, q2), r3, q1);
  // rhi = r + w - w with w = r * 2^27: rhi has at most 26 bits, so rhi * rhi * B[0] is exact
  // (the products by 2^27 and by B[0] = -0.5 below are exact: the fused forms round once anyway)
  const t = r * TWO_27 + r;
  const rhi = t - TWO_27 * r;
  const rhi2 = rhi * rhi;
  const rlo = r - rhi;
  const hi = rhi2 * B[0] + r;
  const d = r - hi;
  const s = r + rhi;
  let lo = rhi2 * B[0] + d;
  lo = fma(B[0] * rlo, s, lo);
  return hi + fma(p, r3, lo);
}

// ---- pow ----

/** 0 if y is not an integer, 1 if odd, 2 if even (y finite and non-zero). */
function checkint(y: number): number {
  if (!Number.isInteger(y)) return 0;
  return y % 2 === 0 ? 2 : 1;
}

/** log_inline's second result (a Float64Array slot: a mutable module-level number would be boxed). */
const logTail = new Float64Array(1);

/**
 * log_inline: log(x) as hi + logTail with about 15 extra bits, for x given by its words (positive,
 * subnormals normalized with a negative exponent). Returns hi.
 */
function logInline(ixHi: number, ixLo: number): number {
  // x = 2^k z with z in [OFF, 2*OFF), OFF = 0x3fe6955500000000
  const tmpHi = (ixHi - 0x3fe69555) | 0;
  const i = (tmpHi >>> 13) & 0x7f;
  const kd = tmpHi >> 20;
  const z = fromWords((ixHi - (tmpHi & 0xfff00000)) >>> 0, ixLo);
  const invc = POW_LOG_TAB[3 * i], logc = POW_LOG_TAB[3 * i + 1], logctail = POW_LOG_TAB[3 * i + 2];
  // 1/c has few bits and |z/c - 1| < 1/128, so z*invc - 1 is exact: its fused rounding is the
  // exact product error added to the (exact, Sterbenz) difference of the rounded product and 1
  const zc = z * invc;
  const r = (zc - 1.0) + productError(z, invc, zc);
  // kd * Ln2hi is exact (Ln2hi has 42 significant bits, |k| < 2^11)
  const t1 = kd * POW_LN2HI + logc;
  const lo1 = fmaTwoProduct(kd, POW_LN2LO, logctail);
  const A = POW_A;
  const ar = r * A[0];
  const a12 = fma(r, A[2], A[1]);
  const a34 = fma(r, A[4], A[3]);
  const t2 = r + t1;
  const ar2 = r * ar;
  const lo2 = (t1 - t2) + r;
  const ar3 = r * ar2;
  const lo3 = arProductError(ar, r, ar2);
  const a56 = fma(r, A[6], A[5]);
  const hi = t2 + ar2;
  const inner = fma(a56, ar2, a34);
  const lo4 = (t2 - hi) + ar2;
  const outer = fma(ar2, inner, a12);
  const lo = fmaTwoProduct(ar3, outer, ((lo1 + lo2) + lo3) + lo4);
  const y = hi + lo;
  logTail[0] = (hi - y) + lo;
  return y;
}

/** fma(ar, r, -ar2) with ar2 = RN(ar * r): the exact product error (|r| is 0 or above 2^-62). */
function arProductError(ar: number, r: number, ar2: number): number {
  return ar2 === 0 ? fmaTwoProduct(ar, r, -ar2) : productError(ar, r, ar2);
}

const SHORTCUT_MIN = 2 ** -400;
const SHORTCUT_MAX = 2 ** 400;

/**
 * pow(x, 0.5) and pow(x, 2) when the answer is certain without the full algorithm, else NaN.
 * glibc bounds pow's error before its final rounding by ulperr_exp - 0.5 + |y log x| relerr_log
 * 2^53 ULP, with ulperr_exp = 0.511 and relerr_log = 1.5 * 2^-68 (the constants without fma;
 * with fma they are smaller): over 2^-400 < |x| < 2^400 that is under 0.0174 ULP for y = 0.5
 * (|y log x| < 139) and under 0.0365 ULP for y = 2 (< 555). Where the exact root or square lies
 * within 0.48 (root) or 0.45 (square) ULP of its correctly rounded value s, glibc's rounding is
 * therefore s too. The exact distance comes from Dekker's product error; s a power of two (a
 * narrower ULP below it) and the rare near-ties go the long way.
 */
function powShortcut(x: number, y: number): number {
  let s: number, err: number, bound: number;
  if (y === 0.5) {
    s = Math.sqrt(x);
    const p = s * s;
    // sqrt(x) = s + (x - s^2)/2s to well below 2^-52 ULP here; x - p is exact (Sterbenz)
    err = ((x - p) - productError(s, s, p)) / (2 * s);
    bound = 0.48;
  } else {
    s = x * x;
    err = productError(x, x, s);
    bound = 0.45;
  }
  scratch[0] = s;
  const hi = words[HI];
  if ((hi & 0xfffff) === 0 && words[LO] === 0) return NaN;
  return Math.abs(err) < bound * POW2[(hi >>> 20) - 1] ? s : NaN;
}

/**
 * glibc pow(x, y) with C99 special cases (CPython's float ** sorts out most of them first;
 * math.pow passes negative bases and zeros through).
 */
export function pow(x: number, y: number): number {
  if ((y === 0.5 && x > SHORTCUT_MIN && x < SHORTCUT_MAX) ||
      (y === 2 && ((x > SHORTCUT_MIN && x < SHORTCUT_MAX) || (x < -SHORTCUT_MIN && x > -SHORTCUT_MAX)))) {
    const r = powShortcut(x, y);
    if (r === r) return r;
  }
  scratch[0] = x;
  let ixHi = words[HI];
  let ixLo = words[LO];
  let topx = ixHi >>> 20;
  const topy = highWord(y) >>> 20;
  let signBias = 0;
  if (((topx - 0x001) >>> 0) >= 0x7ff - 0x001 || (((topy & 0x7ff) - 0x3be) >>> 0) >= 0x43e - 0x3be) {
    // x is subnormal, zero, inf, nan or negative; or |y| < 2^-65, |y| >= 2^63 or y is nan
    if (y === 0 || y !== y || y === Infinity || y === -Infinity) {
      if (y === 0) return 1.0;
      if (x === 1) return 1.0;
      if (x !== x || y !== y) return x + y;
      const ax = Math.abs(x);
      if (ax === 1) return 1.0;
      if ((ax < 1) === (y > 0)) return 0;
      return y * y;
    }
    if (x === 0 || x !== x || x === Infinity || x === -Infinity) {
      let x2 = x * x;
      if (ixHi >>> 31 && checkint(y) === 1) { x2 = -x2; signBias = 1; }
      if (x === 0 && y < 0) return signBias ? -Infinity : Infinity;
      return y < 0 ? 1 / x2 : x2;
    }
    if (ixHi >>> 31) {
      // finite x < 0
      const yint = checkint(y);
      if (yint === 0) return NaN;
      if (yint === 1) signBias = SIGN_BIAS;
      ixHi &= 0x7fffffff;
      topx &= 0x7ff;
    }
    if ((((topy & 0x7ff) - 0x3be) >>> 0) >= 0x43e - 0x3be) {
      // sign_bias is 0 here: such a y is not odd
      if (ixHi === 0x3ff00000 && ixLo === 0) return 1.0;
      const xAbove1 = ixHi > 0x3ff00000 || (ixHi === 0x3ff00000 && ixLo !== 0);
      // |y| < 2^-65: x^y ~= 1 + y*log(x)
      if ((topy & 0x7ff) < 0x3be) return xAbove1 ? 1.0 + y : 1.0 - y;
      return xAbove1 === (topy < 0x800) ? Infinity : 0;
    }
    if (topx === 0) {
      // subnormal x: normalize so the exponent becomes negative
      scratch[0] = x * TWO_52;
      ixHi = ((words[HI] & 0x7fffffff) - (52 << 20)) | 0;
      ixLo = words[LO];
    }
  }
  const hi = logInline(ixHi, ixLo);
  const lo = logTail[0];
  const ehi = y * hi;
  // fma(hi, y, -ehi) is the exact error of the product: |y| < 2^63, |hi| < 745 and
  // |ehi| > 2^-120 unless it is 0, well inside the range of the exact split
  const elo = fmaTwoProduct(y, lo, ehi === 0 ? fmaTwoProduct(hi, y, -ehi) : productError(hi, y, ehi));
  // exp_inline(ehi, elo, sign_bias)
  const eTop = highWord(ehi);
  const abstop = (eTop >>> 20) & 0x7ff;
  let special = false;
  if (((abstop - 0x3c9) >>> 0) >= 0x3f) {
    if (abstop < 0x3c9) {
      // tiny exponent: the result is +-1 rounded
      const one = 1.0 + ehi;
      return signBias ? -one : one;
    }
    if (abstop >= 0x409) {
      const inf = eTop >>> 31 ? 0 : Infinity;
      return signBias ? -inf : inf;
    }
    special = true;
  }
  return expCore(ehi, elo, signBias, special);
}

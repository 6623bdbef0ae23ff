/**
 * fma(a, b, c) = a * b + c rounded once to the nearest double (ties to even), as the x86 FMA
 * instructions compute it. glibc's exp/log/pow are built with fused multiply-adds on this class
 * of machine, so reproducing their results bit for bit needs the fused rounding.
 *
 * Fast path: Dekker's exact product a * b = uh + ul (Veltkamp splitting), an exact sum
 * c + uh = th + tl, then Boldo and Melquiond's emulated FMA: v = tl + ul rounded to odd, result
 * th + v rounded to nearest ("Emulation of FMA and correctly rounded sums: proved algorithms using
 * rounding to odd", IEEE TC 2008). The splitting is exact only away from overflow and underflow;
 * other finite inputs take an exact BigInt path.
 */

const SPLITTER = 134217729; // 2^27 + 1
const FAST_MAX = 2 ** 900;
const FAST_MIN = 2 ** -900;

const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);
const LO = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;
const HI = 1 - LO;

const TWO_M52 = 2 ** -52;
const TWO_M53 = 2 ** -53;

/** POW2[i] = 2 ** (i - 1074), for i in [0, 2098): every power of two a double can hold. */
export const POW2 = new Float64Array(2098);
// By doubling and halving (exact, subnormals included): `2 ** k` per entry is a Math.pow call
// each, milliseconds of every start-up.
POW2[1074] = 1;
for (let i = 1075; i < 2098; i++) POW2[i] = POW2[i - 1] * 2;
for (let i = 1073; i >= 0; i--) POW2[i] = POW2[i + 1] / 2;

export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  const ap = p < 0 ? -p : p, ac = c < 0 ? -c : c;
  if (ap <= ac * 0.125 && ap > FAST_MIN && ac < FAST_MAX) {
    // |a*b| <= |c|/8, the common polynomial step: with s + t = c + p exact (Fast2Sum), every
    // quantity is a multiple of ulp(p) >= 2|a*b - p|, so unless c + p was a tie the product's
    // rounding error cannot move the result off s. Ties (s + 2t is then the neighbour of s)
    // are decided by the sign of that error.
    const s = c + p;
    const t = (c - s) + p;
    if (t === 0 || (s + 2 * t) - s !== 2 * t) return s;
    return fmaTwoProduct(a, b, c);
  }
  return fmaTwoProduct(a, b, c);
}

/**
 * fma for any operands: the exact product split, then one rounding of the three-term sum.
 * Callers whose product is usually comparable to c (cancellations, error terms) use this directly.
 */
export function fmaTwoProduct(a: number, b: number, c: number): number {
  const p = a * b;
  const ap = p < 0 ? -p : p;
  if (!(ap > FAST_MIN && ap < FAST_MAX && c < FAST_MAX && c > -FAST_MAX
    && a < FAST_MAX && a > -FAST_MAX && b < FAST_MAX && b > -FAST_MAX)) {
    return fmaSlow(a, b, c, p);
  }
  let t = SPLITTER * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b), bl = b - bh;
  const ul = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  // th + tl = c + p exactly
  const th = c + p;
  let bb = th - c;
  const tl = (c - (th - bb)) + (p - bb);
  // v = tl + ul rounded to odd: round to nearest, then step to the odd neighbour when inexact
  let v = tl + ul;
  bb = v - tl;
  const err = (tl - (v - bb)) + (ul - bb);
  if (err !== 0) {
    // v is even when it fits in 52 bits: Veltkamp's split with 2^1 + 1 rounds v to 52 bits.
    // (Arithmetic only: reading the bits back through a typed array right after storing v
    // costs more than the whole product.)
    const g = 3 * v;
    if (g + (v - g) === v) {
      if (v < FAST_MIN && v > -FAST_MIN) return fmaExact(a, b, c);
      // Step to the odd neighbour on the side of err: v +- v * 2^-53 rounds to v +- ulp(v),
      // except upwards from a power of two, where it ties back to v.
      if ((err > 0) === (v > 0)) {
        const w = v + v * TWO_M53;
        v = w !== v ? w : v + v * TWO_M52;
      } else {
        v -= v * TWO_M53;
      }
    }
  }
  return th + v;
}

/** The exact product error a * b - RN(a * b), for |a|, |b|, |a * b| within the fast range. */
export function productError(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b), bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

function fmaSlow(a: number, b: number, c: number, p: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c)) return a * b + c;
  // An exact zero product: IEEE adds the signed zero to c
  if (a === 0 || b === 0) return p + c;
  return fmaExact(a, b, c);
}

/** x = m * 2**e exactly, with m a signed integer. */
function decompose(x: number): [bigint, number] {
  scratch[0] = x;
  const hi = words[HI], lo = words[LO];
  const biased = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e = -1074;
  if (biased !== 0) { m |= 1n << 52n; e = biased - 1075; }
  return [hi >>> 31 ? -m : m, e];
}

/** a * b + c for finite doubles, rounded once from the exact value (used off the fast range). */
export function fmaExact(a: number, b: number, c: number): number {
  const [ma, ea] = decompose(a), [mb, eb] = decompose(b), [mc, ec] = decompose(c);
  const ep = ea + eb;
  const e = Math.min(ep, ec);
  const n = ((ma * mb) << BigInt(ep - e)) + (mc << BigInt(ec - e));
  if (n === 0n) {
    // Exact cancellation is +0; two zeros of the same sign keep it
    const zp = a * b;
    return Object.is(zp, -0) && Object.is(c, -0) ? -0 : 0;
  }
  return roundScaled(n, e);
}

/** n * 2**e rounded to the nearest double, ties to even, with gradual underflow and overflow. */
function roundScaled(n: bigint, e: number): number {
  const neg = n < 0n;
  if (neg) n = -n;
  const bits = n.toString(2).length;
  // Keep 53 significant bits, fewer when the result is subnormal (lowest bit 2**-1074)
  const shift = Math.max(bits - 53, -1074 - e);
  let q: bigint;
  if (shift <= 0) {
    q = n;
  } else {
    const s = BigInt(shift);
    q = n >> s;
    const rem = n - (q << s);
    const half = 1n << (s - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
    e += shift;
  }
  // q < 2**54 and the result is q * 2**e: scale in two exact steps
  let r = Number(q);
  if (e > 1023) { r *= 2 ** 1023; e -= 1023; }
  if (e < -1022) { r *= 2 ** -1022; e += 1022; }
  r *= 2 ** e;
  return neg ? -r : r;
}

/**
 * The Mersenne Twister MT19937 behind `random`: seeding by init_by_array over the 32-bit words
 * of a non-negative integer, 32-bit outputs, the 53-bit float of `random()` and `getrandbits(k)`
 * assembled least significant word first, all bit-identical to CPython.
 * CPython: Modules/_randommodule.c.
 */
import { nodeCrypto } from '../node_lazy.js';

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

export class MersenneTwister {
  readonly mt: Uint32Array;
  index: number;
  constructor() {
    this.mt = new Uint32Array(N);
    this.index = N + 1;
  }

  /** CPython: init_genrand. */
  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1];
      mt[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
    }
    this.index = N;
  }

  /** CPython: init_by_array. */
  initByArray(key: Uint32Array): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1, j = 0;
    const len = key.length;
    for (let k = N > len ? N : len; k > 0; k--) {
      const prev = mt[i - 1];
      mt[i] = ((mt[i] ^ Math.imul(prev ^ (prev >>> 30), 1664525)) >>> 0) + key[j] + j;
      i++; j++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
      if (j >= len) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1];
      mt[i] = ((mt[i] ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) >>> 0) - i;
      i++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    mt[0] = 0x80000000;
  }

  /** Seeds from a non-negative integer (CPython: random_seed with an int argument). */
  seedInt(n: bigint): void {
    const words: number[] = [];
    while (n > 0n) {
      words.push(Number(n & 0xffffffffn));
      n >>= 32n;
    }
    if (words.length === 0) words.push(0);
    this.initByArray(Uint32Array.from(words));
  }

  /** CPython: random_seed_urandom. */
  seedUrandom(): void {
    const bytes = nodeCrypto().randomBytes(N * 4);
    this.initByArray(new Uint32Array(bytes.buffer, bytes.byteOffset, N));
  }

  /** CPython: genrand_uint32. */
  next32(): number {
    const mt = this.mt;
    if (this.index >= N) {
      let kk = 0, y: number;
      for (; kk < N - M; kk++) {
        y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) * MATRIX_A);
      }
      for (; kk < N - 1; kk++) {
        y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) * MATRIX_A);
      }
      y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) * MATRIX_A);
      this.index = 0;
    }
    let y = mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** CPython: random_random — 53 random bits from two outputs. */
  random(): number {
    const a = this.next32() >>> 5, b = this.next32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /** CPython: _random_Random_getrandbits_impl (k >= 0). */
  getrandbits(k: number): number | bigint {
    if (k === 0) return 0;
    if (k <= 32) return this.next32() >>> (32 - k);
    if (k <= 53) {
      // two words, low word first, as the general case assembles them
      const lo = this.next32();
      const hi = this.next32() >>> (64 - k);
      return hi * 4294967296 + lo;
    }
    let result = 0n;
    let shift = 0n;
    for (let left = k; left > 0; left -= 32) {
      let r = this.next32();
      if (left < 32) r >>>= 32 - left;
      result |= BigInt(r) << shift;
      shift += 32n;
    }
    return result <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(result) : result;
  }
}

/**
 * The combinatoric iterators of `itertools`: product, permutations, combinations and
 * combinations_with_replacement, each driving an index vector over a tuple of the input exactly
 * as CPython does (same order, same handling of empty pools and r > n).
 * CPython: Modules/itertoolsmodule.c (product_next, permutations_next, combinations_next, cwr_next).
 */
import { PyFloat, PyIterator, PyTuple, None, type PyType, type PyValue } from '../objects/object.js';
import { Exc, newException, typeError } from '../objects/exceptions.js';
import { K_INT, intOf, numKind } from '../objects/numeric.js';
import { index as pyIndex, toArray } from '../abstract.js';

import { clinicArgs, defNewKw, itertoolsType } from './itertools_util.js';

export const ProductType = itertoolsType('product');
export const PermutationsType = itertoolsType('permutations');
export const CombinationsType = itertoolsType('combinations');
export const CwrType = itertoolsType('combinations_with_replacement');

class ProductIter extends PyIterator {
  indices: number[] | null;
  stopped: boolean;
  constructor(type: PyType, readonly pools: PyValue[][]) {
    super(type);
    this.indices = null;
    this.stopped = false;
  }
  next(): PyValue | null {
    if (this.stopped) return null;
    const pools = this.pools;
    if (this.indices === null) {
      if (pools.some(p => p.length === 0)) {
        this.stopped = true;
        return null;
      }
      this.indices = new Array(pools.length).fill(0);
    } else {
      const idx = this.indices;
      let i = pools.length - 1;
      for (; i >= 0; i--) {
        if (++idx[i] < pools[i].length) break;
        idx[i] = 0;
      }
      if (i < 0) {
        this.stopped = true;
        return null;
      }
    }
    const idx = this.indices;
    const out: PyValue[] = new Array(pools.length);
    for (let i = 0; i < pools.length; i++) out[i] = pools[i][idx[i]];
    return new PyTuple(out);
  }
}

class CombinationsIter extends PyIterator {
  indices: number[] | null;
  stopped: boolean;
  constructor(type: PyType, readonly pool: PyValue[], readonly r: number) {
    super(type);
    this.indices = null;
    this.stopped = r > pool.length;
  }
  next(): PyValue | null {
    if (this.stopped) return null;
    const n = this.pool.length, r = this.r;
    if (this.indices === null) {
      this.indices = Array.from({ length: r }, (_, i) => i);
    } else {
      const idx = this.indices;
      let i = r - 1;
      while (i >= 0 && idx[i] === i + n - r) i--;
      if (i < 0) {
        this.stopped = true;
        return null;
      }
      idx[i]++;
      for (let j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
    }
    return new PyTuple(this.indices.map(i => this.pool[i]));
  }
}

class CwrIter extends PyIterator {
  indices: number[] | null;
  stopped: boolean;
  constructor(type: PyType, readonly pool: PyValue[], readonly r: number) {
    super(type);
    this.indices = null;
    this.stopped = pool.length === 0 && r > 0;
  }
  next(): PyValue | null {
    if (this.stopped) return null;
    const n = this.pool.length, r = this.r;
    if (this.indices === null) {
      this.indices = new Array(r).fill(0);
    } else {
      const idx = this.indices;
      let i = r - 1;
      while (i >= 0 && idx[i] === n - 1) i--;
      if (i < 0) {
        this.stopped = true;
        return null;
      }
      const v = idx[i] + 1;
      for (let j = i; j < r; j++) idx[j] = v;
    }
    return new PyTuple(this.indices.map(i => this.pool[i]));
  }
}

class PermutationsIter extends PyIterator {
  indices: number[];
  cycles: number[];
  first: boolean;
  stopped: boolean;
  constructor(type: PyType, readonly pool: PyValue[], readonly r: number) {
    super(type);
    const n = pool.length;
    this.indices = Array.from({ length: n }, (_, i) => i);
    this.cycles = Array.from({ length: r }, (_, i) => n - i);
    this.first = true;
    this.stopped = r > n;
  }
  next(): PyValue | null {
    if (this.stopped) return null;
    const n = this.pool.length, r = this.r, idx = this.indices, cycles = this.cycles;
    if (this.first) {
      this.first = false;
    } else {
      if (n === 0) {
        this.stopped = true;
        return null;
      }
      let i = r - 1;
      for (; i >= 0; i--) {
        cycles[i]--;
        if (cycles[i] === 0) {
          const v = idx[i];
          for (let j = i; j < n - 1; j++) idx[j] = idx[j + 1];
          idx[n - 1] = v;
          cycles[i] = n - i;
        } else {
          const j = cycles[i];
          const t = idx[i]; idx[i] = idx[n - j]; idx[n - j] = t;
          break;
        }
      }
      if (i < 0) {
        this.stopped = true;
        return null;
      }
    }
    const out: PyValue[] = new Array(r);
    for (let i = 0; i < r; i++) out[i] = this.pool[idx[i]];
    return new PyTuple(out);
  }
}

function rArg(v: PyValue): number {
  const r = pyIndex(v);
  if (r < 0) throw newException(Exc.ValueError, 'r must be non-negative');
  return Number(r);
}

function install(): void {
  defNewKw(ProductType, (cls, a, kw) => {
    let repeat = 1;
    let npos = a.length;
    if (kw !== null && kw.length > 0) {
      npos -= kw.length;
      for (let i = 0; i < kw.length; i++) {
        if (kw[i] !== 'repeat') throw typeError(`'${kw[i]}' is an invalid keyword argument for product()`);
        const n = pyIndex(a[npos + i]);
        if (n < 0) throw newException(Exc.ValueError, 'repeat argument cannot be negative');
        repeat = Number(n);
      }
    }
    const base = a.slice(0, npos).map(x => toArray(x));
    const pools: PyValue[][] = [];
    for (let i = 0; i < repeat; i++) pools.push(...base);
    return new ProductIter(cls, pools);
  });
  defNewKw(CombinationsType, (cls, a, kw) => {
    const [it, r] = clinicArgs('combinations', a, kw, ['iterable', 'r'], 2);
    const pool = toArray(it!);
    return new CombinationsIter(cls, pool, rArg(r!));
  });
  defNewKw(CwrType, (cls, a, kw) => {
    const [it, r] = clinicArgs('combinations_with_replacement', a, kw, ['iterable', 'r'], 2);
    const pool = toArray(it!);
    return new CwrIter(cls, pool, rArg(r!));
  });
  defNewKw(PermutationsType, (cls, a, kw) => {
    const [it, rv] = clinicArgs('permutations', a, kw, ['iterable', 'r'], 1);
    const pool = toArray(it!);
    let r = pool.length;
    if (rv !== undefined && rv !== None) {
      if (numKind(rv) !== K_INT || rv instanceof PyFloat) throw typeError('Expected int as r');
      const n = intOf(rv);
      if (n < 0) throw newException(Exc.ValueError, 'r must be non-negative');
      r = Number(n);
    }
      return new PermutationsIter(cls, pool, r);
  });
}

install();

export const combinatoricTypes: PyType[] = [ProductType, PermutationsType, CombinationsType, CwrType];

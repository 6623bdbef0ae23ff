/**
 * CPython 3.11's list sort, comparison for comparison: natural runs (count_run), binary
 * insertion up to minrun, the powersort merge policy (found_new_run / powerloop), and
 * merge_lo / merge_hi with galloping. A `__lt__` that prints or counts therefore sees the
 * calls CPython makes, in the same order. Keys are sorted with their values (the items, when a
 * key function was given) alongside; if a comparison raises, both arrays are left a permutation
 * of their input, as CPython leaves the list. CPython: Objects/listobject.c, listsort.txt.
 */
import type { PyValue } from './object.js';
import { ltBool } from './tuple.js';

const MIN_GALLOP = 7;

/** CPython: merge_compute_minrun. */
function computeMinrun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/** CPython: powerloop — the depth of the boundary between two adjacent runs in the merge tree. */
function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) break;
    a *= 2;
    b *= 2;
  }
  return result;
}

/** CPython: gallop_left — k with a[k-1] < key <= a[k] among a[base .. base+n). */
function gallopLeft(key: PyValue, a: PyValue[], base: number, n: number, hint: number): number {
  let lastofs = 0, ofs = 1;
  const h = base + hint;
  if (ltBool(a[h], key)) {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (ltBool(a[h + ofs], key)) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (ltBool(a[h - ofs], key)) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  }
  ++lastofs;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (ltBool(a[base + m], key)) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/** CPython: gallop_right — k with a[k-1] <= key < a[k] among a[base .. base+n). */
function gallopRight(key: PyValue, a: PyValue[], base: number, n: number, hint: number): number {
  let lastofs = 0, ofs = 1;
  const h = base + hint;
  if (ltBool(key, a[h])) {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (ltBool(key, a[h - ofs])) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  } else {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (ltBool(key, a[h + ofs])) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  ++lastofs;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (ltBool(key, a[base + m])) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

/** CPython: MergeState — the arrays being sorted, the temp area and the stack of pending runs. */
class MergeState {
  minGallop = MIN_GALLOP;
  runBase: number[] = [];
  runLen: number[] = [];
  runPower: number[] = [];
  n = 0;
  tk: PyValue[] = [];
  tv: PyValue[] = [];
  constructor(readonly keys: PyValue[], readonly vals: PyValue[] | null) {}

  /** keys[d] = keys[s] (and the value). */
  private fromMain(d: number, s: number): void {
    this.keys[d] = this.keys[s];
    if (this.vals !== null) this.vals[d] = this.vals[s];
  }

  /** keys[d] = temp[s] (and the value). */
  private fromTmp(d: number, s: number): void {
    this.keys[d] = this.tk[s];
    if (this.vals !== null) this.vals[d] = this.tv[s];
  }

  private saveTmp(from: number, n: number): void {
    this.tk = this.keys.slice(from, from + n);
    if (this.vals !== null) this.tv = this.vals.slice(from, from + n);
  }

  reverse(lo: number, hi: number): void {
    const k = this.keys, v = this.vals;
    for (let i = lo, j = hi - 1; i < j; i++, j--) {
      const t = k[i];
      k[i] = k[j];
      k[j] = t;
      if (v !== null) {
        const u = v[i];
        v[i] = v[j];
        v[j] = u;
      }
    }
  }

  /** CPython: binarysort over [lo, hi) with [lo, start) already sorted. */
  binarySort(lo: number, hi: number, start: number): void {
    const keys = this.keys, vals = this.vals;
    if (lo === start) ++start;
    for (; start < hi; ++start) {
      let l = lo, r = start;
      const pivot = keys[r];
      do {
        const p = l + ((r - l) >> 1);
        if (ltBool(pivot, keys[p])) r = p;
        else l = p + 1;
      } while (l < r);
      for (let p = start; p > l; --p) keys[p] = keys[p - 1];
      keys[l] = pivot;
      if (vals !== null) {
        const pv = vals[start];
        for (let p = start; p > l; --p) vals[p] = vals[p - 1];
        vals[l] = pv;
      }
    }
  }

  /** CPython: count_run — the run's length and whether it is strictly descending. */
  countRun(lo: number, hi: number): [number, boolean] {
    const keys = this.keys;
    ++lo;
    if (lo === hi) return [1, false];
    let n = 2;
    if (ltBool(keys[lo], keys[lo - 1])) {
      for (lo = lo + 1; lo < hi; ++lo, ++n) if (!ltBool(keys[lo], keys[lo - 1])) break;
      return [n, true];
    }
    for (lo = lo + 1; lo < hi; ++lo, ++n) if (ltBool(keys[lo], keys[lo - 1])) break;
    return [n, false];
  }

  /** CPython: merge_lo — na <= nb; the A run is copied out. */
  private mergeLo(pa: number, na: number, pb: number, nb: number): void {
    this.saveTmp(pa, na);
    const keys = this.keys, tk = this.tk;
    let d = pa, ia = 0, ib = pb, copyB = false;
    this.fromMain(d++, ib++);
    --nb;
    try {
      body: {
        if (nb === 0) break body;
        if (na === 1) {
          copyB = true;
          break body;
        }
        let minGallop = this.minGallop;
        for (;;) {
          let acount = 0, bcount = 0;
          for (;;) {
            if (ltBool(keys[ib], tk[ia])) {
              this.fromMain(d++, ib++);
              ++bcount;
              acount = 0;
              if (--nb === 0) break body;
              if (bcount >= minGallop) break;
            } else {
              this.fromTmp(d++, ia++);
              ++acount;
              bcount = 0;
              if (--na === 1) {
                copyB = true;
                break body;
              }
              if (acount >= minGallop) break;
            }
          }
          ++minGallop;
          do {
            minGallop -= minGallop > 1 ? 1 : 0;
            this.minGallop = minGallop;
            let k = gallopRight(keys[ib], tk, ia, na, 0);
            acount = k;
            if (k) {
              for (let j = 0; j < k; j++) this.fromTmp(d++, ia++);
              na -= k;
              if (na === 1) {
                copyB = true;
                break body;
              }
              if (na === 0) break body;
            }
            this.fromMain(d++, ib++);
            if (--nb === 0) break body;
            k = gallopLeft(tk[ia], keys, ib, nb, 0);
            bcount = k;
            if (k) {
              for (let j = 0; j < k; j++) this.fromMain(d++, ib++);
              nb -= k;
              if (nb === 0) break body;
            }
            this.fromTmp(d++, ia++);
            if (--na === 1) {
              copyB = true;
              break body;
            }
          } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
          ++minGallop;
          this.minGallop = minGallop;
        }
      }
    } catch (e) {
      for (let j = 0; j < na; j++) this.fromTmp(d + j, ia + j);
      throw e;
    }
    if (copyB) {
      // The last element of A belongs at the end of the merge.
      for (let j = 0; j < nb; j++) this.fromMain(d + j, ib + j);
      this.fromTmp(d + nb, ia);
    } else {
      for (let j = 0; j < na; j++) this.fromTmp(d + j, ia + j);
    }
  }

  /** CPython: merge_hi — na >= nb; the B run is copied out and the merge runs right to left. */
  private mergeHi(pa: number, na: number, pb: number, nb: number): void {
    this.saveTmp(pb, nb);
    const keys = this.keys, tk = this.tk;
    const basea = pa;
    let d = pb + nb - 1, ia = pa + na - 1, ib = nb - 1, copyA = false;
    this.fromMain(d--, ia--);
    --na;
    try {
      body: {
        if (na === 0) break body;
        if (nb === 1) {
          copyA = true;
          break body;
        }
        let minGallop = this.minGallop;
        for (;;) {
          let acount = 0, bcount = 0;
          for (;;) {
            if (ltBool(tk[ib], keys[ia])) {
              this.fromMain(d--, ia--);
              ++acount;
              bcount = 0;
              if (--na === 0) break body;
              if (acount >= minGallop) break;
            } else {
              this.fromTmp(d--, ib--);
              ++bcount;
              acount = 0;
              if (--nb === 1) {
                copyA = true;
                break body;
              }
              if (bcount >= minGallop) break;
            }
          }
          ++minGallop;
          do {
            minGallop -= minGallop > 1 ? 1 : 0;
            this.minGallop = minGallop;
            let k = gallopRight(tk[ib], keys, basea, na, na - 1);
            k = na - k;
            acount = k;
            if (k) {
              d -= k;
              ia -= k;
              for (let j = k; j >= 1; j--) this.fromMain(d + j, ia + j);
              na -= k;
              if (na === 0) break body;
            }
            this.fromTmp(d--, ib--);
            if (--nb === 1) {
              copyA = true;
              break body;
            }
            k = gallopLeft(keys[ia], tk, 0, nb, nb - 1);
            k = nb - k;
            bcount = k;
            if (k) {
              d -= k;
              ib -= k;
              for (let j = 1; j <= k; j++) this.fromTmp(d + j, ib + j);
              nb -= k;
              if (nb === 1) {
                copyA = true;
                break body;
              }
              if (nb === 0) break body;
            }
            this.fromMain(d--, ia--);
            if (--na === 0) break body;
          } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
          ++minGallop;
          this.minGallop = minGallop;
        }
      }
    } catch (e) {
      for (let j = 0; j < nb; j++) this.fromTmp(d - (nb - 1) + j, j);
      throw e;
    }
    if (copyA) {
      // The first element of B belongs at the front of the merge.
      for (let j = 0; j < na; j++) this.fromMain(d - j, ia - j);
      d -= na;
      ia -= na;
      this.fromTmp(d, ib);
    } else {
      for (let j = 0; j < nb; j++) this.fromTmp(d - (nb - 1) + j, j);
    }
  }

  /** CPython: merge_at — merges pending runs i and i+1. */
  mergeAt(i: number): void {
    const keys = this.keys;
    let pa = this.runBase[i], na = this.runLen[i];
    const pb = this.runBase[i + 1];
    let nb = this.runLen[i + 1];
    this.runLen[i] = na + nb;
    if (i === this.n - 3) {
      this.runBase[i + 1] = this.runBase[i + 2];
      this.runLen[i + 1] = this.runLen[i + 2];
      this.runPower[i + 1] = this.runPower[i + 2];
    }
    --this.n;
    const k = gallopRight(keys[pb], keys, pa, na, 0);
    pa += k;
    na -= k;
    if (na === 0) return;
    nb = gallopLeft(keys[pa + na - 1], keys, pb, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb) this.mergeLo(pa, na, pb, nb);
    else this.mergeHi(pa, na, pb, nb);
  }

  /** CPython: found_new_run — merges runs whose power exceeds the new boundary's. */
  foundNewRun(n2: number): void {
    if (this.n === 0) return;
    const top = this.n - 1;
    const power = powerloop(this.runBase[top], this.runLen[top], n2, this.keys.length);
    while (this.n > 1 && this.runPower[this.n - 2] > power) this.mergeAt(this.n - 2);
    this.runPower[this.n - 1] = power;
  }

  push(base: number, len: number): void {
    this.runBase[this.n] = base;
    this.runLen[this.n] = len;
    this.runPower[this.n] = 0;
    this.n++;
  }

  /** CPython: merge_force_collapse. */
  forceCollapse(): void {
    while (this.n > 1) {
      let n = this.n - 2;
      if (n > 0 && this.runLen[n - 1] < this.runLen[n + 1]) --n;
      this.mergeAt(n);
    }
  }
}

/** Sorts `keys` ascending by `<`, stably, permuting `vals` alongside (CPython: list_sort_impl's core). */
export function timsort(keys: PyValue[], vals: PyValue[] | null): void {
  let nremaining = keys.length;
  if (nremaining < 2) return;
  const ms = new MergeState(keys, vals);
  const minrun = computeMinrun(nremaining);
  let lo = 0;
  do {
    let [n, descending] = ms.countRun(lo, lo + nremaining);
    if (descending) ms.reverse(lo, lo + n);
    if (n < minrun) {
      const force = nremaining <= minrun ? nremaining : minrun;
      ms.binarySort(lo, lo + force, lo + n);
      n = force;
    }
    ms.foundNewRun(n);
    ms.push(lo, n);
    lo += n;
    nremaining -= n;
  } while (nremaining);
  ms.forceCollapse();
}

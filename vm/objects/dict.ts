/**
 * PyDict: the insertion-ordered hash table behind dict, globals and instance dicts.
 * Entries live in parallel arrays in insertion order (CPython 3.6+'s compact dict); deleted
 * entries become holes that are squeezed out on a later insert, so deletion is O(1) and scans
 * by index survive deletions. Keys that are str/int/bool/float are looked up by a normalised
 * primitive (1, 1.0 and True share a slot): numbers through an open-addressing index of their
 * own (num_index.ts), strs and big ints through a JS Map; all other keys go through Python
 * `hash` and `==` chains. The strs of a small dict (most instance dicts, keyword arguments)
 * have no Map: they are scanned, which is as fast at that size and saves the Map's
 * allocations per object. A generic key whose `__eq__` may call it equal to a str or number
 * (a wrapper class, a str subclass with its own hash) puts the dict in cross mode, where the
 * primitive keys are in the hash chains too, so each kind finds the other as in CPython.
 * CPython: Objects/dictobject.c (the table), not its methods.
 */
import {
  ComplexType, DictType, FloatType, FrozenSetType, IntType, ObjectType, PyComplex, PyFloat, PyObject, StrType, TupleType,
  lookupType, typeCache, type PyType, type PyValue,
} from './object.js';
import { PyIntSub } from './int.js';
import { PyStrSub } from './str.js';
import { Exc, newException, newExceptionArgs } from './exceptions.js';
import { identityHash } from './id.js';
import { NumIndex } from './num_index.js';

/**
 * The object protocol for generic keys, bound late: abstract.ts reaches modules that build
 * dicts at load time, so this file must not import it. The container modules that do import
 * it (dict_methods, tuple, set) install the real functions; until then keys hash by identity.
 */
let pyHash: (v: PyValue) => number = identityHash;
let keysEqual: (a: PyValue, b: PyValue) => boolean = (a, b) => a === b;
export function setDictProtocol(hash: (v: PyValue) => number, eq: (a: PyValue, b: PyValue) => boolean): void {
  pyHash = hash;
  keysEqual = eq;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Entries (holes included) a str-keyed dict holds before it indexes them with a Map. */
const SMALL = 8;

/** Marks a deleted entry in `keys`. */
class Hole extends PyObject {}
const HOLE: PyValue = new Hole(DictType);

type PrimKey = string | number | bigint;

/**
 * The primitive a key is found by, or null when it needs `hash`/`==` (CPython's equal-hash
 * rule for numbers: 1 == 1.0 == True == (1+0j), -0.0 == 0; NaN only by identity).
 */
export function primKey(k: PyValue): PrimKey | null {
  switch (typeof k) {
    case 'string':
    case 'number':
    case 'bigint':
      return k;
    case 'boolean':
      return k ? 1 : 0;
    default: {
      let v: number;
      if (k instanceof PyFloat) {
        if (k.ob_type !== FloatType && !keysLikeBase(k.ob_type, FloatType)) return null;
        v = k.value;
      } else if (k instanceof PyComplex && k.imag === 0) {
        if (k.ob_type !== ComplexType && !keysLikeBase(k.ob_type, ComplexType)) return null;
        v = k.real;
      } else if (k instanceof PyIntSub) {
        return keysLikeBase(k.ob_type, IntType) ? k.value : null;
      } else if (k instanceof PyStrSub) {
        return keysLikeBase(k.ob_type, StrType) ? k.value : null;
      } else return null;
      if (v !== v) return null;
      if (Number.isInteger(v) && (v > MAX_SAFE || v < -MAX_SAFE)) return BigInt(v);
      return v === 0 ? 0 : v;
    }
  }
}

/**
 * True when subclass `t` keeps `base`'s `__hash__` and `__eq__`: its instances then hash and
 * compare exactly as their value does, so they share the value's primitive slot.
 */
function keysLikeBase(t: PyType, base: PyType): boolean {
  return lookupType(t, '__hash__') === base.dict.get('__hash__') && lookupType(t, '__eq__') === base.dict.get('__eq__');
}

/**
 * Whether generic key `k` may compare equal to a str or number key: not when its `__eq__` is
 * object's (identity), tuple's or frozenset's, which never equal one.
 */
function mayEqualPrimitive(k: PyValue): boolean {
  const t = (k as PyObject).ob_type;
  if (t === TupleType || t === FrozenSetType) return false;
  if (t !== eqSeenType || eqSeenEpoch !== typeCache.epoch) {
    const eq = lookupType(t, '__eq__');
    eqSeenResult = eq !== ObjectType.dict.get('__eq__') && eq !== TupleType.dict.get('__eq__') &&
      eq !== FrozenSetType.dict.get('__eq__');
    eqSeenType = t;
    eqSeenEpoch = typeCache.epoch;
  }
  return eqSeenResult;
}
/** mayEqualPrimitive's answer for the last type it was asked about (a dict's keys share one). */
let eqSeenType: PyType | null = null, eqSeenEpoch = -1, eqSeenResult = false;

export class PyDict extends PyObject {
  /** Entry keys in insertion order; HOLE where an entry was deleted. */
  keys: PyValue[];
  vals: PyValue[];
  /**
   * Python hash of each entry (meaningful for generic keys only), parallel to `keys`; null until
   * the first generic key arrives, so the common all-str dict (instances, globals) stays small.
   */
  hashes: number[] | null;
  /** Next entry with the same hash in the generic chain, or -1; null with `hashes`. */
  chain: number[] | null;
  /**
   * Primitive key → entry index; null while the dict is small and every key is a JS string
   * (then `keys` holds only strings and holes, found by scanning).
   */
  private prim: Map<PrimKey, number> | null;
  /** Entry index by key for the number keys (num_index.ts); null while there are none. */
  private nums: NumIndex | null;
  /**
   * Low 32 bits of a Python hash → first entry index of the chain of entries whose hashes share
   * them (a small-int key, cheaper for the Map than the double a 64-bit hash is); null with
   * `hashes`.
   */
  gen: Map<number, number> | null;
  /**
   * Cross mode (sticky until clear): a key that may equal a primitive one was inserted or looked
   * up, so every entry, primitive keys included, is in the hash chains with its Python hash, and
   * a primitive lookup that misses its index asks the chains.
   */
  private cross: boolean;
  /** Number of live entries (`len(d)`). */
  size: number;
  /** Index of the first possibly-live entry (skips a prefix of holes, for FIFO deletion). */
  start: number;
  /**
   * Bumped whenever the set of keys or their entry indexes change (insert, delete, compaction),
   * not when a value is replaced: while it is unchanged a cached entry index still holds the
   * same key (the VM's LOAD_GLOBAL/LOAD_NAME caches; CPython 3.11: dk_version).
   */
  keysVersion: number;

  constructor(type = DictType) {
    super(type);
    this.keys = [];
    this.vals = [];
    this.hashes = null;
    this.chain = null;
    this.prim = null;
    this.nums = null;
    this.gen = null;
    this.cross = false;
    this.size = 0;
    this.start = 0;
    this.keysVersion = 0;
  }

  /** Entry-array length: scan `0 <= i < capacity` with keyAt/valueAt (holes give undefined). */
  get capacity(): number {
    return this.keys.length;
  }

  keyAt(i: number): PyValue | undefined {
    const k = this.keys[i];
    return k === HOLE ? undefined : k;
  }

  valueAt(i: number): PyValue | undefined {
    return this.keys[i] === HOLE ? undefined : this.vals[i];
  }

  // ---- string fast path (globals, attributes, keyword arguments) ----

  /** The entry index of primitive key `p`, or -1. */
  private primIndex(p: PrimKey): number {
    if (typeof p === 'number') {
      const n = this.nums;
      return n === null ? -1 : n.get(p);
    }
    const m = this.prim;
    if (m !== null) {
      const i = m.get(p);
      return i === undefined ? -1 : i;
    }
    if (typeof p !== 'string') return -1;
    const keys = this.keys;
    for (let i = this.start; i < keys.length; i++) if (keys[i] === p) return i;
    return -1;
  }

  /** Indexes a new entry j under `p`; a dict leaving the small str-only shape gets its Map. */
  private primAdd(p: PrimKey, j: number, key: PyValue): void {
    if (typeof p === 'number') {
      (this.nums ??= new NumIndex()).add(p, j);
      return;
    }
    let m = this.prim;
    if (m === null) {
      if (typeof key === 'string' && j < SMALL) return;
      // Until now every str key was found by scanning (the number keys have their own index).
      m = this.prim = new Map();
      const keys = this.keys;
      for (let i = this.start; i < j; i++) {
        const k = keys[i];
        if (typeof k === 'string') m.set(k, i);
      }
    }
    m.set(p, j);
  }

  private primDelete(p: PrimKey): void {
    if (typeof p === 'number') this.nums?.delete(p);
    else if (this.prim !== null) this.prim.delete(p);
  }

  getStr(s: string): PyValue | undefined {
    const i = this.primIndex(s);
    if (i >= 0) return this.vals[i];
    return this.cross ? this.crossValue(s) : undefined;
  }

  /**
   * Whether str key `s` is present: LOAD_METHOD's test that an instance dict does not shadow a
   * method (vm/attr_cache.ts), on every method call. Only strs, so V8 can inline it there.
   */
  hasStr(s: string): boolean {
    const m = this.prim;
    if (m !== null) {
      if (m.has(s)) return true;
    } else {
      const keys = this.keys;
      for (let i = this.start; i < keys.length; i++) if (keys[i] === s) return true;
    }
    return this.cross && this.crossIndex(s) >= 0;
  }

  /** The entry index of str key `s`, or -1 (for callers that cache it as a hint). */
  indexOfStr(s: string): number {
    return this.keyIndex(s, s);
  }

  /** d[s] = v; returns the entry index. */
  setStr(s: string, v: PyValue): number {
    const i = this.primIndex(s);
    if (i >= 0) {
      this.vals[i] = v;
      return i;
    }
    if (this.cross) return this.setCross(s, s, v);
    // Instance attributes are set here: the new entry is added without the cross-mode steps.
    const j = this.append(s, v, 0);
    this.primAdd(s, j, s);
    return j;
  }

  /** Cross mode's d[key] = v for a primitive key its index does not hold. */
  private setCross(p: PrimKey, key: PyValue, v: PyValue): number {
    const h = pyHash(key);
    const i = this.findGeneric(key, h);
    if (i >= 0) {
      this.vals[i] = v;
      return i;
    }
    const j = this.append(key, v, h);
    this.primAdd(p, j, key);
    // The __eq__ calls above may have cleared the dict, which leaves cross mode.
    if (this.cross) this.linkGeneric(j, h);
    return j;
  }

  delStr(s: string): boolean {
    const i = this.keyIndex(s, s);
    if (i < 0) return false;
    this.deleteAt(i);
    return true;
  }

  /** The entry of primitive `p` (of key `key`), or in cross mode of a generic key equal to it. */
  private keyIndex(p: PrimKey, key: PyValue): number {
    const i = this.primIndex(p);
    return i >= 0 || !this.cross ? i : this.crossIndex(key);
  }

  /** Cross mode: the entry of a generic key equal to primitive `key`, or -1. */
  private crossIndex(key: PyValue): number {
    return this.findGeneric(key, pyHash(key));
  }

  private crossValue(key: PyValue): PyValue | undefined {
    const i = this.crossIndex(key);
    return i < 0 ? undefined : this.vals[i];
  }

  /**
   * Enters cross mode: links every primitive entry into the hash chains under its Python hash
   * (a str's or number's hash runs no Python code).
   */
  private enterCross(): void {
    if (this.cross) return;
    this.ensureGeneric();
    this.cross = true;
    const keys = this.keys;
    for (let i = this.start; i < keys.length; i++) {
      const k = keys[i];
      if (k !== HOLE && primKey(k) !== null) this.linkGeneric(i, pyHash(k));
    }
  }

  /** Python hash of generic key `key`, entering cross mode first when it may equal a primitive key. */
  private genericHash(key: PyValue): number {
    const h = pyHash(key);
    if (!this.cross && mayEqualPrimitive(key) && this.mayHavePrims()) this.enterCross();
    return h;
  }

  /** False when no key is a str or number (while `prim` is null every str is below SMALL). */
  private mayHavePrims(): boolean {
    if (this.prim !== null || this.nums !== null) return true;
    const keys = this.keys, n = Math.min(keys.length, SMALL);
    for (let i = this.start; i < n; i++) if (typeof keys[i] === 'string') return true;
    return false;
  }

  // ---- general keys ----

  /** The entry index of `key`, or -1. Calls Python `__hash__`/`__eq__` for generic keys. */
  find(key: PyValue): number {
    const p = primKey(key);
    if (p !== null) return this.keyIndex(p, key);
    return this.findGeneric(key, this.genericHash(key));
  }

  private findGeneric(key: PyValue, h: number): number {
    const gen = this.gen;
    if (gen === null) return -1;
    let i = gen.get(h | 0);
    if (i === undefined) return -1;
    const keys = this.keys, hashes = this.hashes as number[], chain = this.chain as number[];
    while (i !== -1) {
      const k = keys[i];
      if (k === key) return i;
      if (hashes[i] === h && keysEqual(k, key)) return i;
      i = chain[i];
    }
    return -1;
  }

  /** Creates the generic-key index (hashes, chains) on the first generic key. */
  private ensureGeneric(): Map<number, number> {
    if (this.gen === null) {
      const n = this.keys.length;
      const hashes: number[] = [], chain: number[] = [];
      for (let i = 0; i < n; i++) {
        hashes.push(0);
        chain.push(-1);
      }
      this.hashes = hashes;
      this.chain = chain;
      this.gen = new Map();
    }
    return this.gen;
  }

  get(key: PyValue): PyValue | undefined {
    if (typeof key === 'string') {
      const j = this.primIndex(key);
      if (j >= 0) return this.vals[j];
      return this.cross ? this.crossValue(key) : undefined;
    }
    const i = this.find(key);
    return i < 0 ? undefined : this.vals[i];
  }

  has(key: PyValue): boolean {
    return this.find(key) >= 0;
  }

  set(key: PyValue, v: PyValue): void {
    if (typeof key === 'string') {
      this.setStr(key, v);
      return;
    }
    const p = primKey(key);
    if (p !== null) {
      const i = this.primIndex(p);
      if (i >= 0) this.vals[i] = v;
      else if (this.cross) this.setCross(p, key, v);
      else this.primAdd(p, this.append(key, v, 0), key);
      return;
    }
    const h = this.genericHash(key);
    const i = this.findGeneric(key, h);
    if (i >= 0) {
      this.vals[i] = v;
      return;
    }
    // A primitive lookup may meet the new key later.
    if (!this.cross && mayEqualPrimitive(key)) this.enterCross();
    this.linkGeneric(this.append(key, v, h), h);
  }

  /** Puts entry j (just appended) at the head of its hash chain. */
  private linkGeneric(j: number, h: number): void {
    // After append: append may compact, which rebuilds the index.
    const gen = this.ensureGeneric();
    (this.hashes as number[])[j] = h;
    const head = gen.get(h | 0);
    (this.chain as number[])[j] = head === undefined ? -1 : head;
    gen.set(h | 0, j);
  }

  /** Removes `key`; false when absent. */
  delete(key: PyValue): boolean {
    const i = this.find(key);
    if (i < 0) return false;
    this.deleteAt(i);
    return true;
  }

  /** Removes and returns the value of `key`, or undefined when absent (`dict.pop`). */
  pop(key: PyValue): PyValue | undefined {
    const i = this.find(key);
    if (i < 0) return undefined;
    const v = this.vals[i];
    this.deleteAt(i);
    return v;
  }

  /** Deletes the live entry at index i (keeps the indexes consistent). */
  deleteAt(i: number): void {
    const k = this.keys[i];
    const p = primKey(k);
    if (p !== null) this.primDelete(p);
    if (p === null || this.cross) this.unlinkGeneric(i, (this.hashes as number[])[i]);
    this.removeAt(i);
  }

  private unlinkGeneric(i: number, h: number): void {
    const gen = this.gen as Map<number, number>, chain = this.chain as number[];
    let j = gen.get(h | 0) as number;
    if (j === i) {
      const next = chain[i];
      if (next === -1) gen.delete(h | 0);
      else gen.set(h | 0, next);
      return;
    }
    while (j !== undefined && j !== -1) {
      const next = chain[j];
      if (next === i) {
        chain[j] = chain[i];
        return;
      }
      j = next;
    }
  }

  private removeAt(i: number): void {
    this.keys[i] = HOLE;
    this.vals[i] = HOLE;
    this.size--;
    this.keysVersion++;
    const n = this.keys.length;
    if (i === n - 1) {
      // Trailing holes can simply be dropped (popitem is LIFO).
      let m = n - 1;
      while (m > this.start && this.keys[m - 1] === HOLE) m--;
      if (m === this.start) m = this.start = 0;
      this.keys.length = this.vals.length = m;
      if (this.hashes !== null) this.hashes.length = (this.chain as number[]).length = m;
    } else if (i === this.start) {
      let s = i + 1;
      while (s < n && this.keys[s] === HOLE) s++;
      this.start = s;
    }
  }

  private append(key: PyValue, v: PyValue, h: number): number {
    let n = this.keys.length;
    if (n >= 16 && (n - this.size) * 2 > n) {
      this.compact();
      n = this.keys.length;
    }
    this.keysVersion++;
    this.keys.push(key);
    this.vals.push(v);
    if (this.hashes !== null) {
      this.hashes.push(h);
      (this.chain as number[]).push(-1);
    }
    this.size++;
    return n;
  }

  /** Squeezes the holes out and rebuilds both indexes (amortised O(1) per deletion). */
  private compact(): void {
    const keys = this.keys, vals = this.vals, hashes = this.hashes;
    this.keys = [];
    this.vals = [];
    this.hashes = this.chain = this.gen = null;
    this.prim = null;
    this.nums = null;
    this.start = 0;
    // appendEntry counts the live entries again; in cross mode it relinks every entry.
    this.size = 0;
    if (this.cross) this.ensureGeneric();
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== HOLE) this.appendEntry(k, vals[i], hashes === null ? 0 : hashes[i]);
    }
  }

  /** Appends a live entry (from another table) and indexes it under its known hash. */
  private appendEntry(k: PyValue, v: PyValue, h: number): void {
    const p = primKey(k);
    if (p !== null) {
      const j = this.append(k, v, h);
      this.primAdd(p, j, k);
      if (this.cross) this.linkGeneric(j, h);
      return;
    }
    this.linkGeneric(this.append(k, v, h), h);
  }

  clear(): void {
    this.keys = [];
    this.vals = [];
    this.hashes = this.chain = this.gen = null;
    this.prim = null;
    this.nums = null;
    this.cross = false;
    this.size = 0;
    this.start = 0;
    this.keysVersion++;
  }

  /** Removes and returns the last inserted entry (`popitem`), or null when empty. */
  popItem(): [PyValue, PyValue] | null {
    for (let i = this.keys.length - 1; i >= this.start; i--) {
      const k = this.keys[i];
      if (k === HOLE) continue;
      const v = this.vals[i];
      this.deleteAt(i);
      return [k, v];
    }
    return null;
  }

  keysArray(): PyValue[] {
    const out: PyValue[] = [];
    const keys = this.keys;
    for (let i = this.start; i < keys.length; i++) if (keys[i] !== HOLE) out.push(keys[i]);
    return out;
  }

  valuesArray(): PyValue[] {
    const out: PyValue[] = [];
    const keys = this.keys;
    for (let i = this.start; i < keys.length; i++) if (keys[i] !== HOLE) out.push(this.vals[i]);
    return out;
  }

  entriesArray(): [PyValue, PyValue][] {
    const out: [PyValue, PyValue][] = [];
    const keys = this.keys;
    for (let i = this.start; i < keys.length; i++) if (keys[i] !== HOLE) out.push([keys[i], this.vals[i]]);
    return out;
  }

  /** Index of the first live entry at or after i, or -1 (what iterators step with). */
  nextIndex(i: number): number {
    const keys = this.keys;
    if (i < this.start) i = this.start;
    for (; i < keys.length; i++) if (keys[i] !== HOLE) return i;
    return -1;
  }

  /** A shallow copy with the same order (`dict.copy`). */
  copy(type = DictType): PyDict {
    const d = new PyDict(type);
    if (this.cross) d.enterCross();
    const keys = this.keys, hashes = this.hashes;
    for (let i = this.start; i < keys.length; i++) {
      const k = keys[i];
      if (k !== HOLE) d.appendEntry(k, this.vals[i], hashes === null ? 0 : hashes[i]);
    }
    return d;
  }
}

/** CPython's PyDict_CheckExact, as floatCheckExact (vm/objects/object.ts). */
export function dictCheckExact(v: PyValue): v is PyDict {
  return (v as PyObject).ob_type === DictType;
}

/** A dict from JS string keys (kwargs, module dicts built natively). */
export function dictFromStrings(entries: Iterable<[string, PyValue]>): PyDict {
  const d = new PyDict();
  for (const [k, v] of entries) d.setStr(k, v);
  return d;
}

/** CPython: PyDict_GetItem with KeyError — `d[key]` for an exact dict. */
export function dictGetItem(d: PyDict, key: PyValue): PyValue {
  const v = d.get(key);
  if (v === undefined) throw newExceptionArgs(Exc.KeyError, [key]);
  return v;
}

/** `del d[key]`. */
export function dictDelItem(d: PyDict, key: PyValue): void {
  if (!d.delete(key)) throw newExceptionArgs(Exc.KeyError, [key]);
}

/** The error a dict iterator raises when the dict changed size under it. */
export function dictChangedSize(): never {
  throw newException(Exc.RuntimeError, 'dictionary changed size during iteration');
}

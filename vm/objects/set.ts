/**
 * set and frozenset: a PySet keeps its elements as the keys of a PyDict (same hashing, same
 * 1 == 1.0 == True rule, insertion order for iteration). Methods, operators (& | - ^ and their
 * in-place forms), subset comparisons, repr `{1, 2}` / `set()` / `frozenset({1})`, and
 * CPython's order-independent frozenset hash. `newFrozenSet` is what the compiler uses for
 * constant frozensets. CPython: Objects/setobject.c.
 */
import {
  FrozenSetType, None, NotImplemented, ObjectType, PyBuiltinFunction, PyIterator, PyObject, PyType, SetType, defMethod,
  isSubtype, typeOf, type PyValue,
} from './object.js';
import { Exc, PyException, newException, newExceptionArgs, typeError, checkNewType } from './exceptions.js';
import { defIteratorType, eq, getIter, hash as pyHash, iterNext, repr as pyRepr } from '../abstract.js';
import { PyDict, dictCheckExact, setDictProtocol } from './dict.js';
import { eqBool, hashWords, reprEnter, reprLeave } from './tuple.js';

/** Marks a deleted slot (CPython: the `dummy` key, hash -1). */
const DUMMY: PyValue = new PyObject(ObjectType);
const MINSIZE = 8;
const LINEAR_PROBES = 9;

/** Splits an exact 64-bit hash into unsigned 32-bit halves (CPython's size_t view). */

const scratch = [0, 0];

function sameKey(k: PyValue, key: PyValue): boolean {
  if (k === key) return true;
  if (typeof k === 'string' && typeof key === 'string') return false;
  return eqBool(k, key);
}

/**
 * A set or frozenset: CPython's open-addressing table (linear probes of 9, then perturbed
 * jumps) over exact 64-bit hashes, reproduced slot for slot so iteration order matches
 * CPython's wherever the element hashes do (ints, floats, tuples of those).
 */
export class PySet extends PyObject {
  /** Slot keys: null = never used, DUMMY = deleted. */
  keys: (PyValue | null)[];
  /** Low and high 32 bits of each slot's hash. */
  hlo: number[];
  hhi: number[];
  mask: number;
  /** Active + dummy slots (CPython: fill). */
  fill: number;
  /** Active slots (CPython: used). */
  used: number;
  /** Where pop() looks next (CPython: finger). */
  finger: number;
  /** Cached frozenset hash. */
  hashCache: number | null;
  constructor(type: PyType = SetType) {
    super(type);
    this.keys = new Array<PyValue | null>(MINSIZE).fill(null);
    this.hlo = new Array<number>(MINSIZE).fill(0);
    this.hhi = new Array<number>(MINSIZE).fill(0);
    this.mask = MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
    this.finger = 0;
    this.hashCache = null;
  }

  get size(): number {
    return this.used;
  }

  /** Slot of `key` with hash (lo, hi), or -1 (CPython: set_lookkey). */
  find(key: PyValue, lo: number, hi: number): number {
    const keys = this.keys, hlo = this.hlo, hhi = this.hhi, mask = this.mask;
    let i = lo & mask;
    let plo = lo, phi = hi;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = keys[j];
        if (k === null) return -1;
        if (hlo[j] === lo && hhi[j] === hi && k !== DUMMY && sameKey(k, key)) return j;
        j++;
      } while (probes-- > 0);
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }

  has(v: PyValue): boolean {
    hashWords(v, scratch);
    return this.find(v, scratch[0], scratch[1]) >= 0;
  }

  add(v: PyValue): void {
    hashWords(v, scratch);
    this.addEntry(v, scratch[0], scratch[1]);
  }

  /** CPython: set_add_entry. */
  addEntry(key: PyValue, lo: number, hi: number): void {
    const keys = this.keys, hlo = this.hlo, hhi = this.hhi, mask = this.mask;
    let i = lo & mask;
    let plo = lo, phi = hi;
    let freeslot = -1;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = keys[j];
        if (k === null) {
          if (freeslot >= 0) {
            keys[freeslot] = key;
            hlo[freeslot] = lo;
            hhi[freeslot] = hi;
            this.used++;
            return;
          }
          keys[j] = key;
          hlo[j] = lo;
          hhi[j] = hi;
          this.fill++;
          this.used++;
          if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return;
        }
        if (k === DUMMY) freeslot = j;
        else if (hlo[j] === lo && hhi[j] === hi && sameKey(k, key)) return;
        j++;
      } while (probes-- > 0);
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }

  /** CPython: set_table_resize — rebuilds into the smallest power of two above minused. */
  resize(minused: number): void {
    let size = MINSIZE;
    while (size <= minused) size *= 2;
    const oldKeys = this.keys, oldLo = this.hlo, oldHi = this.hhi;
    this.keys = new Array<PyValue | null>(size).fill(null);
    this.hlo = new Array<number>(size).fill(0);
    this.hhi = new Array<number>(size).fill(0);
    this.mask = size - 1;
    this.fill = this.used;
    for (let i = 0; i < oldKeys.length; i++) {
      const k = oldKeys[i];
      if (k !== null && k !== DUMMY) this.insertClean(k, oldLo[i], oldHi[i]);
    }
  }

  /** CPython: set_insert_clean — for keys known absent from a table without dummies. */
  insertClean(key: PyValue, lo: number, hi: number): void {
    const keys = this.keys, mask = this.mask;
    let i = lo & mask;
    let plo = lo, phi = hi;
    for (;;) {
      let slot = -1;
      if (keys[i] === null) slot = i;
      else if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (keys[i + j] === null) {
            slot = i + j;
            break;
          }
        }
      }
      if (slot >= 0) {
        keys[slot] = key;
        this.hlo[slot] = lo;
        this.hhi[slot] = hi;
        return;
      }
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }

  /** Removes `v`; false when absent (CPython: set_discard_key). */
  discard(v: PyValue): boolean {
    hashWords(v, scratch);
    return this.discardEntry(v, scratch[0], scratch[1]);
  }

  discardEntry(v: PyValue, lo: number, hi: number): boolean {
    const j = this.find(v, lo, hi);
    if (j < 0) return false;
    this.keys[j] = DUMMY;
    this.used--;
    return true;
  }

  clear(): void {
    this.keys = new Array<PyValue | null>(MINSIZE).fill(null);
    this.hlo = new Array<number>(MINSIZE).fill(0);
    this.hhi = new Array<number>(MINSIZE).fill(0);
    this.mask = MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
    this.hashCache = null;
  }

  /** Elements in table order (iteration order). */
  items(): PyValue[] {
    const out: PyValue[] = [];
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== null && k !== DUMMY) out.push(k);
    }
    return out;
  }

  /** Index of the first active slot at or after i, or -1 (iterators step with it). */
  nextIndex(i: number): number {
    const keys = this.keys;
    for (; i < keys.length; i++) {
      const k = keys[i];
      if (k !== null && k !== DUMMY) return i;
    }
    return -1;
  }

  /** CPython: set_merge — adds another set's elements, reusing its table layout when empty. */
  merge(other: PySet): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      this.keys = other.keys.slice();
      this.hlo = other.hlo.slice();
      this.hhi = other.hhi.slice();
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    const empty = this.fill === 0;
    if (empty) this.fill = this.used = other.used;
    for (let i = 0; i < other.keys.length; i++) {
      const k = other.keys[i];
      if (k === null || k === DUMMY) continue;
      if (empty) this.insertClean(k, other.hlo[i], other.hhi[i]);
      else this.addEntry(k, other.hlo[i], other.hhi[i]);
    }
  }

  /** CPython: set_update_internal — from a set, a dict, or any iterable. */
  update(v: PyValue): void {
    if (v instanceof PySet) {
      this.merge(v);
      return;
    }
    if (dictCheckExact(v)) {
      const n = v.size;
      if ((this.fill + n) * 5 >= this.mask * 3) this.resize((this.used + n) * 2);
      for (const k of v.keysArray()) this.add(k);
      return;
    }
    const it = getIter(v);
    for (let x = iterNext(it); x !== null; x = iterNext(it)) this.add(x);
  }

  /** CPython: set_pop — from the finger onwards. */
  pop(): PyValue | null {
    if (this.used === 0) return null;
    const mask = this.mask;
    let i = this.finger & mask;
    while (this.keys[i] === null || this.keys[i] === DUMMY) i = i + 1 > mask ? 0 : i + 1;
    const k = this.keys[i] as PyValue;
    this.keys[i] = DUMMY;
    this.used--;
    this.finger = i + 1;
    return k;
  }
}

export function isFrozen(s: PySet): boolean {
  return isSubtype(s.ob_type, FrozenSetType);
}

/** BUILD_SET: a set of `items` added in order. */
export function newSet(items: PyValue[] = []): PySet {
  const s = new PySet(SetType);
  for (let i = 0; i < items.length; i++) s.add(items[i]);
  return s;
}

/** A frozenset of `items` (the compiler's constant frozensets). */
export function newFrozenSet(items: PyValue[]): PySet {
  const s = new PySet(FrozenSetType);
  for (let i = 0; i < items.length; i++) s.add(items[i]);
  return s;
}

/**
 * A set display whose items were all constants: CPython 3.11 compiles `{1, 2, 3}` to a
 * frozenset constant merged into a new set, which lays the table out differently from adding
 * the items one by one (BUILD_SET can use this when its operands came from LOAD_CONSTs).
 */
export function newSetFromConstants(items: PyValue[]): PySet {
  if (items.length <= 2) return newSet(items);
  return makeSet(SetType, newFrozenSet(items));
}

/** CPython: make_new_set — a set of `type` filled from an iterable (or nothing). */
export function makeSet(type: PyType, iterable: PyValue | null): PySet {
  const s = new PySet(type);
  if (iterable !== null) s.update(iterable);
  return s;
}

export const SetIterType = new PyType('set_iterator', ObjectType, 0);
defIteratorType(SetIterType);

export class SetIterator extends PyIterator {
  set: PySet | null;
  pos: number;
  used: number;
  constructor(s: PySet) {
    super(SetIterType);
    this.set = s;
    this.pos = 0;
    this.used = s.used;
  }
  next(): PyValue | null {
    const s = this.set;
    if (s === null) return null;
    if (s.used !== this.used) {
      this.used = -1;
      throw newException(Exc.RuntimeError, 'Set changed size during iteration');
    }
    const i = s.nextIndex(this.pos);
    if (i < 0) {
      this.set = null;
      return null;
    }
    this.pos = i + 1;
    return s.keys[i] as PyValue;
  }
}

/** Elements of any iterable (sets and dicts read directly). */
export function iterableItems(v: PyValue): PyValue[] {
  if (v instanceof PySet) return v.items();
  if (v instanceof PyDict) return v.keysArray();
  const it = getIter(v);
  const out: PyValue[] = [];
  for (let x = iterNext(it); x !== null; x = iterNext(it)) out.push(x);
  return out;
}

/** A frozen copy used to look a (mutable, unhashable) set up inside a set. */
function frozenCopy(v: PySet): PySet {
  return makeSet(FrozenSetType, v);
}

function isTypeErrorExc(e: unknown): boolean {
  return e instanceof PyException && isSubtype(e.ob_type, Exc.TypeError);
}

/** CPython: set_contains — an unhashable set argument is looked up as a frozenset. */
export function setContains(s: PySet, v: PyValue): boolean {
  try {
    return s.has(v);
  } catch (e) {
    if (v instanceof PySet && isTypeErrorExc(e)) return s.has(frozenCopy(v));
    throw e;
  }
}

function asSet(v: PyValue): PySet {
  if (v instanceof PySet) return v;
  throw typeError(`descriptor requires a 'set' object but received a '${typeOf(v).name}'`);
}

/** The builtin base a result takes (set ops on a subclass return the plain base type). */
function baseType(s: PySet): PyType {
  return isFrozen(s) ? FrozenSetType : SetType;
}

/** CPython: set_copy (make_new_set_basetype(type(so), so)). */
function copyOf(s: PySet): PySet {
  return makeSet(baseType(s), s);
}

export function setRepr(s: PySet): string {
  const t = s.ob_type;
  const items = s.items();
  if (items.length === 0) return `${t.name}()`;
  if (reprEnter(s)) return `${t.name}(...)`;
  try {
    let body = '{';
    for (let i = 0; i < items.length; i++) body += (i > 0 ? ', ' : '') + pyRepr(items[i]);
    body += '}';
    return t === SetType ? body : `${t.name}(${body})`;
  } finally {
    reprLeave(s);
  }
}

const M64 = (1n << 64n) - 1n;
function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ ((h << 16n) & M64)) * 3644798167n) & M64;
}

/** CPython 3.11: frozenset_hash (xor of shuffled element hashes, then dispersed), exact. */
export function frozenSetHashBig(s: PySet): bigint {
  let h = 0n;
  for (let i = 0; i < s.keys.length; i++) {
    const k = s.keys[i];
    if (k !== null && k !== DUMMY) h ^= shuffleBits((BigInt(s.hhi[i]) << 32n) | BigInt(s.hlo[i]));
  }
  h ^= (BigInt(s.used + 1) * 1927868237n) & M64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & M64;
  const r = BigInt.asIntN(64, h);
  return r === -1n ? 590923713n : r;
}

/** frozenset hash as the JS number `hash()` protocol returns (cached). */
export function frozenSetHash(s: PySet): number {
  if (s.hashCache !== null) return s.hashCache;
  const r = Number(frozenSetHashBig(s));
  s.hashCache = r;
  return r;
}

// ---- set algebra, following setobject.c's iteration orders ----

/** CPython: set_union / set_or. */
export function setUnion(s: PySet, others: PyValue[]): PySet {
  const r = copyOf(s);
  for (const o of others) r.update(o);
  return r;
}

/** CPython: set_intersection (one operand). */
function intersect(s: PySet, other: PyValue): PySet {
  if (s === other) return copyOf(s);
  const result = new PySet(baseType(s));
  if (other instanceof PySet) {
    let big = s, small = other;
    if (other.used > s.used) {
      big = other;
      small = s;
    }
    for (let i = 0; i < small.keys.length; i++) {
      const k = small.keys[i];
      if (k === null || k === DUMMY) continue;
      if (big.find(k, small.hlo[i], small.hhi[i]) >= 0) result.addEntry(k, small.hlo[i], small.hhi[i]);
    }
    return result;
  }
  const it = getIter(other);
  for (let x = iterNext(it); x !== null; x = iterNext(it)) {
    hashWords(x, scratch);
    const lo = scratch[0], hi = scratch[1];
    if (s.find(x, lo, hi) >= 0) result.addEntry(x, lo, hi);
  }
  return result;
}

/** CPython: set_intersection_multi. */
export function setIntersection(s: PySet, others: PyValue[]): PySet {
  if (others.length === 0) return copyOf(s);
  let r = intersect(s, others[0]);
  for (let i = 1; i < others.length; i++) r = intersect(r, others[i]);
  return r;
}

/** CPython: set_difference_update_internal. */
function differenceUpdate(s: PySet, other: PyValue): void {
  if (s === other) {
    s.clear();
    return;
  }
  if (other instanceof PySet) {
    for (let i = 0; i < other.keys.length; i++) {
      const k = other.keys[i];
      if (k !== null && k !== DUMMY) s.discardEntry(k, other.hlo[i], other.hhi[i]);
    }
    return;
  }
  const it = getIter(other);
  for (let x = iterNext(it); x !== null; x = iterNext(it)) s.discard(x);
}

/** CPython: set_difference (one operand). */
function difference(s: PySet, other: PyValue): PySet {
  let otherSize: number;
  if (other instanceof PySet) otherSize = other.used;
  else if (dictCheckExact(other)) otherSize = other.size;
  else {
    const r = copyOf(s);
    differenceUpdate(r, other);
    return r;
  }
  if ((s.used >> 2) > otherSize) {
    const r = copyOf(s);
    differenceUpdate(r, other);
    return r;
  }
  const result = new PySet(baseType(s));
  for (let i = 0; i < s.keys.length; i++) {
    const k = s.keys[i];
    if (k === null || k === DUMMY) continue;
    const lo = s.hlo[i], hi = s.hhi[i];
    const present = other instanceof PySet ? other.find(k, lo, hi) >= 0 : (other as PyDict).has(k);
    if (!present) result.addEntry(k, lo, hi);
  }
  return result;
}

/** CPython: set_difference_multi. */
export function setDifference(s: PySet, others: PyValue[]): PySet {
  if (others.length === 0) return copyOf(s);
  const r = difference(s, others[0]);
  for (let i = 1; i < others.length; i++) differenceUpdate(r, others[i]);
  return r;
}

/** CPython: set_symmetric_difference_update. */
function symDiffUpdate(s: PySet, other: PyValue): void {
  if (s === other) {
    s.clear();
    return;
  }
  const o = other instanceof PySet ? other : makeSet(baseType(s), other);
  for (let i = 0; i < o.keys.length; i++) {
    const k = o.keys[i];
    if (k === null || k === DUMMY) continue;
    const lo = o.hlo[i], hi = o.hhi[i];
    if (!s.discardEntry(k, lo, hi)) s.addEntry(k, lo, hi);
  }
}

/** CPython: set_symmetric_difference — a copy of `other`, updated with `s`. */
export function setSymDiff(s: PySet, other: PyValue): PySet {
  const r = makeSet(baseType(s), other);
  symDiffUpdate(r, s);
  return r;
}

function isSubset(a: PySet, b: PySet): boolean {
  if (a.used > b.used) return false;
  for (let i = 0; i < a.keys.length; i++) {
    const k = a.keys[i];
    if (k !== null && k !== DUMMY && b.find(k, a.hlo[i], a.hhi[i]) < 0) return false;
  }
  return true;
}

function toSetArg(v: PyValue): PySet {
  return v instanceof PySet ? v : makeSet(SetType, v);
}

/** CPython: set_swap_bodies — `s` takes over r's table (in-place operators). */
function takeBody(s: PySet, r: PySet): void {
  s.keys = r.keys;
  s.hlo = r.hlo;
  s.hhi = r.hhi;
  s.mask = r.mask;
  s.fill = r.fill;
  s.used = r.used;
  s.hashCache = null;
}

setDictProtocol(pyHash, (a, b) => eq(a, b));

function install(): void {
  for (const T of [SetType, FrozenSetType]) {
    const frozen = T === FrozenSetType;
    T.dict.set('__new__', new PyBuiltinFunction('__new__', (_s, a, kw) => {
      const cls = a[0];
      checkNewType(cls, T, `${T.name}`);
      if (kw !== null && kw.length > 0 && cls === T) throw typeError(`${T.name}() takes no keyword arguments`);
      const n = a.length - 1 - (kw === null ? 0 : kw.length);
      if (n > 1) throw typeError(`${T.name} expected at most 1 argument, got ${n}`);
      if (frozen && n === 1) {
        const src = a[1];
        if (src instanceof PySet && src.ob_type === FrozenSetType && cls === FrozenSetType) return src;
        return makeSet(cls, src);
      }
      return new PySet(cls);
    }, T));
    if (!frozen) {
      defMethod(T, '__init__', (s, a, kw) => {
        if (kw !== null && kw.length > 0) throw typeError('set() takes no keyword arguments');
        if (a.length > 1) throw typeError(`set expected at most 1 argument, got ${a.length}`);
        const set = asSet(s);
        if (set.used > 0) set.clear();
        if (a.length === 1) set.update(a[0]);
        return None;
      });
    }
    defMethod(T, '__len__', (s) => asSet(s).used);
    defMethod(T, '__contains__', (s, a) => setContains(asSet(s), a[0]));
    defMethod(T, '__iter__', (s) => new SetIterator(asSet(s)));
    T.tp_iter = (s) => new SetIterator(s as PySet);
    defMethod(T, '__repr__', (s) => setRepr(asSet(s)));
    if (frozen) defMethod(T, '__hash__', (s) => frozenSetHash(asSet(s)));
    else T.dict.set('__hash__', None);
    defMethod(T, 'copy', (s) => {
      const set = asSet(s);
      if (frozen && set.ob_type === FrozenSetType) return set;
      return copyOf(set);
    });
    defMethod(T, 'union', (s, a) => setUnion(asSet(s), a));
    defMethod(T, 'intersection', (s, a) => setIntersection(asSet(s), a));
    defMethod(T, 'difference', (s, a) => setDifference(asSet(s), a));
    defMethod(T, 'symmetric_difference', (s, a) => setSymDiff(asSet(s), a[0]));
    defMethod(T, 'issubset', (s, a) => isSubset(asSet(s), toSetArg(a[0])));
    defMethod(T, 'issuperset', (s, a) => isSubset(toSetArg(a[0]), asSet(s)));
    defMethod(T, 'isdisjoint', (s, a) => {
      const set = asSet(s);
      for (const x of iterableItems(a[0])) if (set.has(x)) return false;
      return true;
    });
    const binop = (f: (s: PySet, o: PySet) => PySet) => (s: PyValue, a: PyValue[]): PyValue =>
      a[0] instanceof PySet ? f(asSet(s), a[0]) : NotImplemented;
    defMethod(T, '__or__', binop((x, y) => setUnion(x, [y])));
    defMethod(T, '__ror__', binop((x, y) => setUnion(y, [x])));
    defMethod(T, '__and__', binop((x, y) => intersect(x, y)));
    defMethod(T, '__rand__', binop((x, y) => intersect(y, x)));
    defMethod(T, '__sub__', binop((x, y) => difference(x, y)));
    defMethod(T, '__rsub__', binop((x, y) => difference(y, x)));
    defMethod(T, '__xor__', binop((x, y) => setSymDiff(x, y)));
    defMethod(T, '__rxor__', binop((x, y) => setSymDiff(y, x)));
    const cmp = (f: (s: PySet, o: PySet) => boolean) => (s: PyValue, a: PyValue[]): PyValue =>
      a[0] instanceof PySet ? f(asSet(s), a[0]) : NotImplemented;
    defMethod(T, '__eq__', cmp((x, y) => x.used === y.used && isSubset(x, y)));
    defMethod(T, '__ne__', cmp((x, y) => !(x.used === y.used && isSubset(x, y))));
    defMethod(T, '__le__', cmp((x, y) => isSubset(x, y)));
    defMethod(T, '__lt__', cmp((x, y) => x.used < y.used && isSubset(x, y)));
    defMethod(T, '__ge__', cmp((x, y) => isSubset(y, x)));
    defMethod(T, '__gt__', cmp((x, y) => y.used < x.used && isSubset(y, x)));
  }

  const S = SetType;
  defMethod(S, 'add', (s, a) => {
    asSet(s).add(a[0]);
    return None;
  });
  /** discard/remove look an unhashable set argument up as a frozenset. */
  const discardAny = (set: PySet, v: PyValue): boolean => {
    try {
      return set.discard(v);
    } catch (e) {
      if (v instanceof PySet && isTypeErrorExc(e)) return set.discard(frozenCopy(v));
      throw e;
    }
  };
  defMethod(S, 'discard', (s, a) => {
    discardAny(asSet(s), a[0]);
    return None;
  });
  defMethod(S, 'remove', (s, a) => {
    if (!discardAny(asSet(s), a[0])) throw newExceptionArgs(Exc.KeyError, [a[0]]);
    return None;
  });
  defMethod(S, 'pop', (s) => {
    const k = asSet(s).pop();
    if (k === null) throw newException(Exc.KeyError, 'pop from an empty set');
    return k;
  });
  defMethod(S, 'clear', (s) => {
    asSet(s).clear();
    return None;
  });
  defMethod(S, 'update', (s, a) => {
    const set = asSet(s);
    for (const o of a) set.update(o);
    return None;
  });
  defMethod(S, 'intersection_update', (s, a) => {
    const set = asSet(s);
    takeBody(set, setIntersection(set, a));
    return None;
  });
  defMethod(S, 'difference_update', (s, a) => {
    const set = asSet(s);
    for (const o of a) differenceUpdate(set, o);
    return None;
  });
  defMethod(S, 'symmetric_difference_update', (s, a) => {
    symDiffUpdate(asSet(s), a[0]);
    return None;
  });
  const iop = (f: (s: PySet, o: PySet) => void) => (s: PyValue, a: PyValue[]): PyValue => {
    if (!(a[0] instanceof PySet)) return NotImplemented;
    const set = asSet(s);
    f(set, a[0]);
    return set;
  };
  defMethod(S, '__ior__', iop((x, y) => x.update(y)));
  defMethod(S, '__iand__', iop((x, y) => takeBody(x, intersect(x, y))));
  defMethod(S, '__isub__', iop((x, y) => differenceUpdate(x, y)));
  defMethod(S, '__ixor__', iop((x, y) => symDiffUpdate(x, y)));
}

install();

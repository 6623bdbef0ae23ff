/**
 * Native iterator objects: list/tuple/dict/set iterators, enumerate, zip (with `strict`), map,
 * filter, reversed and the callable iterator of `iter(f, sentinel)`. Each is a PyIterator whose
 * `next()` returns the next item or null when exhausted (StopIteration only at the Python level).
 * The builtin classes (enumerate, zip…) are subclassable and constructed through `__new__`.
 * CPython: Objects/listobject.c (listiter), iterobject.c, enumobject.c, bltinmodule.c (zip, map,
 * filter), dictobject.c (dictiter).
 */
import {
  None, ObjectType, PyBuiltinFunction, PyIterator, PyList, PyTuple, PyType, TPFLAGS_BASETYPE, isSubtype,
  lookupType, typeOf, type PyValue,
} from './object.js';
import { Exc, PyException, newException, typeError, checkNewType } from './exceptions.js';
import { callObject, callUnbound } from '../call.js';
import { defIteratorType, eq, getIter, isTrue, iterNext, len as pyLen, getItem } from '../abstract.js';
import { PyDict, dictChangedSize } from './dict.js';
import { asIndexOrError } from './slice.js';
import { forIterNext } from '../for_iter.js';

function iterType(name: string, flags = 0): PyType {
  const t = new PyType(name, ObjectType, flags);
  defIteratorType(t);
  return t;
}

export const ListIterType = iterType('list_iterator');
export const ListRevIterType = iterType('list_reverseiterator');
export const TupleIterType = iterType('tuple_iterator');
export const DictKeyIterType = iterType('dict_keyiterator');
export const DictValueIterType = iterType('dict_valueiterator');
export const DictItemIterType = iterType('dict_itemiterator');
export const DictRevKeyIterType = iterType('dict_reversekeyiterator');
export const DictRevValueIterType = iterType('dict_reversevalueiterator');
export const DictRevItemIterType = iterType('dict_reverseitemiterator');
export const CallIterType = iterType('callable_iterator');
export const EnumerateType = iterType('enumerate', TPFLAGS_BASETYPE);
export const ZipType = iterType('zip', TPFLAGS_BASETYPE);
export const MapType = iterType('map', TPFLAGS_BASETYPE);
export const FilterType = iterType('filter', TPFLAGS_BASETYPE);
export const ReversedType = iterType('reversed', TPFLAGS_BASETYPE);

export class ListIterator extends PyIterator {
  index: number;
  list: PyList | null;
  constructor(list: PyList) {
    super(ListIterType);
    this.index = 0;
    this.list = list;
  }
  next(): PyValue | null {
    const l = this.list;
    if (l === null) return null;
    if (this.index < l.items.length) return l.items[this.index++];
    this.list = null;
    return null;
  }
}

export class ListRevIterator extends PyIterator {
  index: number;
  list: PyList | null;
  constructor(list: PyList) {
    super(ListRevIterType);
    this.index = list.items.length - 1;
    this.list = list;
  }
  next(): PyValue | null {
    const l = this.list;
    if (l === null) return null;
    if (this.index >= 0 && this.index < l.items.length) return l.items[this.index--];
    this.list = null;
    return null;
  }
}

export class TupleIterator extends PyIterator {
  index: number;
  items: PyValue[] | null;
  constructor(t: PyTuple) {
    super(TupleIterType);
    this.index = 0;
    this.items = t.items;
  }
  next(): PyValue | null {
    const items = this.items;
    if (items === null) return null;
    if (this.index < items.length) return items[this.index++];
    this.items = null;
    return null;
  }
}

export const DICT_KEYS = 0, DICT_VALUES = 1, DICT_ITEMS = 2;

/** Iterates a PyDict by entry index; raises if the dict's size changes under it. */
export class DictIterator extends PyIterator {
  dict: PyDict | null;
  pos: number;
  used: number;
  kind: number;
  constructor(dict: PyDict, kind: number) {
    super(kind === DICT_KEYS ? DictKeyIterType : kind === DICT_VALUES ? DictValueIterType : DictItemIterType);
    this.dict = dict;
    this.pos = 0;
    this.used = dict.size;
    this.kind = kind;
  }
  next(): PyValue | null {
    const i = this.step();
    if (i < 0) return null;
    const d = this.dict as PyDict, k = d.keys[i];
    if (this.kind === DICT_KEYS) return k;
    if (this.kind === DICT_VALUES) return d.vals[i];
    return new PyTuple([k, d.vals[i]]);
  }
  /** An items iterator's next() unpacked into two names (vm/for_iter.ts, forIterPair). */
  nextPair(out: (PyValue | null)[], at: number): boolean {
    const i = this.step();
    if (i < 0) return false;
    const d = this.dict as PyDict;
    out[at] = d.vals[i];
    out[at + 1] = d.keys[i];
    return true;
  }
  /** The next entry's index, or -1 at the end. */
  private step(): number {
    const d = this.dict;
    if (d === null) return -1;
    if (d.size !== this.used) {
      this.used = -1; // keep raising, as CPython does
      dictChangedSize();
    }
    const i = d.nextIndex(this.pos);
    if (i < 0) {
      this.dict = null;
      return -1;
    }
    this.pos = i + 1;
    return i;
  }
}

/** reversed(dict) and reversed(dict.items()…). */
export class DictRevIterator extends PyIterator {
  dict: PyDict | null;
  pos: number;
  used: number;
  kind: number;
  constructor(dict: PyDict, kind: number) {
    super(kind === DICT_KEYS ? DictRevKeyIterType : kind === DICT_VALUES ? DictRevValueIterType : DictRevItemIterType);
    this.dict = dict;
    this.pos = dict.capacity - 1;
    this.used = dict.size;
    this.kind = kind;
  }
  next(): PyValue | null {
    const d = this.dict;
    if (d === null) return null;
    if (d.size !== this.used) {
      this.used = -1;
      dictChangedSize();
    }
    let i = this.pos;
    while (i >= 0 && d.keyAt(i) === undefined) i--;
    if (i < 0) {
      this.dict = null;
      return null;
    }
    this.pos = i - 1;
    const k = d.keys[i];
    if (this.kind === DICT_KEYS) return k;
    if (this.kind === DICT_VALUES) return d.vals[i];
    return new PyTuple([k, d.vals[i]]);
  }
}

/** `iter(callable, sentinel)` (CPython: calliterobject). */
export class CallableIterator extends PyIterator {
  func: PyValue | null;
  constructor(func: PyValue, readonly sentinel: PyValue) {
    super(CallIterType);
    this.func = func;
  }
  next(): PyValue | null {
    const f = this.func;
    if (f === null) return null;
    let v: PyValue;
    try {
      v = callObject(f, [], null);
    } catch (e) {
      if (e instanceof PyException && isSubtype(e.ob_type, Exc.StopIteration)) {
        this.func = null;
        return null;
      }
      throw e;
    }
    if (v === this.sentinel || eq(v, this.sentinel)) {
      this.func = null;
      return null;
    }
    return v;
  }
}

export class EnumerateIterator extends PyIterator {
  it: PyValue;
  count: number | bigint;
  constructor(type: PyType, it: PyValue, start: number | bigint) {
    super(type);
    this.it = it;
    this.count = start;
  }
  next(): PyValue | null {
    const v = forIterNext(this.it);
    return v === null ? null : new PyTuple([this.advance(), v]);
  }
  /** next() unpacked into two names (vm/for_iter.ts, forIterPair). */
  nextPair(out: (PyValue | null)[], at: number): boolean {
    const v = forIterNext(this.it);
    if (v === null) return false;
    out[at] = v;
    out[at + 1] = this.advance();
    return true;
  }
  /** The count for this step; the next one's goes past 2**53 as a big int. */
  private advance(): number | bigint {
    const c = this.count;
    if (typeof c === 'number') this.count = c < Number.MAX_SAFE_INTEGER ? c + 1 : BigInt(c) + 1n;
    else this.count = c + 1n;
    return c;
  }
}

export class ZipIterator extends PyIterator {
  its: PyValue[] | null;
  constructor(type: PyType, its: PyValue[], readonly strict: boolean) {
    super(type);
    this.its = its;
  }
  next(): PyValue | null {
    const its = this.its;
    if (its === null || its.length === 0) return null;
    const out: PyValue[] = new Array(its.length);
    for (let i = 0; i < its.length; i++) {
      const v = forIterNext(its[i]);
      if (v === null) {
        this.its = null;
        if (this.strict) this.strictCheck(its, i);
        return null;
      }
      out[i] = v;
    }
    return new PyTuple(out);
  }
  /** next() of a zip of two iterables unpacked into two names (vm/for_iter.ts, forIterPair). */
  nextPair(out: (PyValue | null)[], at: number): boolean {
    const its = this.its;
    if (its === null) return false;
    const a = forIterNext(its[0]);
    const b = a === null ? null : forIterNext(its[1]);
    if (b === null) {
      this.its = null;
      if (this.strict) this.strictCheck(its, a === null ? 0 : 1);
      return false;
    }
    out[at] = b;
    out[at + 1] = a;
    return true;
  }
  /** CPython 3.10+: zip(strict=True) reports which argument was shorter or longer. */
  private strictCheck(its: PyValue[], i: number): void {
    if (i > 0) {
      const plural = i === 1 ? ' ' : 's 1-';
      throw newException(Exc.ValueError, `zip() argument ${i + 1} is shorter than argument${plural}${i}`);
    }
    for (let j = 1; j < its.length; j++) {
      if (iterNext(its[j]) !== null) {
        const plural = j === 1 ? ' ' : 's 1-';
        throw newException(Exc.ValueError, `zip() argument ${j + 1} is longer than argument${plural}${j}`);
      }
    }
  }
}

export class MapIterator extends PyIterator {
  constructor(type: PyType, readonly func: PyValue, readonly its: PyValue[]) {
    super(type);
  }
  next(): PyValue | null {
    const its = this.its;
    const args: PyValue[] = new Array(its.length);
    for (let i = 0; i < its.length; i++) {
      const v = iterNext(its[i]);
      if (v === null) return null;
      args[i] = v;
    }
    return callObject(this.func, args, null);
  }
}

export class FilterIterator extends PyIterator {
  constructor(type: PyType, readonly func: PyValue, readonly it: PyValue) {
    super(type);
  }
  next(): PyValue | null {
    for (;;) {
      const v = iterNext(this.it);
      if (v === null) return null;
      const keep = this.func === None || this.func === BoolTypeRef.type ? isTrue(v) : isTrue(callObject(this.func, [v], null));
      if (keep) return v;
    }
  }
}

/** bool, set by the builtins module so `filter(bool, …)` skips the call. */
const BoolTypeRef: { type: PyValue } = { type: None };
export function setFilterBoolType(t: PyValue): void {
  BoolTypeRef.type = t;
}

/** reversed(seq) over `__len__` + `__getitem__` (CPython: reversedobject). */
export class ReversedIterator extends PyIterator {
  index: number;
  seq: PyValue | null;
  constructor(type: PyType, seq: PyValue, n: number) {
    super(type);
    this.index = n - 1;
    this.seq = seq;
  }
  next(): PyValue | null {
    const s = this.seq;
    if (s === null || this.index < 0) {
      this.seq = null;
      return null;
    }
    try {
      return getItem(s, this.index--);
    } catch (e) {
      if (e instanceof PyException && (isSubtype(e.ob_type, Exc.IndexError) || isSubtype(e.ob_type, Exc.StopIteration))) {
        this.seq = null;
        return null;
      }
      throw e;
    }
  }
}

/** Splits vectorcall arguments into positionals and a name → value map. */
export function splitArgs(args: PyValue[], kwnames: readonly string[] | null): [PyValue[], Map<string, PyValue> | null] {
  if (kwnames === null || kwnames.length === 0) return [args, null];
  const n = args.length - kwnames.length;
  const kw = new Map<string, PyValue>();
  for (let i = 0; i < kwnames.length; i++) kw.set(kwnames[i], args[n + i]);
  return [args.slice(0, n), kw];
}

function checkCls(a: PyValue[], base: PyType): PyType {
  const cls = a[0];
  checkNewType(cls, base, `${base.name}`);
  return cls;
}

function defNew(type: PyType, fn: (cls: PyType, args: PyValue[], kw: Map<string, PyValue> | null) => PyValue): void {
  type.dict.set('__new__', new PyBuiltinFunction('__new__', (_s, a, kwnames) => {
    const [pos, kw] = splitArgs(a, kwnames);
    return fn(checkCls(pos, type), pos.slice(1), kw);
  }, type));
  // `enumerate(x)` itself: straight to the constructor (object.__init__ would accept anything).
  type.vectorcall = (a, kwnames) => {
    const [pos, kw] = splitArgs(a, kwnames);
    return fn(type, pos, kw);
  };
}

function noKw(name: string, kw: Map<string, PyValue> | null): void {
  if (kw !== null && kw.size > 0) throw typeError(`${name}() takes no keyword arguments`);
}

/** CPython: reversed_new — `__reversed__` first, then the sequence protocol. */
export function makeReversed(seq: PyValue, type: PyType = ReversedType): PyValue {
  const t = typeOf(seq);
  const r = lookupType(t, '__reversed__');
  if (r === None) throw typeError(`'${t.name}' object is not reversible`);
  if (r !== undefined) return callUnbound(r, seq, [], null);
  if (lookupType(t, '__getitem__') === undefined || lookupType(t, '__len__') === undefined || seq instanceof PyDict) {
    throw typeError(`'${t.name}' object is not reversible`);
  }
  return new ReversedIterator(type, seq, pyLen(seq));
}

function install(): void {
  defNew(EnumerateType, (cls, a, kw) => {
    let iterable: PyValue | undefined = a[0], start: PyValue = 0;
    if (a.length > 2) throw typeError(`enumerate() takes at most 2 arguments (${a.length} given)`);
    if (a.length > 1) start = a[1];
    if (kw !== null) {
      for (const [k, v] of kw) {
        if (k === 'iterable' && iterable === undefined) iterable = v;
        else if (k === 'start' && a.length < 2) start = v;
        else throw typeError(`'${k}' is an invalid keyword argument for enumerate()`);
      }
    }
    if (iterable === undefined) throw typeError("enumerate() missing required argument 'iterable'");
    const s = asIndexOrError(start, `'${typeOf(start).name}' object cannot be interpreted as an integer`);
    return new EnumerateIterator(cls, getIter(iterable), s);
  });
  defNew(ZipType, (cls, a, kw) => {
    let strict = false;
    if (kw !== null) {
      for (const [k, v] of kw) {
        if (k === 'strict') strict = isTrue(v);
        else throw typeError(`'${k}' is an invalid keyword argument for zip()`);
      }
    }
    return new ZipIterator(cls, a.map(getIter), strict);
  });
  defNew(MapType, (cls, a, kw) => {
    noKw('map', kw);
    if (a.length < 2) throw typeError('map() must have at least two arguments.');
    return new MapIterator(cls, a[0], a.slice(1).map(getIter));
  });
  defNew(FilterType, (cls, a, kw) => {
    noKw('filter', kw);
    if (a.length !== 2) throw typeError(`filter expected 2 arguments, got ${a.length}`);
    return new FilterIterator(cls, a[0], getIter(a[1]));
  });
  defNew(ReversedType, (cls, a, kw) => {
    noKw('reversed', kw);
    if (a.length !== 1) throw typeError(`reversed expected 1 argument, got ${a.length}`);
    return makeReversed(a[0], cls);
  });
}

install();

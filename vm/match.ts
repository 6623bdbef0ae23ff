/**
 * Runtime support for `match` statements. The 3.7 instruction set has no MATCH_* opcodes, so the
 * compiler emits calls to these three native functions, held as constants of the code object:
 * each returns a tuple of the values the sub-patterns match against, or None when the subject
 * doesn't fit. CPython 3.11: Python/ceval.c (MATCH_SEQUENCE/MATCH_MAPPING/MATCH_KEYS/MATCH_CLASS,
 * match_class, match_keys), Objects/abstract.c (Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING).
 */
import {
  BoolType, ByteArrayType, BytesType, DictType, FloatType, FrozenSetType, IntType, ListType, None, ObjectType, PyBuiltinFunction,
  PyList, PyObject, PyTuple, PyType, RangeType, SetType, StrType, TupleType, lookupType, typeOf, type PyValue,
} from './objects/object.js';
import { PyDict } from './objects/dict.js';
import { dictUpdateFrom } from './objects/dict_methods.js';
import { Exc, newException } from './objects/exceptions.js';
import { len, toArray } from './abstract.js';
import { getAttr, getAttrOrNull } from './attributes.js';
import { callObject } from './call.js';
import { isInstance } from './builtins/functions.js';
import { PyModule } from './objects/module.js';
import { sysModules } from './modules/registry.js';
import { repr } from './abstract.js';

/** Instances of these match a single positional sub-pattern against themselves (_Py_TPFLAGS_MATCH_SELF). */
const MATCH_SELF = new Set<PyType>([BoolType, ByteArrayType, BytesType, DictType, FloatType, FrozenSetType, IntType, ListType, SetType, StrType, TupleType]);

/** An ABC from collections.abc, if that module has been imported (registered classes count too). */
function abc(name: string): PyValue | null {
  for (const modName of ['collections.abc', '_collections_abc']) {
    const m = sysModules.getStr(modName);
    if (m instanceof PyModule) {
      const cls = m.dict.getStr(name);
      if (cls !== undefined) return cls;
    }
  }
  return null;
}

function mroHas(t: PyType, names: readonly string[]): boolean {
  for (const b of t.mro) if (names.includes(b.name)) return true;
  return false;
}

/** CPython: Py_TPFLAGS_SEQUENCE — list, tuple, range, memoryview, deque, Sequence ABCs; never str/bytes/bytearray. */
function isSequence(v: PyValue): boolean {
  const t = typeOf(v);
  if (t === ListType || t === TupleType || t === RangeType) return true;
  if (typeof v === 'string' || t.mro.includes(StrType) || t.mro.includes(BytesType) || t.mro.includes(ByteArrayType)) return false;
  if (t.mro.includes(ListType) || t.mro.includes(TupleType) || mroHas(t, ['range', 'memoryview', 'deque', 'array'])) return true;
  const seq = abc('Sequence');
  return seq !== null && isInstance(v, seq);
}

/** CPython: Py_TPFLAGS_MAPPING — dict and its subclasses, mappingproxy, Mapping ABCs. */
function isMapping(v: PyValue): boolean {
  const t = typeOf(v);
  if (t === DictType || t.mro.includes(DictType) || mroHas(t, ['mappingproxy'])) return true;
  const map = abc('Mapping');
  return map !== null && isInstance(v, map);
}

function intArg(v: PyValue): number {
  return typeof v === 'number' ? v : 0;
}

/**
 * matchSequence(subject, n, star): a tuple of n items (the starred slot as a list) when the
 * subject is a sequence of a fitting length; star is the starred sub-pattern's index or -1.
 */
function matchSequence(subject: PyValue, nV: PyValue, starV: PyValue): PyValue {
  if (!isSequence(subject)) return None;
  const n = intArg(nV), star = intArg(starV);
  const size = len(subject);
  if (star < 0 ? size !== n : size < n - 1) return None;
  const items = toArray(subject);
  if (items.length !== size) return None;
  if (star < 0) return new PyTuple(items);
  const after = n - 1 - star;
  const out = items.slice(0, star);
  out.push(new PyList(items.slice(star, items.length - after)));
  for (let i = items.length - after; i < items.length; i++) out.push(items[i]);
  return new PyTuple(out);
}

/** A marker no mapping can hold, passed as `get`'s default (CPython: MATCH_KEYS's dummy). */
const MISSING = new PyObject(ObjectType);

/**
 * matchMapping(subject, keys, rest): the values at `keys` (looked up with the subject's `get`,
 * as CPython does), plus a dict of the remaining items when the pattern has `**rest`.
 */
function matchMapping(subject: PyValue, keysV: PyValue, restV: PyValue): PyValue {
  if (!isMapping(subject)) return None;
  const keys = (keysV as PyTuple).items;
  if (keys.length > 0 && len(subject) < keys.length) return None;
  const seen = new PyDict();
  const values: PyValue[] = [];
  const get = keys.length > 0 ? getAttr(subject, 'get') : None;
  for (const k of keys) {
    if (seen.has(k)) throw newException(Exc.ValueError, `mapping pattern checks duplicate key (${repr(k)})`);
    seen.set(k, None);
    const v = callObject(get, [k, MISSING], null);
    if (v === MISSING) return None;
    values.push(v);
  }
  if (restV === true) {
    const rest = new PyDict();
    dictUpdateFrom(rest, subject);
    for (const k of keys) rest.delete(k);
    values.push(rest);
  }
  return new PyTuple(values);
}

/** CPython: match_class_attr — a missing attribute is a failed match, not an error. */
function classAttr(subject: PyValue, t: PyType, name: PyValue, seen: Set<string>): PyValue | null {
  if (typeof name !== 'string') throw newException(Exc.TypeError, `__match_args__ elements must be strings (got ${typeOf(name).name})`);
  if (seen.has(name)) throw newException(Exc.TypeError, `${t.name}() got multiple sub-patterns for attribute ${repr(name)}`);
  seen.add(name);
  return getAttrOrNull(subject, name);
}

/**
 * matchClass(subject, cls, nargs, kwnames): when `isinstance(subject, cls)`, the attributes
 * named by `cls.__match_args__[:nargs]` and by `kwnames`, in that order.
 */
function matchClass(subject: PyValue, cls: PyValue, nargsV: PyValue, kwnamesV: PyValue): PyValue {
  if (!(cls instanceof PyType)) throw newException(Exc.TypeError, 'called match pattern must be a type');
  if (!isInstance(subject, cls)) return None;
  const nargs = intArg(nargsV);
  const out: PyValue[] = [];
  const seen = new Set<string>();
  if (nargs > 0) {
    let matchSelf = false;
    const matchArgs = lookupType(cls, '__match_args__') !== undefined ? getAttr(cls, '__match_args__') : undefined;
    let allowed: number;
    if (matchArgs !== undefined) {
      if (!(matchArgs instanceof PyTuple)) throw newException(Exc.TypeError, `${cls.name}.__match_args__ must be a tuple (got ${typeOf(matchArgs).name})`);
      allowed = matchArgs.items.length;
    } else {
      matchSelf = cls.mro.some((b) => MATCH_SELF.has(b));
      allowed = matchSelf ? 1 : 0;
    }
    if (allowed < nargs) {
      throw newException(Exc.TypeError, `${cls.name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`);
    }
    if (matchSelf) out.push(subject);
    else {
      for (let i = 0; i < nargs; i++) {
        const v = classAttr(subject, cls, (matchArgs as PyTuple).items[i], seen);
        if (v === null) return None;
        out.push(v);
      }
    }
  }
  for (const name of (kwnamesV as PyTuple).items) {
    const v = classAttr(subject, cls, name, seen);
    if (v === null) return None;
    out.push(v);
  }
  return new PyTuple(out);
}

export const MATCH_SEQUENCE = new PyBuiltinFunction('_match_sequence', (_s, a) => matchSequence(a[0], a[1], a[2]), None);
export const MATCH_MAPPING = new PyBuiltinFunction('_match_mapping', (_s, a) => matchMapping(a[0], a[1], a[2]), None);
export const MATCH_CLASS = new PyBuiltinFunction('_match_class', (_s, a) => matchClass(a[0], a[1], a[2], a[3]), None);

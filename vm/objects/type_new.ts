/**
 * type.__new__(meta, name, bases, ns): creates a class. Computes the C3 MRO, picks the native
 * base whose instance shape the class inherits, copies the namespace into the type dict,
 * sets `__hash__ = None` when `__eq__` is defined alone, wraps the implicit static/class methods, runs `__set_name__` and the parent's
 * `__init_subclass__`. CPython: Objects/typeobject.c (type_new, mro_implementation, best_base).
 */
import {
  None, ObjectType, PyBuiltinFunction, PyCell, PyTuple, PyType,
  TPFLAGS_BASETYPE, TPFLAGS_BASE_EXC_SUBCLASS,
  TPFLAGS_HEAPTYPE, TypeType, isSubtype, lookupType, typeOf, type PyValue,
} from './object.js';
import { Exc, PyException, newException, typeError } from './exceptions.js';
import { PyDict } from './dict.js';
import { PyFunction } from './function.js';
import { callMethod, descrGet, getAttr, repr } from '../abstract.js';
import { PyClassMethod, newClassMethod, newStaticMethod } from './descriptors.js';
import { callObject } from '../call.js';
import { tstate } from '../frame.js';
import { layoutSlots } from './slots.js';
import { instanceDictAccess } from './object_type.js';

/** C3 linearisation (CPython: mro_implementation / pmerge). */
export function computeMro(cls: PyType, bases: PyType[]): PyType[] {
  const seqs: PyType[][] = bases.map(b => b.mro.slice());
  seqs.push(bases.slice());
  const result: PyType[] = [cls];
  for (;;) {
    const live = seqs.filter(s => s.length > 0);
    if (live.length === 0) return result;
    let cand: PyType | null = null;
    for (const s of live) {
      const head = s[0];
      if (!live.some(t => t.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (cand === null) {
      const names = [...new Set(live.map(s => s[0].name))].join(', ');
      throw typeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${names}`);
    }
    result.push(cand);
    for (const s of live) if (s[0] === cand) s.shift();
  }
}

/** The native shape a class's instances use: the most derived native among its bases. */
function solidNative(bases: PyType[]): PyType | null {
  let winner: PyType | null = null;
  for (const b of bases) {
    const n = b.native;
    if (n === null || n === ObjectType) continue;
    if (winner === null || isSubtype(n, winner)) winner = n;
    else if (!isSubtype(winner, n)) throw typeError('multiple bases have instance lay-out conflict');
  }
  return winner;
}

/** Builtin types carry their own shape; record it so subclasses inherit it. */
function nativeOf(b: PyType): PyType | null {
  if (b.native !== null) return b.native;
  if ((b.flags & TPFLAGS_HEAPTYPE) === 0 && !b.dict.has('__module__') && b !== ObjectType) return b;
  return null;
}

export function typeNew(meta: PyType, name: string, basesV: PyValue, ns: PyValue, kwnames: string[], kwvalues: PyValue[]): PyType {
  if (!(basesV instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${typeOf(basesV).name}`);
  if (!(ns instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${typeOf(ns).name}`);
  const bases: PyType[] = [];
  for (const b of basesV.items) {
    if (!(b instanceof PyType)) {
      throw typeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
    }
    if ((b.flags & TPFLAGS_BASETYPE) === 0) throw typeError(`type '${b.name}' is not an acceptable base type`);
    if (bases.includes(b)) throw typeError(`duplicate base class ${b.name}`);
    bases.push(b);
  }
  if (bases.length === 0) bases.push(ObjectType);
  for (const b of bases) if (b.native === null) b.native = nativeOf(b);
  let flags = TPFLAGS_HEAPTYPE | TPFLAGS_BASETYPE;
  for (const b of bases) flags |= b.flags & TPFLAGS_BASE_EXC_SUBCLASS;
  const cls = new PyType(name, bases[0], flags, meta);
  cls.bases = bases;
  cls.mro = computeMro(cls, bases);
  cls.native = solidNative(bases);
  // the namespace becomes the type dict; __qualname__ is an attribute of the type, not an entry
  for (let i = 0; i < ns.capacity; i++) {
    const k = ns.keyAt(i);
    if (k === undefined || typeof k !== 'string') continue;
    cls.dict.set(k, ns.valueAt(i)!);
  }
  // CPython: type_new_set_classcell — zero-argument super()'s cell gets the new class
  const classcell = cls.dict.get('__classcell__');
  if (classcell !== undefined) {
    if (!(classcell instanceof PyCell)) throw typeError(`__classcell__ must be a nonlocal cell, not ${repr(typeOf(classcell))}`);
    classcell.ob_ref = cls;
    cls.dict.delete('__classcell__');
  }
  const qn = cls.dict.get('__qualname__');
  if (qn !== undefined) {
    if (typeof qn !== 'string') throw typeError(`type __qualname__ must be a str, not ${typeOf(qn).name}`);
    cls.qualname = qn;
    cls.dict.delete('__qualname__');
  }
  let mod = cls.dict.get('__module__');
  if (mod === undefined) {
    // type(name, bases, ns) called directly: the caller's module (CPython: type_new_set_module)
    const f = tstate.frame;
    const gn = f === null ? undefined : f.f_globals.getStr('__name__');
    if (gn !== undefined) cls.dict.set('__module__', mod = gn);
  }
  if (typeof mod === 'string') cls.module = mod;
  layoutSlots(cls, bases, instanceDictAccess);
  if (!cls.dict.has('__doc__')) cls.dict.set('__doc__', None);
  if (cls.dict.has('__eq__') && !cls.dict.has('__hash__')) cls.dict.set('__hash__', None);
  // __new__ as a plain function is an implicit staticmethod, __init_subclass__ and
  // __class_getitem__ implicit classmethods
  const nf = cls.dict.get('__new__');
  if (nf instanceof PyFunction) cls.dict.set('__new__', newStaticMethod(nf));
  for (const implicit of ['__init_subclass__', '__class_getitem__']) {
    const f = cls.dict.get(implicit);
    if (f instanceof PyFunction) cls.dict.set(implicit, newClassMethod(f));
  }
  // __set_name__ on descriptors in the namespace (CPython: type_new_set_names)
  for (const [k, v] of [...cls.dict]) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') continue;
    const sn = lookupType(typeOf(v), '__set_name__');
    if (sn === undefined) continue;
    try {
      callMethod(sn, v, [cls, k]);
    } catch (e) {
      // 3.11 wraps the failure, keeping the original as the cause
      if (!(e instanceof PyException)) throw e;
      const w = newException(Exc.RuntimeError, `Error calling __set_name__ on '${typeOf(v).name}' instance '${k}' in '${cls.name}'`);
      w.cause = e;
      w.suppressContext = true;
      throw w;
    }
  }
  for (const b of bases) addSubclass(b, cls);
  initSubclass(cls, kwnames, kwvalues);
  return cls;
}

/** Direct subclasses per type, held weakly so short-lived classes can be collected. */
const subclassTable = new WeakMap<PyType, WeakRef<PyType>[]>();

function addSubclass(base: PyType, cls: PyType): void {
  let list = subclassTable.get(base);
  if (list === undefined) subclassTable.set(base, list = []);
  else if (list.length >= 64) {
    // drop collected entries now and then so the list does not grow without bound
    list = list.filter(r => r.deref() !== undefined);
    subclassTable.set(base, list);
  }
  list.push(new WeakRef(cls));
}

/** CPython: type.__subclasses__ — the live direct subclasses created by class statements. */
export function subclassesOf(t: PyType): PyType[] {
  const out: PyType[] = [];
  const list = subclassTable.get(t);
  if (list === undefined) return out;
  for (const r of list) {
    const c = r.deref();
    if (c !== undefined && c.bases.includes(t)) out.push(c);
  }
  return out;
}

/** super(cls, cls).__init_subclass__(**kwargs) (CPython: type_new_init_subclass). */
function initSubclass(cls: PyType, kwnames: string[], kwvalues: PyValue[]): void {
  const mro = cls.mro;
  for (let i = 1; i < mro.length; i++) {
    const f = mro[i].dict.get('__init_subclass__');
    if (f === undefined) continue;
    if (f instanceof PyClassMethod && (f.func instanceof PyFunction || f.func instanceof PyBuiltinFunction)) {
      callObject(f.func, [cls, ...kwvalues], kwnames.length > 0 ? kwnames : null);
    } else {
      callObject(descrGet(f, null, cls), kwvalues, kwnames.length > 0 ? kwnames : null);
    }
    return;
  }
}

/** CPython: _PyType_CalculateMetaclass — the most derived metaclass of meta and the bases'. */
export function calculateMetaclass(meta: PyType, bases: readonly PyValue[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const t = typeOf(b);
    if (isSubtype(winner, t)) continue;
    if (isSubtype(t, winner)) {
      winner = t;
      continue;
    }
    throw typeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

let TYPE_NEW: PyBuiltinFunction;

function install(): void {
  TYPE_NEW = new PyBuiltinFunction('__new__', (_s, args, kwnames) => {
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = args.length - nkw;
    const meta = args[0];
    if (!(meta instanceof PyType) || !isSubtype(meta, TypeType)) {
      throw typeError(`type.__new__(X): X is not a type object (${typeOf(meta).name})`);
    }
    if (npos === 2 && meta === TypeType) return typeOf(args[1]);
    if (npos !== 4) {
      // type(...) itself takes the one-argument form too (CPython's type_call); a metaclass's
      // call reaches type.__new__'s own argument parsing.
      throw typeError(meta === TypeType ? 'type() takes 1 or 3 arguments'
        : `type.__new__() takes exactly 3 arguments (${npos - 1} given)`);
    }
    const name = args[1];
    if (typeof name !== 'string') throw typeError(`type.__new__() argument 1 must be str, not ${typeOf(name).name}`);
    let winner = meta;
    const bases = args[2];
    if (bases instanceof PyTuple) {
      // a more derived metaclass among the bases' takes over (CPython: type_new_get_bases)
      winner = calculateMetaclass(meta, bases.items);
      if (winner !== meta && lookupType(winner, '__new__') !== TYPE_NEW) {
        return callObject(getAttr(winner, '__new__'), [winner, ...args.slice(1)], kwnames);
      }
    }
    return typeNew(winner, name, args[2], args[3], nkw > 0 ? kwnames!.slice() : [], args.slice(npos));
  }, TypeType, 'type.__new__');
  TypeType.dict.set('__new__', TYPE_NEW);
}

install();

/**
 * `__slots__`: each named slot becomes a member descriptor on the class holding an index into
 * the instance's slot array, and a class whose whole heap MRO uses slots gives its instances no
 * `__dict__`. Also adds the `__dict__`/`__weakref__` descriptors a class statement creates.
 * CPython: Objects/typeobject.c (type_new_slots, type_new_descriptors), Objects/descrobject.c.
 */
import {
  GetSetDescrType, None, ObjectType, PyGetSetDescr, PyMethodDescr, PyInstance, PyObject, PyType, TPFLAGS_BASE_EXC_SUBCLASS,
  TPFLAGS_HEAPTYPE, TypeType, FrozenSetType, SetType, IntType, TupleType, BytesType, isSubtype, typeOf, type PyValue,
} from './object.js';
import { ATTR_NAME, ATTR_OBJ, Exc, newException, typeError } from './exceptions.js';
import { toArray } from '../abstract.js';

export const MemberDescrType = new PyType('member_descriptor', ObjectType, 0);

/** An instance of a class with `__slots__`: slot values by index, null while unset. */
export class PySlotsInstance extends PyInstance {
  readonly slots: (PyValue | null)[];
  constructor(type: PyType) {
    super(type, null);
    this.slots = new Array<PyValue | null>(type.nslots).fill(null);
  }
}

/** Slot storage for instances of builtin subclasses (`class L(list): __slots__ = ('a',)`). */
const foreignSlots = new WeakMap<PyObject, (PyValue | null)[]>();

function slotsOf(o: PyValue, n: number): (PyValue | null)[] {
  if (o instanceof PySlotsInstance) return o.slots;
  if (!(o instanceof PyObject)) throw typeError(`slot descriptor does not apply to '${typeOf(o).name}'`);
  let a = foreignSlots.get(o);
  if (a === undefined) foreignSlots.set(o, a = []);
  while (a.length < n) a.push(null);
  return a;
}

/** CPython: object_new's allocation — a plain instance, or one with room for slots. */
export function newInstance(cls: PyType): PyInstance {
  return cls.nslots === 0 ? new PyInstance(cls, null) : new PySlotsInstance(cls);
}

function memberDescr(cls: PyType, name: string, index: number): PyGetSetDescr {
  const missing = (self: PyValue) => {
    const e = newException(Exc.AttributeError, `'${typeOf(self).name}' object has no attribute '${name}'`);
    if (e.extra !== null) {
      e.extra[ATTR_NAME] = name;
      e.extra[ATTR_OBJ] = self;
    }
    return e;
  };
  const d = new PyGetSetDescr(name, cls, self => {
    const v = slotsOf(self, index + 1)[index];
    if (v === null || v === undefined) throw missing(self);
    return v;
  }, (self, v) => {
    const a = slotsOf(self, index + 1);
    // deleting an unset slot names just the slot (CPython: PyMember_SetOne)
    if (v === null && (a[index] === null || a[index] === undefined)) throw newException(Exc.AttributeError, name);
    a[index] = v;
  });
  d.ob_type = MemberDescrType;
  return d;
}

function isIdentifier(s: string): boolean {
  return /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(s);
}

/** CPython: _Py_Mangle for a slot name inside class `cls`. */
function mangle(cls: string, name: string): string {
  if (!name.startsWith('__') || name.endsWith('__')) return name;
  const stripped = cls.replace(/^_+/, '');
  return stripped === '' ? name : `_${stripped}${name}`;
}

/** Whether instances of a base already carry a `__dict__` (CPython: tp_dictoffset != 0). */
function baseHasDict(bases: PyType[]): boolean {
  for (const b of bases) {
    if (!b.instanceHasDict) continue;
    if ((b.flags & TPFLAGS_BASE_EXC_SUBCLASS) !== 0 || isSubtype(b, TypeType)) return true;
    for (const t of b.mro) if (t !== ObjectType && t.dict.has('__dict__')) return true;
  }
  return false;
}

/** Whether instances of a base already support weak references, or never can (var-sized). */
function baseHasWeakref(bases: PyType[]): boolean {
  for (const b of bases) {
    for (const t of b.mro) {
      if (t === SetType || t === FrozenSetType || t === TypeType || t === IntType || t === TupleType || t === BytesType) return true;
      if ((t.flags & TPFLAGS_BASE_EXC_SUBCLASS) !== 0 && t.dict.has('__weakref__')) return true;
      if (t !== ObjectType && t.dict.has('__weakref__')) return true;
    }
  }
  return false;
}

/** A getset reading or replacing the instance dict (the object `__dict__` getter's behaviour). */
export type DictAccess = { get: (self: PyValue) => PyValue; set: (self: PyValue, v: PyValue | null) => void };

/**
 * Lays out `cls` after its namespace has been copied into `cls.dict` and before `__doc__` is
 * added: member descriptors for `__slots__`, then `__dict__` and `__weakref__` as CPython adds them.
 */
export function layoutSlots(cls: PyType, bases: PyType[], dictAccess: DictAccess): void {
  let baseSlots = 0;
  let slotBase: PyType | null = null;
  for (const b of bases) {
    if (b.nslots === 0) continue;
    if (slotBase !== null && !isSubtype(b, slotBase) && !isSubtype(slotBase, b)) {
      throw typeError('multiple bases have instance lay-out conflict');
    }
    if (b.nslots > baseSlots) {
      baseSlots = b.nslots;
      slotBase = b;
    }
  }
  const hadDict = baseHasDict(bases);
  let addDict = !hadDict;
  let addWeak = !baseHasWeakref(bases);
  const slotsV = cls.dict.get('__slots__');
  const names: string[] = [];
  if (slotsV !== undefined) {
    const items = typeof slotsV === 'string' ? [slotsV] : toArray(slotsV);
    addDict = false;
    addWeak = false;
    for (const it of items) {
      if (typeof it !== 'string') throw typeError(`__slots__ items must be strings, not '${typeOf(it).name}'`);
      if (!isIdentifier(it)) throw typeError('__slots__ must be identifiers');
      if (it === '__dict__') {
        if (addDict || hadDict) throw typeError('__dict__ slot disallowed: we already got one');
        addDict = true;
        continue;
      }
      if (it === '__weakref__') {
        if (addWeak || baseHasWeakref(bases)) throw typeError('__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0');
        addWeak = true;
        continue;
      }
      const m = mangle(cls.name, it);
      // 3.11 accepts a repeated name (the later member replaces the earlier one)
      if (!names.includes(m)) names.push(m);
    }
    const native = cls.native;
    if (names.length > 0 && native !== null && (native === IntType || native === TupleType || native === BytesType || isSubtype(native, IntType))) {
      throw typeError(`nonempty __slots__ not supported for subtype of '${native.name}'`);
    }
    for (const m of names) {
      if (cls.dict.has(m)) throw newException(Exc.ValueError, `'${m}' in __slots__ conflicts with class variable`);
    }
    names.sort();
  }
  cls.nslots = baseSlots + names.length;
  if (cls.nslots > 0) {
    const inherited = slotBase === null ? [] : [slotNames(slotBase)];
    slotLayouts.set(cls, [...inherited, ...names].join(' '));
  }
  for (let i = 0; i < names.length; i++) cls.dict.set(names[i], memberDescr(cls, names[i], baseSlots + i));
  cls.instanceHasDict = hadDict || addDict || (slotsV === undefined);
  if (addDict) cls.dict.set('__dict__', new PyGetSetDescr('__dict__', cls, dictAccess.get, dictAccess.set));
  if (addWeak) cls.dict.set('__weakref__', new PyGetSetDescr('__weakref__', cls, () => None));
}

/**
 * Whether instances of `a` and `b` are laid out alike, so that an instance of one may become
 * an instance of the other by `__class__` assignment (CPython: compatible_for_assignment): the
 * same nearest builtin base, which is not one whose instances vary in size (int, tuple, bytes:
 * their subclasses' dicts sit at a negative offset, which same_slots_added never accepts), the
 * same `__slots__` names, and both with an instance dict or both without.
 */
export function sameLayout(a: PyType, b: PyType): boolean {
  if (a === b) return true;
  const base = builtinBase(a);
  return base === builtinBase(b) && !variableSize(base) && a.nslots === b.nslots &&
    a.instanceHasDict === b.instanceHasDict && slotNames(a) === slotNames(b);
}

/** The first class in the chain of `t`'s bases that is not a class statement's. */
function builtinBase(t: PyType): PyType {
  let b = t;
  while ((b.flags & TPFLAGS_HEAPTYPE) !== 0 && b.base !== null) b = b.base;
  return b;
}

/** Builtin types whose instances vary in size (CPython: tp_itemsize != 0). */
function variableSize(t: PyType): boolean {
  return t === IntType || t === TupleType || t === BytesType || isSubtype(t, IntType);
}

/**
 * The `__slots__` names of a class with slots, its bases' first, in the order of their indexes
 * (CPython keeps them as ht_slots); set by layoutSlots.
 */
const slotLayouts = new WeakMap<PyType, string>();

function slotNames(t: PyType): string {
  return t.nslots === 0 ? '' : slotLayouts.get(t) ?? '';
}

/** Whether `o` may be given an instance dict (false for instances of fully slotted classes). */
export function mayHaveDict(o: PyInstance): boolean {
  return o.ob_type.instanceHasDict;
}

// getset_descriptor and member_descriptor as Python sees them: __get__/__set__/__delete__, repr
function installDescrTypes(): void {
  for (const [t, kind] of [[GetSetDescrType, 'attribute'], [MemberDescrType, 'member']] as const) {
    const as = (v: PyValue): PyGetSetDescr => {
      if (v instanceof PyGetSetDescr) return v;
      throw typeError(`descriptor requires a '${t.name}' object but received a '${typeOf(v).name}'`);
    };
    const def = (name: string, fn: (self: PyGetSetDescr, args: PyValue[]) => PyValue): void => {
      t.dict.set(name, new PyMethodDescr(name, (self, args) => fn(as(self), args), t));
    };
    def('__get__', (d, args) => (args.length === 0 || args[0] === None ? d : d.get(args[0])));
    def('__set__', (d, args) => {
      if (d.set === null) throw newException(Exc.AttributeError, `attribute '${d.name}' of '${d.objclass.name}' objects is not writable`);
      d.set(args[0], args[1]);
      return None;
    });
    def('__delete__', (d, args) => {
      if (d.set === null) throw newException(Exc.AttributeError, `attribute '${d.name}' of '${d.objclass.name}' objects is not writable`);
      d.set(args[0], null);
      return None;
    });
    def('__repr__', d => `<${kind} '${d.name}' of '${d.objclass.name}' objects>`);
    t.dict.set('__name__', new PyGetSetDescr('__name__', t, self => as(self).name));
    t.dict.set('__qualname__', new PyGetSetDescr('__qualname__', t, self => `${as(self).objclass.name}.${as(self).name}`));
    t.dict.set('__objclass__', new PyGetSetDescr('__objclass__', t, self => as(self).objclass));
  }
}

installDescrTypes();

/**
 * The methods of `object` and `type` themselves: default construction (`object.__new__`,
 * `__init__` with CPython's excess-argument rules), identity equality and hash, the default
 * repr `<__main__.C object at 0x…>`, `__format__`, generic attribute access, and the class
 * attributes every type has (`__name__`, `__qualname__`, `__mro__`, `__bases__`…).
 * CPython: Objects/typeobject.c (object_* and type_* functions).
 */
import {
  MethodDescrType, ModuleType, None, NotImplemented, ObjectType, PyBuiltinFunction, PyGetSetDescr as PyGetSet, PyInstance,
  PyList, PyObject, PyMethodDescr, PyTuple, PyType, isSlotName, TPFLAGS_IS_ABSTRACT, TypeType, isSubtype, lookupType, shortTypeName, typeOf, type PyValue,
} from './object.js';
import { Exc, PyException, newException, typeError } from './exceptions.js';
import { PyDict } from './dict.js';
import { hexId, identityHash } from './id.js';
import {
  descrGet, genericGetAttr, genericSetAttr, instanceDict, isImmutableType, isTrue, richCompare, repr, str, toArray,
  typeCall, typeGetAttr, typeSetAttr,
} from '../abstract.js';
import { ensureInstanceDict, noAttribute, typesChanged } from '../attributes.js';
import { PyMappingProxy } from './mappingproxy.js';
import { listSort } from './list.js';
import { newInstance, sameLayout, type DictAccess } from './slots.js';
import { ClassMethodType, PyClassMethod, PyStaticMethod } from './descriptors.js';
import { PyFunction } from './function.js';
import { computeMro, subclassesOf } from './type_new.js';

function hasExcessArgs(args: PyValue[], kwnames: readonly string[] | null): boolean {
  return args.length > 0 || (kwnames !== null && kwnames.length > 0);
}

function asType(v: PyValue, what: string): PyType {
  if (v instanceof PyType) return v;
  throw typeError(`${what} must be a type, not ${typeOf(v).name}`);
}

function attrName(v: PyValue): string {
  if (typeof v === 'string') return v;
  throw typeError(`attribute name must be string, not '${typeOf(v).name}'`);
}

/** CPython: object_new. */
export const OBJECT_NEW = new PyBuiltinFunction('__new__', (_self, args, kwnames) => {
  if (args.length === 0) throw typeError('object.__new__(): not enough arguments');
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeError(`object.__new__(X): X is not a type object (${typeOf(cls).name})`);
  if (args.length > 1 || (kwnames !== null && kwnames.length > 0)) {
    if (lookupType(cls, '__new__') !== OBJECT_NEW) {
      throw typeError('object.__new__() takes exactly one argument (the type to instantiate)');
    }
    if (lookupType(cls, '__init__') === OBJECT_INIT) throw typeError(`${cls.name}() takes no arguments`);
  }
  if ((cls.flags & TPFLAGS_IS_ABSTRACT) !== 0) throw abstractInstantiation(cls);
  // the nearest class without a Python __new__ must be built by object.__new__ itself
  // (CPython: tp_new_wrapper's staticbase check)
  let staticBase: PyType | null = cls;
  while (staticBase !== null && hasPythonNew(staticBase)) staticBase = staticBase.base;
  if (staticBase !== null && lookupType(staticBase, '__new__') !== OBJECT_NEW) {
    throw typeError(`object.__new__(${cls.name}) is not safe, use ${staticBase.name}.__new__()`);
  }
  return newInstance(cls);
}, ObjectType, 'object.__new__');

/** True when `t`'s `__new__` is written in Python (CPython: tp_new == slot_tp_new). */
function hasPythonNew(t: PyType): boolean {
  const f = lookupType(t, '__new__');
  return f instanceof PyStaticMethod ? !(f.func instanceof PyBuiltinFunction) : f instanceof PyFunction;
}

/** The 3.11 message naming the sorted abstract methods (CPython: object_new). */
function abstractInstantiation(cls: PyType): PyException {
  const sorted = new PyList(toArray(typeGetAttrOrRaise(cls, '__abstractmethods__')));
  listSort(sorted, None, false);
  const strs = sorted.items.map(n => str(n));
  const s = strs.length > 1 ? 's' : '';
  return typeError(`Can't instantiate abstract class ${cls.name} with abstract method${s} ${strs.join(', ')}`);
}

function typeGetAttrOrRaise(t: PyType, name: string): PyValue {
  const v = typeGetAttr(t, name);
  if (v === undefined) throw noAttribute(t, name);
  return v;
}

/** CPython: object_init. */
export const OBJECT_INIT = new PyMethodDescr('__init__', (self, args, kwnames) => {
  if (hasExcessArgs(args, kwnames)) {
    const t = typeOf(self);
    if (lookupType(t, '__init__') !== OBJECT_INIT) {
      throw typeError('object.__init__() takes exactly one argument (the instance to initialize)');
    }
    if (lookupType(t, '__new__') === OBJECT_NEW) {
      throw typeError(`${t.name}.__init__() takes exactly one argument (the instance to initialize)`);
    }
  }
  return None;
}, ObjectType);

/** `module.qualname` as class reprs print it (no module for builtins). */
export function typeFullName(t: PyType): string {
  const mod = typeModule(t);
  return typeof mod === 'string' && mod !== 'builtins' ? `${mod}.${t.qualname}` : t.qualname;
}

function typeModule(t: PyType): PyValue {
  const m = t.dict.get('__module__');
  // type's own dict holds the `__module__` descriptor itself, not a value
  return m !== undefined && !(m instanceof PyGetSet) ? m : t.module;
}

export const OBJECT_GETATTRIBUTE = new PyMethodDescr('__getattribute__', (self, args) => {
  const name = attrName(args[0]);
  const v = genericGetAttr(self, name);
  if (v === undefined) throw noAttribute(self, name);
  return v;
}, ObjectType);
/** CPython: hackcheck — a class must be changed through type.__setattr__, not object's. */
function checkNotType(self: PyValue, what: string): void {
  if (self instanceof PyType) throw typeError(`can't apply this ${what} to ${typeOf(self).name} object`);
}

export const OBJECT_SETATTR = new PyMethodDescr('__setattr__', (self, args) => {
  checkNotType(self, '__setattr__');
  genericSetAttr(self, attrName(args[0]), args[1]);
  return None;
}, ObjectType);
export const OBJECT_DELATTR = new PyMethodDescr('__delattr__', (self, args) => {
  checkNotType(self, '__delattr__');
  genericSetAttr(self, attrName(args[0]), null);
  return None;
}, ObjectType);

export const TYPE_GETATTRIBUTE = new PyMethodDescr('__getattribute__', (self, args) => {
  const name = attrName(args[0]);
  const v = typeGetAttr(asType(self, 'self'), name);
  if (v === undefined) throw noAttribute(self, name);
  return v;
}, TypeType);
export const TYPE_SETATTR = new PyMethodDescr('__setattr__', (self, args) => {
  typeSetAttr(asType(self, 'self'), attrName(args[0]), args[1]);
  return None;
}, TypeType);
export const TYPE_DELATTR = new PyMethodDescr('__delattr__', (self, args) => {
  typeSetAttr(asType(self, 'self'), attrName(args[0]), null);
  return None;
}, TypeType);

function installObject(): void {
  const O = ObjectType;
  O.dict.set('__new__', OBJECT_NEW);
  O.dict.set('__init__', OBJECT_INIT);
  O.dict.set('__getattribute__', OBJECT_GETATTRIBUTE);
  O.dict.set('__setattr__', OBJECT_SETATTR);
  O.dict.set('__delattr__', OBJECT_DELATTR);
  const def = (name: string, fn: (self: PyValue, args: PyValue[]) => PyValue): void => {
    O.dict.set(name, new PyMethodDescr(name, fn, O));
  };
  def('__repr__', self => `<${typeFullName(typeOf(self))} object at ${hexId(self)}>`);
  def('__str__', self => repr(self));
  def('__hash__', self => identityHash(self));
  def('__eq__', (self, args) => (self === args[0] ? true : NotImplemented));
  def('__ne__', (self, args) => {
    // CPython: object_richcompare's Py_NE delegates to __eq__ and inverts it
    const r = richCompareEqOnly(self, args[0]);
    return r === NotImplemented ? r : !truthy(r);
  });
  for (const name of ['__lt__', '__le__', '__gt__', '__ge__']) def(name, () => NotImplemented);
  def('__format__', (self, args) => {
    const spec = args[0];
    if (typeof spec !== 'string') throw typeError(`argument to __format__ must be str, not ${typeOf(spec).name}`);
    if (spec !== '') throw typeError(`unsupported format string passed to ${typeOf(self).name}.__format__`);
    return str(self);
  });
  def('__dir__', self => {
    const names = new Set<string>();
    const d = instanceDict(self);
    if (d !== null) for (const k of d.keysArray()) if (typeof k === 'string') names.add(k);
    for (const t of typeOf(self).mro) for (const k of t.dict.keys()) names.add(k);
    return new PyList([...names]);
  });
  def('__sizeof__', () => 16);
  // a classmethod, so `super().__init_subclass__(**kw)` knows the class it reports about
  // (built by hand: newClassMethod's attribute copying needs modules still initialising here)
  const initSubclass = new PyClassMethod(ClassMethodType);
  O.dict.set('__init_subclass__', initSubclass);
  initSubclass.func = new PyBuiltinFunction('__init_subclass__', (_s, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) {
      const cls = args[0];
      throw typeError(`${cls instanceof PyType ? cls.name : 'object'}.__init_subclass__() takes no keyword arguments`);
    }
    if (args.length > 1) throw typeError(`__init_subclass__() takes no arguments (${args.length - 1} given)`);
    return None;
  }, O, 'object.__init_subclass__');
  O.dict.set('__subclasshook__', new PyBuiltinFunction('__subclasshook__', () => NotImplemented, O, 'object.__subclasshook__'));
  O.dict.set('__doc__', 'The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n');
  O.dict.set('__class__', new PyGetSet('__class__', O, self => typeOf(self), (self, v) => {
    if (v === null) throw typeError("can't delete __class__ attribute");
    if (!(v instanceof PyType)) throw typeError(`__class__ must be set to a class, not '${typeOf(v).name}' object`);
    // CPython: object_set_class and compatible_for_assignment.
    const old = typeOf(self);
    const modules = isSubtype(v, ModuleType) && isSubtype(old, ModuleType);
    if (!modules && (isImmutableType(v) || isImmutableType(old))) {
      throw typeError('__class__ assignment only supported for mutable types or ModuleType subclasses');
    }
    if (!sameLayout(old, v)) throw typeError(`__class__ assignment: '${v.name}' object layout differs from '${old.name}'`);
    (self as PyObject).ob_type = v;
  }));
  // a bare object() has no __dict__; classes add the descriptor (slots.ts's layoutSlots)
  O.instanceHasDict = false;
}

function noDictAttr(self: PyValue): PyException {
  return newException(Exc.AttributeError, `'${typeOf(self).name}' object has no attribute '__dict__'`);
}

/** The `__dict__` getter/setter of instances (CPython: subtype_dict / subtype_setdict). */
export const instanceDictAccess: DictAccess = {
  get: self => {
    const d = ensureInstanceDict(self);
    if (d === null) throw noDictAttr(self);
    return d;
  },
  set: (self, v) => {
    if (!(self instanceof PyInstance) || !self.ob_type.instanceHasDict) throw noDictAttr(self);
    if (v === null) throw typeError('cannot delete __dict__');
    if (!(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeOf(v).name}'`);
    self.dict = v;
  },
};

function richCompareEqOnly(a: PyValue, b: PyValue): PyValue {
  const f = lookupType(typeOf(a), '__eq__');
  if (f === undefined) return NotImplemented;
  if (f instanceof PyMethodDescr) return f.fn(a, [b], null);
  return richCompare(a, b, 2);
}

function truthy(v: PyValue): boolean {
  return v === true || (v !== false && v !== None && v !== 0 && v !== '');
}

function typeGetSet(name: string, get: (t: PyType) => PyValue, set: ((t: PyType, v: PyValue | null) => void) | null = null): void {
  TypeType.dict.set(name, new PyGetSet(name, TypeType, self => get(asType(self, 'self')),
    set === null ? null : (self, v) => set(asType(self, 'self'), v)));
}

function checkMutable(t: PyType, attr: string): void {
  if (isImmutableType(t)) throw typeError(`cannot set '${attr}' attribute of immutable type '${t.name}'`);
}

const TYPE_DOC = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type";

function installType(): void {
  const T = TypeType;
  T.dict.set('__getattribute__', TYPE_GETATTRIBUTE);
  T.dict.set('__setattr__', TYPE_SETATTR);
  T.dict.set('__delattr__', TYPE_DELATTR);
  const def = (name: string, fn: (self: PyValue, args: PyValue[], kwnames: readonly string[] | null) => PyValue): void => {
    T.dict.set(name, new PyMethodDescr(name, fn, T));
  };
  def('__call__', (self, args, kwnames) => typeCall(asType(self, 'self'), args, kwnames));
  def('__repr__', self => `<class '${typeFullName(asType(self, 'self'))}'>`);
  def('__init__', () => None);
  def('mro', self => new PyList(asType(self, 'self').mro.slice()));
  def('__instancecheck__', (self, args) => isSubtype(typeOf(args[0]), asType(self, 'self')));
  def('__subclasscheck__', (self, args) => isSubtype(asType(args[0], 'issubclass() arg 1'), asType(self, 'self')));
  def('__sizeof__', () => 400);
  def('__dir__', self => {
    const names = new Set<string>();
    for (const t of asType(self, 'self').mro) for (const k of t.dict.keys()) names.add(k);
    return new PyList([...names]);
  });
  // CPython: type_name — a builtin's tp_name may carry its module ('collections.deque').
  typeGetSet('__name__', t => shortTypeName(t), (t, v) => {
    checkMutable(t, '__name__');
    if (typeof v !== 'string') {
      throw typeError(`can only assign string to ${t.name}.__name__, not '${v === null ? 'NoneType' : typeOf(v).name}'`);
    }
    t.name = v;
  });
  typeGetSet('__qualname__', t => t.qualname, (t, v) => {
    checkMutable(t, '__qualname__');
    if (typeof v !== 'string') {
      throw typeError(`can only assign string to ${t.name}.__qualname__, not '${v === null ? 'NoneType' : typeOf(v).name}'`);
    }
    t.qualname = v;
  });
  typeGetSet('__module__', t => typeModule(t), (t, v) => {
    checkMutable(t, '__module__');
    if (v === null) throw typeError("cannot delete '__module__' attribute");
    t.dict.set('__module__', v);
    t.version++;
  });
  const readonly = (): never => {
    throw newException(Exc.AttributeError, 'readonly attribute');
  };
  typeGetSet('__mro__', t => new PyTuple(t.mro.slice()), readonly);
  typeGetSet('__bases__', t => new PyTuple(t.bases.slice()), setBases);
  typeGetSet('__base__', t => t.base ?? None, readonly);
  typeGetSet('__doc__', t => {
    if (t === TypeType) return TYPE_DOC;
    const d = t.dict.get('__doc__');
    if (d === undefined) return None;
    return descrGet(d, null, t);
  }, (t, v) => {
    checkMutable(t, '__doc__');
    t.dict.set('__doc__', v ?? None);
    t.version++;
  });
  typeGetSet('__dict__', t => new PyMappingProxy(t));
  def('__subclasses__', self => new PyList(subclassesOf(asType(self, 'self'))));
  // CPython: type___prepare__ — a classmethod accepting anything, returning a fresh dict
  const prepare = new PyClassMethod(ClassMethodType);
  prepare.func = new PyBuiltinFunction('__prepare__', (_s, _args, _kwnames) => new PyDict(), None);
  T.dict.set('__prepare__', prepare);
  typeGetSet('__abstractmethods__', t => {
    // type's own dict holds this descriptor, not a value (CPython: type_abstractmethods)
    const v = t === TypeType ? undefined : t.dict.get('__abstractmethods__');
    if (v === undefined) throw newException(Exc.AttributeError, '__abstractmethods__');
    return v;
  }, (t, v) => {
    // CPython: type_set_abstractmethods — the flag follows the truth of the value
    if (v === null) {
      if (!t.dict.delete('__abstractmethods__')) throw newException(Exc.AttributeError, '__abstractmethods__');
      t.flags &= ~TPFLAGS_IS_ABSTRACT;
    } else {
      const abstract = isTrue(v);
      t.dict.set('__abstractmethods__', v);
      if (abstract) t.flags |= TPFLAGS_IS_ABSTRACT;
      else t.flags &= ~TPFLAGS_IS_ABSTRACT;
    }
    t.version++;
  });
}

/** CPython: type_set_bases — replaces the bases and recomputes the MRO (subclasses keep theirs). */
function setBases(t: PyType, v: PyValue | null): void {
  checkMutable(t, '__bases__');
  if (v === null) throw typeError(`cannot delete '__bases__' attribute of immutable type '${t.name}'`);
  if (!(v instanceof PyTuple)) throw typeError(`can only assign tuple to ${t.name}.__bases__, not ${typeOf(v).name}`);
  if (v.items.length === 0) throw typeError(`can only assign non-empty tuple to ${t.name}.__bases__, not ()`);
  const bases: PyType[] = [];
  for (const b of v.items) {
    if (!(b instanceof PyType)) throw typeError(`${t.name}.__bases__ must be tuple of classes, not '${typeOf(b).name}'`);
    if (isSubtype(b, t)) throw typeError('a __bases__ item causes an inheritance cycle');
    bases.push(b);
  }
  const mro = computeMro(t, bases);
  t.bases = bases;
  t.base = bases[0];
  t.mro = mro;
  typesChanged();
}

/** method_descriptor: `int.__add__.__get__(1)`, its repr and names. */
function installMethodDescr(): void {
  const M = MethodDescrType;
  const asDescr = (v: PyValue): PyMethodDescr => {
    if (v instanceof PyMethodDescr) return v;
    throw typeError(`descriptor requires a 'method_descriptor' object but received a '${typeOf(v).name}'`);
  };
  const setIfMissing = (name: string, fn: (self: PyValue, args: PyValue[]) => PyValue): void => {
    if (!M.dict.has(name)) M.dict.set(name, new PyMethodDescr(name, fn, M));
  };
  setIfMissing('__get__', (self, args) => {
    const d = asDescr(self);
    const obj = args.length > 0 ? args[0] : None;
    if (obj === None && args.length > 1 && args[1] !== None) return d;
    if (obj === None && args.length < 2) return d;
    if (!isSubtype(typeOf(obj), d.objclass)) {
      throw typeError(`descriptor '${d.name}' for '${d.objclass.name}' objects doesn't apply to a '${typeOf(obj).name}' object`);
    }
    return descrGet(d, obj, typeOf(obj));
  });
  setIfMissing('__repr__', self => {
    const d = asDescr(self);
    const kind = isSlotName(d.name) ? 'slot wrapper' : 'method';
    return `<${kind} '${d.name}' of '${d.objclass.name}' objects>`;
  });
  if (!M.dict.has('__name__')) M.dict.set('__name__', new PyGetSet('__name__', M, self => asDescr(self).name));
  if (!M.dict.has('__qualname__')) {
    M.dict.set('__qualname__', new PyGetSet('__qualname__', M, self => `${asDescr(self).objclass.name}.${asDescr(self).name}`));
  }
  if (!M.dict.has('__objclass__')) M.dict.set('__objclass__', new PyGetSet('__objclass__', M, self => asDescr(self).objclass));
  if (!M.dict.has('__doc__')) M.dict.set('__doc__', new PyGetSet('__doc__', M, self => asDescr(self).doc ?? None));
}

installObject();
installType();
installMethodDescr();

/** True when `e` is a Python exception of class `type` (or a subclass). */
export function exceptionMatches(e: unknown, type: PyType): e is PyException {
  return e instanceof PyException && isSubtype(e.ob_type, type);
}

/**
 * The descriptor types written in C in CPython: `property` (Objects/descrobject.c,
 * property_descr_get/set, property_copy) and `staticmethod`/`classmethod`
 * (Objects/funcobject.c, sm_descr_get, cm_descr_get, functools_wraps), with 3.11's behaviour:
 * `__set_name__` naming in error messages, `__wrapped__`, copied function attributes and
 * callable staticmethods. Also `__call__` on functions, methods and builtins (tp_call in CPython,
 * where `hasattr(f, '__call__')` holds). attributes.ts short-cuts the exact types on its hot paths.
 */
import {
  BuiltinFunctionType, FunctionType, MethodType, None, ObjectType, PyBuiltinFunction, PyMethod, PyObject, PyType,
  defGetSet, defMethod, isSubtype, lookupType, typeOf, type PyValue,
} from './object.js';
import { Exc, newException, typeError } from './exceptions.js';
import { PyDict } from './dict.js';
import { PyFunction } from './function.js';
import { parseArgs } from './native_args.js';
import { callObject } from '../call.js';
import { descrGet, getAttrOrNull, isTrue, repr } from '../abstract.js';

export const PropertyType = new PyType('property', ObjectType);
export const StaticMethodType = new PyType('staticmethod', ObjectType);
export const ClassMethodType = new PyType('classmethod', ObjectType);

/** CPython: propertyobject. `dict` exists only for instances of property subclasses. */
export class PyProperty extends PyObject {
  fget: PyValue = None;
  fset: PyValue = None;
  fdel: PyValue = None;
  doc: PyValue = None;
  /** The doc was taken from fget (CPython: getter_doc), so a new getter replaces it. */
  getterDoc = false;
  /** Set by `__set_name__`; used in the "has no setter" messages. */
  name: string | null = null;
  dict: PyDict | null;
  constructor(type: PyType) {
    super(type);
    this.dict = type === PropertyType ? null : new PyDict();
  }
}

/** CPython: staticmethod / classmethod objects (cm_callable, cm_dict). */
export class PyStaticMethod extends PyObject {
  func: PyValue = None;
  dict: PyDict = new PyDict();
}
export class PyClassMethod extends PyObject {
  func: PyValue = None;
  dict: PyDict = new PyDict();
}

function attributeError(msg: string): never {
  throw newException(Exc.AttributeError, msg);
}

function asProperty(v: PyValue): PyProperty {
  if (v instanceof PyProperty) return v;
  throw typeError(`descriptor requires a 'property' object but received a '${typeOf(v).name}'`);
}

/** The "property 'x' of 'C' object has no getter/setter/deleter" error (3.11 wording). */
function missingAccessor(p: PyProperty, obj: PyValue, what: string): never {
  const qn = typeOf(obj).qualname;
  if (p.name !== null) attributeError(`property '${p.name}' of '${qn}' object has no ${what}`);
  attributeError(`property of '${qn}' object has no ${what}`);
}

/** CPython: property_descr_get for an instance (class access returns the property). */
export function propertyGet(p: PyProperty, obj: PyValue): PyValue {
  const f = p.fget;
  if (f === None) missingAccessor(p, obj, 'getter');
  return callObject(f, [obj], null);
}

/** CPython: property_descr_set (value null deletes). */
export function propertySet(p: PyProperty, obj: PyValue, value: PyValue | null): void {
  if (value === null) {
    if (p.fdel === None) missingAccessor(p, obj, 'deleter');
    callObject(p.fdel, [obj], null);
  } else {
    if (p.fset === None) missingAccessor(p, obj, 'setter');
    callObject(p.fset, [obj, value], null);
  }
}

function propertyInit(p: PyProperty, fget: PyValue, fset: PyValue, fdel: PyValue, doc: PyValue): void {
  p.fget = fget;
  p.fset = fset;
  p.fdel = fdel;
  p.getterDoc = false;
  let d = doc;
  // no doc given: take the getter's docstring (CPython: property_init_impl)
  if (d === None && fget !== None) {
    const gd = getAttrOrNull(fget, '__doc__');
    if (gd !== null) {
      d = gd;
      p.getterDoc = true;
    }
  }
  p.doc = d;
  // instances of subclasses keep a getter's doc in their __dict__, where the class's own
  // __doc__ would otherwise shadow it (an explicit doc stays shadowed, as in CPython 3.11)
  if (p.dict !== null && p.getterDoc) p.dict.setStr('__doc__', d);
}

/**
 * CPython: property_copy — `type(p)(fget, fset, fdel, doc)` with one accessor replaced (None
 * keeps the old one). A doc that came from the getter is derived again from the new getter.
 */
function propertyCopy(p: PyProperty, fget: PyValue, fset: PyValue, fdel: PyValue): PyValue {
  if (fget === None) fget = p.fget;
  if (fset === None) fset = p.fset;
  if (fdel === None) fdel = p.fdel;
  const doc = p.getterDoc && fget !== None ? None : p.doc;
  const t = typeOf(p);
  const np = t === PropertyType ? newProperty(t, fget, fset, fdel, doc) : callObject(t, [fget, fset, fdel, doc], null);
  if (np instanceof PyProperty) np.name = p.name;
  return np;
}

function newProperty(t: PyType, fget: PyValue, fset: PyValue, fdel: PyValue, doc: PyValue): PyProperty {
  const p = new PyProperty(t);
  propertyInit(p, fget, fset, fdel, doc);
  return p;
}

/** True when any of `fs` has a true `__isabstractmethod__` (CPython: _PyObject_IsAbstract). */
function anyAbstract(fs: PyValue[]): boolean {
  for (const f of fs) {
    if (f === None) continue;
    const v = getAttrOrNull(f, '__isabstractmethod__');
    if (v !== null && isTrue(v)) return true;
  }
  return false;
}

function accessorArg(fname: string, args: PyValue[]): PyValue {
  if (args.length !== 1) throw typeError(`property.${fname}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

const PROPERTY_PARAMS = ['fget', 'fset', 'fdel', 'doc'];

function installProperty(): void {
  const P = PropertyType;
  P.dict.set('__new__', new PyBuiltinFunction('__new__', (_s, a) => {
    const cls = a[0];
    if (!(cls instanceof PyType) || !isSubtype(cls, P)) {
      throw typeError('property.__new__(X): X is not a subtype of property');
    }
    return new PyProperty(cls);
  }, P));
  defMethod(P, '__init__', (self, args, kw) => {
    if (kw !== null) {
      for (const k of kw) {
        if (!PROPERTY_PARAMS.includes(k)) throw typeError(`'${k}' is an invalid keyword argument for property()`);
      }
    }
    const [fget, fset, fdel, doc] = parseArgs('property', args, kw, PROPERTY_PARAMS, 0);
    propertyInit(asProperty(self), fget ?? None, fset ?? None, fdel ?? None, doc ?? None);
    return None;
  });
  defMethod(P, '__get__', (self, args) => {
    const p = asProperty(self);
    const obj = args.length > 0 ? args[0] : None;
    return obj === None ? p : propertyGet(p, obj);
  });
  defMethod(P, '__set__', (self, args) => {
    if (args.length !== 2) throw typeError(`expected 2 arguments, got ${args.length}`);
    propertySet(asProperty(self), args[0], args[1]);
    return None;
  });
  defMethod(P, '__delete__', (self, args) => {
    if (args.length !== 1) throw typeError(`expected 1 argument, got ${args.length}`);
    propertySet(asProperty(self), args[0], null);
    return None;
  });
  defMethod(P, 'getter', (self, args) => {
    const p = asProperty(self);
    return propertyCopy(p, accessorArg('getter', args), p.fset, p.fdel);
  });
  defMethod(P, 'setter', (self, args) => {
    const p = asProperty(self);
    return propertyCopy(p, p.fget, accessorArg('setter', args), p.fdel);
  });
  defMethod(P, 'deleter', (self, args) => {
    const p = asProperty(self);
    return propertyCopy(p, p.fget, p.fset, accessorArg('deleter', args));
  });
  defMethod(P, '__set_name__', (self, args) => {
    if (args.length !== 2) throw typeError(`__set_name__() takes 2 positional arguments but ${args.length} were given`);
    const name = args[1];
    asProperty(self).name = typeof name === 'string' ? name : null;
    return None;
  });
  defGetSet(P, 'fget', self => asProperty(self).fget);
  defGetSet(P, 'fset', self => asProperty(self).fset);
  defGetSet(P, 'fdel', self => asProperty(self).fdel);
  defGetSet(P, '__doc__', self => asProperty(self).doc, (self, v) => {
    asProperty(self).doc = v === null ? None : v;
  });
  defGetSet(P, '__isabstractmethod__', self => {
    const p = asProperty(self);
    return anyAbstract([p.fget, p.fset, p.fdel]);
  });
}

/** CPython: functools_wraps — copies the wrapped callable's identity into the wrapper's dict. */
function copyWrapped(d: PyDict, f: PyValue): void {
  for (const name of ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__']) {
    const v = getAttrOrNull(f, name);
    if (v !== null) d.setStr(name, v);
  }
}

/** CPython: cm_descr_get — binds the wrapped callable to the class. */
export function classMethodGet(cm: PyClassMethod, obj: PyValue | null, type: PyValue): PyValue {
  const cls = type === None ? typeOf(obj === null ? None : obj) : type;
  const f = cm.func;
  if (f instanceof PyFunction) return new PyMethod(f, cls);
  // a wrapped descriptor (property, another classmethod) is bound to the class in turn
  if (f instanceof PyObject && !(f instanceof PyType) && !(f instanceof PyBuiltinFunction) &&
    cls instanceof PyType && lookupType(f.ob_type, '__get__') !== undefined) {
    return descrGet(f, cls, cls);
  }
  return new PyMethod(f, cls);
}

function asStatic(v: PyValue): PyStaticMethod {
  if (v instanceof PyStaticMethod) return v;
  throw typeError(`descriptor requires a 'staticmethod' object but received a '${typeOf(v).name}'`);
}

function asClassMethod(v: PyValue): PyClassMethod {
  if (v instanceof PyClassMethod) return v;
  throw typeError(`descriptor requires a 'classmethod' object but received a '${typeOf(v).name}'`);
}

function oneArg(fname: string, args: PyValue[], kw: readonly string[] | null): PyValue {
  if (kw !== null && kw.length > 0) throw typeError(`${fname}() takes no keyword arguments`);
  if (args.length !== 1) throw typeError(`${fname} expected 1 argument, got ${args.length}`);
  return args[0];
}

/** Shared table of staticmethod and classmethod: `__func__`, `__wrapped__`, `__dict__`… */
function installWrapper<T extends PyStaticMethod | PyClassMethod>(
  t: PyType, make: (cls: PyType) => T, as: (v: PyValue) => T,
): void {
  t.dict.set('__new__', new PyBuiltinFunction('__new__', (_s, a) => {
    const cls = a[0];
    if (!(cls instanceof PyType) || !isSubtype(cls, t)) {
      throw typeError(`${t.name}.__new__(X): X is not a subtype of ${t.name}`);
    }
    return make(cls);
  }, t));
  defMethod(t, '__init__', (self, args, kw) => {
    const w = as(self);
    w.func = oneArg(t.name, args, kw);
    copyWrapped(w.dict, w.func);
    return None;
  });
  defMethod(t, '__repr__', self => `<${t.name}(${repr(as(self).func)})>`);
  defGetSet(t, '__func__', self => as(self).func);
  defGetSet(t, '__wrapped__', self => as(self).func);
  defGetSet(t, '__isabstractmethod__', self => anyAbstract([as(self).func]));
  defGetSet(t, '__dict__', self => as(self).dict);
}

function installStaticClass(): void {
  installWrapper(StaticMethodType, cls => new PyStaticMethod(cls), asStatic);
  installWrapper(ClassMethodType, cls => new PyClassMethod(cls), asClassMethod);
  defMethod(StaticMethodType, '__get__', (self, args) => {
    if (args.length === 0) throw typeError('expected at least 1 argument, got 0');
    if (args[0] === None && (args.length < 2 || args[1] === None)) throw typeError('__get__(None, None) is invalid');
    return asStatic(self).func;
  });
  defMethod(StaticMethodType, '__call__', (self, args, kw) => callObject(asStatic(self).func, args, kw));
  defMethod(ClassMethodType, '__get__', (self, args) => {
    if (args.length === 0) throw typeError('expected at least 1 argument, got 0');
    if (args.length > 2) throw typeError(`expected at most 2 arguments, got ${args.length}`);
    const obj = args[0], type = args.length > 1 ? args[1] : None;
    if (obj === None && type === None) throw typeError('__get__(None, None) is invalid');
    return classMethodGet(asClassMethod(self), obj === None ? null : obj, type);
  });
}

/** A staticmethod wrapping `f` (what type.__new__ makes of a plain `__new__`). */
export function newStaticMethod(f: PyValue): PyStaticMethod {
  const sm = new PyStaticMethod(StaticMethodType);
  sm.func = f;
  copyWrapped(sm.dict, f);
  return sm;
}

/** A classmethod wrapping `f` (implicit for `__init_subclass__`, `__class_getitem__`). */
export function newClassMethod(f: PyValue): PyClassMethod {
  const cm = new PyClassMethod(ClassMethodType);
  cm.func = f;
  copyWrapped(cm.dict, f);
  return cm;
}

/** `__call__` on the callable builtin types (CPython: tp_call exposed as a slot wrapper). */
function installCallSlots(): void {
  for (const t of [FunctionType, MethodType, BuiltinFunctionType]) {
    if (!t.dict.has('__call__')) defMethod(t, '__call__', (self, args, kw) => callObject(self, args, kw));
  }
}

installProperty();
installStaticClass();
installCallSlots();

/**
 * Attribute access (CPython: Objects/object.c PyObject_GenericGetAttr/SetAttr, typeobject.c
 * type_getattro/type_setattro and the type attribute cache): data descriptors on the type,
 * then the instance dict, then non-data descriptors and `__getattr__`; classes look through
 * their metatype first. abstract.ts re-exports everything here.
 */
import {
  None, PyBuiltinFunction, PyGetSetDescr, PyInstance, PyMethod, PyMethodDescr, PyObject, PyType,
  TPFLAGS_HEAPTYPE, bindMethodDescr, isSubtype, lookupType, typeCache, typeOf, type PyValue,
} from './objects/object.js';
import { ATTR_NAME, ATTR_OBJ, Exc, PyException, newException } from './objects/exceptions.js';
import { PyDict } from './objects/dict.js';
import { PyFunction, functionDict } from './objects/function.js';
import { PyModule } from './objects/module.js';
import { specIsInitializing } from './modules/module_spec.js';
import { callObject } from './call.js';
import {
  ClassMethodType, PropertyType, PyClassMethod, PyProperty, PyStaticMethod, StaticMethodType, classMethodGet,
  propertyGet, propertySet,
} from './objects/descriptors.js';
import { callMethod } from './abstract.js';
import {
  OBJECT_DELATTR, OBJECT_GETATTRIBUTE, OBJECT_SETATTR, TYPE_DELATTR, TYPE_GETATTRIBUTE, TYPE_SETATTR,
} from './objects/object_type.js';

function typeError(msg: string): PyException {
  return newException(Exc.TypeError, msg);
}

/**
 * The AttributeError a `__getattribute__`/`__getattr__` hook raised when getAttrOrNull
 * reported the attribute missing; null when the generic lookup simply found nothing.
 * `var`, not `let`: other modules call getAttr while this one is still initialising (import cycle).
 */
// eslint-disable-next-line no-var
var swallowedAttrError: PyException | null = null;

/** Invalidates every cached type lookup (call after changing a type dict or MRO directly). */
export function typesChanged(): void {
  typeCache.epoch++;
}

/**
 * CPython: _PyType_Lookup through the type cache — `name` along the MRO of `t`, cached per
 * type until any type dict changes (typeCache.epoch).
 */
export function lookupAttr(t: PyType, name: string): PyValue | undefined {
  let c = t.attrCache;
  if (c === null || t.attrCacheEpoch !== typeCache.epoch) {
    c = t.attrCache = new Map();
    t.attrCacheEpoch = typeCache.epoch;
  }
  const v = c.get(name);
  if (v !== undefined) return v === null ? undefined : v;
  const r = lookupType(t, name);
  c.set(name, r === undefined ? null : r);
  return r;
}


function attributeError(msg: string, name: string, obj: PyValue): PyException {
  const e = newException(Exc.AttributeError, msg);
  if (e.extra !== null) { e.extra[0] = name; e.extra[1] = obj; }
  return e;
}

/** The AttributeError for a missing attribute, worded as CPython 3.11 words it. */
export function noAttribute(o: PyValue, name: string): PyException {
  if (o instanceof PyType) return attributeError(`type object '${o.name}' has no attribute '${name}'`, name, o);
  if (o instanceof PyModule) {
    const n = o.dict.getStr('__name__');
    if (typeof n === 'string') {
      // CPython: module_getattro — a module still executing its body is named as such.
      if (specIsInitializing(o.dict.getStr('__spec__'))) {
        return attributeError(`partially initialized module '${n}' has no attribute '${name}' (most likely due to a circular import)`, name, o);
      }
      return attributeError(`module '${n}' has no attribute '${name}'`, name, o);
    }
    return attributeError(`module has no attribute '${name}'`, name, o);
  }
  return attributeError(`'${typeOf(o).name}' object has no attribute '${name}'`, name, o);
}

/**
 * Attribute dicts of instances of Python subclasses of builtin types whose native shape has
 * no dict field (`class L(list)`), kept beside the object (CPython: the dict at tp_dictoffset).
 */
const sideDicts = new WeakMap<PyObject, PyDict>();

/** The instance `__dict__` of an object, or null when it has none (yet). */
export function instanceDict(o: PyValue): PyDict | null {
  if (o instanceof PyInstance) return o.dict as PyDict | null;
  if (o instanceof PyFunction) return o.func_dict;
  if (o instanceof PyException) return o.dict;
  if (o instanceof PyModule) return o.dict;
  if (o instanceof PyProperty) return o.dict;
  if (o instanceof PyStaticMethod || o instanceof PyClassMethod) return o.dict;
  if (o instanceof PyObject && (o.ob_type.flags & TPFLAGS_HEAPTYPE) !== 0 && !(o instanceof PyType)) {
    return sideDicts.get(o) ?? null;
  }
  return null;
}

/**
 * Like instanceDict, creating the dict for objects that may have one; null when they may not
 * (CPython: _PyObject_GetDictPtr plus lazy creation).
 */
export function ensureInstanceDict(o: PyValue): PyDict | null {
  if (o instanceof PyInstance) {
    if (o.dict === null) {
      if (!o.ob_type.instanceHasDict) return null;
      o.dict = new PyDict();
    }
    return o.dict as PyDict;
  }
  if (o instanceof PyFunction) return functionDict(o);
  if (o instanceof PyException) {
    if (o.dict === null) o.dict = new PyDict();
    return o.dict;
  }
  if (o instanceof PyProperty) {
    if (o.dict === null && o.ob_type !== PropertyType) o.dict = new PyDict();
    return o.dict;
  }
  if (o instanceof PyObject && (o.ob_type.flags & TPFLAGS_HEAPTYPE) !== 0 && !(o instanceof PyType) &&
    !(o instanceof PyModule) && !(o instanceof PyStaticMethod) && !(o instanceof PyClassMethod)) {
    if (!o.ob_type.instanceHasDict) return null;
    let d = sideDicts.get(o);
    if (d === undefined) sideDicts.set(o, d = new PyDict());
    return d;
  }
  return instanceDict(o);
}

/** CPython: PyDescr_IsData — a type attribute with `__set__` or `__delete__`. */
export function isDataDescr(d: PyValue): boolean {
  if (d instanceof PyGetSetDescr) return true;
  if (!(d instanceof PyObject) || d instanceof PyMethodDescr || d instanceof PyFunction || d instanceof PyType) return false;
  const dt = d.ob_type;
  return lookupAttr(dt, '__set__') !== undefined || lookupAttr(dt, '__delete__') !== undefined;
}

/** CPython: tp_descr_get applied to a type attribute found for `obj` (null for class access). */
export function descrGet(d: PyValue, obj: PyValue | null, type: PyType): PyValue {
  if (!(d instanceof PyObject)) return d;
  if (d instanceof PyMethodDescr) {
    if (obj === null) return d;
    return bindMethodDescr(d, obj);
  }
  if (d instanceof PyFunction) return obj === null ? d : new PyMethod(d, obj);
  if (d instanceof PyGetSetDescr) return obj === null ? d : d.get(obj);
  // the builtin descriptor types, unless a subclass overrides __get__
  if (d instanceof PyStaticMethod && d.ob_type === StaticMethodType) return d.func;
  if (d instanceof PyClassMethod && d.ob_type === ClassMethodType) return classMethodGet(d, obj, type);
  if (d instanceof PyProperty && d.ob_type === PropertyType) return obj === null ? d : propertyGet(d, obj);
  if (d instanceof PyType || d instanceof PyBuiltinFunction) return d;
  const get = lookupAttr(d.ob_type, '__get__');
  if (get === undefined) return d;
  return callMethod(get, d, [obj === null ? None : obj, type]);
}


/** CPython: PyObject_GenericGetAttr; undefined when the attribute is missing. */
export function genericGetAttr(o: PyValue, name: string): PyValue | undefined {
  const t = typeOf(o);
  const d = lookupAttr(t, name);
  if (d !== undefined) {
    if (d instanceof PyGetSetDescr) return d.get(o);
    if (d instanceof PyProperty && d.ob_type === PropertyType) return propertyGet(d, o);
    if (isDataDescr(d)) {
      // a data descriptor without __get__ (only __set__) lets the instance dict answer
      const get = lookupAttr((d as PyObject).ob_type, '__get__');
      if (get !== undefined) return callMethod(get, d, [o, t]);
    }
  }
  const dict = instanceDict(o);
  if (dict !== null) {
    const v = dict.getStr(name);
    if (v !== undefined) return v;
  }
  if (d !== undefined) {
    if (d instanceof PyMethodDescr) return bindMethodDescr(d, o);
    if (d instanceof PyFunction) return new PyMethod(d, o);
    return descrGet(d, o, t);
  }
  // a bound method forwards unknown attributes to its function (CPython: method_getattro)
  if (o instanceof PyMethod) {
    const fv = getAttrOrNull(o.im_func, name);
    if (fv !== null) return fv;
  }
  return undefined;
}

/** CPython: type_getattro — metatype data descriptors, then the MRO, then the metatype. */
export function typeGetAttr(cls: PyType, name: string): PyValue | undefined {
  const meta = cls.ob_type;
  const md = lookupAttr(meta, name);
  if (md !== undefined && isDataDescr(md)) {
    if (md instanceof PyGetSetDescr) return md.get(cls);
    const get = lookupAttr((md as PyObject).ob_type, '__get__');
    if (get !== undefined) return callMethod(get, md, [cls, meta]);
  }
  const d = lookupAttr(cls, name);
  if (d !== undefined) {
    if (!(d instanceof PyObject) || d instanceof PyMethodDescr || d instanceof PyFunction ||
      d instanceof PyGetSetDescr || d instanceof PyType || d instanceof PyBuiltinFunction) return d;
    if (d instanceof PyStaticMethod || d instanceof PyClassMethod) return descrGet(d, null, cls);
    const get = lookupAttr(d.ob_type, '__get__');
    return get === undefined ? d : callMethod(get, d, [None, cls]);
  }
  if (md !== undefined) return descrGet(md, cls, meta);
  return undefined;
}

/** CPython: PyObject_GetAttr. */
export function getAttr(o: PyValue, name: string): PyValue {
  const v = getAttrOrMissing(o, name);
  if (v === null) throw missingAttr(o, name);
  return v;
}

/** getAttr, but null where it would raise the AttributeError that missingAttr then makes. */
export function getAttrOrMissing(o: PyValue, name: string): PyValue | null {
  try {
    return getAttrOrNull(o, name);
  } catch (e) {
    throw withAttrContext(e, o, name);
  }
}

/** The AttributeError of `o.name` once getAttrOrMissing has returned null. */
export function missingAttr(o: PyValue, name: string): PyException {
  // a hook's own AttributeError reaches the caller unchanged (its message, its args)
  const e = swallowedAttrError;
  swallowedAttrError = null;
  return e === null ? noAttribute(o, name) : withAttrContext(e, o, name) as PyException;
}

/** CPython: set_attribute_error_context — an AttributeError without name/obj gets this lookup's. */
function withAttrContext(e: unknown, o: PyValue, name: string): unknown {
  if (e instanceof PyException && e.extra !== null && isSubtype(e.ob_type, Exc.AttributeError) &&
    e.extra[ATTR_NAME] === None && e.extra[ATTR_OBJ] === None) {
    e.extra[ATTR_NAME] = name;
    e.extra[ATTR_OBJ] = o;
  }
  return e;
}


function swallow(e: unknown): null {
  if (e instanceof PyException && isSubtype(e.ob_type, Exc.AttributeError)) {
    swallowedAttrError = e;
    return null;
  }
  throw e;
}

/**
 * `getattr(o, name, default)` and `hasattr`: the attribute, or null where getattr would raise
 * AttributeError (whose making and throwing would cost more than the lookup), which is then
 * dropped. CPython: _PyObject_LookupAttr.
 */
export function probeAttr(o: PyValue, name: string): PyValue | null {
  let v: PyValue | null;
  try {
    v = getAttrOrNull(o, name);
  } catch (e) {
    // A descriptor's own AttributeError (a property getter's) means absent too.
    if (e instanceof PyException && isSubtype(e.ob_type, Exc.AttributeError)) return null;
    throw e;
  }
  if (v === null) swallowedAttrError = null;
  return v;
}

/**
 * getattr that reports a missing attribute as null instead of raising AttributeError (the
 * `hasattr`/`getattr(o, n, default)` path; CPython: _PyObject_LookupAttr). A hook's own
 * AttributeError is kept for getAttr to raise: callers that drop it use probeAttr.
 */
export function getAttrOrNull(o: PyValue, name: string): PyValue | null {
  const t = typeOf(o);
  const kind = t.kindEpoch === typeCache.epoch ? t.getattrKind : attrKinds(t).getattrKind;
  if (kind === GENERIC) {
    const v = o instanceof PyType ? typeGetAttr(o, name) : genericGetAttr(o, name);
    if (v !== undefined) return v;
    swallowedAttrError = null;
  } else if (kind === GENERIC_THEN_GETATTR) {
    return getAttrHooked(o, t, name);
  } else {
    try {
      return callMethod(lookupAttr(t, '__getattribute__')!, o, [name]);
    } catch (e) {
      swallow(e);
    }
  }
  const gattr = lookupAttr(t, '__getattr__');
  if (gattr === undefined) {
    // PEP 562: a module-level __getattr__ function
    if (o instanceof PyModule) {
      const mg = o.dict.getStr('__getattr__');
      if (mg !== undefined) {
        try {
          return callObject(mg, [name], null);
        } catch (e) {
          return swallow(e);
        }
      }
    }
    return null;
  }
  try {
    return callMethod(gattr, o, [name]);
  } catch (e) {
    return swallow(e);
  }
}

/** Attribute-hook kinds of a type (PyType.getattrKind/setattrKind). */
const GENERIC = 0;
/** A class with `__getattr__`: also used when a descriptor raises AttributeError (CPython: slot_tp_getattr_hook). */
const GENERIC_THEN_GETATTR = 1;
const OVERRIDDEN = 2;

/** Computes (and caches until the next type change) which attribute hooks instances of `t` use. */
function attrKinds(t: PyType): PyType {
  const ga = lookupAttr(t, '__getattribute__');
  if (ga === undefined || ga === OBJECT_GETATTRIBUTE || ga === TYPE_GETATTRIBUTE) {
    t.getattrKind = (t.flags & TPFLAGS_HEAPTYPE) !== 0 && lookupAttr(t, '__getattr__') !== undefined
      ? GENERIC_THEN_GETATTR : GENERIC;
  } else {
    t.getattrKind = OVERRIDDEN;
  }
  const sa = lookupAttr(t, '__setattr__');
  t.setattrKind = sa === undefined || sa === OBJECT_SETATTR || sa === TYPE_SETATTR ? GENERIC : OVERRIDDEN;
  t.kindEpoch = typeCache.epoch;
  return t;
}

/** 0 when reading (or, with `store`, writing) attributes of `t`'s instances takes the generic path. */
export function typeHookKind(t: PyType, store = false): number {
  if (t.kindEpoch !== typeCache.epoch) attrKinds(t);
  return store ? t.setattrKind : t.getattrKind;
}

/** Generic lookup, then `__getattr__` when it is missing or raised AttributeError. */
function getAttrHooked(o: PyValue, t: PyType, name: string): PyValue | null {
  try {
    const v = o instanceof PyType ? typeGetAttr(o, name) : genericGetAttr(o, name);
    if (v !== undefined) return v;
  } catch (e) {
    if (!(e instanceof PyException && isSubtype(e.ob_type, Exc.AttributeError))) throw e;
  }
  try {
    return callMethod(lookupAttr(t, '__getattr__')!, o, [name]);
  } catch (e) {
    return swallow(e);
  }
}

/** CPython: PyObject_GenericSetAttr (value null deletes). */
export function genericSetAttr(o: PyValue, name: string, v: PyValue | null): void {
  const t = typeOf(o);
  const d = lookupAttr(t, name);
  if (d !== undefined) {
    if (d instanceof PyGetSetDescr) {
      if (d.set === null) {
        throw attributeError(`attribute '${name}' of '${d.objclass.name}' objects is not writable`, name, o);
      }
      d.set(o, v);
      return;
    }
    if (d instanceof PyProperty && d.ob_type === PropertyType) {
      propertySet(d, o, v);
      return;
    }
    if (d instanceof PyObject && !(d instanceof PyMethodDescr) && !(d instanceof PyFunction) && !(d instanceof PyType)) {
      const setter = lookupAttr(d.ob_type, v === null ? '__delete__' : '__set__');
      if (setter !== undefined) {
        callMethod(setter, d, v === null ? [o] : [o, v]);
        return;
      }
      if (lookupAttr(d.ob_type, v === null ? '__set__' : '__delete__') !== undefined) {
        throw attributeError(v === null ? '__delete__' : '__set__', name, o);
      }
    }
  }
  const dict = ensureInstanceDict(o);
  if (dict === null) {
    if (d === undefined) throw noAttribute(o, name);
    throw attributeError(`'${t.name}' object attribute '${name}' is read-only`, name, o);
  }
  if (v === null) {
    if (!dict.delStr(name)) {
      // CPython: _PyObject_GenericSetAttrWithDict words a failed delete on a module generically.
      throw o instanceof PyModule ? attributeError(`'module' object has no attribute '${name}'`, name, o) : noAttribute(o, name);
    }
  } else {
    dict.setStr(name, v);
  }
}

/** CPython: type_setattro — builtin types are immutable; others update their dict. */
export function typeSetAttr(cls: PyType, name: string, v: PyValue | null): void {
  const meta = cls.ob_type;
  const md = lookupAttr(meta, name);
  if (md !== undefined && md instanceof PyGetSetDescr) {
    if (md.set === null) {
      throw attributeError(`attribute '${name}' of '${md.objclass.name}' objects is not writable`, name, cls);
    }
    md.set(cls, v);
    return;
  }
  if (md !== undefined && isDataDescr(md)) {
    const setter = lookupAttr((md as PyObject).ob_type, v === null ? '__delete__' : '__set__');
    if (setter !== undefined) {
      callMethod(setter, md, v === null ? [cls] : [cls, v]);
      return;
    }
  }
  if (isImmutableType(cls)) {
    throw typeError(`cannot set '${name}' attribute of immutable type '${cls.name}'`);
  }
  if (v === null) {
    if (!cls.dict.delete(name)) throw noAttribute(cls, name);
  } else {
    cls.dict.set(name, v);
  }
  cls.version++;
  typeCache.epoch++;
}

/** Builtin (static) types: no heap-type flag and no `__module__` of their own. */
export function isImmutableType(t: PyType): boolean {
  return (t.flags & TPFLAGS_HEAPTYPE) === 0 && !t.dict.has('__module__');
}

export function setAttr(o: PyValue, name: string, v: PyValue): void {
  const t = typeOf(o);
  const kind = t.kindEpoch === typeCache.epoch ? t.setattrKind : attrKinds(t).setattrKind;
  if (kind === GENERIC) {
    if (o instanceof PyType) typeSetAttr(o, name, v);
    else genericSetAttr(o, name, v);
    return;
  }
  callMethod(lookupAttr(t, '__setattr__')!, o, [name, v]);
}

export function delAttr(o: PyValue, name: string): void {
  const t = typeOf(o);
  const da = lookupAttr(t, '__delattr__');
  if (da === undefined || da === OBJECT_DELATTR || da === TYPE_DELATTR) {
    if (o instanceof PyType) typeSetAttr(o, name, null);
    else genericSetAttr(o, name, null);
    return;
  }
  callMethod(da, o, [name]);
}


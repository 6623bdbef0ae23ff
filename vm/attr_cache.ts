/**
 * Inline caches for LOAD_ATTR, STORE_ATTR and LOAD_METHOD: per instruction, the type last seen
 * there, the typeCache epoch it was seen at, what the generic lookup found on the type, and so
 * which short path the next access of the same type may take. While the type and the epoch are
 * unchanged the type part of the lookup cannot have a different answer, so only the instance
 * dict is consulted. Anything else (hooks, data descriptors written in Python, classes, modules)
 * takes the full protocol in attributes.ts and refills the entry.
 * CPython 3.11: LOAD_ATTR_INSTANCE_VALUE / LOAD_METHOD_WITH_VALUES / STORE_ATTR_INSTANCE_VALUE
 * (Python/specialize.c), keyed on tp_version_tag.
 */
import {
  ModuleType, ObjectType, PyGetSetDescr, PyInstance, PyMethod, PyMethodDescr, PyObject, PyType, StrType, TPFLAGS_HEAPTYPE, TypeType,
  typeCache, typeOf, type PyValue,
} from './objects/object.js';
import { PyDict } from './objects/dict.js';
import { PyFunction } from './objects/function.js';
import { PyException } from './objects/exceptions.js';
import { PyModule } from './objects/module.js';
import {
  PropertyType, PyClassMethod, PyProperty, PyStaticMethod, propertyGet,
} from './objects/descriptors.js';
import type { CodeObject } from './code.js';
import { tstate, type Frame } from './frame.js';
import { bindArgs, isFrameFunction } from './call.js';
import { superFast, type SuperObject } from './super_fast.js';
import {
  descrGet, getAttr, getAttrOrMissing, isDataDescr, lookupAttr, missingAttr, setAttr, typeHookKind,
} from './attributes.js';

/**
 * What loadAttr returns instead of a value when the value is computed by a Python function
 * (a property getter): the dispatch loop then runs the frame from takePendingFrame() in place,
 * rather than a nested evalFrame. Never a Python value.
 */
export const CALL_PENDING: PyValue = new PyObject(ObjectType);
let pendingFrame: Frame | null = null;

/** Leaves `f` for takePendingFrame and returns CALL_PENDING (the translated code's operators, vm/jit_runtime.ts). */
export function pendFrame(f: Frame): PyValue {
  pendingFrame = f;
  return CALL_PENDING;
}

/**
 * Returns CALL_PENDING with no frame but an exception (tstate.raised): the translated code's
 * operator then leaves its frame to the loop, which raises it there. A subscript that misses
 * (`d[k]` without k, a list index out of range) or an attribute that is not there so costs no
 * JavaScript throw, for which V8 records a message and a stack trace: a microsecond or two,
 * several times what CPython takes to raise and catch the exception.
 */
export function pendRaise(e: PyException): PyValue {
  tstate.raised = e;
  pendingFrame = null;
  return CALL_PENDING;
}

/** The bound frame loadAttr left with CALL_PENDING; null after pendRaise. */
export function takePendingFrame(): Frame | null {
  const f = pendingFrame;
  pendingFrame = null;
  return f;
}

/** The short paths an entry can select. */
const K_NONE = 0;
/** An instance of a plain class; the type has no attribute of that name: the instance dict only. */
const K_DICT = 1;
/** As K_DICT, else the type's non-data attribute (a function becomes a bound method). */
const K_DICT_THEN_TYPE = 2;
/** A builtin getset descriptor or `__slots__` member on the type (data descriptor). */
const K_GETSET = 3;
/** A plain `property` on the type. */
const K_PROPERTY = 4;
/** LOAD_METHOD: a function or method descriptor on the type, unless the instance dict shadows it. */
const K_METHOD = 5;
/** LOAD_METHOD on an object that cannot have an instance dict (builtin types' instances). */
const K_METHOD_NODICT = 6;
/** STORE_ATTR into the instance dict (no data descriptor on the type). */
const K_STORE_DICT = 7;
/**
 * A class (metaclass `type`) read for an attribute its MRO holds as a plain value: a constant,
 * a function, a nested class (`Entity.WIDTH`). The entry is keyed on the class itself.
 */
const K_CLASS_VALUE = 8;
/**
 * LOAD_METHOD on `super()`: what the MRO of the entry's type has after `owner` (the class
 * whose method called super()), which no instance dict can shadow.
 */
const K_SUPER_METHOD = 9;

/**
 * A module's attribute (`math.sqrt`, `os.path`) that module's type does not define: found in
 * the module's dict (by the entry's hint), else the full protocol (PEP 562's __getattr__, the
 * AttributeError). CPython 3.11: LOAD_ATTR_MODULE / LOAD_METHOD_MODULE.
 */
const K_MODULE = 10;

/** One (type → short path) pair; an instruction keeps a short chain of them (polymorphic sites). */
export class AttrCache {
  type: PyType | null = null;
  /** The typeCache epoch of the whole chain (read on the first entry). */
  epoch = -1;
  kind = K_NONE;
  descr: PyValue | undefined = undefined;
  /**
   * Where the name was last found in an instance dict: instances of a class mostly get their
   * attributes in the same order, so `keys[hint] === name` usually saves the hash lookup
   * (CPython 3.11: LOAD_ATTR_WITH_HINT). A deleted entry's key is a hole, never the name.
   */
  hint = -1;
  /** K_SUPER_METHOD: the class the lookup starts after. */
  owner: PyType | null = null;
  next: AttrCache | null = null;
}

// descr holds class attributes of any kind, ints included (see object.ts on representations).
new AttrCache().descr = 0;

/** o.name from the instance dict `d` by way of the entry's hint, or undefined. */
function dictLoad(e: AttrCache, d: PyDict, name: string): PyValue | undefined {
  const h = e.hint;
  if (h >= 0 && d.keys[h] === name) return d.vals[h];
  const i = d.indexOfStr(name);
  if (i < 0) return undefined;
  e.hint = i;
  return d.vals[i];
}

/** Types remembered per instruction; a base-class method sees each subclass (richards' tasks). */
const MAX_TYPES = 4;

/** The entry for type `t` at `pc`, or undefined. */
function lookup(co: CodeObject, pc: number, t: PyType): AttrCache | undefined {
  const c = co.co_attrcache;
  if (c === null) return undefined;
  const head = c[pc >> 1];
  if (head === undefined || head.epoch !== typeCache.epoch) return undefined;
  for (let e: AttrCache | null = head; e !== null; e = e.next) if (e.type === t) return e;
  return undefined;
}

/** A fresh entry for type `t` at `pc`: a stale chain is restarted, a full one reuses its last entry. */
function entry(co: CodeObject, pc: number, t: PyType): AttrCache {
  let c = co.co_attrcache;
  if (c === null) c = co.co_attrcache = [];
  const i = pc >> 1;
  let e = c[i];
  if (e === undefined) e = c[i] = new AttrCache();
  else if (e.epoch !== typeCache.epoch) e.next = null;
  else {
    let n = 1;
    while (e.next !== null) {
      e = e.next;
      n++;
    }
    if (n < MAX_TYPES) e = e.next = new AttrCache();
  }
  e.type = t;
  (c[i] as AttrCache).epoch = typeCache.epoch;
  return e;
}

function fill(e: AttrCache, kind: number, descr: PyValue | undefined): void {
  e.kind = kind;
  e.descr = descr;
}

/** Objects whose attribute lookup may consult an instance dict (CPython: tp_dictoffset != 0). */
function mayHaveDict(o: PyValue): boolean {
  return o instanceof PyInstance || o instanceof PyType || o instanceof PyModule || o instanceof PyFunction ||
    o instanceof PyException || o instanceof PyProperty || o instanceof PyStaticMethod ||
    o instanceof PyClassMethod || (o instanceof PyObject && (o.ob_type.flags & TPFLAGS_HEAPTYPE) !== 0);
}

/**
 * The method LOAD_METHOD finds on the type of `o`, an object without an instance dict (a str,
 * a list), when the site's first cache entry `e` holds that type's method; else undefined.
 * Small enough for V8 to inline into translated code, which asks it before loadMethod at the
 * sites that have seen such a receiver (`s.strip()`, `xs.append(x)`).
 */
export function cachedMethod(e: AttrCache, o: PyValue): PyValue | undefined {
  if (e.kind !== K_METHOD_NODICT || e.epoch !== typeCache.epoch) return undefined;
  const t = typeof o === 'string' ? StrType : o instanceof PyObject ? o.ob_type : null;
  return t === e.type ? e.descr : undefined;
}

/** Whether LOAD_METHOD's entry `e` has found a builtin type's method (for cachedMethod). */
export function nativeMethodSite(e: AttrCache | undefined): e is AttrCache {
  return e !== undefined && e.kind === K_METHOD_NODICT && e.next === null;
}

/**
 * Whether every type LOAD_METHOD's site `e` has seen found a Python function there (an
 * instance's method, or one reached through `super()`): the translation then writes only the
 * direct path for such a callee, and leaves the rest to the generic call.
 */
export function pythonMethodSite(e: AttrCache | undefined): boolean {
  if (e === undefined || e.epoch !== typeCache.epoch) return false;
  for (let x: AttrCache | null = e; x !== null; x = x.next) {
    if ((x.kind !== K_METHOD && x.kind !== K_SUPER_METHOD) || !(x.descr instanceof PyFunction)) return false;
  }
  return true;
}

/**
 * Whether LOAD_ATTR's site `e` has seen one class only, whose instances' attribute there is
 * read from the instance dict (K_DICT): the translation then tests that entry itself
 * (DICT_LOAD_KIND), calling loadAttr only when it does not answer.
 */
export function dictLoadSite(e: AttrCache | undefined): e is AttrCache {
  return soleEntry(e, K_DICT);
}

/** As dictLoadSite, for STORE_ATTR into the instance dict (K_STORE_DICT, DICT_STORE_KIND). */
export function dictStoreSite(e: AttrCache | undefined): e is AttrCache {
  return soleEntry(e, K_STORE_DICT);
}

/** Whether `e`, current, is its site's only entry, of kind `kind`. */
function soleEntry(e: AttrCache | undefined, kind: number): e is AttrCache {
  return e !== undefined && e.epoch === typeCache.epoch && e.kind === kind && e.next === null;
}

/** The entry kinds translated code tests for (dictLoadSite, dictStoreSite). */
export const DICT_LOAD_KIND = K_DICT;
export const DICT_STORE_KIND = K_STORE_DICT;

/** Whether LOAD_METHOD's site `e` has seen only module attributes (K_MODULE: called without a self). */
export function moduleSite(e: AttrCache | undefined): boolean {
  return soleEntry(e, K_MODULE);
}

/**
 * LOAD_ATTR at offset `pc` of `co`. Translated code (`jit`) gets an absent attribute's
 * AttributeError by pendRaise rather than thrown (`try: o.x except AttributeError:`).
 */
export function loadAttr(co: CodeObject, pc: number, o: PyValue, name: string, jit = false): PyValue {
  if (o instanceof PyInstance) {
    const e = lookup(co, pc, o.ob_type);
    if (e !== undefined) {
      switch (e.kind) {
        case K_DICT: {
          const v = o.dict === null ? undefined : dictLoad(e, o.dict as PyDict, name);
          if (v !== undefined) return v;
          break;
        }
        case K_DICT_THEN_TYPE: {
          const v = o.dict === null ? undefined : dictLoad(e, o.dict as PyDict, name);
          if (v !== undefined) return v;
          const d = e.descr as PyValue;
          return d instanceof PyFunction ? new PyMethod(d, o) : descrGet(d, o, o.ob_type);
        }
        case K_GETSET:
          return (e.descr as PyGetSetDescr).get(o);
        case K_PROPERTY: {
          const fget = (e.descr as PyProperty).fget;
          if (isFrameFunction(fget)) {
            pendingFrame = bindArgs(fget, [o], 0, 1, null);
            return CALL_PENDING;
          }
          return propertyGet(e.descr as PyProperty, o);
        }
      }
    } else {
      specializeLoadAttr(entry(co, pc, o.ob_type), o, name);
    }
  } else if (o instanceof PyType && o.ob_type === TypeType) {
    const e = lookup(co, pc, o);
    if (e === undefined) specializeClassAttr(entry(co, pc, o), o, name);
    else if (e.kind === K_CLASS_VALUE) return e.descr as PyValue;
  } else if (o instanceof PyModule && o.ob_type === ModuleType) {
    const e = lookup(co, pc, ModuleType);
    if (e === undefined) fill(entry(co, pc, ModuleType), moduleKind(name), undefined);
    else if (e.kind === K_MODULE) {
      const v = dictLoad(e, o.dict, name);
      if (v !== undefined) return v;
    }
  }
  if (!jit) return getAttr(o, name);
  const v = getAttrOrMissing(o, name);
  return v !== null ? v : pendRaise(missingAttr(o, name));
}

/** K_MODULE when a plain module's attribute `name` is only ever in its dict, else K_NONE. */
function moduleKind(name: string): number {
  return typeHookKind(ModuleType) === 0 && lookupAttr(ModuleType, name) === undefined ? K_MODULE : K_NONE;
}

/** What type_getattro returns as is: no metatype attribute of that name, no `__get__` to call. */
function specializeClassAttr(e: AttrCache, cls: PyType, name: string): void {
  let kind = K_NONE;
  const d = typeHookKind(TypeType) === 0 && lookupAttr(TypeType, name) === undefined ? lookupAttr(cls, name) : undefined;
  if (d !== undefined && (!(d instanceof PyObject) || d instanceof PyFunction || d instanceof PyType ||
      lookupAttr(d.ob_type, '__get__') === undefined)) {
    kind = K_CLASS_VALUE;
  }
  fill(e, kind, d);
}

function specializeLoadAttr(e: AttrCache, o: PyInstance, name: string): void {
  const t = o.ob_type;
  if (!(o.dict === null || o.dict instanceof PyDict) || typeHookKind(t) !== 0) {
    fill(e, K_NONE, undefined);
    return;
  }
  const d = lookupAttr(t, name);
  let kind = K_NONE;
  if (d === undefined) kind = K_DICT;
  else if (d instanceof PyGetSetDescr) kind = K_GETSET;
  else if (d instanceof PyProperty && d.ob_type === PropertyType) kind = K_PROPERTY;
  else if (!isDataDescr(d)) kind = K_DICT_THEN_TYPE;
  fill(e, kind, d);
}

/**
 * What methodOf found besides its result: the `self` the result is called with. Flags rather
 * than the object, for translated code to read after the call: a store of the receiver here
 * would cost V8's old-to-young barrier whenever the receiver is newer than this state.
 */
export const methodFound = {
  /** METHOD_NONE: the result is the attribute itself, called as is ([NULL, o.name]). */
  kind: 0,
  /** METHOD_SUPER: the instance a `super()` object stands for, the result's self. */
  obj: null as PyValue | null,
};
/** methodFound.kind: the result is an attribute value, not a method. */
export const METHOD_NONE = 0;
/** methodFound.kind: the result is a method of `o`'s type, called with `o` first. */
export const METHOD_SELF = 1;
/** methodFound.kind: the result is a method found through `super()`, called with methodFound.obj. */
export const METHOD_SUPER = 2;

/**
 * LOAD_METHOD at offset `pc`: the method found on the type of `o` (methodFound.kind says which
 * self it is called with), else the attribute `o.name` itself (CPython: _PyObject_GetMethod).
 */
export function methodOf(co: CodeObject, pc: number, o: PyValue, name: string): PyValue {
  let t: PyType;
  if (o instanceof PyInstance) {
    // The commonest receiver, first: a Python class's instance is never a super object, and its
    // type needs no typeOf.
    t = o.ob_type;
  } else {
    if (o instanceof PyObject && o.ob_type === superFast.type && (o as SuperObject).obj !== (o as SuperObject).objType) {
      // super().m(...): the function found after __class__ in the MRO, called with the instance,
      // without a bound method (CPython 3.12: LOAD_SUPER_ATTR_METHOD).
      const s = o as SuperObject;
      let e = lookup(co, pc, s.objType), d: PyValue | undefined;
      if (e !== undefined && e.kind === K_SUPER_METHOD && e.owner === s.thisType) d = e.descr;
      else {
        d = superFast.lookup(s, name);
        e ??= entry(co, pc, s.objType);
        fill(e, K_SUPER_METHOD, d);
        e.owner = s.thisType;
      }
      if (d instanceof PyFunction) {
        methodFound.kind = METHOD_SUPER;
        methodFound.obj = s.obj;
        return d;
      }
    }
    t = typeOf(o);
  }
  let e = lookup(co, pc, t);
  if (e === undefined) {
    e = entry(co, pc, t);
    specializeLoadMethod(e, o, t, name);
  }
  const kind = e.kind;
  if (kind === K_MODULE) {
    // `math.sqrt(x)`: the function from the module's dict, called without a self.
    const v = dictLoad(e, (o as PyModule).dict, name);
    if (v !== undefined) {
      methodFound.kind = METHOD_NONE;
      return v;
    }
  }
  if (kind === K_METHOD_NODICT ||
      (kind === K_METHOD && ((o as PyInstance).dict === null || !((o as PyInstance).dict as PyDict).hasStr(name)))) {
    methodFound.kind = METHOD_SELF;
    return e.descr as PyValue;
  }
  // Set after the lookup, which may run Python code (__getattr__, a descriptor) that calls methods.
  const v = getAttr(o, name);
  methodFound.kind = METHOD_NONE;
  return v;
}

/** LOAD_METHOD in the loop: o (at sp - 1) becomes [meth, self] or [NULL, o.name] at sp - 1 and sp. */
export function loadMethod(co: CodeObject, pc: number, stack: (PyValue | null)[], sp: number, o: PyValue, name: string): void {
  const m = methodOf(co, pc, o, name);
  const k = methodFound.kind;
  if (k === METHOD_SELF) {
    stack[sp - 1] = m;
    stack[sp] = o;
  } else if (k === METHOD_NONE) {
    stack[sp - 1] = null;
    stack[sp] = m;
  } else {
    stack[sp - 1] = m;
    stack[sp] = methodFound.obj;
    methodFound.obj = null;
  }
}

function specializeLoadMethod(e: AttrCache, o: PyValue, t: PyType, name: string): void {
  if (t === ModuleType && o instanceof PyModule) {
    fill(e, moduleKind(name), undefined);
    return;
  }
  let kind = K_NONE;
  const d = typeHookKind(t) === 0 ? lookupAttr(t, name) : undefined;
  if (d instanceof PyFunction || d instanceof PyMethodDescr) {
    if (o instanceof PyInstance) {
      if (o.dict === null || o.dict instanceof PyDict) kind = K_METHOD;
    } else if (!mayHaveDict(o)) {
      kind = K_METHOD_NODICT;
    }
  }
  fill(e, kind, d);
}

/** STORE_ATTR at offset `pc`: o.name = v. */
export function storeAttr(co: CodeObject, pc: number, o: PyValue, name: string, v: PyValue): void {
  if (o instanceof PyInstance) {
    const e = lookup(co, pc, o.ob_type);
    if (e !== undefined) {
      if (e.kind === K_STORE_DICT) {
        let dict = o.dict as PyDict | null;
        if (dict === null) o.dict = dict = new PyDict();
        const h = e.hint;
        if (h >= 0 && dict.keys[h] === name) {
          dict.vals[h] = v;
          return;
        }
        e.hint = dict.setStr(name, v);
        return;
      }
    } else {
      specializeStoreAttr(entry(co, pc, o.ob_type), o, name);
    }
  }
  setAttr(o, name, v);
}

function specializeStoreAttr(e: AttrCache, o: PyInstance, name: string): void {
  const t = o.ob_type;
  let kind = K_NONE;
  if ((o.dict === null || o.dict instanceof PyDict) && t.instanceHasDict && typeHookKind(t, true) === 0) {
    const d = lookupAttr(t, name);
    if (d === undefined || !isDataDescr(d)) kind = K_STORE_DICT;
  }
  fill(e, kind, undefined);
}

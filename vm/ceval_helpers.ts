/**
 * The longer opcode bodies of the eval loop, kept out of `evalFrame` so the dispatch function
 * stays small enough for V8 to optimise: calls from the value stack, MAKE_FUNCTION, name
 * lookups with their errors, unpacking, the BUILD_*_UNPACK family, `raise`, `with` entry,
 * f-string formatting, LOAD_METHOD. CPython: the matching TARGET() bodies of Python/ceval.c.
 */
import {
  CO_VARARGS, CO_VARKEYWORDS, type CodeObject,
} from './code.js';
import {
  None, PyBuiltinFunction, PyCell, PyInstance, PyList, PyMethod, PyMethodDescr, PyObject, PyTuple, PyType,
  TPFLAGS_IS_ABSTRACT, TypeType, isSubtype, listCheckExact, lookupType, objectArray, tupleCheckExact, typeCache, typeOf,
  type PyValue,
} from './objects/object.js';
import { OBJECT_NEW } from './objects/object_type.js';
import { newInstance } from './objects/slots.js';
import { PyDict, dictCheckExact } from './objects/dict.js';
import { PySet, newSet } from './objects/set.js';
import { PyException, Exc, newException, isExceptionType, NAME_NAME } from './objects/exceptions.js';
import { PyFunction } from './objects/function.js';
import { strRepr, escapeCp } from './objects/str.js';
import {
  format as pyFormat, getItem, lookupAttr, getIter, iterNext, repr as pyRepr, setItem, str as pyStr, toArray,
} from './abstract.js';
import { callObject, bindArgs, callUnbound, noKeywords, CO_GENFLAGS, isFrameFunction } from './call.js';
import { tstate, type Frame } from './frame.js';
import { isProfiledCCall, profileCCall } from './trace_events.js';
import { makeGenerator } from './generator.js';
import { superFast } from './super_fast.js';
import { FVC_ASCII, FVC_MASK, FVC_REPR, FVC_STR, FVS_HAVE_SPEC, MF_ANNOTATIONS, MF_CLOSURE, MF_DEFAULTS, MF_KWDEFAULTS } from './opcode.js';

/**
 * Calls stack[fi] with the `argc` values above it. A plain Python function is not run here:
 * its bound frame is returned for the loop to push (no JS recursion). Anything else is called
 * and its result stored in stack[fi]; then null is returned.
 */
export function callFromStack(stack: (PyValue | null)[], fi: number, argc: number, kwnames: readonly string[] | null): Frame | null {
  // Small enough for V8 to inline into the loop: a Python function's call goes no further.
  const callable = stack[fi] as PyValue;
  if (callable instanceof PyFunction) return callFunction(stack, fi, callable, fi + 1, argc, kwnames);
  return callOther(stack, fi, argc, kwnames);
}

/** callFromStack for every callable but a plain Python function. */
function callOther(stack: (PyValue | null)[], fi: number, argc: number, kwnames: readonly string[] | null): Frame | null {
  // The commonest callables first: each failed `instanceof` walks the prototype chain.
  let callable = stack[fi] as PyValue;
  let argBase = fi + 1;
  if (!tstate.tracing) {
    if (callable instanceof PyBuiltinFunction) {
      // len(x), print(…), a bound builtin method: the native function directly.
      if (kwnames !== null && kwnames.length > 0 && callable.fn.length < 3) throw noKeywords(callable);
      stack[fi] = callable.fn(callable.self, argsFrom(stack, argBase, argc), kwnames);
      return null;
    }
    if (callable instanceof PyMethodDescr && argc > (kwnames === null ? 0 : kwnames.length)) {
      // A builtin type's method called on an instance (`s.strip(".,")` by LOAD_METHOD and
      // CALL_METHOD): the native function directly, without the generic call's two arrays.
      const self = stack[argBase] as PyValue;
      if (kwnames !== null && kwnames.length > 0 && callable.fn.length < 3) throw noKeywords(callable);
      if (isSubtype(typeOf(self), callable.objclass)) {
        stack[fi] = callable.fn(self, argsFrom(stack, argBase + 1, argc - 1), kwnames);
        return null;
      }
    }
  }
  if (callable instanceof PyMethod && callable.im_func instanceof PyFunction) {
    // As CPython: the method's self takes the callable's slot, so the arguments stay contiguous.
    stack[fi] = callable.im_self;
    callable = callable.im_func;
    argBase = fi;
    argc++;
    return callFunction(stack, fi, callable as PyFunction, argBase, argc, kwnames);
  }
  if (callable === superFast.type && argc === 0 && kwnames === null) {
    stack[fi] = superFast.make();
    return null;
  }
  if (callable instanceof PyType && callable.ob_type === TypeType) {
    const vectorcall = callable.vectorcall;
    if (vectorcall !== null) {
      // A builtin type called as a conversion (`str(i)`, `int(s)`, `range(n)`).
      stack[fi] = vectorcall(argsFrom(stack, argBase, argc), kwnames);
      return null;
    }
    const f = instantiate(callable, stack, fi, argc, kwnames);
    if (f !== null) return f;
  }
  if (callable instanceof PyInstance) {
    // An instance whose class defines __call__ in Python: that method's frame, the instance
    // (already in the callable's slot) as self (CPython: slot_tp_call).
    const call = lookupAttr(callable.ob_type, '__call__');
    if (call instanceof PyFunction) return callFunction(stack, fi, call, fi, argc + 1, kwnames);
  }
  const args = argsFrom(stack, argBase, argc);
  stack[fi] = tstate.tracing && isProfiledCCall(callable, argc)
    ? profileCCall(callable, args, kwnames) : callObject(callable, args, kwnames);
  return null;
}

/** A Python function's bound frame for the loop to run, or (a generator function) the generator in stack[fi]. */
function callFunction(
  stack: (PyValue | null)[], fi: number, fn: PyFunction, argBase: number, argc: number, kwnames: readonly string[] | null,
): Frame | null {
  const f = bindArgs(fn, stack, argBase, argc, kwnames);
  if ((fn.func_code.co_flags & CO_GENFLAGS) === 0) return f;
  stack[fi] = makeGenerator(f, fn);
  return null;
}

function argsFrom(stack: (PyValue | null)[], base: number, n: number): PyValue[] {
  const args = objectArray();
  for (let i = 0; i < n; i++) args.push(stack[base + i] as PyValue);
  return args;
}

/**
 * A call of a plain class (metaclass `type`, `object.__new__`, `__init__` written in Python):
 * makes the instance and returns the `__init__` frame for the loop to push, with the instance
 * in the callable's slot as `self`; the loop hands back the instance when `__init__` returns
 * (CPython 3.12+ inlines class calls the same way). Null for every other class.
 */
function instantiate(
  cls: PyType, stack: (PyValue | null)[], fi: number, argc: number, kwnames: readonly string[] | null,
): Frame | null {
  let init: PyObject | null;
  if (cls.initEpoch === typeCache.epoch) {
    init = cls.initFunc;
    if (init === null) return null;
  } else {
    // What object.__new__ checks besides the abstract flag depends only on the MRO's `__new__`,
    // so a class that passes once passes until some type changes.
    const found = lookupAttr(cls, '__init__');
    init = isFrameFunction(found) &&
      lookupAttr(cls, '__new__') === OBJECT_NEW ? found : null;
    cls.initFunc = init;
    cls.initEpoch = typeCache.epoch;
    if (init === null) return null;
  }
  const obj = (cls.flags & TPFLAGS_IS_ABSTRACT) !== 0
    ? OBJECT_NEW.fn(OBJECT_NEW.self, [cls], null) : newInstance(cls);
  stack[fi] = obj;
  const f = bindArgs(init as PyFunction, stack, fi, argc + 1, kwnames);
  f.f_initSelf = obj;
  return f;
}

/** CPython: MAKE_FUNCTION. `top` is the stack index of the qualname; returns the new function. */
export function makeFunction(f: Frame, stack: (PyValue | null)[], top: number, flags: number): PyFunction {
  const qualname = stack[top] as string;
  const code = stack[top - 1] as CodeObject;
  const fn = new PyFunction(code, f.f_globals, f.f_builtins, qualname);
  let i = top - 2;
  if (flags & MF_CLOSURE) fn.func_closure = stack[i--] as PyTuple;
  if (flags & MF_ANNOTATIONS) {
    const ann = stack[i--] as PyValue;
    fn.func_annotations = ann instanceof PyDict ? ann : null;
  }
  if (flags & MF_KWDEFAULTS) fn.func_kwdefaults = stack[i--] as PyDict;
  if (flags & MF_DEFAULTS) fn.func_defaults = stack[i--] as PyTuple;
  return fn;
}

/** Number of stack slots MAKE_FUNCTION consumes for `flags` (besides code and qualname). */
export function makeFunctionExtra(flags: number): number {
  return (flags & 1) + ((flags >> 1) & 1) + ((flags >> 2) & 1) + ((flags >> 3) & 1);
}

export function nameError(name: string): PyException {
  const e = newException(Exc.NameError, `name '${name}' is not defined`);
  if (e.extra !== null) e.extra[NAME_NAME] = name;
  return e;
}

export function unboundLocal(name: string): PyException {
  const e = newException(Exc.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
  if (e.extra !== null) e.extra[NAME_NAME] = name;
  return e;
}

/** LOAD_DEREF/DELETE_DEREF on an empty cell (i indexes cellvars then freevars). */
export function unboundDeref(co: CodeObject, i: number): PyException {
  const ncell = co.co_cellvars.length;
  if (i < ncell) return unboundLocal(co.co_cellvars[i]);
  const name = co.co_freevars[i - ncell];
  const e = newException(Exc.NameError,
    `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  if (e.extra !== null) e.extra[NAME_NAME] = name;
  return e;
}

/**
 * Reads `name` from a locals mapping; undefined when missing (KeyError from a mapping too).
 * Only an exact dict is read directly: a subclass's __getitem__/__missing__ must run.
 */
function mappingGet(m: PyObject, name: string): PyValue | undefined {
  if (dictCheckExact(m)) return m.getStr(name);
  try {
    return getItem(m, name);
  } catch (e) {
    if (e instanceof PyException && isSubtype(e.ob_type, Exc.KeyError)) return undefined;
    throw e;
  }
}

/** CPython: LOAD_NAME — locals, then globals, then builtins. */
export function loadName(f: Frame, name: string): PyValue {
  const locals = f.f_locals;
  if (locals === null) throw newException(Exc.SystemError, `no locals when loading '${name}'`);
  let v = mappingGet(locals, name);
  if (v !== undefined) return v;
  v = f.f_globals.getStr(name);
  if (v !== undefined) return v;
  v = f.f_builtins.getStr(name);
  if (v !== undefined) return v;
  throw nameError(name);
}

/** CPython: LOAD_CLASSDEREF — the class namespace first, then the cell. */
export function loadClassDeref(f: Frame, i: number): PyValue {
  const co = f.f_code;
  const ncell = co.co_cellvars.length;
  const name = i < ncell ? co.co_cellvars[i] : co.co_freevars[i - ncell];
  if (f.f_locals !== null) {
    const v = mappingGet(f.f_locals, name);
    if (v !== undefined) return v;
  }
  const cell = f.localsplus[co.co_nlocals + i] as PyCell;
  if (cell.ob_ref === null) throw unboundDeref(co, i);
  return cell.ob_ref;
}

export function storeName(f: Frame, name: string, v: PyValue): void {
  const locals = f.f_locals;
  if (locals !== null && dictCheckExact(locals)) locals.setStr(name, v);
  else if (locals === null) throw newException(Exc.SystemError, `no locals found when storing '${name}'`);
  else setItem(locals, name, v);
}

export function deleteName(f: Frame, name: string): void {
  const locals = f.f_locals;
  if (locals !== null && dictCheckExact(locals)) {
    if (!locals.delStr(name)) throw nameError(name);
    return;
  }
  if (locals === null) throw newException(Exc.SystemError, `no locals when deleting '${name}'`);
  try {
    callUnbound(lookupType(typeOf(locals), '__delitem__') as PyValue, locals, [name], null);
  } catch (e) {
    if (e instanceof PyException && isSubtype(e.ob_type, Exc.KeyError)) throw nameError(name);
    throw e;
  }
}

/** The items of any iterable as a fresh JS array. */

function notIterableUnpack(v: PyValue): PyException {
  return newException(Exc.TypeError, `cannot unpack non-iterable ${typeOf(v).name} object`);
}

function iterForUnpack(v: PyValue): PyValue {
  try {
    return getIter(v);
  } catch (e) {
    if (e instanceof PyException && e.ob_type === Exc.TypeError && lookupType(typeOf(v), '__iter__') === undefined &&
        lookupType(typeOf(v), '__getitem__') === undefined) {
      throw notIterableUnpack(v);
    }
    throw e;
  }
}

/** CPython: UNPACK_SEQUENCE / unpack_iterable — pushes items so the first ends on top. */
export function unpackSequence(stack: (PyValue | null)[], sp: number, v: PyValue, n: number): void {
  if (tupleCheckExact(v) || listCheckExact(v)) {
    const items = v.items;
    if (items.length === n) {
      for (let i = 0; i < n; i++) stack[sp + n - 1 - i] = items[i];
      return;
    }
  }
  const it = iterForUnpack(v);
  for (let i = 0; i < n; i++) {
    const x = iterNext(it);
    if (x === null) {
      throw newException(Exc.ValueError, `not enough values to unpack (expected ${n}, got ${i})`);
    }
    stack[sp + n - 1 - i] = x;
  }
  if (iterNext(it) !== null) throw newException(Exc.ValueError, `too many values to unpack (expected ${n})`);
}

/** CPython: UNPACK_EX — `a, *b, c = v`; pushes after+1+before values. Returns the count pushed. */
export function unpackEx(stack: (PyValue | null)[], sp: number, v: PyValue, arg: number): number {
  const before = arg & 0xff, after = arg >> 8;
  const it = iterForUnpack(v);
  const total = before + 1 + after;
  const items: PyValue[] = [];
  for (let i = 0; i < before; i++) {
    const x = iterNext(it);
    if (x === null) {
      throw newException(Exc.ValueError, `not enough values to unpack (expected at least ${before + after}, got ${i})`);
    }
    items.push(x);
  }
  const rest: PyValue[] = [];
  for (let x = iterNext(it); x !== null; x = iterNext(it)) rest.push(x);
  if (rest.length < after) {
    throw newException(Exc.ValueError,
      `not enough values to unpack (expected at least ${before + after}, got ${before + rest.length})`);
  }
  const tail = rest.splice(rest.length - after, after);
  items.push(new PyList(rest));
  for (const x of tail) items.push(x);
  for (let i = 0; i < total; i++) stack[sp + total - 1 - i] = items[i];
  return total;
}

/** CPython: BUILD_TUPLE_UNPACK / BUILD_LIST_UNPACK — concatenated items of n iterables. */
export function concatIterables(stack: (PyValue | null)[], base: number, n: number, forCall: boolean, func: PyValue | null): PyValue[] {
  const out: PyValue[] = [];
  for (let i = 0; i < n; i++) {
    const v = stack[base + i] as PyValue;
    // Exact types only, as list_extend: a subclass may define its own __iter__.
    if (tupleCheckExact(v) || listCheckExact(v)) {
      const items = v.items;
      for (let j = 0; j < items.length; j++) out.push(items[j]);
      continue;
    }
    let it: PyValue;
    try {
      it = getIter(v);
    } catch (e) {
      if (forCall && e instanceof PyException && e.ob_type === Exc.TypeError && func !== null &&
          lookupType(typeOf(v), '__iter__') === undefined && lookupType(typeOf(v), '__getitem__') === undefined) {
        throw newException(Exc.TypeError, `${funcStr(func)} argument after * must be an iterable, not ${typeOf(v).name}`);
      }
      throw e;
    }
    for (let x = iterNext(it); x !== null; x = iterNext(it)) out.push(x);
  }
  return out;
}

/** BUILD_SET / BUILD_SET_UNPACK: a set of the given items. */
export function buildSet(items: PyValue[]): PySet {
  return newSet(items);
}

/** SET_ADD. */
export function setAdd(set: PyValue, v: PyValue): void {
  (set as PySet).add(v);
}

/** BUILD_SET_UNPACK: adds every item of an iterable. */
export function setUpdate(set: PyValue, iterable: PyValue): void {
  const s = set as PySet;
  if (iterable instanceof PySet) {
    for (const x of iterable.items()) s.add(x);
    return;
  }
  const it = getIter(iterable);
  for (let x = iterNext(it); x !== null; x = iterNext(it)) s.add(x);
}

/** CPython: _PyObject_FunctionStr — `f()` in call error messages. */
export function funcStr(func: PyValue): string {
  if (func instanceof PyFunction) {
    const mod = func.func_module;
    return typeof mod === 'string' && mod !== 'builtins' ? `${mod}.${func.func_qualname}()` : `${func.func_qualname}()`;
  }
  if (func instanceof PyMethod) return funcStr(func.im_func);
  if (func instanceof PyType) return `${func.qualname}()`;
  if (func instanceof PyMethodDescr) return `${func.objclass.name}.${func.name}()`;
  const name = (func as { name?: unknown }).name;
  if (typeof name === 'string') return `${name}()`;
  return `${typeOf(func).name} object`;
}

/** Merges mapping `src` into dict `dst` (dict.update semantics, or duplicate errors for calls). */
export function dictMerge(dst: PyDict, src: PyValue, forCall: boolean, func: PyValue | null): void {
  if (src instanceof PyDict) {
    for (let i = src.nextIndex(0); i >= 0; i = src.nextIndex(i + 1)) {
      const k = src.keyAt(i) as PyValue;
      if (forCall) checkKwKey(dst, k, func);
      dst.set(k, src.valueAt(i) as PyValue);
    }
    return;
  }
  const keysFn = lookupType(typeOf(src), 'keys');
  if (keysFn === undefined) {
    if (forCall) {
      throw newException(Exc.TypeError, `${funcStr(func as PyValue)} argument after ** must be a mapping, not ${typeOf(src).name}`);
    }
    throw newException(Exc.TypeError, `'${typeOf(src).name}' object is not a mapping`);
  }
  const keys = toArray(callUnbound(keysFn, src, [], null));
  for (const k of keys) {
    if (forCall) checkKwKey(dst, k, func);
    dst.set(k, getItem(src, k));
  }
}

/** CPython 3.11: DICT_MERGE only rejects duplicates (format_kwargs_error); the call checks key types. */
function checkKwKey(dst: PyDict, k: PyValue, func: PyValue | null): void {
  if (!dst.has(k)) return;
  throw newException(Exc.TypeError, `${funcStr(func as PyValue)} got multiple values for keyword argument '${pyStr(k)}'`);
}

/**
 * CPython: CALL_FUNCTION_EX. Returns a frame to push for a plain Python function, else calls
 * and leaves the result in stack[fi].
 */
export function callFunctionEx(stack: (PyValue | null)[], fi: number, hasKw: boolean): Frame | null {
  const func = stack[fi] as PyValue;
  const posArgs = stack[fi + 1] as PyValue;
  let args: PyValue[];
  // An exact tuple as it is; anything else, a tuple subclass included, through its iterator.
  if (tupleCheckExact(posArgs)) args = posArgs.items.slice();
  else {
    if (lookupType(typeOf(posArgs), '__iter__') === undefined && lookupType(typeOf(posArgs), '__getitem__') === undefined) {
      throw newException(Exc.TypeError, `${funcStr(func)} argument after * must be an iterable, not ${typeOf(posArgs).name}`);
    }
    args = toArray(posArgs);
  }
  let kwnames: string[] | null = null;
  if (hasKw) {
    const kwv = stack[fi + 2] as PyValue;
    let kw: PyDict;
    if (kwv instanceof PyDict) kw = kwv;
    else {
      kw = new PyDict();
      dictMerge(kw, kwv, true, func);
    }
    if (kw.size > 0) {
      kwnames = [];
      for (let i = kw.nextIndex(0); i >= 0; i = kw.nextIndex(i + 1)) {
        const k = kw.keyAt(i) as PyValue;
        // CPython: _PyStack_UnpackDict, whatever the callable
        if (typeof k !== 'string') throw newException(Exc.TypeError, 'keywords must be strings');
        kwnames.push(k);
        args.push(kw.valueAt(i) as PyValue);
      }
    }
  }
  if (isFrameFunction(func)) {
    return bindArgs(func, args, 0, args.length, kwnames);
  }
  if (func instanceof PyMethod && isFrameFunction(func.im_func)) {
    const a: PyValue[] = [func.im_self];
    for (let i = 0; i < args.length; i++) a.push(args[i]);
    return bindArgs(func.im_func, a, 0, a.length, kwnames);
  }
  stack[fi] = callObject(func, args, kwnames);
  return null;
}

/** CPython: do_raise — builds the exception for `raise exc from cause` (cause null: no `from`). */
export function doRaise(exc: PyValue, cause: PyValue | null): PyException {
  let value: PyException;
  if (exc instanceof PyType) {
    if (!isExceptionType(exc)) throw newException(Exc.TypeError, 'exceptions must derive from BaseException');
    const v = callObject(exc, [], null);
    if (!(v instanceof PyException)) {
      throw newException(Exc.TypeError,
        `calling ${pyRepr(exc)} should have returned an instance of BaseException, not ${typeOf(v).name}`);
    }
    value = v;
  } else if (exc instanceof PyException) {
    value = exc;
  } else {
    throw newException(Exc.TypeError, 'exceptions must derive from BaseException');
  }
  if (cause !== null) {
    let c: PyValue;
    if (cause instanceof PyType && isExceptionType(cause)) c = callObject(cause, [], null);
    else if (cause instanceof PyException || cause === None) c = cause;
    else throw newException(Exc.TypeError, 'exception causes must derive from BaseException');
    value.cause = c;
    value.suppressContext = true;
  }
  return value;
}

/** CPython: COMPARE_OP PyCmp_EXC_MATCH — `except match:` against the raised type. */
export function excMatch(excType: PyValue, match: PyValue): boolean {
  if (match instanceof PyTuple) {
    for (const m of match.items) {
      if (!isExceptionType(m)) {
        throw newException(Exc.TypeError, 'catching classes that do not inherit from BaseException is not allowed');
      }
    }
    for (const m of match.items) if (excType instanceof PyType && isSubtype(excType, m as PyType)) return true;
    return false;
  }
  if (!isExceptionType(match)) {
    throw newException(Exc.TypeError, 'catching classes that do not inherit from BaseException is not allowed');
  }
  return excType instanceof PyType && isSubtype(excType, match);
}

/** `obj.__enter__`/`__exit__` looked up on the type and bound (CPython: special_lookup). */
function specialMethod(obj: PyValue, name: string): PyValue | undefined {
  const d = lookupType(typeOf(obj), name);
  if (d === undefined) return undefined;
  if (d instanceof PyFunction) return new PyMethod(d, obj);
  if (d instanceof PyMethodDescr) return new PyMethod(d, obj);
  const get = lookupType(typeOf(d), '__get__');
  return get === undefined ? d : callUnbound(get, d, [obj, typeOf(obj)], null);
}

/** CPython: SETUP_WITH's lookups and the `__enter__` call; returns [exit, enter()]. */
export function withEnter(mgr: PyValue): [PyValue, PyValue] {
  const enter = specialMethod(mgr, '__enter__');
  if (enter === undefined) {
    throw newException(Exc.TypeError, `'${typeOf(mgr).name}' object does not support the context manager protocol`);
  }
  const exit = specialMethod(mgr, '__exit__');
  if (exit === undefined) {
    throw newException(Exc.TypeError,
      `'${typeOf(mgr).name}' object does not support the context manager protocol (missed __exit__ method)`);
  }
  return [exit, callObject(enter, [], null)];
}

function asciiEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    out += cp < 0x80 ? ch : escapeCp(cp);
  }
  return out;
}

/** CPython: ascii(). */
export function asciiOf(v: PyValue): string {
  return typeof v === 'string' ? strRepr(v, true) : asciiEscape(pyRepr(v));
}

/** CPython: FORMAT_VALUE — conversion then format(value, spec). */
export function formatValue(v: PyValue, flags: number, spec: PyValue | null): string {
  switch (flags & FVC_MASK) {
    case FVC_STR: v = pyStr(v); break;
    case FVC_REPR: v = pyRepr(v); break;
    case FVC_ASCII: v = asciiOf(v); break;
  }
  const s = (flags & FVS_HAVE_SPEC) === FVS_HAVE_SPEC ? spec as string : '';
  if (typeof v === 'string' && s === '') return v;
  return pyFormat(v, s);
}

/** CPython: BUILD_CONST_KEY_MAP / BUILD_MAP values into a new dict. */
export function buildConstKeyMap(stack: (PyValue | null)[], base: number, n: number, keys: PyTuple): PyDict {
  const d = new PyDict();
  for (let i = 0; i < n; i++) d.set(keys.items[i], stack[base + i] as PyValue);
  return d;
}

export function buildMap(stack: (PyValue | null)[], base: number, n: number): PyDict {
  const d = new PyDict();
  for (let i = 0; i < n; i++) d.set(stack[base + 2 * i] as PyValue, stack[base + 2 * i + 1] as PyValue);
  return d;
}

/** CPython: SETUP_ANNOTATIONS. */
export function setupAnnotations(f: Frame): void {
  const locals = f.f_locals;
  if (locals instanceof PyDict) {
    if (locals.getStr('__annotations__') === undefined) locals.setStr('__annotations__', new PyDict());
    return;
  }
  if (locals === null) throw newException(Exc.SystemError, 'no locals found when setting up annotations');
  try {
    getItem(locals, '__annotations__');
  } catch (e) {
    if (!(e instanceof PyException && isSubtype(e.ob_type, Exc.KeyError))) throw e;
    setItem(locals, '__annotations__', new PyDict());
  }
}

/** CPython: LOAD_BUILD_CLASS. */
export function loadBuildClass(f: Frame): PyValue {
  const bc = f.f_builtins.getStr('__build_class__');
  if (bc === undefined) throw newException(Exc.NameError, '__build_class__ not found');
  return bc;
}

/** CPython: PRINT_EXPR — sys.displayhook(value). */
let displayHook: ((v: PyValue) => void) | null = null;
export function setDisplayHook(fn: (v: PyValue) => void): void {
  displayHook = fn;
}
export function printExpr(v: PyValue): void {
  if (displayHook !== null) displayHook(v);
}

/** Which code flags make a call produce a frame with a *args tuple or **kwargs dict. */
export const VAR_FLAGS = CO_VARARGS | CO_VARKEYWORDS;

/** The RecursionError raised when a call would pass the limit. */
export function recursionError(): PyException {
  return newException(Exc.RecursionError, 'maximum recursion depth exceeded');
}

/** Current thread state's depth check, shared by the loop and evalFrame. */
export function checkRecursion(): void {
  if (tstate.depth >= tstate.recursionLimit) throw recursionError();
}

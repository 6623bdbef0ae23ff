/**
 * Python functions (what MAKE_FUNCTION builds): code plus globals, defaults, closure and the
 * function's own attributes, and their binding as descriptors (`obj.f` → a bound PyMethod).
 * Calling one is vm/call.ts's job. CPython: Objects/funcobject.c.
 */
import { CodeObject } from '../code.js';
import { tstate } from '../frame.js';
import type { FramePool } from '../frame.js';
import {
  FunctionType, MethodType, None, PyBuiltinFunction, PyMethod, PyMethodDescr, PyObject, PyTuple, defGetSet, defMethod,
  lookupType, typeOf, type PyValue,
} from './object.js';
import { PyDict } from './dict.js';
import { Exc, newException } from './exceptions.js';
import { hexId, objectId } from './id.js';
import { repr } from '../abstract.js';

export class PyFunction extends PyObject {
  func_code: CodeObject;
  func_globals: PyDict;
  /** The builtins namespace captured when the function was made (3.10+: func_builtins). */
  func_builtins: PyDict;
  func_name: string;
  func_qualname: string;
  func_defaults: PyTuple | null;
  func_kwdefaults: PyDict | null;
  func_closure: PyTuple | null;
  func_annotations: PyDict | null;
  func_doc: PyValue;
  func_module: PyValue;
  func_dict: PyDict | null;
  /** Finished frames of this function kept for the next calls (vm/call.ts bindArgs), made with the first frame. */
  f_pool: FramePool | null;

  constructor(code: CodeObject, globals: PyDict, builtins: PyDict, qualname: string) {
    super(FunctionType);
    this.func_code = code;
    this.func_globals = globals;
    this.func_builtins = builtins;
    this.func_name = code.co_name;
    this.func_qualname = qualname;
    this.func_defaults = null;
    this.func_kwdefaults = null;
    this.func_closure = null;
    this.func_annotations = null;
    // 3.7: the docstring is co_consts[0] when it is a str.
    const c0 = code.co_consts.length > 0 ? code.co_consts[0] : None;
    this.func_doc = typeof c0 === 'string' ? c0 : None;
    const mod = globals.getStr('__name__');
    this.func_module = mod === undefined ? None : mod;
    this.func_dict = null;
    this.f_pool = null;
  }
}

/** CPython: func_new — `types.FunctionType(code, globals, name=None, argdefs=None, closure=None)`. */
FunctionType.dict.set('__new__', new PyBuiltinFunction('__new__', (_s, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const names = ['code', 'globals', 'name', 'argdefs', 'closure'];
  const vals: (PyValue | undefined)[] = args.slice(1, args.length - nkw);
  if (vals.length > 5) throw newException(Exc.TypeError, `function() takes at most 5 arguments (${vals.length} given)`);
  for (let i = 0; i < nkw; i++) {
    const k = names.indexOf(kwnames![i]);
    if (k < 0) throw newException(Exc.TypeError, `function() got an unexpected keyword argument '${kwnames![i]}'`);
    vals[k] = args[args.length - nkw + i];
  }
  const [code, globals, name = None, argdefs = None, closure = None] = vals;
  if (code === undefined) throw newException(Exc.TypeError, "function() missing required argument 'code' (pos 1)");
  if (!(code instanceof CodeObject)) throw newException(Exc.TypeError, `function() argument 'code' must be code, not ${typeOf(code).name}`);
  if (globals === undefined) throw newException(Exc.TypeError, "function() missing required argument 'globals' (pos 2)");
  if (!(globals instanceof PyDict)) throw newException(Exc.TypeError, `function() argument 'globals' must be dict, not ${typeOf(globals).name}`);
  if (name !== None && typeof name !== 'string') throw newException(Exc.TypeError, 'arg 3 (name) must be None or string');
  if (argdefs !== None && !(argdefs instanceof PyTuple)) throw newException(Exc.TypeError, 'arg 4 (defaults) must be None or tuple');
  const nfree = code.co_freevars.length;
  if (nfree > 0 && !(closure instanceof PyTuple)) throw newException(Exc.TypeError, 'arg 5 (closure) must be tuple');
  const cells = closure instanceof PyTuple ? closure.items.length : 0;
  if (cells !== nfree) throw newException(Exc.ValueError, `${code.co_name} requires closure of length ${nfree}, not ${cells}`);
  const b = globals.getStr('__builtins__');
  const builtins = b instanceof PyDict ? b : b instanceof PyObject && 'dict' in b && b.dict instanceof PyDict ? b.dict
    : tstate.frame !== null ? tstate.frame.f_builtins : new PyDict();
  const fn = new PyFunction(code, globals, builtins, typeof name === 'string' ? name : code.co_name);
  if (typeof name === 'string') fn.func_name = name;
  if (argdefs instanceof PyTuple) fn.func_defaults = argdefs;
  if (closure instanceof PyTuple && nfree > 0) fn.func_closure = closure;
  return fn;
}, FunctionType, 'function.__new__'));

function asFunction(self: PyValue): PyFunction {
  if (self instanceof PyFunction) return self;
  throw newException(Exc.TypeError, `descriptor requires a 'function' object but received a '${typeOf(self).name}'`);
}

function mustBeStr(v: PyValue | null, attr: string): string {
  if (typeof v === 'string') return v;
  throw newException(Exc.TypeError, `${attr} must be set to a string object`);
}

function optTuple(v: PyValue | null, attr: string): PyTuple | null {
  if (v === null || v === None) return null;
  if (v instanceof PyTuple) return v;
  throw newException(Exc.TypeError, `${attr} must be set to a tuple object`);
}

function optDict(v: PyValue | null, attr: string): PyDict | null {
  if (v === null || v === None) return null;
  if (v instanceof PyDict) return v;
  throw newException(Exc.TypeError, `${attr} must be set to a dict object`);
}

/** The function's attribute dict, created on first use (CPython: func_dict). */
export function functionDict(f: PyFunction): PyDict {
  let d = f.func_dict;
  if (d === null) d = f.func_dict = new PyDict();
  return d;
}

defGetSet(FunctionType, '__code__', self => asFunction(self).func_code, (self, v) => {
  const f = asFunction(self);
  if (v === null || !(v instanceof PyObject) || v.ob_type.name !== 'code') {
    throw newException(Exc.TypeError, '__code__ must be set to a code object');
  }
  f.func_code = v as CodeObject;
});
defGetSet(FunctionType, '__globals__', self => asFunction(self).func_globals);
defGetSet(FunctionType, '__builtins__', self => asFunction(self).func_builtins);
defGetSet(FunctionType, '__name__', self => asFunction(self).func_name, (self, v) => {
  asFunction(self).func_name = mustBeStr(v, '__name__');
});
defGetSet(FunctionType, '__qualname__', self => asFunction(self).func_qualname, (self, v) => {
  asFunction(self).func_qualname = mustBeStr(v, '__qualname__');
});
defGetSet(FunctionType, '__defaults__', self => asFunction(self).func_defaults ?? None, (self, v) => {
  asFunction(self).func_defaults = optTuple(v, '__defaults__');
});
defGetSet(FunctionType, '__kwdefaults__', self => asFunction(self).func_kwdefaults ?? None, (self, v) => {
  asFunction(self).func_kwdefaults = optDict(v, '__kwdefaults__');
});
defGetSet(FunctionType, '__closure__', self => asFunction(self).func_closure ?? None);
defGetSet(FunctionType, '__annotations__', self => {
  const f = asFunction(self);
  if (f.func_annotations === null) f.func_annotations = new PyDict();
  return f.func_annotations;
}, (self, v) => {
  asFunction(self).func_annotations = optDict(v, '__annotations__');
});
defGetSet(FunctionType, '__doc__', self => asFunction(self).func_doc, (self, v) => {
  asFunction(self).func_doc = v ?? None;
});
defGetSet(FunctionType, '__module__', self => asFunction(self).func_module, (self, v) => {
  asFunction(self).func_module = v ?? None;
});
defGetSet(FunctionType, '__dict__', self => functionDict(asFunction(self)), (self, v) => {
  const d = optDict(v, '__dict__');
  if (d === null) throw newException(Exc.TypeError, '__dict__ must be set to a dictionary');
  asFunction(self).func_dict = d;
});

defMethod(FunctionType, '__repr__', self => {
  const f = asFunction(self);
  return `<function ${f.func_qualname} at ${hexId(f)}>`;
});

/** CPython: func_descr_get — `obj.f` binds, `Class.f` (obj None) gives the function itself. */
defMethod(FunctionType, '__get__', (self, args) => {
  const f = asFunction(self);
  const obj = args.length > 0 ? args[0] : None;
  if (obj === None) return f;
  return new PyMethod(f, obj);
});

// Bound methods: repr, attributes forwarded to the function, equality by (func, self).
function asMethod(self: PyValue): PyMethod {
  if (self instanceof PyMethod) return self;
  throw newException(Exc.TypeError, `descriptor requires a 'method' object but received a '${typeOf(self).name}'`);
}

/** CPython: method_new — `types.MethodType(function, instance)`. */
MethodType.dict.set('__new__', new PyBuiltinFunction('__new__', (_s, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw newException(Exc.TypeError, 'method() takes no keyword arguments');
  if (args.length !== 3) throw newException(Exc.TypeError, `method expected 2 arguments, got ${args.length - 1}`);
  const func = args[1], self = args[2];
  if (!isCallableObject(func)) throw newException(Exc.TypeError, 'first argument must be callable');
  if (self === None) throw newException(Exc.TypeError, 'instance must not be None');
  return new PyMethod(func, self);
}, MethodType, 'method.__new__'));

function isCallableObject(v: PyValue): boolean {
  if (v instanceof PyFunction || v instanceof PyBuiltinFunction || v instanceof PyMethodDescr || v instanceof PyMethod) return true;
  return typeof v === 'object' && lookupType(v.ob_type, '__call__') !== undefined;
}

defGetSet(MethodType, '__func__', self => asMethod(self).im_func);
defGetSet(MethodType, '__self__', self => asMethod(self).im_self);
defGetSet(MethodType, '__name__', self => {
  const fn = asMethod(self).im_func;
  return fn instanceof PyFunction ? fn.func_name : None;
});
defGetSet(MethodType, '__qualname__', self => {
  const fn = asMethod(self).im_func;
  return fn instanceof PyFunction ? fn.func_qualname : None;
});
defGetSet(MethodType, '__doc__', self => {
  const fn = asMethod(self).im_func;
  return fn instanceof PyFunction ? fn.func_doc : None;
});
defMethod(MethodType, '__repr__', self => {
  const m = asMethod(self);
  const fn = m.im_func;
  const name = fn instanceof PyFunction ? fn.func_qualname : fn instanceof PyBuiltinFunction ? fn.name : '?';
  return `<bound method ${name} of ${repr(m.im_self)}>`;
});
defMethod(MethodType, '__eq__', (self, args) => {
  const a = asMethod(self), b = args[0];
  if (!(b instanceof PyMethod)) return false;
  return a.im_func === b.im_func && a.im_self === b.im_self;
});
defMethod(MethodType, '__hash__', self => {
  const m = asMethod(self);
  return objectId(m.im_func) / 16;
});

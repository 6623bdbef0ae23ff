/**
 * Calling: `callObject` for every kind of callable, and the binding of arguments to a Python
 * function's parameters in a fresh frame (positional, defaults, keyword-only, *args, **kwargs,
 * cells), with CPython 3.11's error messages. Arguments follow the vectorcall convention:
 * positional values, then the values of the keywords named in `kwnames`.
 * CPython: Python/ceval.c (_PyEval_EvalCodeWithName / initialize_locals), Objects/call.c.
 */
import {
  CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS, type CodeObject,
} from './code.js';
import {
  MethodWrapperType, PyBuiltinFunction, PyCell, PyMethod, PyMethodDescr, PyObject, PyTuple, PyType, TypeType,
  WrapperDescrType, isSubtype, lookupType, typeOf, type PyValue,
} from './objects/object.js';
import { PyModule } from './objects/module.js';
import { PyDict } from './objects/dict.js';
import { Exc, newException, type PyException } from './objects/exceptions.js';
import { PyFunction } from './objects/function.js';
import { typeCall } from './abstract.js';
import { Frame, FramePool, tstate } from './frame.js';
import { evalFrame, evalTranslated } from './ceval.js';
import { makeGenerator } from './generator.js';

export const CO_GENFLAGS = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;

/**
 * A Python function whose call runs its body (not a generator, coroutine or async generator):
 * what the dispatch loop can push as a frame where CPython calls a method from C.
 */
export function isFrameFunction(v: unknown): v is PyFunction {
  return v instanceof PyFunction && (v.func_code.co_flags & CO_GENFLAGS) === 0;
}

/** CPython: PyObject_Vectorcall — call anything callable. */
export function callObject(callable: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (callable instanceof PyFunction) {
    const f = bindArgs(callable, args, 0, args.length, kwnames);
    if (callable.func_code.co_flags & CO_GENFLAGS) return makeGenerator(f, callable);
    return callable.func_code.co_jit !== null && !tstate.tracing ? evalTranslated(f) : evalFrame(f);
  }
  if (callable instanceof PyBuiltinFunction) {
    if (kwnames !== null && kwnames.length > 0 && callable.fn.length < 3) throw noKeywords(callable);
    return callable.fn(callable.self, args, kwnames);
  }
  if (callable instanceof PyMethodDescr) return callMethodDescr(callable, args, kwnames);
  if (callable instanceof PyMethod) {
    const a: PyValue[] = [callable.im_self];
    for (let i = 0; i < args.length; i++) a.push(args[i]);
    return callObject(callable.im_func, a, kwnames);
  }
  if (callable instanceof PyType && callable.ob_type === TypeType) return typeCall(callable, args, kwnames);
  return callSlot(callable, args, kwnames);
}

/**
 * A native function or method called with keywords it has no parameter for: its JS function
 * takes no `kwnames` (CPython: METH_NOARGS, METH_O and METH_FASTCALL without METH_KEYWORDS).
 */
export function noKeywords(f: PyBuiltinFunction | PyMethodDescr): PyException {
  const wrapper = f.ob_type === MethodWrapperType || f.ob_type === WrapperDescrType;
  let name: string;
  if (wrapper) name = `wrapper ${f.name}`;
  else if (f instanceof PyMethodDescr) name = `${f.objclass.name}.${f.name}`;
  else if (f.self instanceof PyModule && f.self.name !== 'builtins') name = `${f.self.name}.${f.name}`;
  else if (f.self instanceof PyType) name = `${f.self.name}.${f.name}`;
  else name = f.qualname;
  return newException(Exc.TypeError, `${name}() takes no keyword arguments`);
}

/** Calls `callable` with no arguments. */
export function callNoArgs(callable: PyValue): PyValue {
  return callObject(callable, [], null);
}

/** Calls an object through its type's `__call__` (instances, metaclass instances). */
function callSlot(callable: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const type = typeOf(callable);
  const call = lookupType(type, '__call__');
  if (call === undefined) {
    if (callable instanceof PyType) return typeCall(callable, args, kwnames);
    throw newException(Exc.TypeError, `'${type.name}' object is not callable`);
  }
  return callUnbound(call, callable, args, kwnames);
}

/** Calls a type attribute `descr` (a function or method descriptor) as a method of `self`. */
export function callUnbound(descr: PyValue, self: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (descr instanceof PyMethodDescr) {
    if (kwnames !== null && kwnames.length > 0 && descr.fn.length < 3) throw noKeywords(descr);
    checkDescrSelf(descr, self);
    return descr.fn(self, args, kwnames);
  }
  const a: PyValue[] = [self];
  for (let i = 0; i < args.length; i++) a.push(args[i]);
  if (descr instanceof PyFunction) return callObject(descr, a, kwnames);
  // Any other descriptor: bind it through __get__ first.
  const get = lookupType(typeOf(descr), '__get__');
  if (get !== undefined) return callObject(callUnbound(get, descr, [self, typeOf(self)], null), args, kwnames);
  return callObject(descr, args, kwnames);
}

/** CPython: method_vectorcall_* — an unbound native method called with self as args[0]. */
function callMethodDescr(d: PyMethodDescr, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos < 1) {
    throw newException(Exc.TypeError, `unbound method ${d.objclass.name}.${d.name}() needs an argument`);
  }
  const self = args[0];
  if (kwnames !== null && kwnames.length > 0 && d.fn.length < 3) throw noKeywords(d);
  checkDescrSelf(d, self);
  return d.fn(self, args.slice(1), kwnames);
}

/** A native method applied to an object of another type (`list.__len__(1)`) is a TypeError. */
function checkDescrSelf(d: PyMethodDescr, self: PyValue): void {
  if (isSubtype(typeOf(self), d.objclass)) return;
  // slot wrappers (`list.__len__`) word it differently from plain method descriptors
  const n = d.name;
  throw newException(Exc.TypeError, n.length > 4 && n.startsWith('__') && n.endsWith('__')
    ? `descriptor '${n}' requires a '${d.objclass.name}' object but received a '${typeOf(self).name}'`
    : `descriptor '${n}' for '${d.objclass.name}' objects doesn't apply to a '${typeOf(self).name}' object`);
}

/**
 * Makes the frame for a call of `func` with the `argc` arguments at args[base…] (the last
 * kwnames.length of them keyword values) and binds them to the parameters.
 * CPython: _PyEval_EvalCodeWithName up to the point where the frame would run.
 */
/** A frame for a call of `func`, its locals empty: a parked one if there is one. */
export function newFrame(func: PyFunction): Frame {
  const co = func.func_code;
  let pool = func.f_pool;
  let f = pool === null ? null : pool.head;
  if (f !== null && f.f_code === co) {
    (pool as FramePool).head = f.f_back;
    (pool as FramePool).count--;
    f.reuse(null);
  } else {
    // A first call, or __code__ was replaced (the parked frames have the old shape): a new pool.
    if (pool === null || f !== null) pool = func.f_pool = new FramePool();
    f = new Frame(co, func.func_globals, func.func_builtins, null);
    f.f_pool = pool;
  }
  // A function with free variables but no cells of its own (a method calling super(), a
  // closure) is still one whose frame a caller fills with its arguments (co_simpleArgc).
  const closure = func.func_closure;
  if (closure !== null && co.co_cellvars.length === 0) {
    const lp = f.localsplus, base = co.co_nlocals, items = closure.items;
    for (let i = 0; i < items.length; i++) lp[base + i] = items[i];
  }
  return f;
}

export function bindArgs(
  func: PyFunction, args: readonly (PyValue | null)[], base: number, argc: number, kwnames: readonly string[] | null,
): Frame {
  const co = func.func_code;
  const f = newFrame(func);
  const lp = f.localsplus;
  if (kwnames === null && argc === co.co_argcount && co.co_kwonlyargcount === 0 &&
      (co.co_flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0) {
    for (let i = 0; i < argc; i++) lp[i] = args[base + i];
  } else {
    bindSlow(func, co, lp, args, base, argc, kwnames);
  }
  if (co.co_cellvars.length !== 0 || co.co_freevars.length !== 0) initCells(f, func.func_closure);
  return f;
}

/** Creates the cells (from arguments when co_cell2arg says so) and copies in the closure. */
export function initCells(f: Frame, closure: PyTuple | null): void {
  const co = f.f_code, lp = f.localsplus, nlocals = co.co_nlocals;
  const ncell = co.co_cellvars.length;
  const c2a = co.co_cell2arg;
  for (let i = 0; i < ncell; i++) {
    let v: PyValue | null = null;
    if (c2a !== null && c2a[i] >= 0) {
      v = lp[c2a[i]];
      lp[c2a[i]] = null;
    }
    lp[nlocals + i] = new PyCell(v);
  }
  const nfree = co.co_freevars.length;
  if (nfree !== 0 && closure !== null) {
    for (let i = 0; i < nfree; i++) lp[nlocals + ncell + i] = closure.items[i];
  }
}

function bindSlow(
  func: PyFunction, co: CodeObject, lp: (PyValue | null)[], args: readonly (PyValue | null)[], base: number,
  argc: number, kwnames: readonly string[] | null,
): void {
  const coArg = co.co_argcount;
  const total = coArg + co.co_kwonlyargcount;
  const flags = co.co_flags;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = argc - nkw;
  let kwdict: PyDict | null = null;
  let slot = total;
  if (flags & CO_VARARGS) slot++;
  if (flags & CO_VARKEYWORDS) {
    kwdict = new PyDict();
    lp[slot] = kwdict;
  }
  const n = npos < coArg ? npos : coArg;
  for (let i = 0; i < n; i++) lp[i] = args[base + i];
  if (flags & CO_VARARGS) {
    const rest: PyValue[] = [];
    for (let i = n; i < npos; i++) rest.push(args[base + i] as PyValue);
    lp[total] = new PyTuple(rest);
  }
  const varnames = co.co_varnames;
  for (let k = 0; k < nkw; k++) {
    const name = (kwnames as readonly string[])[k];
    const value = args[base + npos + k] as PyValue;
    let j = co.co_posonlyargcount;
    while (j < total && varnames[j] !== name) j++;
    if (j === total) {
      if (kwdict === null) {
        if (co.co_posonlyargcount > 0 && varnames.slice(0, co.co_posonlyargcount).includes(name)) {
          throw typeErr(`${func.func_qualname}() got some positional-only arguments passed as keyword arguments: '${posOnlyPassed(co, kwnames as readonly string[])}'`);
        }
        throw typeErr(`${func.func_qualname}() got an unexpected keyword argument '${name}'`);
      }
      kwdict.setStr(name, value);
      continue;
    }
    if (lp[j] !== null) throw typeErr(`${func.func_qualname}() got multiple values for argument '${name}'`);
    lp[j] = value;
  }
  if (npos > coArg && !(flags & CO_VARARGS)) tooManyPositional(func, co, lp, npos);
  const defaults = func.func_defaults;
  const defcount = defaults === null ? 0 : defaults.items.length;
  if (npos < coArg) {
    const m = coArg - defcount;
    let missing = 0;
    for (let i = npos; i < m; i++) if (lp[i] === null) missing++;
    if (missing) missingArguments(func, co, lp, 0, m, 'positional');
    for (let i = npos > m ? npos - m : 0; i < defcount; i++) {
      if (lp[m + i] === null) lp[m + i] = (defaults as PyTuple).items[i];
    }
  }
  if (co.co_kwonlyargcount > 0) {
    let missing = 0;
    const kwdefs = func.func_kwdefaults;
    for (let i = coArg; i < total; i++) {
      if (lp[i] !== null) continue;
      const d = kwdefs === null ? undefined : kwdefs.getStr(varnames[i]);
      if (d !== undefined) lp[i] = d;
      else missing++;
    }
    if (missing) missingArguments(func, co, lp, coArg, total, 'keyword-only');
  }
}

function typeErr(msg: string): PyObject {
  return newException(Exc.TypeError, msg);
}

function posOnlyPassed(co: CodeObject, kwnames: readonly string[]): string {
  const pos = co.co_varnames.slice(0, co.co_posonlyargcount);
  return kwnames.filter(k => pos.includes(k)).join(', ');
}

/** CPython: too_many_positional. */
function tooManyPositional(func: PyFunction, co: CodeObject, lp: (PyValue | null)[], given: number): never {
  const coArg = co.co_argcount;
  let kwonlyGiven = 0;
  for (let i = coArg; i < coArg + co.co_kwonlyargcount; i++) if (lp[i] !== null) kwonlyGiven++;
  const defcount = func.func_defaults === null ? 0 : func.func_defaults.items.length;
  let sig: string, plural: boolean;
  if (defcount) {
    plural = true;
    sig = `from ${coArg - defcount} to ${coArg}`;
  } else {
    plural = coArg !== 1;
    sig = String(coArg);
  }
  const kwonlySig = kwonlyGiven
    ? ` positional argument${given !== 1 ? 's' : ''} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? 's' : ''})`
    : '';
  throw typeErr(`${func.func_qualname}() takes ${sig} positional argument${plural ? 's' : ''} but ${given}${kwonlySig} ${given === 1 && !kwonlyGiven ? 'was' : 'were'} given`);
}

/** CPython: missing_arguments + format_missing (names listed as `'a', 'b' and 'c'`). */
function missingArguments(
  func: PyFunction, co: CodeObject, lp: (PyValue | null)[], start: number, end: number, kind: string,
): never {
  const names: string[] = [];
  for (let i = start; i < end; i++) if (lp[i] === null) names.push(`'${co.co_varnames[i]}'`);
  let list: string;
  if (names.length === 1) list = names[0];
  else if (names.length === 2) list = `${names[0]} and ${names[1]}`;
  else list = `${names.slice(0, -2).join(', ')}, ${names[names.length - 2]}, and ${names[names.length - 1]}`;
  throw typeErr(`${func.func_qualname}() missing ${names.length} required ${kind} argument${names.length === 1 ? '' : 's'}: ${list}`);
}

/**
 * Runs a class body (what `__build_class__` does with the body function): the code runs with
 * `ns` as its locals mapping. CPython: PyEval_EvalCodeEx with locals = ns.
 */
export function runClassBody(func: PyFunction, ns: PyObject): PyValue {
  const co = func.func_code;
  const f = new Frame(co, func.func_globals, func.func_builtins, ns);
  if (co.co_cellvars.length !== 0 || co.co_freevars.length !== 0) initCells(f, func.func_closure);
  return evalFrame(f);
}

/** Runs module-level or exec'd code in the given namespaces. CPython: PyEval_EvalCode. */
export function evalCode(code: CodeObject, globals: PyDict, locals: PyObject | null, builtins: PyDict): PyValue {
  const f = new Frame(code, globals, builtins, locals ?? globals);
  return evalFrame(f);
}

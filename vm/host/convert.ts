/**
 * Values crossing between a JavaScript host and the VM. JS → Python: numbers become int (when
 * integral and safe) or float, bigint int, string str, boolean bool, null/undefined None, arrays
 * list, Maps and plain objects dict, Uint8Array bytes, Sets set, functions callables. Python →
 * JS: int number (bigint past 2^53), float number, str, bool, None null, list/tuple arrays, dict
 * a Map (keys converted too, so no key is lost), set/frozenset a Set, bytes a Uint8Array,
 * callables JS functions; any other object passes through as itself (an opaque handle that
 * converts back to the same object). CPython's counterpart is the C API's PyLong_FromDouble,
 * PyUnicode_FromString… an embedder calls by hand.
 */
import {
  None, PyBuiltinFunction, PyBytes, PyFloat, PyList, PyObject, PyTuple, lookupType, typeOf, type PyValue,
} from '../objects/object.js';
import { PyDict } from '../objects/dict.js';
import { PySet, newSet } from '../objects/set.js';
import { callObject } from '../call.js';
import { normBig } from '../objects/int.js';
import { Exc, PyException, newException } from '../objects/exceptions.js';
import { str as pyStr, toArray } from '../abstract.js';

/** A Python exception seen from JavaScript: `pyType` is its class name, `message` its str(). */
export class PythonError extends Error {
  constructor(readonly exception: PyException, readonly pyType: string, message: string) {
    super(message === '' ? pyType : `${pyType}: ${message}`);
    this.name = 'PythonError';
  }
}

/** Turns a PyException into the Error a host catches (other throwables pass unchanged). */
export function toHostError(e: unknown): unknown {
  if (!(e instanceof PyException)) return e;
  let msg: string;
  try {
    msg = pyStr(e);
  } catch {
    msg = '';
  }
  return new PythonError(e, e.ob_type.name, msg);
}

/** Turns what a host function threw into the Python exception to raise (RuntimeError for JS errors). */
export function fromHostError(e: unknown): PyException {
  if (e instanceof PyException) return e;
  if (e instanceof PythonError) return e.exception;
  const msg = e instanceof Error ? e.message : String(e);
  return newException(Exc.RuntimeError, msg);
}

/**
 * How a Python callable is called from JS: the VirtualMachine supplies one that enters it first
 * (the host may keep a converted function and call it after the run).
 */
export type PyCaller = (fn: PyValue, args: PyValue[]) => PyValue;

/** For conversions made while the VM is running: call straight in. */
export const directCall: PyCaller = (fn, args) => callObject(fn, args, null);

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** JS → Python (see the file comment); `seen` keeps shared and cyclic containers shared. */
export function toPython(v: unknown, call: PyCaller = directCall, seen: Map<object, PyValue> = new Map()): PyValue {
  switch (typeof v) {
    case 'number':
      // -0 is a float in Python's eyes only when the host meant one; as an int it must be 0.
      if (Number.isInteger(v) && Math.abs(v) <= MAX_SAFE) return v === 0 ? 0 : v;
      return new PyFloat(v);
    case 'bigint': return normBig(v);
    case 'string': return v;
    case 'boolean': return v;
    case 'undefined': return None;
    case 'function': return wrapHostFunction(v as (...args: unknown[]) => unknown, v.name || 'host_function', call);
    case 'symbol': throw newException(Exc.TypeError, 'cannot convert a JavaScript symbol to a Python value');
    case 'object': break;
  }
  if (v === null) return None;
  if (v instanceof PyObject) return v;
  const o = v as object;
  const known = seen.get(o);
  if (known !== undefined) return known;
  if (Array.isArray(o)) {
    const list = new PyList([]);
    seen.set(o, list);
    for (const x of o) list.items.push(toPython(x, call, seen));
    return list;
  }
  if (o instanceof Uint8Array) return new PyBytes(Uint8Array.from(o));
  if (o instanceof Map) {
    const d = new PyDict();
    seen.set(o, d);
    for (const [k, x] of o) d.set(toPython(k, call, seen), toPython(x, call, seen));
    return d;
  }
  if (o instanceof Set) {
    const s = newSet([]);
    seen.set(o, s);
    const items: PyValue[] = [];
    for (const x of o) items.push(toPython(x, call, seen));
    return items.length === 0 ? s : newSet(items);
  }
  const d = new PyDict();
  seen.set(o, d);
  for (const k of Object.keys(o)) d.setStr(k, toPython((o as Record<string, unknown>)[k], call, seen));
  return d;
}

/** Python → JS (see the file comment). `call` runs a Python callable for a returned JS function. */
export function toJS(v: PyValue, call: PyCaller, seen: Map<PyObject, unknown> = new Map()): unknown {
  switch (typeof v) {
    case 'number': case 'bigint': case 'string': case 'boolean': return v;
  }
  const o = v as PyObject;
  if (o === None) return null;
  if (o instanceof PyFloat) return o.value;
  const known = seen.get(o);
  if (known !== undefined) return known;
  if (o instanceof PyList || o instanceof PyTuple) {
    const out: unknown[] = [];
    seen.set(o, out);
    for (const x of o.items) out.push(toJS(x, call, seen));
    return out;
  }
  if (o instanceof PyDict) {
    const m = new Map<unknown, unknown>();
    seen.set(o, m);
    for (const [k, x] of o.entriesArray()) m.set(toJS(k, call, seen), toJS(x, call, seen));
    return m;
  }
  if (o instanceof PySet) {
    const s = new Set<unknown>();
    seen.set(o, s);
    for (const x of toArray(o)) s.add(toJS(x, call, seen));
    return s;
  }
  if (o instanceof PyBytes) return Uint8Array.from(o.data);
  if (o instanceof PyBuiltinFunction && hostFunctions.has(o)) return hostFunctions.get(o);
  if (lookupType(typeOf(o), '__call__') !== undefined) {
    const fn = (...args: unknown[]): unknown => toJS(call(o, args.map(a => toPython(a, call))), call);
    seen.set(o, fn);
    return fn;
  }
  return o;
}

/** The JS function behind each wrapper, so a round trip gives the host its own function back. */
const hostFunctions = new WeakMap<PyObject, unknown>();

/**
 * A JS function as a Python builtin function: arguments converted to JS, the result back to
 * Python; what it throws becomes a Python exception (RuntimeError with the Error's message, or
 * the Python exception itself when it is one). Keyword arguments are refused, as for a C
 * function declared METH_VARARGS.
 */
export function wrapHostFunction(fn: (...args: unknown[]) => unknown, name: string, call: PyCaller = directCall): PyBuiltinFunction {
  const w = new PyBuiltinFunction(name, (_self, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) throw newException(Exc.TypeError, `${name}() takes no keyword arguments`);
    const jsArgs: unknown[] = [];
    for (const a of args) jsArgs.push(toJS(a, call));
    let result: unknown;
    try {
      result = fn(...jsArgs);
    } catch (e) {
      throw fromHostError(e);
    }
    return toPython(result, call);
  }, None);
  hostFunctions.set(w, fn);
  return w;
}

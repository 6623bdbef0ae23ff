/**
 * The builtin functions that are not types: print, len, min/max, sum, sorted, iter/next,
 * any/all, isinstance/issubclass, the attribute functions, chr/ord/hex/oct/bin, divmod, pow,
 * round, hash, id, format, input, callable, repr/ascii, abs — each with CPython 3.11's
 * argument handling and messages. Frame-dependent ones (globals, locals, vars, dir, exec,
 * eval, compile) live in frame_functions.ts. CPython: Python/bltinmodule.c.
 */
import {
  ByteArrayType, BytesType, FrozenSetType, None, NotImplemented, PyBuiltinFunction, PyBytes, PyFloat, PyIterator,
  PyList, PyMethod, PyMethodDescr, PyTuple, PyType, floatCheckExact, isSubtype, lookupType, typeOf, type NativeMethod,
  type NativeMethod1, type NativeMethod2, type PyValue,
} from '../objects/object.js';
import { Exc, newException, stopIteration, typeError, valueError } from '../objects/exceptions.js';
import { PyGenerator, genReturn } from '../generator.js';
import {
  NB, absolute, ascii as pyAscii, binaryOp, callMethod, compareBool, delAttr, format as pyFormat,
  getAttr, getAttrOrNull, getIter, isTrue, iterNext, len as pyLen, power, probeAttr, repr as pyRepr,
  setAttr, str as pyStr, toArray,
} from '../abstract.js';
import { callObject } from '../call.js';
import { PyFunction } from '../objects/function.js';
import { parseArgs } from '../objects/native_args.js';
import { CallableIterator, splitArgs } from '../objects/iter.js';
import { listSort, sortKwargs } from '../objects/list.js';
import { asIndex } from '../objects/slice.js';
import { objectId } from '../objects/id.js';
import { PySet, frozenSetHashBig } from '../objects/set.js';
import { exactHash } from '../objects/tuple.js';
import { longToString, longDivmod, normBig, type PyInt } from '../objects/int.js';
import { floatDivmod } from '../objects/float.js';
import { floatOf } from '../objects/numeric.js';
import { flushStdout, readStdinLine, writeStdout } from '../io.js';
import { getSys, stdout as sysStdoutStream } from '../modules/sys.js';

const LT = 0, GT = 4;

function exactlyOne(name: string, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${name}() takes no keyword arguments`);
  if (args.length !== 1) throw typeError(`${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

function noKw(name: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${name}() takes no keyword arguments`);
}

function argRange(name: string, args: PyValue[], min: number, max: number): void {
  if (args.length < min) throw typeError(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${args.length}`);
  if (args.length > max) throw typeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
}

function attrName(v: PyValue): string {
  if (typeof v === 'string') return v;
  throw typeError(`attribute name must be string, not '${typeOf(v).name}'`);
}

/** The current sys.stdout (a rebinding of sys.stdout is honoured). */
function currentStdout(): PyValue {
  const s = getSys().dict.getStr('stdout');
  return s === undefined ? None : s;
}

function writeTo(file: PyValue, text: string): void {
  if (file === sysStdoutStream) {
    writeStdout(text);
    return;
  }
  callObject(getAttr(file, 'write'), [text], null);
}

/** CPython: builtin_print. */
const print: NativeMethod = (_s, args, kwnames) => {
  const [objs, kw] = splitArgs(args, kwnames);
  let sep = ' ', end = '\n', file: PyValue = None, flush = false;
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === 'sep' || k === 'end') {
        if (v !== None && typeof v !== 'string') throw typeError(`${k} must be None or a string, not ${typeOf(v).name}`);
        if (typeof v === 'string') {
          if (k === 'sep') sep = v;
          else end = v;
        }
      } else if (k === 'file') file = v;
      else if (k === 'flush') flush = isTrue(v);
      else throw typeError(`'${k}' is an invalid keyword argument for print()`);
    }
  }
  if (file === None) {
    file = currentStdout();
    if (file === None) return None;
  }
  if (file === sysStdoutStream) {
    let s = '';
    for (let i = 0; i < objs.length; i++) {
      if (i > 0) s += sep;
      const o = objs[i];
      s += typeof o === 'string' ? o : pyStr(o);
    }
    writeStdout(s + end);
    if (flush) flushStdout();
    return None;
  }
  for (let i = 0; i < objs.length; i++) {
    if (i > 0) writeTo(file, sep);
    writeTo(file, pyStr(objs[i]));
  }
  writeTo(file, end);
  if (flush) callObject(getAttr(file, 'flush'), [], null);
  return None;
};

/** CPython: min_max — `op` is LT for min, GT for max. */
function minMax(name: string, op: number): NativeMethod {
  return (_s, args, kwnames) => {
    const [pos, kw] = splitArgs(args, kwnames);
    let key: PyValue = None, dflt: PyValue | undefined;
    if (kw !== null) {
      for (const [k, v] of kw) {
        if (k === 'key') key = v;
        else if (k === 'default') dflt = v;
        else throw typeError(`'${k}' is an invalid keyword argument for ${name}()`);
      }
    }
    if (pos.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
    let items: PyValue[];
    if (pos.length === 1) items = toArray(pos[0]);
    else {
      if (dflt !== undefined) throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
      items = pos;
    }
    if (items.length === 0) {
      if (dflt !== undefined) return dflt;
      throw valueError(`${name}() arg is an empty sequence`);
    }
    let best = items[0];
    let bestKey = key === None ? best : callObject(key, [best], null);
    for (let i = 1; i < items.length; i++) {
      const item = items[i];
      const k = key === None ? item : callObject(key, [item], null);
      if (typeof k === 'number' && typeof bestKey === 'number' ? (op === LT ? k < bestKey : k > bestKey) : compareBool(k, bestKey, op)) {
        best = item;
        bestKey = k;
      }
    }
    return best;
  };
}

/** CPython: builtin_sum_impl (int and float fast paths, then `+`). */
const sum: NativeMethod = (_s, args, kwnames) => {
  const [iterable, start0] = parseArgs('sum', args, kwnames, ['iterable', 'start'], 1, 1) as [PyValue, PyValue | undefined];
  let acc: PyValue = start0 === undefined ? 0 : start0;
  if (typeof acc === 'string') throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (acc instanceof PyBytes || (typeof acc === 'object' && isSubtype(acc.ob_type, BytesType))) {
    throw typeError("sum() can't sum bytes [use b''.join(seq) instead]");
  }
  if (typeof acc === 'object' && isSubtype(acc.ob_type, ByteArrayType)) {
    throw typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
  }
  const it = getIter(iterable);
  for (let x = iterNext(it); x !== null; x = iterNext(it)) {
    if (typeof acc === 'number' && typeof x === 'number') {
      const r: number = acc + x;
      acc = Number.isSafeInteger(r) ? r : binaryOp(acc, x, NB.ADD);
    } else if (acc instanceof PyFloat && x instanceof PyFloat && acc.ob_type === x.ob_type) {
      acc = new PyFloat(acc.value + x.value);
    } else {
      acc = binaryOp(acc, x, NB.ADD);
    }
  }
  return acc;
};

const sorted: NativeMethod = (_s, args, kwnames) => {
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos !== 1) throw typeError(`sorted expected 1 argument, got ${npos}`);
  if (kwnames !== null && kwnames.length > 2) throw typeError(`sort() takes at most 2 keyword arguments (${kwnames.length} given)`);
  const [key, reverse] = sortKwargs(args, kwnames, 1, 'sort');
  const l = new PyList(toArray(args[0]));
  listSort(l, key, reverse);
  return l;
};

const iter: NativeMethod = (_s, args, kwnames) => {
  noKw('iter', kwnames);
  argRange('iter', args, 1, 2);
  if (args.length === 1) return getIter(args[0]);
  if (!isCallable(args[0])) throw typeError('iter(v, w): v must be callable');
  return new CallableIterator(args[0], args[1]);
};

function isIterator(v: PyValue): boolean {
  return lookupType(typeOf(v), '__next__') !== undefined;
}

const next: NativeMethod = (_s, args, kwnames) => {
  noKw('next', kwnames);
  argRange('next', args, 1, 2);
  const it = args[0];
  if (!isIterator(it)) throw typeError(`'${typeOf(it).name}' object is not an iterator`);
  // Without a default, a Python-level __next__ raises its own StopIteration (keeping .value).
  if (args.length === 1 && !(it instanceof PyIterator)) return callMethod(lookupType(typeOf(it), '__next__')!, it, []);
  const v = iterNext(it);
  if (v !== null) return v;
  if (args.length > 1) return args[1];
  throw it instanceof PyGenerator ? stopIteration(genReturn) : newException(Exc.StopIteration);
};

function anyAll(name: string, want: boolean): NativeMethod {
  return (_s, args, kwnames) => {
    const it = getIter(exactlyOne(name, args, kwnames));
    for (let x = iterNext(it); x !== null; x = iterNext(it)) if (isTrue(x) === want) return want;
    return !want;
  };
}

/** CPython: PyObject_IsInstance (tuples, __instancecheck__ on the metaclass). */
export function isInstance(v: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType) {
    if (isSubtype(typeOf(v), cls)) return true;
    const check = cls.ob_type.name === 'type' ? undefined : lookupType(cls.ob_type, '__instancecheck__');
    if (check !== undefined) return isTrue(callMethod(check, cls, [v]));
    // An object may claim another class through __class__ (proxies, mocks).
    if (typeof v === 'object' && !(v instanceof PyType)) {
      const c = getAttrOrNull(v, '__class__');
      if (c instanceof PyType && c !== typeOf(v)) return isSubtype(c, cls);
    }
    return false;
  }
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (isInstance(v, c)) return true;
    return false;
  }
  const check = lookupType(typeOf(cls), '__instancecheck__');
  if (check !== undefined) return isTrue(callMethod(check, cls, [v]));
  throw typeError('isinstance() arg 2 must be a type, a tuple of types, or a union');
}

export function isSubclass(v: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (isSubclass(v, c)) return true;
    return false;
  }
  if (cls instanceof PyType) {
    const check = cls.ob_type.name === 'type' ? undefined : lookupType(cls.ob_type, '__subclasscheck__');
    if (check !== undefined) return isTrue(callMethod(check, cls, [v]));
    if (!(v instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
    return isSubtype(v, cls);
  }
  const check = lookupType(typeOf(cls), '__subclasscheck__');
  if (check !== undefined) return isTrue(callMethod(check, cls, [v]));
  throw typeError('issubclass() arg 2 must be a class, a tuple of classes, or a union');
}

/** CPython: PyCallable_Check. */
export function isCallable(v: PyValue): boolean {
  if (v instanceof PyFunction || v instanceof PyBuiltinFunction || v instanceof PyMethodDescr
    || v instanceof PyMethod || v instanceof PyType) return true;
  if (typeof v !== 'object') return false;
  return lookupType(v.ob_type, '__call__') !== undefined;
}

function intArg(v: PyValue): PyInt {
  const i = asIndex(v);
  if (i === null) throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  return i;
}

function prefixed(prefix: string, base: number): NativeMethod {
  const name = prefix === '0x' ? 'hex' : prefix === '0o' ? 'oct' : 'bin';
  return (_s, args, kwnames) => {
    const n = intArg(exactlyOne(name, args, kwnames));
    const neg = typeof n === 'number' ? n < 0 : n < 0n;
    const mag = typeof n === 'number' ? Math.abs(n) : neg ? -n : n;
    return (neg ? '-' : '') + prefix + longToString(mag, base);
  };
}

const chr: NativeMethod = (_s, args, kwnames) => {
  const n = intArg(exactlyOne('chr', args, kwnames));
  if (typeof n === 'bigint') throw newException(Exc.OverflowError, 'Python int too large to convert to C int');
  if (n < 0 || n > 0x10ffff) throw valueError('chr() arg not in range(0x110000)');
  return String.fromCodePoint(n);
};

const ord: NativeMethod = (_s, args, kwnames) => {
  const c = exactlyOne('ord', args, kwnames);
  if (typeof c === 'string') {
    const cp = c.codePointAt(0);
    const n = cp === undefined ? 0 : cp > 0xffff ? c.length - 1 : c.length;
    if (n !== 1 || cp === undefined) throw typeError(`ord() expected a character, but string of length ${n} found`);
    return cp;
  }
  if (c instanceof PyBytes || (typeof c === 'object' && 'data' in c && c.data instanceof Uint8Array)) {
    const data = (c as PyBytes).data;
    if (data.length !== 1) throw typeError(`ord() expected a character, but string of length ${data.length} found`);
    return data[0];
  }
  throw typeError(`ord() expected string of length 1, but ${typeOf(c).name} found`);
};

const divmod: NativeMethod = (_s, args, kwnames) => {
  noKw('divmod', kwnames);
  if (args.length !== 2) throw typeError(`divmod expected 2 arguments, got ${args.length}`);
  const [a, b] = args;
  const ia = typeof a === 'number' || typeof a === 'bigint' || typeof a === 'boolean';
  const ib = typeof b === 'number' || typeof b === 'bigint' || typeof b === 'boolean';
  if (ia && ib) {
    const [q, r] = longDivmod(typeof a === 'boolean' ? +a : a as PyInt, typeof b === 'boolean' ? +b : b as PyInt);
    return new PyTuple([q, r]);
  }
  const fa = floatCheckExact(a), fb = floatCheckExact(b);
  if ((fa || ia) && (fb || ib) && (fa || fb)) {
    const x = floatOf(a), y = floatOf(b);
    const [q, r] = floatDivmod(x, y);
    return new PyTuple([new PyFloat(q), new PyFloat(r)]);
  }
  const ta = typeOf(a), tb = typeOf(b);
  const f = lookupType(ta, '__divmod__');
  if (f !== undefined) {
    const r = callMethod(f, a, [b]);
    if (r !== NotImplemented) return r;
  }
  const rf = ta === tb ? undefined : lookupType(tb, '__rdivmod__');
  if (rf !== undefined) {
    const r = callMethod(rf, b, [a]);
    if (r !== NotImplemented) return r;
  }
  throw typeError(`unsupported operand type(s) for divmod(): '${ta.name}' and '${tb.name}'`);
};

const pow: NativeMethod = (_s, args, kwnames) => {
  const [base, exp, mod] = parseArgs('pow', args, kwnames, ['base', 'exp', 'mod'], 2);
  return power(base as PyValue, exp as PyValue, mod === undefined ? None : mod);
};

const round: NativeMethod = (_s, args, kwnames) => {
  const [num, nd] = parseArgs('round', args, kwnames, ['number', 'ndigits'], 1);
  const v = num as PyValue;
  const f = lookupType(typeOf(v), '__round__');
  if (f === undefined) throw typeError(`type ${typeOf(v).name} doesn't define __round__ method`);
  return nd === undefined || nd === None ? callMethod(f, v, []) : callMethod(f, v, [nd]);
};

const format: NativeMethod = (_s, args, kwnames) => {
  const [v, spec] = parseArgs('format', args, kwnames, ['value', 'format_spec'], 1);
  if (spec !== undefined && typeof spec !== 'string') throw typeError(`format() argument 2 must be str, not ${typeOf(spec).name}`);
  return pyFormat(v as PyValue, spec === undefined ? '' : spec);
};

const input: NativeMethod = (_s, args, kwnames) => {
  noKw('input', kwnames);
  argRange('input', args, 0, 1);
  if (args.length === 1) {
    const out = currentStdout();
    writeTo(out, pyStr(args[0]));
  }
  flushStdout();
  const line = readStdinLine();
  if (line === null) throw newException(Exc.EOFError, 'EOF when reading a line');
  return line.endsWith('\n') ? line.slice(0, -1) : line;
};

const getattr: NativeMethod = (_s, args, kwnames) => {
  noKw('getattr', kwnames);
  argRange('getattr', args, 2, 3);
  const name = attrName(args[1]);
  if (args.length === 2) return getAttr(args[0], name);
  return probeAttr(args[0], name) ?? args[2];
};

const hasattr: NativeMethod = (_s, args, kwnames) => {
  noKw('hasattr', kwnames);
  if (args.length !== 2) throw typeError(`hasattr expected 2 arguments, got ${args.length}`);
  return probeAttr(args[0], attrName(args[1])) !== null;
};

const setattr: NativeMethod = (_s, args, kwnames) => {
  noKw('setattr', kwnames);
  if (args.length !== 3) throw typeError(`setattr expected 3 arguments, got ${args.length}`);
  setAttr(args[0], attrName(args[1]), args[2]);
  return None;
};

const delattr: NativeMethod = (_s, args, kwnames) => {
  noKw('delattr', kwnames);
  if (args.length !== 2) throw typeError(`delattr expected 2 arguments, got ${args.length}`);
  delAttr(args[0], attrName(args[1]));
  return None;
};

const len: NativeMethod = (_s, args, kwnames) => pyLen(exactlyOne('len', args, kwnames));

const abs: NativeMethod = (_s, args, kwnames) => absolute(exactlyOne('abs', args, kwnames));

/** Fixed-arity entries of some of them (PyBuiltinFunction's fn1/fn2), for translated code. */
export const BUILTIN_FIXED_ARITY: Record<string, { fn1?: NativeMethod1; fn2?: NativeMethod2 }> = {
  len: { fn1: (_s, a) => pyLen(a) },
  abs: { fn1: (_s, a) => absolute(a) },
  isinstance: { fn2: (_s, a, b) => isInstance(a, b) },
};

/** The plain builtin functions, by name. */
export const BUILTIN_FUNCTIONS: Record<string, NativeMethod> = {
  print,
  len,
  repr: (_s, a, k) => pyRepr(exactlyOne('repr', a, k)),
  ascii: (_s, a, k) => pyAscii(exactlyOne('ascii', a, k)),
  abs,
  min: minMax('min', LT),
  max: minMax('max', GT),
  sum,
  sorted,
  iter,
  next,
  any: anyAll('any', true),
  all: anyAll('all', false),
  isinstance: (_s, a, k) => {
    noKw('isinstance', k);
    if (a.length !== 2) throw typeError(`isinstance expected 2 arguments, got ${a.length}`);
    return isInstance(a[0], a[1]);
  },
  issubclass: (_s, a, k) => {
    noKw('issubclass', k);
    if (a.length !== 2) throw typeError(`issubclass expected 2 arguments, got ${a.length}`);
    return isSubclass(a[0], a[1]);
  },
  hasattr,
  getattr,
  setattr,
  delattr,
  callable: (_s, a, k) => isCallable(exactlyOne('callable', a, k)),
  chr,
  ord,
  hex: prefixed('0x', 16),
  oct: prefixed('0o', 8),
  bin: prefixed('0b', 2),
  divmod,
  pow,
  round,
  hash: (_s, a, k) => {
    // exact 64-bit values where pyvm knows them (ints, floats, tuples, frozensets)
    const v = exactlyOne('hash', a, k);
    if (v instanceof PySet && (v.ob_type === FrozenSetType || lookupType(v.ob_type, '__hash__') === FrozenSetType.dict.get('__hash__'))) {
      return normBig(frozenSetHashBig(v));
    }
    const h = exactHash(v);
    return h;
  },
  id: (_s, a, k) => objectId(exactlyOne('id', a, k)),
  format,
  input,
};

/**
 * The object protocol the VM's opcode handlers call (CPython: Objects/abstract.c, object.c,
 * typeobject.c's slot dispatch). Each function has fast paths for the builtin representations
 * (JS number/string/boolean, PyFloat) and otherwise looks the special method up on the type
 * (`__add__`/`__radd__`, `__eq__`, `__iter__`…), honouring the NotImplemented protocol.
 */
import {
  BoolType, ByteArrayType, BytesType, ComplexType, DictType, FloatType, FrozenSetType, IntType, ListType, None,
  NotImplemented, ObjectType, PyBuiltinFunction, PyFloat, PyIterator, PyList, PyMethodDescr, PyObject, PySingleton,
  PyTuple, PyType, RICH_COMPARE_NAMES, SetType, StrType, TPFLAGS_HEAPTYPE, TupleType, TypeType, compareResult,
  floatCheckExact, isSubtype, listCheckExact, objectArray, tupleCheckExact, typeCache, typeOf, type PyValue,
} from './objects/object.js';
import { Exc, PyException, newException, newExceptionArgs } from './objects/exceptions.js';
import { PyDict, dictCheckExact } from './objects/dict.js';
import { seqHooks } from './objects/seq_hooks.js';
import type { PySet } from './objects/set.js';
import { PyFunction } from './objects/function.js';
import { CoroutineType } from './generator.js';
import { newGenericAlias } from './objects/genericalias.js';
import { callObject, callUnbound, isFrameFunction } from './call.js';
import {
  intAdd, intSub, intMul, intFloorDiv, intMod, longHash, longHashBig, longNeg, longInvert, longAbs, longToDecimal, normBig,
} from './objects/int.js';
import { floatHash, floatHashBig, floatRepr } from './objects/float.js';
import { complexHash } from './objects/complex.js';
import { intBinaryOp, numberBinary, numberCompare } from './objects/numeric.js';
import { PyStrSub, StrIterator, strCompare, strConcat, strHash, strLen, strRepr } from './objects/str.js';
import { descrGet, lookupAttr, typeGetAttr } from './attributes.js';
// The builtin types' method tables register themselves on load.
import './objects/int_methods.js';
import './objects/float_methods.js';
import './objects/complex_methods.js';
import './objects/none.js';
import { strGetItem } from './objects/str_methods.js';
import './objects/str_case.js';
import './objects/strformat.js';
import './objects/bytes.js';

export {
  delAttr, descrGet, genericGetAttr, genericSetAttr, getAttr, getAttrOrNull, instanceDict, isImmutableType, probeAttr,
  lookupAttr, setAttr, typeGetAttr, typeSetAttr, typesChanged,
} from './attributes.js';

/** Binary operator numbers: the order of CPython 3.11's NB_* (nb_add…). */
export const NB = Object.freeze({
  ADD: 0, AND: 1, FLOOR_DIVIDE: 2, LSHIFT: 3, MATRIX_MULTIPLY: 4, MULTIPLY: 5, REMAINDER: 6,
  OR: 7, POWER: 8, RSHIFT: 9, SUBTRACT: 10, TRUE_DIVIDE: 11, XOR: 12,
} as const);

const NB_NAMES = ['__add__', '__and__', '__floordiv__', '__lshift__', '__matmul__', '__mul__', '__mod__',
  '__or__', '__pow__', '__rshift__', '__sub__', '__truediv__', '__xor__'];
const NB_RNAMES = NB_NAMES.map(n => '__r' + n.slice(2));
const NB_INAMES = NB_NAMES.map(n => '__i' + n.slice(2));
export const NB_SYMBOLS = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^'];

function typeError(msg: string): PyException {
  return newException(Exc.TypeError, msg);
}

// ---- calling special methods ----

/** Calls a special method found on the type with `self` (CPython: vectorcall_unbound). */
export function callMethod(meth: PyValue, self: PyValue, args: PyValue[]): PyValue {
  if (meth instanceof PyMethodDescr) return meth.fn(self, args, null);
  return callUnbound(meth, self, args, null);
}

// A builtin method found on self's type runs directly; one borrowed by an unrelated class
// (`__iter__ = list.__iter__`) goes through the call, which reports the wrong receiver.
function call1(meth: PyValue, self: PyValue, arg: PyValue): PyValue {
  if (meth instanceof PyMethodDescr && isSubtype(typeOf(self), meth.objclass)) return meth.fn(self, [arg], null);
  return callUnbound(meth, self, [arg], null);
}

function call0(meth: PyValue, self: PyValue): PyValue {
  if (meth instanceof PyMethodDescr && isSubtype(typeOf(self), meth.objclass)) return meth.fn(self, [], null);
  return callUnbound(meth, self, [], null);
}

/** Looks `name` up on type(v) and calls it; undefined when the type has no such method. */
export function callSpecial(v: PyValue, name: string, args: PyValue[]): PyValue | undefined {
  const m = lookupAttr(typeOf(v), name);
  if (m === undefined) return undefined;
  return callMethod(m, v, args);
}

// ---- numbers ----

/**
 * Types whose `__add__`/`__mul__` are sequence concat/repeat (CPython's sq_concat/sq_repeat):
 * they are tried only after both operands' numeric methods, so `[1] + x` lets x.__radd__ run.
 */
const SEQUENCE_TYPES = new Set<PyType>([StrType, ListType, TupleType, BytesType, ByteArrayType]);

function isSeqSlot(m: PyValue | undefined): boolean {
  return m instanceof PyMethodDescr && SEQUENCE_TYPES.has(m.objclass);
}

/** True for the builtin numeric types themselves (not subclasses), which numberBinary handles. */
function isExactNumber(t: PyType): boolean {
  return t === IntType || t === FloatType || t === BoolType || t === ComplexType;
}

/**
 * `+` of two exact lists or tuples and `*` of one by an int, straight to what their __add__ and
 * __mul__/__rmul__ return; null for anything else.
 */
function sequenceOp(a: PyValue, b: PyValue, op: number): PyValue | null {
  if (op === NB.ADD) {
    if (listCheckExact(a) && listCheckExact(b)) {
      return new PyList(a.items.concat(b.items));
    }
    if (tupleCheckExact(a) && tupleCheckExact(b) &&
        seqHooks.tupleConcat !== null) {
      return seqHooks.tupleConcat(a, b);
    }
    return null;
  }
  let seq = a, n = b;
  if (typeof a === 'number') {
    seq = b;
    n = a;
  } else if (typeof b !== 'number') {
    return null;
  }
  if (listCheckExact(seq) && seqHooks.listRepeat !== null) return seqHooks.listRepeat(seq, n);
  if (tupleCheckExact(seq) && seqHooks.tupleRepeat !== null) return seqHooks.tupleRepeat(seq, n);
  return null;
}

/** CPython: PyNumber_Add and friends; `op` is an NB value. */
export function binaryOp(a: PyValue, b: PyValue, op: number): PyValue {
  if (typeof a === 'number' && typeof b === 'number') {
    switch (op) {
      case NB.ADD: return intAdd(a, b);
      case NB.SUBTRACT: return intSub(a, b);
      case NB.MULTIPLY: return intMul(a, b);
      case NB.FLOOR_DIVIDE: return intFloorDiv(a, b);
      case NB.REMAINDER: return intMod(a, b);
      default: break;
    }
  }
  // Big ints (bigint on one side at least, the other a bigint or a number): straight to the
  // int arithmetic, past the generic type dispatch.
  if ((typeof a === 'bigint' && (typeof b === 'bigint' || typeof b === 'number')) ||
      (typeof a === 'number' && typeof b === 'bigint')) {
    const r = intBinaryOp(a, b, op);
    if (r !== NotImplemented) return r;
  }
  if (op === NB.ADD || op === NB.MULTIPLY) {
    const r = sequenceOp(a, b, op);
    if (r !== null) return r;
  }
  if (floatCheckExact(a)) {
    if (floatCheckExact(b)) {
      if (op <= NB.TRUE_DIVIDE) {
        const r = floatFast(a.value, b.value, op);
        if (r !== null) return r;
      }
    } else if (typeof b === 'number') {
      const r = floatFast(a.value, b, op);
      if (r !== null) return r;
    }
  } else if (typeof a === 'number' && floatCheckExact(b)) {
    const r = floatFast(a, b.value, op);
    if (r !== null) return r;
  }
  const ta = typeOf(a), tb = typeOf(b);
  if (isExactNumber(ta) && isExactNumber(tb)) {
    const r = numberBinary(a, b, op);
    if (r !== NotImplemented) return r;
  } else if (ta === StrType && tb === StrType && op === NB.ADD) {
    return strConcat(a as string, b as string);
  }
  return binaryGeneric(a, b, op, ta, tb, NB_SYMBOLS[op]);
}

/** The float operators with no special cases; null sends the rest to numberBinary. */
function floatFast(x: number, y: number, op: number): PyFloat | null {
  switch (op) {
    case NB.ADD: return new PyFloat(x + y);
    case NB.SUBTRACT: return new PyFloat(x - y);
    case NB.MULTIPLY: return new PyFloat(x * y);
    case NB.TRUE_DIVIDE: return y === 0 ? null : new PyFloat(x / y);
    default: return null;
  }
}

/** CPython: binary_op1 plus the sequence fallbacks of PyNumber_Add / PyNumber_Multiply. */
function binaryGeneric(a: PyValue, b: PyValue, op: number, ta: PyType, tb: PyType, symbol: string): PyValue {
  let fa = lookupAttr(ta, NB_NAMES[op]);
  if (isSeqOp(op) && isSeqSlot(fa)) fa = undefined;
  let fb = reflectedMethod(op, ta, tb);
  if (fb !== undefined && isSubtype(tb, ta) && fb !== lookupAttr(ta, NB_RNAMES[op])) {
    const r = call1(fb, b, a);
    if (r !== NotImplemented) return r;
    fb = undefined;
  }
  if (fa !== undefined) {
    const r = call1(fa, a, b);
    if (r !== NotImplemented) return r;
  }
  return binaryTail(a, b, op, ta, tb, fb, symbol);
}

function isSeqOp(op: number): boolean {
  return op === NB.ADD || op === NB.MULTIPLY;
}

/** b's reflected method for `a op b`, when binary_op1 would try it. */
function reflectedMethod(op: number, ta: PyType, tb: PyType): PyValue | undefined {
  const fb = ta === tb ? undefined : lookupAttr(tb, NB_RNAMES[op]);
  return isSeqOp(op) && isSeqSlot(fb) ? undefined : fb;
}

/**
 * Where binaryGeneric would first call a's own method for `a op b` and that method is a plain
 * Python function (not a generator), the function, which the dispatch loop can run as a frame;
 * null otherwise. For `op=`, only while the type has no in-place method.
 */
export function leftMethodFirst(ta: PyType, tb: PyType, op: number, inplace: boolean): PyFunction | null {
  if (inplace && lookupAttr(ta, NB_INAMES[op]) !== undefined) return null;
  const fa = lookupAttr(ta, NB_NAMES[op]);
  if (!isFrameFunction(fa)) return null;
  const fb = reflectedMethod(op, ta, tb);
  if (fb !== undefined && isSubtype(tb, ta) && fb !== lookupAttr(ta, NB_RNAMES[op])) return null;
  return fa;
}

/**
 * leftMethodFirst, or compareLeftFirst for `compare`, remembered on `ta` per operator while no
 * type changes (the dispatch loop's and translated code's operators on instances: `v + w`
 * looked up two methods and tested a subclass relation every time).
 */
export function leftMethodCached(ta: PyType, tb: PyType, op: number, inplace: boolean, compare: boolean): PyFunction | null {
  const k = compare ? 32 + op : inplace ? 16 + op : op;
  const cache = ta.opCache ??= [];
  const e = cache[k];
  if (e !== undefined && e.tb === tb && e.epoch === typeCache.epoch) return e.fn as PyFunction | null;
  const fn = compare ? compareLeftFirst(ta, tb, op) : leftMethodFirst(ta, tb, op, inplace);
  cache[k] = { tb, epoch: typeCache.epoch, fn };
  return fn;
}

/** binaryGeneric after a's method (from leftMethodFirst) returned NotImplemented. */
export function binaryAfterLeft(a: PyValue, b: PyValue, op: number, inplace: boolean): PyValue {
  const ta = typeOf(a), tb = typeOf(b);
  return binaryTail(a, b, op, ta, tb, reflectedMethod(op, ta, tb), inplace ? NB_SYMBOLS[op] + '=' : NB_SYMBOLS[op]);
}

/** binary_op1 after a's method: b's reflected method `fb`, the sequence fallbacks, the TypeError. */
function binaryTail(
  a: PyValue, b: PyValue, op: number, ta: PyType, tb: PyType, fb: PyValue | undefined, symbol: string,
): PyValue {
  if (fb !== undefined) {
    const r = call1(fb, b, a);
    if (r !== NotImplemented) return r;
  }
  if (op === NB.ADD) {
    const c = lookupAttr(ta, '__add__');
    if (isSeqSlot(c)) {
      const r = call1(c!, a, b);
      if (r !== NotImplemented) return r;
    }
  } else if (op === NB.MULTIPLY) {
    const ra = lookupAttr(ta, '__mul__');
    if (isSeqSlot(ra)) {
      const r = call1(ra!, a, b);
      if (r !== NotImplemented) return r;
    } else {
      const rb = lookupAttr(tb, '__rmul__');
      if (isSeqSlot(rb)) {
        const r = call1(rb!, b, a);
        if (r !== NotImplemented) return r;
      }
    }
  }
  if (op === NB.POWER && symbol === '**') symbol = '** or pow()';
  throw typeError(`unsupported operand type(s) for ${symbol}: '${ta.name}' and '${tb.name}'`);
}

/** CPython: PyNumber_InPlaceAdd and friends (tries __iadd__ first). */
export function inplaceOp(a: PyValue, b: PyValue, op: number): PyValue {
  if (typeof a === 'number' || floatCheckExact(a)) {
    if (typeof b === 'number' || floatCheckExact(b)) return binaryOp(a, b, op);
  }
  const ta = typeOf(a);
  if (!isExactNumber(ta) && ta !== StrType) {
    const f = lookupAttr(ta, NB_INAMES[op]);
    if (f !== undefined) {
      const r = call1(f, a, b);
      if (r !== NotImplemented) return r;
    }
  }
  const tb = typeOf(b);
  if (isExactNumber(ta) && isExactNumber(tb)) {
    const r = numberBinary(a, b, op);
    if (r !== NotImplemented) return r;
  } else if (ta === StrType && tb === StrType && op === NB.ADD) {
    return strConcat(a as string, b as string);
  }
  return binaryGeneric(a, b, op, ta, tb, NB_SYMBOLS[op] + '=');
}

/** pow(a, b, m) (CPython: PyNumber_Power with a modulus). */
export function power(a: PyValue, b: PyValue, m: PyValue): PyValue {
  if (m === None) return binaryOp(a, b, NB.POWER);
  const ta = typeOf(a);
  const f = lookupAttr(ta, '__pow__');
  if (f !== undefined) {
    const r = callMethod(f, a, [b, m]);
    if (r !== NotImplemented) return r;
  }
  // CPython's ternary_op also tries the exponent's slot (float's raises its own message);
  // a Python __rpow__ never sees three arguments (slot_nb_power)
  const tb = typeOf(b);
  const g = tb !== ta ? lookupAttr(tb, '__rpow__') : undefined;
  if (g !== undefined && !(g instanceof PyFunction)) {
    const r = callMethod(g, b, [a, m]);
    if (r !== NotImplemented) return r;
  }
  throw typeError(`unsupported operand type(s) for ** or pow(): '${ta.name}', '${typeOf(b).name}', '${typeOf(m).name}'`);
}

function unaryGeneric(a: PyValue, name: string, symbol: string): PyValue {
  const f = lookupAttr(typeOf(a), name);
  if (f === undefined) throw typeError(`bad operand type for ${symbol}: '${typeOf(a).name}'`);
  return call0(f, a);
}

export function negative(a: PyValue): PyValue {
  switch (typeof a) {
    case 'number': return a === 0 ? 0 : -a;
    case 'bigint': return longNeg(a);
    case 'boolean': return a ? -1 : 0;
    default:
      if (floatCheckExact(a)) return new PyFloat(-a.value);
      return unaryGeneric(a, '__neg__', 'unary -');
  }
}

export function positive(a: PyValue): PyValue {
  switch (typeof a) {
    case 'number': case 'bigint': return a;
    case 'boolean': return a ? 1 : 0;
    default:
      if (floatCheckExact(a)) return a;
      return unaryGeneric(a, '__pos__', 'unary +');
  }
}

export function invert(a: PyValue): PyValue {
  switch (typeof a) {
    case 'number': case 'bigint': return longInvert(a);
    case 'boolean': return a ? -2 : -1;
    default: return unaryGeneric(a, '__invert__', 'unary ~');
  }
}

/** abs(x) (CPython: PyNumber_Absolute). */
export function absolute(a: PyValue): PyValue {
  switch (typeof a) {
    case 'number': case 'bigint': return longAbs(a);
    case 'boolean': return a ? 1 : 0;
    default:
      if (floatCheckExact(a)) return new PyFloat(Math.abs(a.value));
      return unaryGeneric(a, '__abs__', 'abs()');
  }
}

/** CPython: PyNumber_Index — the int value of an object usable as an index. */
export function index(v: PyValue): number | bigint {
  switch (typeof v) {
    case 'number': case 'bigint': return v;
    case 'boolean': return v ? 1 : 0;
    default: {
      const f = typeof v === 'string' ? undefined : lookupAttr(typeOf(v), '__index__');
      if (f === undefined) {
        throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
      }
      const r = call0(f, v);
      if (typeof r === 'number' || typeof r === 'bigint') return r;
      if (typeof r === 'boolean') return r ? 1 : 0;
      throw typeError(`__index__ returned non-int (type ${typeOf(r).name})`);
    }
  }
}

/** CPython: PyObject_IsTrue. */
export function isTrue(v: PyValue): boolean {
  switch (typeof v) {
    case 'boolean': return v;
    case 'number': return v !== 0;
    case 'string': return v.length !== 0;
    case 'bigint': return true;
    default: break;
  }
  if (v === None) return false;
  const t = v.ob_type;
  if (t === FloatType) return (v as PyFloat).value !== 0;
  if (t === ListType) return (v as PyList).items.length !== 0;
  if (t === TupleType) return (v as PyTuple).items.length !== 0;
  // `if d:`, `while todo:`: the builtin containers' length without looking up __len__.
  if (t === DictType) return (v as PyDict).size !== 0;
  if (t === SetType || t === FrozenSetType) return (v as PySet).used !== 0;
  const b = lookupAttr(t, '__bool__');
  if (b !== undefined) {
    const r = call0(b, v);
    if (typeof r !== 'boolean') throw typeError(`__bool__ should return bool, returned ${typeOf(r).name}`);
    return r;
  }
  const l = lookupAttr(t, '__len__');
  if (l !== undefined && l !== None) return lenResult(call0(l, v)) !== 0;
  return true;
}

function lenResult(r: PyValue): number {
  if (typeof r === 'number') {
    if (r < 0) throw newException(Exc.ValueError, '__len__() should return >= 0');
    return r;
  }
  if (typeof r === 'boolean') return r ? 1 : 0;
  if (typeof r === 'bigint') {
    if (r < 0n) throw newException(Exc.ValueError, '__len__() should return >= 0');
    throw newException(Exc.OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  const t = typeOf(r);
  if (lookupAttr(t, '__index__') !== undefined && t !== FloatType) return lenResult(index(r));
  throw typeError(`'${t.name}' object cannot be interpreted as an integer`);
}

/** CPython: PyObject_Size (len()). */
export function len(v: PyValue): number {
  if (typeof v === 'string') return strLen(v);
  // Exact types only: a subclass may define its own __len__.
  if (listCheckExact(v)) return v.items.length;
  if (tupleCheckExact(v)) return v.items.length;
  if (dictCheckExact(v)) return v.size;
  const t = typeOf(v);
  const l = lookupAttr(t, '__len__');
  if (l === undefined || l === None) throw typeError(`object of type '${t.name}' has no len()`);
  return lenResult(call0(l, v));
}

// ---- comparisons ----

const CMP_SWAPPED = [4, 5, 2, 3, 0, 1];
const CMP_SYMBOLS = ['<', '<=', '==', '!=', '>', '>='];

/** CPython: PyObject_RichCompare; `op` is CmpOp.LT..GE (0..5). */
export function richCompare(a: PyValue, b: PyValue, op: number): PyValue {
  const sa = typeof a, sb = typeof b;
  if (sa === 'number' && sb === 'number') return compareResult((a as number) - (b as number), op);
  if (sa === 'string' && sb === 'string') return compareResult(strCompare(a as string, b as string), op);
  if (floatCheckExact(a) && floatCheckExact(b)) {
    const x = a.value, y = b.value;
    // NaN compares false for everything but !=
    return compareResult(x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN, op);
  }
  const ta = typeOf(a), tb = typeOf(b);
  if (isExactNumber(ta) && isExactNumber(tb)) {
    const r = numberCompare(a, b, op);
    if (r !== NotImplemented) return r;
  }
  let checkedReverse = false;
  if (ta !== tb && isSubtype(tb, ta)) {
    const f = lookupAttr(tb, RICH_COMPARE_NAMES[CMP_SWAPPED[op]]);
    if (f !== undefined) {
      checkedReverse = true;
      const r = call1(f, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  const fa = lookupAttr(ta, RICH_COMPARE_NAMES[op]);
  if (fa !== undefined) {
    const r = call1(fa, a, b);
    if (r !== NotImplemented) return r;
  }
  return compareTail(a, b, op, ta, tb, checkedReverse);
}

/**
 * Where richCompare would first call a's own method for `a op b` (b's type is not a subclass
 * that goes first) and that method is a plain Python function, the function, which the
 * dispatch loop can run as a frame; null otherwise.
 */
export function compareLeftFirst(ta: PyType, tb: PyType, op: number): PyFunction | null {
  if (ta !== tb && isSubtype(tb, ta)) return null;
  const fa = lookupAttr(ta, RICH_COMPARE_NAMES[op]);
  return isFrameFunction(fa) ? fa : null;
}

/** richCompare after a's method (from compareLeftFirst) returned NotImplemented. */
export function compareAfterLeft(a: PyValue, b: PyValue, op: number): PyValue {
  return compareTail(a, b, op, typeOf(a), typeOf(b), false);
}

/** do_richcompare after a's method: b's reflected method, then identity for ==/!=, else TypeError. */
function compareTail(a: PyValue, b: PyValue, op: number, ta: PyType, tb: PyType, checkedReverse: boolean): PyValue {
  if (!checkedReverse) {
    const fb = lookupAttr(tb, RICH_COMPARE_NAMES[CMP_SWAPPED[op]]);
    if (fb !== undefined) {
      const r = call1(fb, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === 2) return a === b;
  if (op === 3) return a !== b;
  throw typeError(`'${CMP_SYMBOLS[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

/** `a == b` as a JS boolean (identity first, as containers compare: CPython PyObject_RichCompareBool). */
export function eq(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  const r = richCompare(a, b, 2);
  return typeof r === 'boolean' ? r : isTrue(r);
}

/** CPython: PyObject_RichCompareBool for any op (identity implies equality for == and !=). */
export function compareBool(a: PyValue, b: PyValue, op: number): boolean {
  if (a === b) {
    if (op === 2) return true;
    if (op === 3) return false;
  }
  const r = richCompare(a, b, op);
  return typeof r === 'boolean' ? r : isTrue(r);
}

// ---- containers ----

/** CPython: PySequence_Contains (`item in container`). */
export function contains(container: PyValue, item: PyValue): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string') {
      throw typeError(`'in <string>' requires string as left operand, not ${typeOf(item).name}`);
    }
    return container.includes(item);
  }
  if (container instanceof PyObject) {
    // The builtin containers' own __contains__, without looking it up and calling it.
    const ct = container.ob_type;
    if (ct === DictType) return (container as PyDict).has(item);
    // (A set as the item is looked up as a frozenset, by set.__contains__.)
    if ((ct === SetType || ct === FrozenSetType) && !(item instanceof PyObject && isSubtype(item.ob_type, SetType))) {
      return (container as PySet).has(item);
    }
    if (ct === ListType || ct === TupleType) {
      const items = (container as PyList).items;
      for (let i = 0; i < items.length; i++) {
        const x = items[i];
        if (x === item || eq(x, item)) return true;
      }
      return false;
    }
  }
  const t = typeOf(container);
  const f = lookupAttr(t, '__contains__');
  // `__contains__ = None` blocks the iteration fallback (CPython: slot_sq_contains)
  if (f === None) throw typeError(`'${t.name}' object is not a container`);
  if (f !== undefined) {
    const r = call1(f, container, item);
    return typeof r === 'boolean' ? r : isTrue(r);
  }
  const it = getIterOrNull(container);
  if (it === null) throw typeError(`argument of type '${t.name}' is not iterable`);
  for (let x = iterNext(it); x !== null; x = iterNext(it)) {
    if (x === item || eq(x, item)) return true;
  }
  return false;
}

/** Iterates an object with `__getitem__` and no `__iter__` (CPython: PySeqIter). */
export const SeqIterType = new PyType('iterator', ObjectType, 0);
class SeqIterator extends PyIterator {
  index: number;
  seq: PyValue | null;
  constructor(seq: PyValue) {
    super(SeqIterType);
    this.index = 0;
    this.seq = seq;
  }
  next(): PyValue | null {
    const seq = this.seq;
    if (seq === null) return null;
    try {
      const v = getItem(seq, this.index);
      this.index++;
      return v;
    } catch (e) {
      if (e instanceof PyException && (isSubtype(e.ob_type, Exc.IndexError) || isSubtype(e.ob_type, Exc.StopIteration))) {
        this.seq = null;
        return null;
      }
      throw e;
    }
  }
}

/** Gives a native iterator type its Python-visible `__iter__` and `__next__`. */
export function defIteratorType(type: PyType): void {
  type.dict.set('__iter__', new PyMethodDescr('__iter__', self => self, type));
  type.dict.set('__next__', new PyMethodDescr('__next__', self => {
    const v = (self as PyIterator).next();
    if (v === null) throw newException(Exc.StopIteration);
    return v;
  }, type));
}
defIteratorType(SeqIterType);

function getIterOrNull(v: PyValue): PyValue | null {
  if (typeof v === 'string') return new StrIterator(v);
  // A coroutine is a PyGenerator (it resumes the same way) without __iter__.
  if (v instanceof PyIterator) return v.ob_type === CoroutineType ? null : v;
  const t = typeOf(v);
  const ti = t.tp_iter;
  if (ti !== null) return ti(v);
  const f = lookupAttr(t, '__iter__');
  if (f !== undefined) {
    if (f === None) return null;
    const r = call0(f, v);
    if (!(r instanceof PyIterator) && lookupAttr(typeOf(r), '__next__') === undefined) {
      throw typeError(`iter() returned non-iterator of type '${typeOf(r).name}'`);
    }
    return r;
  }
  if (lookupAttr(t, '__getitem__') !== undefined && !(v instanceof PyType)) return new SeqIterator(v);
  return null;
}

/** CPython: PyObject_GetIter. */
export function getIter(v: PyValue): PyValue {
  const it = getIterOrNull(v);
  if (it === null) throw typeError(`'${typeOf(v).name}' object is not iterable`);
  return it;
}

/** CPython: tp_iternext; null when exhausted (never throws StopIteration for that). */
export function iterNext(it: PyValue): PyValue | null {
  if (it instanceof PyIterator) return it.next();
  const f = lookupAttr(typeOf(it), '__next__');
  if (f === undefined) throw typeError(`'${typeOf(it).name}' object is not an iterator`);
  try {
    return call0(f, it);
  } catch (e) {
    if (e instanceof PyException && isSubtype(e.ob_type, Exc.StopIteration)) return null;
    throw e;
  }
}

/** Collects an iterable into a fresh JS array. */
export function toArray(v: PyValue): PyValue[] {
  if (listCheckExact(v) || tupleCheckExact(v)) return v.items.slice();
  const it = getIter(v);
  const out = objectArray();
  for (let x = iterNext(it); x !== null; x = iterNext(it)) out.push(x);
  return out;
}

// ---- subscripts ----

function checkIndex(i: number, n: number, what: string): number {
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw newException(Exc.IndexError, `${what} index out of range`);
  return i;
}

export function getItem(o: PyValue, key: PyValue): PyValue {
  if (typeof o === 'string') return strGetItem(o, key);
  if (typeof key === 'number') {
    if (listCheckExact(o)) return o.items[checkIndex(key, o.items.length, 'list')];
    if (tupleCheckExact(o)) return o.items[checkIndex(key, o.items.length, 'tuple')];
  }
  if (dictCheckExact(o)) {
    const v = o.get(key);
    if (v !== undefined) return v;
    throw newExceptionArgs(Exc.KeyError, [key]);
  }
  if (listCheckExact(o) && seqHooks.listGet !== null) return seqHooks.listGet(o, key);
  if (tupleCheckExact(o) && seqHooks.tupleGet !== null) return seqHooks.tupleGet(o, key);
  const t = typeOf(o);
  const f = lookupAttr(t, '__getitem__');
  if (f !== undefined) return call1(f, o, key);
  if (o instanceof PyType) {
    // CPython: PyObject_GetItem special-cases `type[...]`
    if (o === TypeType) return newGenericAlias(TypeType, key);
    const cg = typeGetAttr(o, '__class_getitem__');
    if (cg !== undefined) return callObject(cg, [key], null);
    throw typeError(`type '${o.name}' is not subscriptable`);
  }
  throw typeError(`'${t.name}' object is not subscriptable`);
}

export function setItem(o: PyValue, key: PyValue, v: PyValue): void {
  if (typeof key === 'number' && listCheckExact(o)) {
    o.items[checkIndex(key, o.items.length, 'list assignment')] = v;
    return;
  }
  if (dictCheckExact(o)) {
    o.set(key, v);
    return;
  }
  if (listCheckExact(o) && seqHooks.listSet !== null) {
    seqHooks.listSet(o, key, v);
    return;
  }
  const t = typeOf(o);
  const f = lookupAttr(t, '__setitem__');
  if (f === undefined) throw typeError(`'${t.name}' object does not support item assignment`);
  callMethod(f, o, [key, v]);
}

export function delItem(o: PyValue, key: PyValue): void {
  const t = typeOf(o);
  const f = lookupAttr(t, '__delitem__');
  if (f === undefined) {
    // CPython words it per path: PySequence_DelItem for sequence-like types given an index
    // ("doesn't"), PyObject_DelItem otherwise ("does not")
    const seqLike = (t.flags & TPFLAGS_HEAPTYPE) !== 0 || lookupAttr(t, '__len__') !== undefined;
    const indexKey = typeof key === 'number' || typeof key === 'boolean' || typeof key === 'bigint' ||
      lookupAttr(typeOf(key), '__index__') !== undefined;
    throw typeError(`'${t.name}' object ${seqLike && indexKey ? "doesn't" : 'does not'} support item deletion`);
  }
  call1(f, o, key);
}

// ---- repr, str, format, hash ----

export function repr(v: PyValue): string {
  switch (typeof v) {
    case 'number': return String(v);
    case 'bigint': return longToDecimal(v);
    case 'boolean': return v ? 'True' : 'False';
    case 'string': return strRepr(v);
    default: break;
  }
  const t = v.ob_type;
  if (t === FloatType) return floatRepr((v as PyFloat).value);
  if (v instanceof PySingleton) return v.repr;
  const f = lookupAttr(t, '__repr__');
  if (f === undefined) return `<${t.name} object>`;
  const r = call0(f, v);
  if (typeof r !== 'string') {
    if (r instanceof PyStrSub) return r.value;
    throw typeError(`__repr__ returned non-string (type ${typeOf(r).name})`);
  }
  return r;
}

export function str(v: PyValue): string {
  switch (typeof v) {
    case 'string': return v;
    case 'number': return String(v);
    case 'bigint': return longToDecimal(v);
    case 'boolean': return v ? 'True' : 'False';
    default: break;
  }
  const t = v.ob_type;
  if (t === FloatType) return floatRepr((v as PyFloat).value);
  const f = lookupAttr(t, '__str__');
  if (f === undefined) return repr(v);
  const r = call0(f, v);
  if (typeof r !== 'string') {
    if (r instanceof PyStrSub) return r.value;
    throw typeError(`__str__ returned non-string (type ${typeOf(r).name})`);
  }
  return r;
}

/** CPython: PyObject_ASCII (ascii()). */
export function ascii(v: PyValue): string {
  const r = repr(v);
  // re-escape non-ASCII code points the way ascii() does
  let out = '';
  for (const ch of r) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp < 0x100) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

/** CPython: PyObject_Format (format(v, spec)). */
export function format(v: PyValue, spec: string): string {
  if (spec === '') {
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return String(v);
  }
  const t = typeOf(v);
  const f = lookupAttr(t, '__format__');
  if (f === undefined) throw typeError(`Type ${t.name} doesn't define __format__`);
  const r = call1(f, v, spec);
  if (typeof r !== 'string') throw typeError(`__format__ must return a str, not ${typeOf(r).name}`);
  return r;
}

const HASH64 = 1n << 63n;

export function hash(v: PyValue): number {
  switch (typeof v) {
    case 'number': return v === -1 ? -2 : v;
    case 'bigint': return longHash(v);
    case 'boolean': return v ? 1 : 0;
    case 'string': return strHash(v);
    default: break;
  }
  const t = v.ob_type;
  if (t === FloatType) return floatHash((v as PyFloat).value);
  if (t === TupleType && seqHooks.tupleHash !== null) return seqHooks.tupleHash(v as PyTuple);
  if (t === ComplexType) {
    const c = v as unknown as { real: number; imag: number };
    return complexHash(c.real, c.imag, floatHash);
  }
  const f = lookupAttr(t, '__hash__');
  if (f === undefined || f === None) throw typeError(`unhashable type: '${t.name}'`);
  const r = call0(f, v);
  if (typeof r === 'number') return r === -1 ? -2 : r;
  // CPython (slot_tp_hash) keeps an int that fits in 64 bits as it is, so `hash(self.t)` for a
  // tuple t hashes as t does; this is the JS number of it, rounded as the tuple's own is.
  if (typeof r === 'bigint') return r >= -HASH64 && r < HASH64 ? Number(r) : longHash(r);
  if (typeof r === 'boolean') return r ? 1 : 0;
  throw typeError('__hash__ method should return an integer');
}

/**
 * hash(v) exactly as CPython prints it: `hash` returns a JS number, which is exact below 2**53;
 * this gives the full 61-bit value for big ints and floats (the `hash()` builtin uses it).
 */
export function hashValue(v: PyValue): number | bigint {
  if (typeof v === 'bigint') return normBig(longHashBig(v));
  if (floatCheckExact(v)) {
    const x = v.value;
    if (Number.isFinite(x) && !Number.isSafeInteger(x)) return normBig(floatHashBig(x));
  }
  return hash(v);
}

// ---- type call ----

/** type(...)(args): __new__ then __init__ (CPython: type_call). */
export function typeCall(type: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (type.vectorcall !== null) return type.vectorcall(args, kwnames);
  if (type === TypeType && args.length === 1 && (kwnames === null || kwnames.length === 0)) return typeOf(args[0]);
  const newFn = lookupAttr(type, '__new__');
  if (newFn === undefined) throw typeError(`cannot create '${type.name}' instances`);
  const newArgs: PyValue[] = [type];
  for (let i = 0; i < args.length; i++) newArgs.push(args[i]);
  const obj = callNew(newFn, type, newArgs, kwnames);
  const ot = typeOf(obj);
  if (!isSubtype(ot, type)) return obj;
  const init = lookupAttr(ot, '__init__');
  if (init !== undefined) {
    const r = init instanceof PyMethodDescr ? init.fn(obj, args, kwnames) : callUnbound(init, obj, args, kwnames);
    if (r !== None) throw typeError(`__init__() should return None, not '${typeOf(r).name}'`);
  }
  return obj;
}

/** Calls a `__new__` found on a type: native ones take cls as args[0]; staticmethods unwrap. */
function callNew(newFn: PyValue, type: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (newFn instanceof PyBuiltinFunction) return newFn.fn(newFn.self, args, kwnames);
  if (newFn instanceof PyFunction) return callObject(newFn, args, kwnames);
  if (newFn instanceof PyMethodDescr) return newFn.fn(type, args.slice(1), kwnames);
  return callObject(descrGet(newFn, null, type), args, kwnames);
}

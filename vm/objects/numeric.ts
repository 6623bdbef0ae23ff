/**
 * Binary operators and comparisons across the builtin numeric tower (bool < int < float <
 * complex): picks the common kind, converts, and applies the operator. Returns NotImplemented
 * when an operand is not a builtin number so abstract.ts can try the other operand's methods.
 * CPython: the nb_* slots of Objects/longobject.c, floatobject.c, complexobject.c.
 */
import { NotImplemented, PyComplex, PyFloat, compareResult, type PyValue } from './object.js';
import {
  intAdd, intSub, intMul, intFloorDiv, intMod, longAdd, longSub, longMul, longFloorDiv, longMod,
  longLshift, longRshift, longAnd, longOr, longXor, longPowInt, longTrueDivide, longToDouble,
  longCompare, PyIntSub, type PyInt,
} from './int.js';
import { compareFloatInt, floatDiv, floatDivmod, floatMod, floatPow } from './float.js';
import { complexPow, complexQuot } from './complex.js';

// NB codes (same numbering as abstract.ts's NB; repeated here to keep this module leaf-like)
const ADD = 0, AND = 1, FLOOR_DIVIDE = 2, LSHIFT = 3, MATRIX_MULTIPLY = 4, MULTIPLY = 5, REMAINDER = 6,
  OR = 7, POWER = 8, RSHIFT = 9, SUBTRACT = 10, TRUE_DIVIDE = 11, XOR = 12;

/** Numeric kinds, ordered so the wider kind wins. */
export const K_NONE = 0, K_INT = 1, K_FLOAT = 2, K_COMPLEX = 3;

export function numKind(v: PyValue): number {
  switch (typeof v) {
    case 'number': case 'bigint': case 'boolean': return K_INT;
    case 'string': return K_NONE;
    default:
      if (v instanceof PyFloat) return K_FLOAT;
      if (v instanceof PyComplex) return K_COMPLEX;
      if (v instanceof PyIntSub) return K_INT;
      return K_NONE;
  }
}

/** The int value of an int or bool. */
export function intOf(v: PyValue): PyInt {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyIntSub) return v.value;
  return v as PyInt;
}

/** The float value of an int, bool or float (OverflowError for huge ints). */
export function floatOf(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  return longToDouble(intOf(v));
}

/** Ints on both sides (number or bigint). CPython: long_add, long_sub… */
export function intBinaryOp(a: PyInt, b: PyInt, op: number): PyValue {
  if (typeof a === 'number' && typeof b === 'number') {
    switch (op) {
      case ADD: return intAdd(a, b);
      case SUBTRACT: return intSub(a, b);
      case MULTIPLY: return intMul(a, b);
      case FLOOR_DIVIDE: return intFloorDiv(a, b);
      case REMAINDER: return intMod(a, b);
      case TRUE_DIVIDE: return new PyFloat(longTrueDivide(a, b));
      default: break;
    }
  }
  switch (op) {
    case ADD: return longAdd(a, b);
    case SUBTRACT: return longSub(a, b);
    case MULTIPLY: return longMul(a, b);
    case FLOOR_DIVIDE: return longFloorDiv(a, b);
    case REMAINDER: return longMod(a, b);
    case TRUE_DIVIDE: return new PyFloat(longTrueDivide(a, b));
    case POWER:
      if (b < 0) return floatPowValue(longToDouble(a), longToDouble(b));
      return longPowInt(a, b);
    case LSHIFT: return longLshift(a, b);
    case RSHIFT: return longRshift(a, b);
    case AND: return longAnd(a, b);
    case OR: return longOr(a, b);
    case XOR: return longXor(a, b);
    default: return NotImplemented;
  }
}

function floatPowValue(x: number, y: number): PyValue {
  const r = floatPow(x, y);
  return r === null ? complexPow(x, 0, y, 0) : new PyFloat(r);
}

/** Floats (or ints widened to float) on both sides. CPython: float_add… */
export function floatBinaryOp(x: number, y: number, op: number): PyValue {
  switch (op) {
    case ADD: return new PyFloat(x + y);
    case SUBTRACT: return new PyFloat(x - y);
    case MULTIPLY: return new PyFloat(x * y);
    case TRUE_DIVIDE: return new PyFloat(floatDiv(x, y));
    case FLOOR_DIVIDE: return new PyFloat(floatDivmod(x, y, 'float floor division by zero')[0]);
    case REMAINDER: return new PyFloat(floatMod(x, y));
    case POWER: return floatPowValue(x, y);
    default: return NotImplemented;
  }
}

export function complexBinaryOp(ar: number, ai: number, br: number, bi: number, op: number): PyValue {
  switch (op) {
    case ADD: return new PyComplex(ar + br, ai + bi);
    case SUBTRACT: return new PyComplex(ar - br, ai - bi);
    case MULTIPLY: return new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
    case TRUE_DIVIDE: return complexQuot(ar, ai, br, bi);
    case POWER: return complexPow(ar, ai, br, bi);
    default: return NotImplemented;
  }
}

/** Any two builtin numbers; NotImplemented when either is not one or the operator does not apply. */
export function numberBinary(a: PyValue, b: PyValue, op: number): PyValue {
  const ka = numKind(a), kb = numKind(b);
  if (ka === K_NONE || kb === K_NONE) return NotImplemented;
  if (ka === K_INT && kb === K_INT) {
    if (typeof a === 'boolean' && typeof b === 'boolean' && (op === AND || op === OR || op === XOR)) {
      return op === AND ? a && b : op === OR ? a || b : a !== b;
    }
    return intBinaryOp(intOf(a), intOf(b), op);
  }
  // Bitwise operators don't apply to floats: decline before converting an int (which could
  // overflow), so the caller reports the TypeError as CPython does.
  if (op === AND || op === OR || op === XOR || op === LSHIFT || op === RSHIFT || op === MATRIX_MULTIPLY) {
    return NotImplemented;
  }
  if (ka !== K_COMPLEX && kb !== K_COMPLEX) return floatBinaryOp(floatOf(a), floatOf(b), op);
  const [ar, ai] = complexParts(a), [br, bi] = complexParts(b);
  return complexBinaryOp(ar, ai, br, bi, op);
}

export function complexParts(v: PyValue): [number, number] {
  if (v instanceof PyComplex) return [v.real, v.imag];
  return [floatOf(v), 0];
}

/** divmod() on two builtin numbers (NotImplemented otherwise). */
export function numberDivmod(a: PyValue, b: PyValue): [PyValue, PyValue] | null {
  const ka = numKind(a), kb = numKind(b);
  if (ka === K_NONE || kb === K_NONE || ka === K_COMPLEX || kb === K_COMPLEX) return null;
  if (ka === K_INT && kb === K_INT) {
    const x = intOf(a), y = intOf(b);
    if (y === 0) return [longFloorDiv(x, y), 0];
    return [longFloorDiv(x, y), longMod(x, y)];
  }
  const [q, r] = floatDivmod(floatOf(a), floatOf(b));
  return [new PyFloat(q), new PyFloat(r)];
}

/** Rich comparison of two builtin numbers; NotImplemented when not applicable. */
export function numberCompare(a: PyValue, b: PyValue, op: number): PyValue {
  const ka = numKind(a), kb = numKind(b);
  if (ka === K_NONE || kb === K_NONE) return NotImplemented;
  if (ka === K_INT && kb === K_INT) return compareResult(longCompare(intOf(a), intOf(b)), op);
  if (ka === K_COMPLEX || kb === K_COMPLEX) {
    if (op !== 2 && op !== 3) return NotImplemented;
    const [ar, ai] = complexPartsExact(a), [br, bi] = complexPartsExact(b);
    const eq = ai === bi && (ar === br);
    return op === 2 ? eq : !eq;
  }
  let c: number;
  if (ka === K_FLOAT && kb === K_FLOAT) {
    const x = (a as PyFloat).value, y = (b as PyFloat).value;
    c = x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
  } else if (ka === K_FLOAT) c = compareFloatInt((a as PyFloat).value, intOf(b));
  else c = -compareFloatInt((b as PyFloat).value, intOf(a));
  return compareResult(c, op);
}

/** Complex parts for equality only: a huge int compares unequal instead of overflowing. */
function complexPartsExact(v: PyValue): [number, number] {
  if (v instanceof PyComplex) return [v.real, v.imag];
  if (v instanceof PyFloat) return [v.value, 0];
  const i = intOf(v);
  const d = Number(i);
  return [Number.isFinite(d) && BigInt(Math.trunc(d)) === BigInt(i) ? d : NaN, 0];
}

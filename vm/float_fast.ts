/**
 * The float cases of `-`, `*`, `/` (and `+` with a mixed int) inline in the dispatch loop:
 * exact floats with exact floats or small ints compute in IEEE doubles exactly as CPython's
 * float_sub/float_mul/float_div do, and int / int is correctly rounded when both fit in a
 * double exactly. Everything else (zero divisors, big ints, subclasses) takes the protocol.
 * CPython: Objects/floatobject.c (float_add…float_div), long_true_divide's fast path.
 */
import { FloatType, PyFloat, type PyValue } from './objects/object.js';
import { NB, binaryOp, inplaceOp } from './abstract.js';

/** The double value of an exact float or a JS-number int (exact: those are safe integers), else undefined. */
function dbl(v: PyValue): number | undefined {
  if (typeof v === 'number') return v;
  if (v instanceof PyFloat && v.ob_type === FloatType) return v.value;
  return undefined;
}

/** `a op b` for op in ADD, SUBTRACT, MULTIPLY, TRUE_DIVIDE, with the float fast paths. */
export function floatArith(a: PyValue, b: PyValue, op: number, inplace: boolean): PyValue {
  const x = dbl(a), y = dbl(b);
  if (x !== undefined && y !== undefined && (typeof a !== 'number' || typeof b !== 'number' || op === NB.TRUE_DIVIDE)) {
    switch (op) {
      case NB.ADD: return new PyFloat(x + y);
      case NB.SUBTRACT: return new PyFloat(x - y);
      case NB.MULTIPLY: return new PyFloat(x * y);
      case NB.TRUE_DIVIDE: if (y !== 0) return new PyFloat(x / y);
    }
  }
  return inplace ? inplaceOp(a, b, op) : binaryOp(a, b, op);
}

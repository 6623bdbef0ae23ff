/**
 * The out-of-line half of the translated code's operators (vm/jit.ts): the generated code tests
 * for the commonest operand types itself (two ints, two floats, a list and an int) and calls
 * these for everything else, so that each operator adds a couple of branches to the
 * translation rather than one per case. An instance whose class defines the method in Python
 * gets the method's frame, as in the dispatch loop (binopFrame, compareFrame, subscrFrame,
 * `in`'s methodFrame): these return CALL_PENDING with the frame for takePendingFrame, having
 * set f.sp to where the result goes and written to the stack what stays there under it.
 */
import { PyInstance, type PyValue } from './objects/object.js';
import { NB, binaryOp, getItem, inplaceOp } from './abstract.js';
import { strConcat } from './objects/str.js';
import { pendFrame } from './attr_cache.js';
import { BINOP_CONTAINS, type Frame } from './frame.js';
import { binopCallee, compareCallee, compareOp, methodCallee } from './ceval.js';

/**
 * `a op b` for the operands at `sp - 2` and `sp - 1` (the caller's registers, not yet written
 * to the frame); `frame`: the loop runs this operator's method as a frame.
 */
export function binarySlow(f: Frame, sp: number, a: PyValue, b: PyValue, op: number, inplace: boolean, frame: boolean): PyValue {
  if (frame && a instanceof PyInstance) {
    const lp = f.localsplus;
    lp[sp - 2] = a;
    lp[sp - 1] = b;
    const nf = binopCallee(f, sp, a, b, op, inplace);
    if (nf !== null) {
      // The operands stay, for the method's result (or the reflected operation's) to replace.
      f.sp = sp;
      return pendFrame(nf);
    }
  }
  if (op === NB.ADD && typeof a === 'string' && typeof b === 'string') return strConcat(a, b);
  return inplace ? inplaceOp(a, b, op) : binaryOp(a, b, op);
}

/** COMPARE_OP `op` as binarySlow, all but two ints. */
export function compareSlow(f: Frame, sp: number, a: PyValue, b: PyValue, op: number): PyValue {
  if (op < 6 && a instanceof PyInstance) {
    const lp = f.localsplus;
    lp[sp - 2] = a;
    lp[sp - 1] = b;
    const nf = compareCallee(f, sp, a, b, op);
    if (nf !== null) {
      f.sp = sp;
      return pendFrame(nf);
    }
  } else if ((op === 6 || op === 7) && b instanceof PyInstance) {
    // `a in b`: b.__contains__(a), made a bool (and negated for `not in`) on return.
    const nf = methodCallee(b, '__contains__', a, null);
    if (nf !== null) {
      nf.f_binop = BINOP_CONTAINS | (op & 1);
      f.sp = sp - 2;
      return pendFrame(nf);
    }
  }
  return compareOp(a, b, op);
}

/** `a[i]` as binarySlow, all but a list or tuple and an int in range. */
export function subscrSlow(f: Frame, sp: number, a: PyValue, i: PyValue): PyValue {
  if (a instanceof PyInstance) {
    const nf = methodCallee(a, '__getitem__', i, null);
    if (nf !== null) {
      f.sp = sp - 2;
      return pendFrame(nf);
    }
  }
  return getItem(a, i);
}

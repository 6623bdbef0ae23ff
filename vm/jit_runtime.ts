/**
 * What the translated code (vm/jit.ts) calls out of line.
 *
 * Operators: the generated code tests for the commonest operand types itself (two ints, two
 * floats, a list and an int) and calls these for everything else, so that each operator adds a
 * couple of branches to the translation rather than one per case. An instance whose class
 * defines the method in Python gets the method's frame, as in the dispatch loop (binopFrame,
 * compareFrame, subscrFrame, `in`'s methodFrame): these return CALL_PENDING with the frame for
 * takePendingFrame, having set f.sp to where the result goes.
 *
 * Frames run directly: a translated callee, an operator's method or a property getter, and a
 * generator resumed by a for loop run from the caller's translation (runTranslated, by way of
 * callDirect, runPending and resumeDirect), their frames entered and left as the loop does, up
 * to MAX_DIRECT_DEPTH deep.
 */
import {
  None, ObjectType, PyInstance, PyObject, PyType, TPFLAGS_IS_ABSTRACT, TypeType, floatCheckExact, listCheckExact,
  tupleCheckExact, typeCache, type PyValue,
} from './objects/object.js';
import { dictCheckExact } from './objects/dict.js';
import { Exc, newException, newExceptionArgs } from './objects/exceptions.js';
import { floatBinaryOp, intBinaryOp } from './objects/numeric.js';
import { PyFunction } from './objects/function.js';
import { newInstance } from './objects/slots.js';
import { newFrame } from './call.js';
import { callFromStack } from './ceval_helpers.js';
import { NB, binaryOp, getItem, inplaceOp } from './abstract.js';
import { PyStrSub } from './objects/str.js';
import { percentFormat } from './objects/strformat.js';
import { pendFrame, pendRaise, takePendingFrame } from './attr_cache.js';
import { BINOP_CONTAINS, FRAME_SUSPENDED, tstate, type Frame } from './frame.js';
import { genFinish, genLeave } from './gen_inline.js';
import {
  binopCallee, compareCallee, compareOp, enterFrame, initResult, leaveFrame, methodCallee, operatorResult,
} from './ceval.js';
import { JIT_RETURN, JIT_YIELD } from './jit.js';

/**
 * `a op b` for the operands at `sp - 2` and `sp - 1` (the caller's registers, not yet written
 * to the frame); `frame`: the loop runs this operator's method as a frame.
 */
export function binarySlow(f: Frame, sp: number, a: PyValue, b: PyValue, op: number, inplace: boolean, frame: boolean): PyValue {
  // `"%s = %d" % (k, v)`: str's own `%` first (CPython: unicode_mod as nb_remainder), unless
  // the right operand's type is a str subclass, whose __rmod__ would come first.
  if (typeof a === 'string' && op === NB.REMAINDER && !(b instanceof PyStrSub)) return percentFormat(a, b);
  // The float cases the translation does not take itself (a zero divisor, `//`, `%`, a `**`
  // other than a positive float's): float arithmetic, past the generic dispatch.
  if (((1 << op) & FLOAT_OPS) !== 0) {
    if (floatCheckExact(a)) {
      if (floatCheckExact(b)) return floatBinaryOp(a.value, b.value, op);
      if (typeof b === 'number') return floatBinaryOp(a.value, b, op);
    } else if (typeof a === 'number' && floatCheckExact(b)) {
      return floatBinaryOp(a, b.value, op);
    }
  }
  // A big int with an int (`(x * 1103515245 + 12345) % 2**31`): int arithmetic, past the
  // generic dispatch (bool operands go the long way: their bitwise operators stay bools).
  if (op !== NB.MATRIX_MULTIPLY && ((typeof a === 'bigint' && (typeof b === 'bigint' || typeof b === 'number')) ||
      (typeof b === 'bigint' && typeof a === 'number'))) {
    return intBinaryOp(a, b as number | bigint, op);
  }
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
  return inplace ? inplaceOp(a, b, op) : binaryOp(a, b, op);
}

/**
 * `(x * c1 + c2) % m` (or `x * c1 % m`) for an int x, where c1, c2 and m are int constants,
 * 0 < m <= 2**32 (an LCG step, a hash): the product may pass 2**53, which would make it a bigint, but the result
 * is the same modulo m step by step, and every partial sum below stays under 2**49. The
 * translation gives c1 mod m as hi * 65536 + lo and c2 mod m (vm/jit.ts, mulAddModConstants).
 */
export function mulAddMod(x: number, hi: number, lo: number, c2: number, m: number): number {
  let a = x % m;
  // + 0: x a negative multiple of m gives -0, which is not an int's representation.
  a = a < 0 ? a + m : a + 0;
  return ((((a * hi) % m) * 65536 + a * lo) % m + c2) % m;
}

/**
 * The operators floats have (an int operand is converted exactly: it is below 2**53): NB's
 * ADD, FLOOR_DIVIDE, MULTIPLY, REMAINDER, POWER, SUBTRACT and TRUE_DIVIDE, written out (NB
 * is not yet defined while this module loads).
 */
const FLOAT_OPS = 1 << 0 | 1 << 2 | 1 << 5 | 1 << 6 | 1 << 8 | 1 << 10 | 1 << 11;

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
  } else if (dictCheckExact(a)) {
    // The misses a loop may expect (`try: d[k] except KeyError:`), raised without a throw.
    const v = a.get(i);
    return v !== undefined ? v : pendRaise(newExceptionArgs(Exc.KeyError, [i]));
  } else if (typeof i === 'number' && (listCheckExact(a) || tupleCheckExact(a))) {
    // In range, the translation's own test would have taken it.
    return pendRaise(newException(Exc.IndexError, listCheckExact(a) ? 'list index out of range' : 'tuple index out of range'));
  }
  return getItem(a, i);
}

/** What runTranslated returns when a frame was left to the loop (tstate.frame runs next). */
export const LEFT_TO_LOOP: PyValue = new PyObject(ObjectType);

/**
 * How many translations run directly (runTranslated) may be nested on the JavaScript stack; a
 * call made deeper returns its frame to the loop, as every call did before, so the JavaScript
 * stack stays bounded (a few kilobytes a level) whatever the Python recursion depth. fib(27),
 * best of 5: 8 levels 0.80x the time of none, 16 0.77x, 64 0.72x.
 */
export const MAX_DIRECT_DEPTH = 32;

/** How runTranslated was asked to run a frame: a call, a pending frame, a generator resumed. */
const RUN_CALL = 0;
const RUN_PENDING = 1;
const RUN_RESUME = 2;

/**
 * Runs a translated function's frame from its caller's translation without going back to the
 * loop: the frame is entered and left exactly as the loop does (vm/ceval.ts, enterFrame and
 * the return at the end of execute), so tracebacks, RecursionError and frame reuse are the same.
 * Three ways in:
 * - RUN_CALL: `nf` is a call's bound frame (its arguments in place, the caller's stack under
 *   the callee in its frame); returns the call's result (a class call's instance after its
 *   `__init__`).
 * - RUN_PENDING: the frame an operator, a subscript or a property left for takePendingFrame
 *   (f.sp and f.pc set as for the loop, an operator's operands on f's stack); returns the
 *   operation's result, done as the loop does when such a frame returns (operatorResult: the
 *   reflected method after NotImplemented, `in`'s truth value). No frame but tstate.raised
 *   (pendRaise): LEFT_TO_LOOP, for the loop's handler to raise it.
 * - RUN_RESUME: `nf` is a generator's frame FOR_ITER resumed above `f` (vm/gen_inline.ts,
 *   genResume); returns the value it yields, or null when it returned (the loop is over).
 * Any of them returns LEFT_TO_LOOP when the frame is handed to the loop instead (no
 * translation, past MAX_DIRECT_DEPTH, tracing) or hands itself over (a call of its own too
 * deep, an instruction it does not do, a frame of its own pending); the caller's translation
 * then returns JIT_ENTERED, its frame already set to receive the result as after any call. A
 * Python exception leaves through here to the loop's handler, which puts directDepth back.
 * One function for the three, which share their course.
 */
function runTranslated(f: Frame, nf: Frame | null, mode: number): PyValue | null {
  const ts = tstate;
  let binop = -1;
  if (mode === RUN_PENDING) {
    nf = takePendingFrame();
    if (nf === null) return LEFT_TO_LOOP;
    binop = nf.f_binop;
  }
  const g = nf as Frame;
  // A call's or a pending frame is entered either way (genResume has linked a generator's).
  if (mode !== RUN_RESUME) enterFrame(f, f.sp, f.pc, g);
  const jit = g.f_code.co_jit;
  if (jit === null || ts.directDepth >= MAX_DIRECT_DEPTH || ts.tracing) return LEFT_TO_LOOP;
  ts.directDepth++;
  const r = jit(g);
  ts.directDepth--;
  if (r === JIT_RETURN) {
    const retval = leaveFrame(g);
    if (mode === RUN_RESUME) {
      genFinish(g, retval);
      return null;
    }
    let v = retval;
    const initSelf = g.f_initSelf;
    if (initSelf !== null) {
      g.f_initSelf = null;
      v = initResult(initSelf, retval);
    }
    if (mode === RUN_CALL) return v;
    const lp = f.localsplus;
    if (binop >= 0) operatorResult(f, binop, v);
    else lp[f.sp++] = v;
    const out = lp[--f.sp] as PyValue;
    lp[f.sp] = null;
    return out;
  }
  if (r === JIT_YIELD && mode === RUN_RESUME) {
    // As the loop's YIELD_VALUE, the value going to f's translation rather than f's stack.
    const v = g.f_retval;
    g.f_retval = None;
    g.f_state = FRAME_SUSPENDED;
    const d = --ts.depth, fs = ts.frames;
    if (fs[d] !== f) fs[d] = f;
    g.f_back = null;
    genLeave(g);
    return v;
  }
  if (typeof r !== 'number') enterFrame(g, g.sp, g.pc, r);
  return LEFT_TO_LOOP;
}

/** A call's frame `nf`, run directly (runTranslated's RUN_CALL). */
export function callDirect(f: Frame, nf: Frame): PyValue {
  return runTranslated(f, nf, RUN_CALL) as PyValue;
}

/** The frame takePendingFrame holds, run directly (runTranslated's RUN_PENDING). */
export function runPending(f: Frame): PyValue {
  return runTranslated(f, null, RUN_PENDING) as PyValue;
}

/** A generator's frame `g` resumed by FOR_ITER, run directly (runTranslated's RUN_RESUME). */
export function resumeDirect(f: Frame, g: Frame): PyValue | null {
  return runTranslated(f, g, RUN_RESUME);
}

/**
 * The generic call of translated code, out of line: the callee and `argc` arguments are at
 * `at` in f's stack (CALL_METHOD: a NULL there means the callee is the next slot, called with
 * one argument fewer), kwnames as for CALL_FUNCTION_KW. Slots `at` to `end` are cleared, as the
 * loop pops them. Returns the call's value, or LEFT_TO_LOOP as callDirect.
 */
export function callSlow(f: Frame, at: number, argc: number, kwnames: readonly string[] | null, end: number): PyValue {
  const lp = f.localsplus;
  let fi = at;
  if (lp[at] === null) {
    fi = at + 1;
    argc--;
  }
  const nf = callFromStack(lp, fi, argc, kwnames);
  const v = lp[fi] as PyValue;
  for (let k = at; k < end; k++) lp[k] = null;
  return nf === null ? v : callDirect(f, nf);
}

/**
 * For `cls(args)` with `argc` arguments, where the class's `__init__` is a plain function
 * taking them (with defaults for any more) and `__new__` is object's (as the loop's
 * class-call path has found, vm/ceval_helpers.ts instantiate): the new instance's `__init__`
 * frame, the instance in its first local and as f_initSelf; else null.
 */
export function initFrame(cls: PyType, argc: number): Frame | null {
  if (cls.initEpoch !== typeCache.epoch || cls.ob_type !== TypeType || (cls.flags & TPFLAGS_IS_ABSTRACT) !== 0) return null;
  const init = cls.initFunc;
  if (!(init instanceof PyFunction)) return null;
  // `__init__(self, x, y=0)` called with x: the defaults make up the rest (defaultsFrame).
  const nf = init.func_code.co_simpleArgc === argc + 1 ? newFrame(init) : defaultsFrame(init, argc + 1);
  if (nf === null) return null;
  const self = newInstance(cls);
  nf.localsplus[0] = self;
  nf.f_initSelf = self;
  return nf;
}

/**
 * For a call of plain function `fn` (co_simpleArgc: positional parameters only) with `argc`
 * positional arguments, fewer than its parameters, the rest of which have defaults: its frame
 * with those defaults stored (the caller stores the arguments), as bindArgs would fill it;
 * else null.
 */
export function defaultsFrame(fn: PyFunction, argc: number): Frame | null {
  const n = fn.func_code.co_simpleArgc, defs = fn.func_defaults;
  if (argc >= n || defs === null) return null;
  const items = defs.items, first = n - items.length;
  if (argc < first) return null;
  const nf = newFrame(fn), lp = nf.localsplus;
  for (let k = argc; k < n; k++) lp[k] = items[k - first];
  return nf;
}

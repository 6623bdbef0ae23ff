/**
 * The eval loop: one `switch` over CPython 3.7 opcodes, run over a chain of frames. A call to a
 * Python function pushes its frame and the same loop carries on; a return pops it, so Python
 * recursion never recurses in JS. Exceptions are thrown JS values (PyException); one catch in
 * `evalFrame` hands them to the block-stack unwinder (vm/unwind.ts) and re-enters the loop at the
 * handler. Long opcode bodies live in vm/ceval_helpers.ts, and the opcodes seldom met in a hot
 * loop in vm/ceval_rare.ts, to keep this function optimisable. It runs each code object's
 * co_quick, where common instruction pairs are superinstructions (vm/quicken.ts). A hot
 * function's frames run in its translation to JavaScript (vm/jit.ts) where it has one; the
 * loop switches frames for it and takes over wherever the translation hands the frame back.
 * CPython: Python/ceval.c (_PyEval_EvalFrameDefault).
 */
import {
  DictType, FloatType, ListType, None, NotImplemented, ObjectType, PyCell, PyFloat, PyInstance, PyList, PyMethod,
  PyObject, PyTuple, TupleType, floatCheckExact, isSubtype, typeOf, type PyValue,
} from './objects/object.js';
import { PyException, Exc, newException } from './objects/exceptions.js';
import { PySlice } from './objects/slice.js';
import { strConcat } from './objects/str.js';
import { intAdd, intFloorDiv, intLshift, intMod, intMul, intRshift, intSub } from './objects/int.js';
import {
  NB, binaryAfterLeft, binaryOp, compareAfterLeft, contains, getItem, getIter, inplaceOp, invert, isTrue,
  leftMethodCached, negative, positive, richCompare, setItem,
} from './abstract.js';
import { bindArgs, isFrameFunction, newFrame } from './call.js';
import { lookupAttr } from './attributes.js';
import { PyFunction } from './objects/function.js';
import {
  BINOP_COMPARE, BINOP_CONTAINS, BINOP_DISCARD, BINOP_FOR_ITER, BINOP_INPLACE, BINOP_WITH_ENTER, FRAME_COMPLETED, FRAME_EXECUTING, FRAME_SUSPENDED, TryBlock, currentException, tstate, type Frame,
} from './frame.js';
import {
  WHY_BREAK, WHY_CONTINUE, WHY_EXCEPTION, WHY_RETURN, endFinally, popExcept, unwindBlocks,
  withCleanupFinish, withCleanupStart,
} from './unwind.js';
import {
  buildConstKeyMap, buildMap, callFromStack, callFunctionEx, excMatch, formatValue, loadName, makeFunction,
  makeFunctionExtra, recursionError, setAdd, storeName, unboundDeref, unboundLocal, unpackSequence, withEnter,
} from './ceval_helpers.js';
import { PyDict } from './objects/dict.js';
import { loadGlobal, namesAreGlobals, storeGlobal } from './global_cache.js';
import { CALL_PENDING, loadAttr, loadMethod, storeAttr, takePendingFrame } from './attr_cache.js';
import { forIterNext } from './for_iter.js';
import { RangeIterType } from './objects/range.js';
import { ListIterType, TupleIterType } from './objects/iter.js';
import { addTraceback } from './traceback.js';
import { GeneratorType, PyGenerator, delegateDone, genReturn, genSend, yieldFromStep } from './generator.js';
import { PAUSED } from './trace.js';
import { Quick } from './quicken.js';
import { raiseVarargs, rareOp } from './ceval_rare.js';
import { genFinish, genLeave, genRaised, genResume } from './gen_inline.js';
import { JIT_ENTERED, JIT_RAISED, JIT_RETURN, JIT_THRESHOLD, JIT_YIELD, loopTranslated, translate, type JitFunction } from './jit.js';
import { traceCall, traceException, traceInstruction, traceReturn, traceIterStop } from './trace_events.js';

/**
 * The opcode numbers as a `const enum`, so every `case Op.X:` below compiles to a literal label
 * and V8 dispatches through a jump table (with the frozen `Op` object of vm/opcode.ts the labels
 * are loads and the switch becomes a chain of ~120 comparisons: measured 1.5-2.5x slower).
 * tests/vm/opcode_enum.test.ts checks it entry by entry against the one table in vm/opcode.ts.
 */
export const enum Op {
  POP_TOP = 1,
  ROT_TWO = 2,
  ROT_THREE = 3,
  DUP_TOP = 4,
  DUP_TOP_TWO = 5,
  NOP = 9,
  UNARY_POSITIVE = 10,
  UNARY_NEGATIVE = 11,
  UNARY_NOT = 12,
  UNARY_INVERT = 15,
  BINARY_MATRIX_MULTIPLY = 16,
  INPLACE_MATRIX_MULTIPLY = 17,
  BINARY_POWER = 19,
  BINARY_MULTIPLY = 20,
  BINARY_MODULO = 22,
  BINARY_ADD = 23,
  BINARY_SUBTRACT = 24,
  BINARY_SUBSCR = 25,
  BINARY_FLOOR_DIVIDE = 26,
  BINARY_TRUE_DIVIDE = 27,
  INPLACE_FLOOR_DIVIDE = 28,
  INPLACE_TRUE_DIVIDE = 29,
  GET_AITER = 50,
  GET_ANEXT = 51,
  BEFORE_ASYNC_WITH = 52,
  INPLACE_ADD = 55,
  INPLACE_SUBTRACT = 56,
  INPLACE_MULTIPLY = 57,
  INPLACE_MODULO = 59,
  STORE_SUBSCR = 60,
  DELETE_SUBSCR = 61,
  BINARY_LSHIFT = 62,
  BINARY_RSHIFT = 63,
  BINARY_AND = 64,
  BINARY_XOR = 65,
  BINARY_OR = 66,
  INPLACE_POWER = 67,
  GET_ITER = 68,
  GET_YIELD_FROM_ITER = 69,
  PRINT_EXPR = 70,
  LOAD_BUILD_CLASS = 71,
  YIELD_FROM = 72,
  GET_AWAITABLE = 73,
  INPLACE_LSHIFT = 75,
  INPLACE_RSHIFT = 76,
  INPLACE_AND = 77,
  INPLACE_XOR = 78,
  INPLACE_OR = 79,
  BREAK_LOOP = 80,
  WITH_CLEANUP_START = 81,
  WITH_CLEANUP_FINISH = 82,
  RETURN_VALUE = 83,
  IMPORT_STAR = 84,
  SETUP_ANNOTATIONS = 85,
  YIELD_VALUE = 86,
  POP_BLOCK = 87,
  END_FINALLY = 88,
  POP_EXCEPT = 89,
  STORE_NAME = 90,
  DELETE_NAME = 91,
  UNPACK_SEQUENCE = 92,
  FOR_ITER = 93,
  UNPACK_EX = 94,
  STORE_ATTR = 95,
  DELETE_ATTR = 96,
  STORE_GLOBAL = 97,
  DELETE_GLOBAL = 98,
  LOAD_CONST = 100,
  LOAD_NAME = 101,
  BUILD_TUPLE = 102,
  BUILD_LIST = 103,
  BUILD_SET = 104,
  BUILD_MAP = 105,
  LOAD_ATTR = 106,
  COMPARE_OP = 107,
  IMPORT_NAME = 108,
  IMPORT_FROM = 109,
  JUMP_FORWARD = 110,
  JUMP_IF_FALSE_OR_POP = 111,
  JUMP_IF_TRUE_OR_POP = 112,
  JUMP_ABSOLUTE = 113,
  POP_JUMP_IF_FALSE = 114,
  POP_JUMP_IF_TRUE = 115,
  LOAD_GLOBAL = 116,
  CONTINUE_LOOP = 119,
  SETUP_LOOP = 120,
  SETUP_EXCEPT = 121,
  SETUP_FINALLY = 122,
  LOAD_FAST = 124,
  STORE_FAST = 125,
  DELETE_FAST = 126,
  RAISE_VARARGS = 130,
  CALL_FUNCTION = 131,
  MAKE_FUNCTION = 132,
  BUILD_SLICE = 133,
  LOAD_CLOSURE = 135,
  LOAD_DEREF = 136,
  STORE_DEREF = 137,
  DELETE_DEREF = 138,
  CALL_FUNCTION_KW = 141,
  CALL_FUNCTION_EX = 142,
  SETUP_WITH = 143,
  EXTENDED_ARG = 144,
  LIST_APPEND = 145,
  SET_ADD = 146,
  MAP_ADD = 147,
  LOAD_CLASSDEREF = 148,
  BUILD_LIST_UNPACK = 149,
  BUILD_MAP_UNPACK = 150,
  BUILD_MAP_UNPACK_WITH_CALL = 151,
  BUILD_TUPLE_UNPACK = 152,
  BUILD_SET_UNPACK = 153,
  SETUP_ASYNC_WITH = 154,
  FORMAT_VALUE = 155,
  BUILD_CONST_KEY_MAP = 156,
  BUILD_STRING = 157,
  BUILD_TUPLE_UNPACK_WITH_CALL = 158,
  LOAD_METHOD = 160,
  CALL_METHOD = 161,
}

/** A generator made by one of these and fed straight to GET_ITER has no other reference. */
function isCallOp(op: number): boolean {
  return op === Op.CALL_FUNCTION || op === Op.CALL_METHOD || op === Op.CALL_FUNCTION_KW || op === Op.CALL_FUNCTION_EX;
}

/** CPython: PyObject_IsTrue with the bool and int cases inline. */
export function truthy(v: PyValue): boolean {
  if (v === true) return true;
  if (v === false) return false;
  if (typeof v === 'number') return v !== 0;
  return isTrue(v);
}

/** COMPARE_OP for everything but two ints: rich comparisons, `in`, `is`, exception matching. */
export function compareOp(a: PyValue, b: PyValue, op: number): PyValue {
  switch (op) {
    case 6: return contains(b, a);
    case 7: return !contains(b, a);
    case 8: return a === b;
    case 9: return a !== b;
    case 10: return excMatch(a, b);
    default: return richCompare(a, b, op);
  }
}

/** Ints beyond this magnitude are bigints (CPython's ints are unbounded; JS numbers stop being exact). */
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * Finished frames parked per function for reuse: as many as its deepest recursion had live,
 * so that a repeated deep recursion allocates no frames (10 recursions 100,000 deep: 0.45x the
 * time and half the peak memory of a pool of 32, whose other frames each recursion made anew and
 * the garbage collector copied and promoted while they were live).
 */
const MAX_ZOMBIES = 1 << 20;

/**
 * The return of a frame whose translation returned (JIT_RETURN) outside the loop: as the
 * return at the end of execute (which keeps its own copy inline), the frame is finished, the
 * one below made current, and the frame parked for reuse. Returns f_retval.
 */
export function leaveFrame(f: Frame): PyValue {
  const retval = f.f_retval;
  f.f_retval = None;
  f.f_binop = -1;
  f.f_state = FRAME_COMPLETED;
  const ts = tstate;
  const d = --ts.depth, fs = ts.frames, back = f.f_back;
  if (fs[d] !== back) fs[d] = back;
  const pool = f.f_pool;
  if (pool !== null && !f.f_escaped && pool.count < MAX_ZOMBIES) pool.park(f);
  else ts.release();
  return retval;
}

/** What a class call returns once its inlined `__init__` frame returned `retval`. */
export function initResult(self: PyValue, retval: PyValue): PyValue {
  if (retval !== None) throw newException(Exc.TypeError, `__init__() should return None, not '${typeOf(retval).name}'`);
  return self;
}

/**
 * `a op b` for an instance whose class's own method goes first and is a Python function: pushes
 * that method's frame above `f` (the operands stay on f's stack, `sp` counts them) and returns
 * it; null for the generic path. CPython calls the method from C (binary_op1 -> slot_nb_add).
 */
function binopFrame(f: Frame, sp: number, pc: number, a: PyInstance, b: PyValue, op: number, inplace: boolean): Frame | null {
  const nf = binopCallee(f, sp, a, b, op, inplace);
  return nf === null ? null : enterFrame(f, sp, pc, nf);
}

/** binopFrame's frame, not yet entered (vm/jit.ts returns it to the loop, which enters it). */
export function binopCallee(f: Frame, sp: number, a: PyInstance, b: PyValue, op: number, inplace: boolean): Frame | null {
  const fn = leftMethodCached(a.ob_type, typeOf(b), op, inplace, false);
  if (fn === null) return null;
  const nf = operandsFrame(f, sp, fn, a, b);
  nf.f_binop = inplace ? op | BINOP_INPLACE : op;
  return nf;
}

/** The frame of operator method `fn` called with `a` and `b`, which are at sp-2 and sp-1. */
function operandsFrame(f: Frame, sp: number, fn: PyFunction, a: PyValue, b: PyValue): Frame {
  if (fn.func_code.co_simpleArgc !== 2) return bindArgs(fn, f.localsplus, sp - 2, 2, null);
  const nf = newFrame(fn), lp = nf.localsplus;
  lp[0] = a;
  lp[1] = b;
  return nf;
}

/** As binopFrame, for the rich comparison `op` (COMPARE_OP's argument, below 6). */
function compareFrame(f: Frame, sp: number, pc: number, a: PyInstance, b: PyValue, op: number): Frame | null {
  const nf = compareCallee(f, sp, a, b, op);
  return nf === null ? null : enterFrame(f, sp, pc, nf);
}

/** compareFrame's frame, not yet entered. */
export function compareCallee(f: Frame, sp: number, a: PyInstance, b: PyValue, op: number): Frame | null {
  const fn = leftMethodCached(a.ob_type, typeOf(b), op, false, true);
  if (fn === null) return null;
  const nf = operandsFrame(f, sp, fn, a, b);
  nf.f_binop = BINOP_COMPARE | op;
  return nf;
}

/**
 * `a[i]` for an instance whose class defines `__getitem__` in Python: pops the operands and
 * pushes the method's frame (its return value lands where `a[i]` goes); null otherwise.
 * CPython calls it from C (PyObject_GetItem -> slot_mp_subscript).
 */
function subscrFrame(f: Frame, sp: number, pc: number, a: PyInstance): Frame | null {
  const fn = lookupAttr(a.ob_type, '__getitem__');
  if (!isFrameFunction(fn)) return null;
  const stack = f.localsplus;
  const nf = bindArgs(fn, stack, sp - 2, 2, null);
  stack[sp - 1] = null;
  stack[sp - 2] = null;
  return enterFrame(f, sp - 2, pc, nf);
}

/**
 * FOR_ITER on an instance whose class defines `__next__` in Python: pushes that method's frame
 * (its return value is the loop's next item; a StopIteration leaving it ends the loop at
 * `exitPc`, see handleError); null otherwise. CPython: slot_tp_iternext, called from C.
 */
function nextFrame(f: Frame, sp: number, pc: number, it: PyInstance, exitPc: number): Frame | null {
  const fn = lookupAttr(it.ob_type, '__next__');
  if (!isFrameFunction(fn)) return null;
  const nf = bindArgs(fn, f.localsplus, sp - 1, 1, null);
  nf.f_binop = BINOP_FOR_ITER - exitPc;
  return enterFrame(f, sp, pc, nf);
}

/**
 * Where the result of an operator's method (a frame with f_binop set, returned to `f`) goes:
 * for binary operators and comparisons, in place of the operands still on f's stack, after the
 * rest of the protocol if it was NotImplemented; for `in`, its truth value; nothing for
 * `__setitem__`.
 */
export function operatorResult(f: Frame, binop: number, retval: PyValue): void {
  const stack = f.localsplus;
  if (binop === BINOP_WITH_ENTER) {
    stack[f.sp++] = retval;
    return;
  }
  if ((binop & BINOP_DISCARD) !== 0) return;
  if ((binop & BINOP_CONTAINS) !== 0) {
    const r = typeof retval === 'boolean' ? retval : isTrue(retval);
    stack[f.sp++] = (binop & 1) !== 0 ? !r : r;
    return;
  }
  const bsp = f.sp - 1;
  let r = retval;
  if (r === NotImplemented) {
    const a = stack[bsp - 1] as PyValue, b = stack[bsp] as PyValue;
    r = (binop & BINOP_COMPARE) !== 0 ? compareAfterLeft(a, b, binop & 0xff)
      : binaryAfterLeft(a, b, binop & 0xff, (binop & BINOP_INPLACE) !== 0);
  }
  stack[bsp] = null;
  stack[bsp - 1] = r;
  f.sp = bsp;
}

/**
 * A call the interpreter makes of `o`'s type's method `name` with one or two arguments
 * (`__setitem__`, `__contains__`), when that method is a plain Python function: pops the
 * operands (f's stack goes from `sp` down to `base`) and pushes the method's frame; the caller
 * sets f_binop for what becomes of the result. Null for the generic path (nothing popped).
 */
function methodFrame(
  f: Frame, sp: number, base: number, pc: number, o: PyInstance, name: string, x: PyValue, y: PyValue | null,
): Frame | null {
  const nf = methodCallee(o, name, x, y);
  if (nf === null) return null;
  const stack = f.localsplus;
  while (sp > base) stack[--sp] = null;
  return enterFrame(f, base, pc, nf);
}

/** methodFrame's frame, bound and not yet entered (vm/jit_runtime.ts returns it to the loop). */
export function methodCallee(o: PyInstance, name: string, x: PyValue, y: PyValue | null): Frame | null {
  const fn = lookupAttr(o.ob_type, name);
  if (!isFrameFunction(fn)) return null;
  const args = y === null ? [o, x] : [o, x, y];
  return bindArgs(fn, args, 0, args.length, null);
}

/**
 * SETUP_WITH on an instance whose class defines `__enter__` and `__exit__` as Python functions:
 * leaves the bound `__exit__` in the manager's slot, sets up the finally block ahead of time
 * and pushes `__enter__`'s frame, whose result lands above it. Should `__enter__` raise, the
 * unwinder takes the block away again (handleError, BINOP_WITH_ENTER): CPython sets it up only
 * once `__enter__` has returned. Null for the generic path.
 */
function withEnterFrame(f: Frame, sp: number, pc: number, mgr: PyInstance, handler: number): Frame | null {
  const t = mgr.ob_type;
  const enter = lookupAttr(t, '__enter__');
  if (!isFrameFunction(enter)) return null;
  const exit = lookupAttr(t, '__exit__');
  if (!(exit instanceof PyFunction)) return null;
  const nf = bindArgs(enter, [mgr], 0, 1, null);
  f.localsplus[sp - 1] = new PyMethod(exit, mgr);
  // Checked before the block exists: a RecursionError here must not reach __exit__.
  if (tstate.depth >= tstate.recursionLimit) throw recursionError();
  f.f_blockstack.push(new TryBlock(Op.SETUP_FINALLY, handler, sp));
  nf.f_binop = BINOP_WITH_ENTER;
  return enterFrame(f, sp, pc, nf);
}

/** Makes `nf` (bound, to return into f whose stack top is `sp`, resuming at `pc`) the running frame. */
export function enterFrame(f: Frame, sp: number, pc: number, nf: Frame): Frame {
  f.sp = sp;
  f.pc = pc;
  const ts = tstate;
  if (ts.depth >= ts.recursionLimit) throw recursionError();
  const d = ++ts.depth, fs = ts.frames;
  nf.f_back = f;
  nf.f_state = FRAME_EXECUTING;
  if (fs[d] !== nf) fs[d] = nf;
  if (ts.tracing) enterTraced(nf);
  return nf;
}

/**
 * For COMPARE_OP 0-5 (<, <=, ==, !=, >, >=), bits 3*op to 3*op+2: which of less (1), equal (2)
 * and greater (4) make the comparison true. The loop computes `a op b` for two ints as
 *   ((COMPARE_TRUTH >> (op * 3)) & (2 + (a < b ? -1 : 0) + (a > b ? 2 : 0))) !== 0
 * written out where used (its inlining budget is spent). Every operation there runs whatever
 * `op` is: written as a chain of tests, each comparison V8 had not yet seen run would deoptimise
 * the loop the first time a program used it.
 */
const COMPARE_TRUTH = 0b001 | 0b011 << 3 | 0b010 << 6 | 0b101 << 9 | 0b100 << 12 | 0b110 << 15;

/** `a + b` with the int and str cases inline. */
function add(a: PyValue, b: PyValue, inplace: boolean): PyValue {
  if (typeof a === 'number' && typeof b === 'number') return intAdd(a, b);
  if (typeof a === 'string' && typeof b === 'string') return strConcat(a, b);
  if (floatCheckExact(a) && floatCheckExact(b)) return new PyFloat(a.value + b.value);
  return inplace ? inplaceOp(a, b, NB.ADD) : binaryOp(a, b, NB.ADD);
}

/**
 * V8 specialises the arithmetic of these helpers for 31-bit integers until a value outgrows
 * them, and then discards the optimised code (the dispatch loop too, where it inlined them)
 * and compiles it again: tens of milliseconds, a large part of a short program's run. Python
 * ints pass 2**31 all the time, so the helpers see such values before any program runs (enough
 * calls for V8 to allocate their feedback, then wide values), and are specialised for numbers.
 */
function primeIntFeedback(): void {
  const wide = 2 ** 40;
  for (let i = 0; i < 400; i++) {
    const x = i & 1 ? wide + i : i;
    add(x, i, false);
    intSub(x, i);
    intMul(x, 3);
    intMod(x, 7);
    intFloorDiv(x, 7);
    intRshift(x, 3);
    intLshift(i, 3);
  }
}
primeIntFeedback();

/** Turns any JS error that escaped native code into the Python exception it stands for. */
function hostError(e: unknown): PyException {
  if (e instanceof RangeError && /call stack/i.test(e.message)) return recursionError();
  if (e instanceof RangeError && /BigInt/i.test(e.message)) return newException(Exc.OverflowError, 'integer too large');
  if (e instanceof RangeError && /Invalid (array|string|typed array) length/i.test(e.message)) {
    return newException(Exc.MemoryError, null);
  }
  const msg = e instanceof Error ? (hostDebug ? `${e.stack}` : `${e.name}: ${e.message}`) : String(e);
  return newException(Exc.SystemError, `internal error: ${msg}`);
}

/** `--debug`: SystemErrors made from JS errors carry the JS stack. */
let hostDebug = false;
export function setHostDebug(on: boolean): void {
  hostDebug = on;
}

/** CPython: _PyErr_SetObject's context chaining — the handled exception becomes __context__. */
function setContext(exc: PyException): void {
  const handled = currentException();
  if (handled === None || handled === exc || !(handled instanceof PyException)) return;
  // Break a cycle that would make exc its own context.
  for (let o: PyValue = handled; o instanceof PyException; o = o.context) {
    if (o.context === exc) {
      o.context = None;
      break;
    }
  }
  exc.context = handled;
}

/** The exception leaving an evalFrame, so the caller's frames add entries but no new context. */
let propagating: PyException | null = null;
/** A trace function's error that ends the entry frame itself: evalFrame rethrows it as is. */
let leavingEntry: unknown = null;

/** Makes `entry`, run by a new evalFrame, the running frame above the current one. */
function enterEntry(entry: Frame): void {
  const ts = tstate;
  if (ts.depth >= ts.recursionLimit) throw recursionError();
  const fs = ts.frames, d = ts.depth;
  entry.f_back = fs[d];
  ts.depth = d + 1;
  if (fs[d + 1] !== entry) fs[d + 1] = entry;
  entry.f_state = FRAME_EXECUTING;
  // CPython keeps the line-event window in locals of each eval run: it starts afresh here.
  entry.instr_lb = 0;
  entry.instr_ub = -1;
  entry.instr_prev = -1;
}

/**
 * Runs `entry` (already bound: arguments, cells) to completion — or, for a generator's frame,
 * to its next yield — and returns the value. `throwExc`, for generator.throw(), raises that
 * exception at the point where the frame is suspended.
 */
export function evalFrame(entry: Frame, throwExc: PyException | null = null): PyValue {
  const ts = tstate;
  enterEntry(entry);
  if (ts.tracing) enterTraced(entry);
  ts.nesting++;
  try {
    if (throwExc !== null) handleError(entry, throwExc);
    return runLoop(entry);
  } finally {
    ts.nesting--;
  }
}

/**
 * evalFrame for a frame `entry` whose code has a translation, run untraced (a function called
 * from native code, a generator resumed by genSend): runs the translation straight away, as
 * the loop would first thing, and goes into the loop only if it hands the frame over or
 * raises. Spares `sorted(xs, key=f)`, `map(f, xs)` or `sum(gen)` the loop's entry every item.
 */
export function evalTranslated(entry: Frame): PyValue {
  const ts = tstate;
  enterEntry(entry);
  const directDepth = ts.directDepth;
  ts.nesting++;
  try {
    let r: number | Frame;
    try {
      r = (entry.f_code.co_jit as JitFunction)(entry);
    } catch (e) {
      recover(entry, e, directDepth);
      return runLoop(entry);
    }
    if (ts.raised !== null) {
      recover(entry, takeRaised(), directDepth);
      return runLoop(entry);
    }
    if (r === JIT_YIELD) return suspend(entry);
    if (r === JIT_RETURN) return leaveFrame(entry);
    if (typeof r !== 'number') enterFrame(entry, entry.sp, entry.pc, r);
    return runLoop(entry);
  } finally {
    ts.nesting--;
  }
}

/**
 * Re-enters the loop at a frame chain paused by a stepping Execution (tstate.frame is its top
 * frame, `entry` its bottom); returns PAUSED again, or `entry`'s result.
 */
export function resumeFrame(entry: Frame): PyValue {
  const ts = tstate;
  ts.nesting++;
  try {
    return runLoop(entry);
  } finally {
    ts.nesting--;
  }
}

function runLoop(entry: Frame): PyValue {
  const directDepth = tstate.directDepth;
  for (;;) {
    let e: unknown;
    try {
      const v = execute(entry);
      if (v !== RAISED) return v;
      e = takeRaised();
    } catch (thrown) {
      e = thrown;
    }
    recover(entry, e, directDepth);
  }
}

/** What execute returns when a translation or a `raise` raised (tstate.raised): never a Python value. */
const RAISED: PyValue = new PyObject(ObjectType);

function takeRaised(): unknown {
  const e = tstate.raised;
  tstate.raised = null;
  return e;
}

/**
 * An exception caught where `entry` is run: translations run directly above are unwound (the
 * direct-run depth goes back to `directDepth`), and the handler takes it at the frame it was
 * raised in, rethrowing it if it leaves `entry`.
 */
function recover(entry: Frame, e: unknown, directDepth: number): void {
  tstate.directDepth = directDepth;
  if (e === leavingEntry && e !== null) {
    leavingEntry = null;
    throw e;
  }
  handleError(entry, e);
}

/**
 * The `call` event of a frame just made current. If a trace function raises, the frame is left
 * without running (CPython: goto exit_eval_frame) and the error surfaces in the caller.
 */
function enterTraced(f: Frame): void {
  const err = traceCall(f);
  if (err === null) return;
  const ts = tstate;
  f.f_state = FRAME_COMPLETED;
  ts.depth--;
  ts.frame = f.f_back;
  throw err;
}

/**
 * The `return` event of a frame about to return `retval`. If a trace function raises, the frame
 * is left with that exception instead, raised in the caller (CPython: why = WHY_EXCEPTION after
 * call_trace at fast_yield).
 */
function leaveTraced(f: Frame, retval: PyValue, entry: Frame): void {
  const err = traceReturn(f, retval);
  if (err === null) return;
  const ts = tstate;
  f.f_retval = None;
  f.f_state = FRAME_COMPLETED;
  ts.depth--;
  ts.frame = f.f_back;
  if (f.f_resumeExit >= 0) genFinish(f, None);
  if (f === entry) {
    const exc = err instanceof PyException ? err : hostError(err);
    propagating = exc;
    leavingEntry = exc;
    throw exc;
  }
  throw err;
}

/** A translated generator's frame yielding its f_retval: suspends it, returns the value. */
function suspend(f: Frame): PyValue {
  const v = f.f_retval;
  f.f_retval = None;
  f.f_state = FRAME_SUSPENDED;
  const ts = tstate, d = --ts.depth, fs = ts.frames, back = f.f_back;
  if (fs[d] !== back) fs[d] = back;
  f.f_back = null;
  return v;
}

/** The `return` event of a yield; a trace function's error is raised at the yield. */
function yieldTraced(f: Frame, v: PyValue): void {
  const err = traceReturn(f, v);
  if (err !== null) throw err;
}

/**
 * The exception path: adds the traceback entry, chains the context, and unwinds frame after
 * frame until a handler is found (then returns, the loop resumes there) or the entry frame is
 * left (then rethrows to evalFrame's caller).
 */
function handleError(entry: Frame, e: unknown): void {
  const ts = tstate;
  let exc = e instanceof PyException ? e : hostError(e);
  let addTb = true;
  if (ts.reraising) {
    ts.reraising = false;
    addTb = false;
  } else if (propagating === exc) {
    propagating = null;
  } else {
    setContext(exc);
  }
  let f = ts.frame as Frame;
  for (;;) {
    if (addTb) {
      addTraceback(exc, f);
      if (ts.tracing) {
        const err = traceException(f, exc);
        if (err !== null) exc = err instanceof PyException ? err : hostError(err);
      }
    }
    addTb = true;
    f.f_pendingBranch = -1;
    f.sp = f.localsplus.length;
    const handler = unwindBlocks(f, WHY_EXCEPTION, exc);
    if (handler >= 0) {
      f.pc = handler;
      ts.frame = f;
      return;
    }
    if (ts.tracing) {
      // CPython: call_trace_protected(PyTrace_RETURN, NULL); its own error replaces the exception.
      const err = traceReturn(f, undefined);
      if (err !== null) exc = err instanceof PyException ? err : hostError(err);
    }
    f.f_state = FRAME_COMPLETED;
    ts.depth--;
    ts.frame = f.f_back;
    if (f === entry) {
      propagating = exc;
      throw exc;
    }
    if (f.f_resumeExit >= 0) exc = genRaised(f, exc);
    const forIter = f.f_binop;
    f.f_binop = -1;
    f = f.f_back as Frame;
    // `__enter__` failed: the with block it was to start does not exist.
    if (forIter === BINOP_WITH_ENTER) f.f_blockstack.pop();
    if (forIter <= BINOP_FOR_ITER && isSubtype(exc.ob_type, Exc.StopIteration)) {
      // A `__next__` run by FOR_ITER raised StopIteration: the loop is over (CPython clears
      // the exception in FOR_ITER, reporting it to a trace function as an exception event).
      const it = f.localsplus[--f.sp] as PyValue;
      f.localsplus[f.sp] = null;
      f.pc = BINOP_FOR_ITER - forIter;
      if (ts.tracing) {
        try {
          traceIterStop(f, it, None, exc);
        } catch (err) {
          // The trace function's own error is raised at the FOR_ITER, as on the loop's path.
          exc = err instanceof PyException ? err : hostError(err);
          continue;
        }
      }
      return;
    }
  }
}

/** The dispatch loop proper; starts at tstate.frame, returns when `entry` returns or yields. */
function execute(entry: Frame): PyValue {
  const ts = tstate;
  let f = ts.frames[ts.depth] as Frame;
  // Every switch of the running frame (call, return, generator resumption and yield) comes
  // back here to load that frame's registers.
  frames: for (;;) {
    let returned = false;
    if (!ts.tracing) {
      const co = f.f_code;
      let jit = co.co_jit;
      if (jit === null && f.pc === 0 && JIT_THRESHOLD !== 0 && ++co.co_jitCalls === JIT_THRESHOLD) jit = translate(co);
      if (jit !== null) {
        // The function's own translation runs until it returns, calls or hands over (vm/jit.ts).
        const r = jit(f);
        if (typeof r !== 'number') {
          f = enterFrame(f, f.sp, f.pc, r);
          continue frames;
        }
        if (r === JIT_ENTERED || r === JIT_RAISED) {
          // Raised in the translation or in one it ran directly: handled by runLoop, from
          // tstate.frame, as if thrown here.
          if (ts.raised !== null) return RAISED;
          f = ts.frames[ts.depth] as Frame;
          continue frames;
        }
        if (r === JIT_YIELD) {
          // As YIELD_VALUE below, without tracing (the translation runs only without it).
          const back = f.f_back as Frame;
          const v = suspend(f);
          if (f === entry) return v;
          genLeave(f);
          back.localsplus[back.sp++] = v;
          f = back;
          continue frames;
        }
        returned = r === JIT_RETURN;
      }
    }
    if (!returned) {
      const code = f.f_code.co_quick;
      const consts = f.f_code.co_consts;
      const names = f.f_code.co_names;
      const cellBase = f.f_code.co_nlocals;
      const stack = f.localsplus;
      let sp = f.sp;
      let pc = f.pc;
      let ext = 0;
      for (;;) {
        f.f_lasti = pc;
        if (ts.tracing && traceInstruction(f, pc, sp)) {
          f.sp = sp;
          f.pc = pc;
          return PAUSED;
        }
        const opcode = code[pc];
        const oparg = code[pc + 1] | ext;
        ext = 0;
        pc += 2;
        switch (opcode) {
          case Op.NOP: // no operation
            continue;
          case Op.EXTENDED_ARG: // prefix: the next instruction's argument gets this one's bits above its own
            ext = oparg << 8;
            continue;
          case Op.POP_TOP: // [a] → []
            stack[--sp] = null;
            continue;
          case Op.ROT_TWO: { // [a, b] → [b, a]
            const b = stack[sp - 1];
            stack[sp - 1] = stack[sp - 2];
            stack[sp - 2] = b;
            continue;
          }
          case Op.ROT_THREE: { // [a, b, c] → [c, a, b]
            const c = stack[sp - 1];
            stack[sp - 1] = stack[sp - 2];
            stack[sp - 2] = stack[sp - 3];
            stack[sp - 3] = c;
            continue;
          }
          case Op.DUP_TOP: // [a] → [a, a]
            stack[sp] = stack[sp - 1];
            sp++;
            continue;
          case Op.DUP_TOP_TWO: // [a, b] → [a, b, a, b]
            stack[sp] = stack[sp - 2];
            stack[sp + 1] = stack[sp - 1];
            sp += 2;
            continue;

          case Op.UNARY_POSITIVE: // [a] → [+a]
            stack[sp - 1] = positive(stack[sp - 1] as PyValue);
            continue;
          case Op.UNARY_NEGATIVE: { // [a] → [-a]
            const a = stack[sp - 1] as PyValue;
            stack[sp - 1] = typeof a === 'number' ? (a === 0 ? 0 : -a) : negative(a);
            continue;
          }
          case Op.UNARY_NOT: // [a] → [not a]
            stack[sp - 1] = !truthy(stack[sp - 1] as PyValue);
            continue;
          case Op.UNARY_INVERT: // [a] → [~a]
            stack[sp - 1] = invert(stack[sp - 1] as PyValue);
            continue;

          case Op.BINARY_ADD: // [a, b] → [a + b]
          case Op.INPLACE_ADD: { // [a, b] → [a += b]
            const b = stack[--sp] as PyValue, a = stack[sp - 1] as PyValue;
            // The int cases of the commonest operators are written out here: TurboFan's inlining
            // budget for this function is spent before it reaches small helpers like intAdd.
            if (typeof a === 'number' && typeof b === 'number') {
              const r = a + b;
              if (r <= MAX_SAFE && r >= -MAX_SAFE) {
                stack[sp - 1] = r;
                continue;
              }
            }
            // floatCheckExact and the other exact-type tests (vm/objects/object.ts) written out: a
            // call costs while V8 still runs this loop unoptimised.
            if ((a as PyFloat).ob_type === FloatType && (b as PyFloat).ob_type === FloatType) {
              stack[sp - 1] = new PyFloat((a as PyFloat).value + (b as PyFloat).value);
              continue;
            }
            if (a instanceof PyInstance) {
              const nf = binopFrame(f, sp + 1, pc, a, b, NB.ADD, opcode === Op.INPLACE_ADD);
              if (nf !== null) {
                f = nf;
                continue frames;
              }
            }
            stack[sp - 1] = add(a, b, opcode === Op.INPLACE_ADD);
            stack[sp] = null;
            continue;
          }
          case Op.BINARY_SUBTRACT: // [a, b] → [a - b]
          case Op.INPLACE_SUBTRACT: { // [a, b] → [a -= b]
            const b = stack[--sp] as PyValue, a = stack[sp - 1] as PyValue;
            if (typeof a === 'number' && typeof b === 'number') {
              const r = a - b;
              stack[sp - 1] = r <= MAX_SAFE && r >= -MAX_SAFE ? r : intSub(a, b);
              continue;
            }
            if ((a as PyFloat).ob_type === FloatType && (b as PyFloat).ob_type === FloatType) {
              stack[sp - 1] = new PyFloat((a as PyFloat).value - (b as PyFloat).value);
              continue;
            }
            if (a instanceof PyInstance) {
              const nf = binopFrame(f, sp + 1, pc, a, b, NB.SUBTRACT, opcode === Op.INPLACE_SUBTRACT);
              if (nf !== null) {
                f = nf;
                continue frames;
              }
            }
            stack[sp - 1] = opcode === Op.INPLACE_SUBTRACT ? inplaceOp(a, b, NB.SUBTRACT) : binaryOp(a, b, NB.SUBTRACT);
            continue;
          }
          case Op.BINARY_MULTIPLY: // [a, b] → [a * b]
          case Op.INPLACE_MULTIPLY: { // [a, b] → [a *= b]
            const b = stack[--sp] as PyValue, a = stack[sp - 1] as PyValue;
            if (typeof a === 'number' && typeof b === 'number') {
              stack[sp - 1] = intMul(a, b);
            } else if ((a as PyFloat).ob_type === FloatType && (b as PyFloat).ob_type === FloatType) {
              stack[sp - 1] = new PyFloat((a as PyFloat).value * (b as PyFloat).value);
            } else {
              if (a instanceof PyInstance) {
                const nf = binopFrame(f, sp + 1, pc, a, b, NB.MULTIPLY, opcode === Op.INPLACE_MULTIPLY);
                if (nf !== null) {
                  f = nf;
                  continue frames;
                }
              }
              stack[sp - 1] = opcode === Op.INPLACE_MULTIPLY ? inplaceOp(a, b, NB.MULTIPLY) : binaryOp(a, b, NB.MULTIPLY);
            }
            continue;
          }
          case Op.BINARY_MODULO: { // [a, b] → [a % b]
            const b = stack[--sp] as PyValue, a = stack[sp - 1] as PyValue;
            stack[sp - 1] = typeof a === 'number' && typeof b === 'number' ? intMod(a, b) : binaryOp(a, b, NB.REMAINDER);
            continue;
          }
          case Op.INPLACE_MODULO: { // [a, b] → [a %= b]
            const b = stack[--sp] as PyValue, a = stack[sp - 1] as PyValue;
            stack[sp - 1] = typeof a === 'number' && typeof b === 'number' ? intMod(a, b) : inplaceOp(a, b, NB.REMAINDER);
            continue;
          }
          case Op.BINARY_FLOOR_DIVIDE: { // [a, b] → [a // b]
            const b = stack[--sp] as PyValue, a = stack[sp - 1] as PyValue;
            stack[sp - 1] = typeof a === 'number' && typeof b === 'number' ? intFloorDiv(a, b) : binaryOp(a, b, NB.FLOOR_DIVIDE);
            continue;
          }
          case Op.INPLACE_FLOOR_DIVIDE: { // [a, b] → [a //= b]
            const b = stack[--sp] as PyValue, a = stack[sp - 1] as PyValue;
            stack[sp - 1] = typeof a === 'number' && typeof b === 'number' ? intFloorDiv(a, b) : inplaceOp(a, b, NB.FLOOR_DIVIDE);
            continue;
          }
          case Op.BINARY_TRUE_DIVIDE: // [a, b] → [a / b]
          case Op.INPLACE_TRUE_DIVIDE: { // [a, b] → [a /= b]
            const b = stack[--sp] as PyValue, a = stack[sp - 1] as PyValue;
            if ((a as PyFloat).ob_type === FloatType && (b as PyFloat).ob_type === FloatType &&
                (b as PyFloat).value !== 0) {
              stack[sp - 1] = new PyFloat((a as PyFloat).value / (b as PyFloat).value);
              continue;
            }
            const inplace = opcode === Op.INPLACE_TRUE_DIVIDE;
            if (a instanceof PyInstance) {
              const nf = binopFrame(f, sp + 1, pc, a, b, NB.TRUE_DIVIDE, inplace);
              if (nf !== null) {
                f = nf;
                continue frames;
              }
            }
            stack[sp - 1] = inplace ? inplaceOp(a, b, NB.TRUE_DIVIDE) : binaryOp(a, b, NB.TRUE_DIVIDE);
            continue;
          }
          case Op.BINARY_POWER: { // [a, b] → [a ** b]
            const b = stack[--sp] as PyValue;
            stack[sp - 1] = binaryOp(stack[sp - 1] as PyValue, b, NB.POWER);
            continue;
          }
          case Op.BINARY_LSHIFT: { // [a, b] → [a << b]
            const b = stack[--sp] as PyValue, a = stack[sp - 1] as PyValue;
            stack[sp - 1] = typeof a === 'number' && typeof b === 'number' && b >= 0 ? intLshift(a, b) : binaryOp(a, b, NB.LSHIFT);
            continue;
          }
          case Op.INPLACE_LSHIFT: { // [a, b] → [a <<= b]
            const b = stack[--sp] as PyValue, a = stack[sp - 1] as PyValue;
            stack[sp - 1] = typeof a === 'number' && typeof b === 'number' && b >= 0 ? intLshift(a, b) : inplaceOp(a, b, NB.LSHIFT);
            continue;
          }
          case Op.BINARY_RSHIFT: { // [a, b] → [a >> b]
            const b = stack[--sp] as PyValue, a = stack[sp - 1] as PyValue;
            stack[sp - 1] = typeof a === 'number' && typeof b === 'number' && b >= 0 ? intRshift(a, b) : binaryOp(a, b, NB.RSHIFT);
            continue;
          }
          case Op.INPLACE_RSHIFT: { // [a, b] → [a >>= b]
            const b = stack[--sp] as PyValue, a = stack[sp - 1] as PyValue;
            stack[sp - 1] = typeof a === 'number' && typeof b === 'number' && b >= 0 ? intRshift(a, b) : inplaceOp(a, b, NB.RSHIFT);
            continue;
          }
          case Op.BINARY_AND: { // [a, b] → [a & b]
            const b = stack[--sp] as PyValue, a = stack[sp - 1] as PyValue;
            stack[sp - 1] = typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b ? a & b : binaryOp(a, b, NB.AND);
            continue;
          }
          case Op.INPLACE_AND: { // [a, b] → [a &= b]
            const b = stack[--sp] as PyValue, a = stack[sp - 1] as PyValue;
            stack[sp - 1] = typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b ? a & b : inplaceOp(a, b, NB.AND);
            continue;
          }
          case Op.BINARY_XOR: { // [a, b] → [a ^ b]
            const b = stack[--sp] as PyValue, a = stack[sp - 1] as PyValue;
            stack[sp - 1] = typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b ? a ^ b : binaryOp(a, b, NB.XOR);
            continue;
          }
          case Op.INPLACE_XOR: { // [a, b] → [a ^= b]
            const b = stack[--sp] as PyValue, a = stack[sp - 1] as PyValue;
            stack[sp - 1] = typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b ? a ^ b : inplaceOp(a, b, NB.XOR);
            continue;
          }
          case Op.BINARY_OR: { // [a, b] → [a | b]
            const b = stack[--sp] as PyValue, a = stack[sp - 1] as PyValue;
            stack[sp - 1] = typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b ? a | b : binaryOp(a, b, NB.OR);
            continue;
          }
          case Op.INPLACE_OR: { // [a, b] → [a |= b]
            const b = stack[--sp] as PyValue, a = stack[sp - 1] as PyValue;
            stack[sp - 1] = typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b ? a | b : inplaceOp(a, b, NB.OR);
            continue;
          }

          case Op.BINARY_SUBSCR: { // [a, i] → [a[i]]
            const i = stack[--sp] as PyValue, a = stack[sp - 1] as PyValue;
            const t = (a as PyObject).ob_type;
            if (typeof i === 'number' && (t === ListType || t === TupleType)) {
              const items = (a as PyList).items, k = i < 0 ? i + items.length : i;
              if (k >= 0 && k < items.length) {
                stack[sp - 1] = items[k];
                continue;
              }
            } else if (t === DictType) {
              // A key that is there (a missing one raises KeyError from getItem).
              const v = (a as PyDict).get(i);
              if (v !== undefined) {
                stack[sp - 1] = v;
                continue;
              }
            }
            if (a instanceof PyInstance) {
              const nf = subscrFrame(f, sp + 1, pc, a);
              if (nf !== null) {
                f = nf;
                continue frames;
              }
            }
            stack[sp - 1] = getItem(a, i);
            continue;
          }
          case Op.STORE_SUBSCR: { // [v, a, i] → [] ; a[i] = v
            const i = stack[sp - 1] as PyValue, a = stack[sp - 2] as PyValue, v = stack[sp - 3] as PyValue;
            sp -= 3;
            const t = (a as PyObject).ob_type;
            if (typeof i === 'number' && t === ListType && i >= 0 && i < (a as PyList).items.length) {
              (a as PyList).items[i] = v;
              continue;
            }
            if (t === DictType) {
              (a as PyDict).set(i, v);
              continue;
            }
            if (a instanceof PyInstance) {
              const nf = methodFrame(f, sp + 3, sp, pc, a, '__setitem__', i, v);
              if (nf !== null) {
                nf.f_binop = BINOP_DISCARD;
                f = nf;
                continue frames;
              }
            }
            setItem(a, i, v);
            continue;
          }
          case Quick.COMPARE_OP_POP_JUMP_IF_FALSE: // COMPARE_OP (< … >=); POP_JUMP_IF_FALSE
          case Quick.COMPARE_OP_POP_JUMP_IF_TRUE: // COMPARE_OP (< … >=); POP_JUMP_IF_TRUE
          case Op.COMPARE_OP: { // [a, b] → [a op b]
            const b = stack[--sp] as PyValue, a = stack[sp - 1] as PyValue;
            if (typeof a === 'number' && typeof b === 'number' && oparg < 6) {
              // See COMPARE_TRUTH.
              const r = ((COMPARE_TRUTH >> (oparg * 3)) & (2 + (a < b ? -1 : 0) + (a > b ? 2 : 0))) !== 0;
              if (opcode !== Op.COMPARE_OP && !ts.tracing) {
                // The superinstruction: the jump without the bool on the stack.
                // (Both arms' arithmetic runs every time: a branch V8 saw no type feedback for
                // would deoptimise the loop when first taken.)
                const target = code[pc + 1];
                sp--;
                pc += 2;
                if (r === (opcode === Quick.COMPARE_OP_POP_JUMP_IF_TRUE)) pc = target;
                continue;
              }
              stack[sp - 1] = r;
              continue;
            }
            if (oparg < 6 && a instanceof PyInstance) {
              const nf = compareFrame(f, sp + 1, pc, a, b, oparg);
              if (nf !== null) {
                f = nf;
                continue frames;
              }
            } else if ((oparg === 6 || oparg === 7) && b instanceof PyInstance) {
              // `a in b`: b.__contains__(a), made a bool (and negated for `not in`) on return.
              const nf = methodFrame(f, sp + 1, sp - 1, pc, b, '__contains__', a, null);
              if (nf !== null) {
                nf.f_binop = BINOP_CONTAINS | (oparg & 1);
                f = nf;
                continue frames;
              }
            }
            stack[sp - 1] = compareOp(a, b, oparg);
            continue;
          }

          case Op.GET_ITER: { // [o] → [iter(o)]
            // A generator is its own iterator; a coroutine (also a PyGenerator) is not iterable.
            const o = stack[sp - 1] as PyGenerator;
            if (o.ob_type === GeneratorType) o.gi_transient = isCallOp(f.f_code.co_code[pc - 4]);
            else stack[sp - 1] = getIter(o);
            continue;
          }
          case Op.FOR_ITER: { // [it] → [it, next(it)] or [] and jump when exhausted
            const it = stack[sp - 1] as PyValue;
            const t = (it as PyObject).ob_type;
            let v: PyValue | null;
            if (t === RangeIterType || t === ListIterType || t === TupleIterType) {
              // The commonest iterators, without the two failing instanceof walks below.
              v = forIterNext(it);
            } else {
              if (t === GeneratorType) {
                // Run the generator's frame in this loop until it yields (gen_inline.ts).
                f.sp = sp;
                f.pc = pc;
                const gf = genResume(it as PyGenerator, f, pc + oparg);
                if (gf !== null) {
                  f = gf;
                  continue frames;
                }
              } else if (it instanceof PyInstance) {
                const nf = nextFrame(f, sp, pc, it, pc + oparg);
                if (nf !== null) {
                  f = nf;
                  continue frames;
                }
              }
              v = it instanceof PyGenerator ? genSend(it, None) : forIterNext(it);
            }
            if (v === null && ts.tracing) traceIterStop(f, it, it instanceof PyGenerator ? genReturn : None);
            // Branch-free: a program's first finished loop after V8 optimised this function then
            // runs operations that have type feedback, where an `if` arm of its own would have
            // none and deoptimise the loop. Exhausted: the iterator's slot is cleared and popped
            // and the jump taken; else the item is pushed.
            const done = v === null ? 1 : 0;
            stack[sp - done] = v;
            sp = sp + 1 - done - done;
            pc += oparg * done;
            continue;
          }

          case Op.YIELD_VALUE: // [v] → [sent] ; suspend the frame
          case Op.YIELD_FROM: { // [it, v] → [it] ; delegate to it
            let v = stack[--sp] as PyValue;
            stack[sp] = null;
            let resumeAt = pc;
            if (opcode === Op.YIELD_FROM) {
              const r = yieldFromStep(stack[sp - 1] as PyValue, v);
              if (delegateDone) {
                if (ts.tracing) traceIterStop(f, stack[sp - 1] as PyValue, r);
                stack[sp - 1] = r;
                continue;
              }
              // Suspend so that resuming runs YIELD_FROM again with the sent value.
              v = r;
              resumeAt = pc - 2;
            }
            if (ts.tracing) yieldTraced(f, v);
            f.sp = sp;
            f.pc = resumeAt;
            f.f_state = FRAME_SUSPENDED;
            const back = f.f_back as Frame;
            const d = --ts.depth, fs = ts.frames;
            if (fs[d] !== back) fs[d] = back;
            f.f_back = null;
            if (f === entry) return v;
            // Resumed by FOR_ITER in this loop: the value goes to the caller's stack.
            genLeave(f);
            back.localsplus[back.sp++] = v;
            f = back;
            continue frames;
          }
          case Op.RETURN_VALUE: { // [v] → [] ; return v from the frame
            const v = stack[--sp] as PyValue;
            stack[sp] = null;
            if (f.f_blockstack.length !== 0) {
              f.sp = sp;
              const target = unwindBlocks(f, WHY_RETURN, v);
              if (target >= 0) {
                pc = target;
                sp = f.sp;
                continue;
              }
            } else {
              f.f_retval = v;
            }
            break;
          }
          case Op.BREAK_LOOP: { // unwind to the innermost loop block, why = BREAK
            f.sp = sp;
            const target = unwindBlocks(f, WHY_BREAK, None);
            if (target < 0) break;
            pc = target;
            sp = f.sp;
            continue;
          }
          case Op.CONTINUE_LOOP: { // unwind to the loop block, why = CONTINUE, then jump
            f.sp = sp;
            const target = unwindBlocks(f, WHY_CONTINUE, oparg);
            if (target < 0) break;
            pc = target;
            sp = f.sp;
            continue;
          }
          case Op.SETUP_LOOP: // push a loop block ending at target
          case Op.SETUP_EXCEPT: // push an except block with handler at target
          case Op.SETUP_FINALLY: // push a finally block with handler at target
            f.f_blockstack.push(new TryBlock(opcode, pc + oparg, sp));
            continue;
          case Op.POP_EXCEPT: // pop an except-handler block and restore the previous exception
            f.sp = sp;
            popExcept(f);
            sp = f.sp;
            continue;
          case Op.END_FINALLY: { // [why or exc...] → [] ; re-raise or continue unwinding
            f.sp = sp;
            const target = endFinally(f, pc);
            if (target < 0) break;
            pc = target;
            sp = f.sp;
            continue;
          }
          case Op.SETUP_WITH: { // [mgr] → [exit, mgr.__enter__()] ; push finally block
            const mgr = stack[sp - 1] as PyValue;
            if (mgr instanceof PyInstance) {
              const nf = withEnterFrame(f, sp, pc, mgr, pc + oparg);
              if (nf !== null) {
                f = nf;
                continue frames;
              }
            }
            const r = withEnter(mgr);
            stack[sp - 1] = r[0];
            f.f_blockstack.push(new TryBlock(Op.SETUP_FINALLY, pc + oparg, sp));
            stack[sp++] = r[1];
            continue;
          }
          case Op.WITH_CLEANUP_START: { // [..., exit, exc...] → call __exit__
            f.sp = sp;
            const nf = withCleanupStart(f);
            sp = f.sp;
            if (nf !== null) {
              f = enterFrame(f, sp, pc, nf);
              continue frames;
            }
            continue;
          }
          case Op.WITH_CLEANUP_FINISH: // [res, exc] → [] ; maybe suppress
            f.sp = sp;
            withCleanupFinish(f);
            sp = f.sp;
            continue;
          case Op.STORE_NAME: // [v] → [] ; locals[co_names[i]] = v
            if (namesAreGlobals(f)) storeGlobal(f, oparg, stack[--sp] as PyValue);
            else storeName(f, names[oparg], stack[--sp] as PyValue);
            stack[sp] = null;
            continue;
          case Op.LOAD_NAME: // [] → [locals/globals/builtins name]
            stack[sp++] = namesAreGlobals(f) ? loadGlobal(f, oparg) : loadName(f, names[oparg]);
            continue;
          case Op.STORE_GLOBAL: // [v] → [] ; globals[name] = v
            storeGlobal(f, oparg, stack[--sp] as PyValue);
            stack[sp] = null;
            continue;
          case Op.LOAD_GLOBAL: // [] → [globals/builtins name]; cached while the dicts' keys are unchanged
            stack[sp++] = loadGlobal(f, oparg);
            continue;
          case Op.LOAD_CONST: // [] → [co_consts[i]]
            stack[sp++] = consts[oparg];
            continue;
          case Quick.LOAD_FAST_LOAD_FAST: // LOAD_FAST i; LOAD_FAST j
          case Quick.STORE_FAST_LOAD_FAST: // STORE_FAST i; LOAD_FAST j
          case Quick.POP_JUMP_IF_FALSE_LOAD_FAST: { // POP_JUMP_IF_FALSE target; LOAD_FAST j (the fall-through)
            if (opcode === Quick.LOAD_FAST_LOAD_FAST) {
              const v = stack[oparg];
              if (v === null) throw unboundLocal(f.f_code.co_varnames[oparg]);
              stack[sp++] = v;
            } else if (opcode === Quick.STORE_FAST_LOAD_FAST) {
              stack[oparg] = stack[--sp];
              stack[sp] = null;
            } else {
              const v = stack[--sp] as PyValue;
              if (v === false || (v !== true && !truthy(v))) {
                pc = oparg;
                continue;
              }
            }
            // Then the LOAD_FAST, unless it must be dispatched on its own (an unbound local raises
            // there; tracing sees it as an instruction).
            if (!ts.tracing) {
              const w = stack[code[pc + 1]];
              if (w !== null) {
                stack[sp++] = w;
                pc += 2;
              }
            }
            continue;
          }
          case Quick.LOAD_FAST_CONST_COMPARE_JUMP: // LOAD_FAST i; LOAD_CONST c; COMPARE_OP; POP_JUMP_IF_*
          case Quick.LOAD_FAST_FAST_COMPARE_JUMP: { // LOAD_FAST i; LOAD_FAST j; COMPARE_OP; POP_JUMP_IF_*
            const a = stack[oparg];
            if (a === null) throw unboundLocal(f.f_code.co_varnames[oparg]);
            if (!ts.tracing) {
              // The four at once for two ints; anything else runs them one by one.
              const b = opcode === Quick.LOAD_FAST_CONST_COMPARE_JUMP ? consts[code[pc + 1]] : stack[code[pc + 1]];
              if (typeof a === 'number' && typeof b === 'number') {
                // The COMPARE_OP's byte is its pair superinstruction, which says which jump follows.
                const r = ((COMPARE_TRUTH >> (code[pc + 3] * 3)) & (2 + (a < b ? -1 : 0) + (a > b ? 2 : 0))) !== 0;
                // Both outcomes' arithmetic runs every time (see COMPARE_OP): an arm V8 saw no
                // type feedback for would deoptimise the loop when first taken.
                const target = code[pc + 5];
                pc += 6;
                if (r === (code[pc - 4] === Quick.COMPARE_OP_POP_JUMP_IF_TRUE)) pc = target;
                continue;
              }
            }
            stack[sp++] = a;
            continue;
          }
          case Quick.LOAD_FAST_LOAD_CONST: { // LOAD_FAST i; LOAD_CONST c
            const v = stack[oparg];
            if (v === null) throw unboundLocal(f.f_code.co_varnames[oparg]);
            stack[sp++] = v;
            if (!ts.tracing) {
              stack[sp++] = consts[code[pc + 1]];
              pc += 2;
            }
            continue;
          }
          case Quick.LOAD_FAST_LOAD_ATTR: { // LOAD_FAST i; LOAD_ATTR name
            const o = stack[oparg];
            if (o === null) throw unboundLocal(f.f_code.co_varnames[oparg]);
            if (ts.tracing) {
              stack[sp++] = o;
              continue;
            }
            // The attribute's errors, and a property's frame, belong to the LOAD_ATTR.
            f.f_lasti = pc;
            pc += 2;
            const v = loadAttr(f.f_code, pc, o, names[code[pc - 1]]);
            if (v !== CALL_PENDING) {
              stack[sp++] = v;
              continue;
            }
            f = enterFrame(f, sp, pc, takePendingFrame() as Frame);
            continue frames;
          }
          case Quick.LOAD_FAST_LOAD_METHOD: { // LOAD_FAST i; LOAD_METHOD name
            const o = stack[oparg];
            if (o === null) throw unboundLocal(f.f_code.co_varnames[oparg]);
            stack[sp++] = o;
            if (!ts.tracing) {
              f.f_lasti = pc;
              pc += 2;
              loadMethod(f.f_code, pc, stack, sp, o, names[code[pc - 1]]);
              sp++;
            }
            continue;
          }
          case Op.LOAD_FAST: { // [] → [fastlocals[i]]
            const v = stack[oparg];
            if (v === null) throw unboundLocal(f.f_code.co_varnames[oparg]);
            stack[sp++] = v;
            continue;
          }
          case Quick.STORE_FAST_JUMP_ABSOLUTE: // STORE_FAST i; JUMP_ABSOLUTE target
            stack[oparg] = stack[--sp];
            stack[sp] = null;
            if (!ts.tracing) {
              const target = code[pc + 1];
              if (JIT_THRESHOLD !== 0 && target < pc && f.f_code.co_jitCalls >= 0 && loopTranslated(f.f_code, target, pc)) {
                f.pc = target;
                f.sp = sp;
                continue frames;
              }
              pc = target;
            }
            continue;
          case Op.STORE_FAST: // [v] → [] ; fastlocals[i] = v
            stack[oparg] = stack[--sp];
            stack[sp] = null;
            continue;
          case Op.LOAD_CLOSURE: // [] → [cell i]
            stack[sp++] = stack[cellBase + oparg];
            continue;
          case Op.LOAD_DEREF: { // [] → [cell i contents]
            const v = (stack[cellBase + oparg] as PyCell).ob_ref;
            if (v === null) throw unboundDeref(f.f_code, oparg);
            stack[sp++] = v;
            continue;
          }
          case Op.STORE_DEREF: // [v] → [] ; cell i contents = v
            (stack[cellBase + oparg] as PyCell).ob_ref = stack[--sp];
            stack[sp] = null;
            continue;
          case Op.LOAD_ATTR: { // [o] → [o.name]
            const v = loadAttr(f.f_code, pc, stack[sp - 1] as PyValue, names[oparg]);
            if (v !== CALL_PENDING) {
              stack[sp - 1] = v;
              continue;
            }
            // A property getter written in Python: its frame computes the value.
            stack[--sp] = null;
            f = enterFrame(f, sp, pc, takePendingFrame() as Frame);
            continue frames;
          }
          case Op.STORE_ATTR: { // [v, o] → [] ; o.name = v
            const o = stack[sp - 1] as PyValue, v = stack[sp - 2] as PyValue;
            sp -= 2;
            storeAttr(f.f_code, pc, o, names[oparg], v);
            continue;
          }
          case Op.UNPACK_SEQUENCE: { // [seq] → [x_n-1, ..., x0]
            const v = stack[--sp] as PyValue;
            unpackSequence(stack, sp, v, oparg);
            sp += oparg;
            continue;
          }
          case Op.BUILD_TUPLE: { // [x0..xn-1] → [tuple]
            sp -= oparg;
            stack[sp] = new PyTuple(stack.slice(sp, sp + oparg) as PyValue[]);
            sp++;
            continue;
          }
          case Op.BUILD_LIST: { // [x0..xn-1] → [list]
            sp -= oparg;
            stack[sp] = new PyList(stack.slice(sp, sp + oparg) as PyValue[]);
            sp++;
            continue;
          }
          case Op.BUILD_MAP: // [k0, v0, ...] → [dict]
            sp -= 2 * oparg;
            stack[sp] = buildMap(stack, sp, oparg);
            sp++;
            continue;
          case Op.BUILD_CONST_KEY_MAP: { // [v0..vn-1, keys] → [dict]
            const keys = stack[--sp] as PyTuple;
            sp -= oparg;
            stack[sp] = buildConstKeyMap(stack, sp, oparg, keys);
            sp++;
            continue;
          }
          case Op.BUILD_STRING: { // [s0..] → [concatenation]
            sp -= oparg;
            let s = '';
            for (let i = 0; i < oparg; i++) s += stack[sp + i] as string;
            stack[sp++] = s;
            continue;
          }
          case Op.BUILD_SLICE: { // [a, b, c?] → [slice]
            const step = oparg === 3 ? stack[--sp] as PyValue : None;
            const stop = stack[--sp] as PyValue;
            stack[sp - 1] = new PySlice(stack[sp - 1] as PyValue, stop, step);
            continue;
          }
          case Op.LIST_APPEND: { // [list, ..., v] → [list, ...] ; list at depth i
            const v = stack[--sp] as PyValue;
            (stack[sp - oparg] as PyList).items.push(v);
            continue;
          }
          case Op.SET_ADD: { // [set, ..., v] → [set, ...]
            const v = stack[--sp] as PyValue;
            setAdd(stack[sp - oparg] as PyValue, v);
            continue;
          }
          case Op.MAP_ADD: { // [map, ..., v, k] → [map, ...]
            const k = stack[sp - 1] as PyValue, v = stack[sp - 2] as PyValue;
            sp -= 2;
            (stack[sp - oparg] as PyDict).set(k, v);
            continue;
          }
          case Op.FORMAT_VALUE: { // [v, spec?] → [format(conv(v), spec)]
            const spec = (oparg & 4) !== 0 ? stack[--sp] : null;
            stack[sp - 1] = formatValue(stack[sp - 1] as PyValue, oparg, spec);
            continue;
          }

          case Op.JUMP_FORWARD: // jump by delta
            pc += oparg;
            continue;
          case Op.JUMP_ABSOLUTE: // jump to target
            // A loop's back edge counts towards translating the function, which then runs
            // from the loop's head: a function called once can spend the whole program there.
            if (JIT_THRESHOLD !== 0 && oparg < pc && f.f_code.co_jitCalls >= 0 && loopTranslated(f.f_code, oparg, pc - 2)) {
              f.pc = oparg;
              f.sp = sp;
              continue frames;
            }
            pc = oparg;
            continue;
          case Op.POP_JUMP_IF_FALSE: { // [v] → [] ; jump if false
            const v = stack[--sp] as PyValue;
            if (v === false || (v !== true && !truthy(v))) pc = oparg;
            continue;
          }
          case Op.POP_JUMP_IF_TRUE: { // [v] → [] ; jump if true
            const v = stack[--sp] as PyValue;
            if (v === true || (v !== false && truthy(v))) pc = oparg;
            continue;
          }
          case Op.JUMP_IF_FALSE_OR_POP: // [v] → [v] and jump if false, else []
            if (!truthy(stack[sp - 1] as PyValue)) pc = oparg;
            else stack[--sp] = null;
            continue;
          case Op.JUMP_IF_TRUE_OR_POP: // [v] → [v] and jump if true, else []
            if (truthy(stack[sp - 1] as PyValue)) pc = oparg;
            else stack[--sp] = null;
            continue;

          case Op.MAKE_FUNCTION: { // [defaults?, kwdefaults?, annotations?, closure?, code, qualname] → [function]
            const fn = makeFunction(f, stack, sp - 1, oparg);
            sp -= makeFunctionExtra(oparg) + 1;
            stack[sp - 1] = fn;
            continue;
          }
          case Op.LOAD_METHOD: // [o] → [meth, o] or [NULL, bound]
            loadMethod(f.f_code, pc, stack, sp, stack[sp - 1] as PyValue, names[oparg]);
            sp++;
            continue;

          case Op.CALL_FUNCTION: // [f, args...] → [f(args)]
          case Op.CALL_METHOD: // [meth, self|NULL, args...] → [result]
          case Op.CALL_FUNCTION_KW: // [f, args..., kwnames] → [f(args, **kw)]
          case Op.CALL_FUNCTION_EX: { // [f, args, kwargs?] → [f(*args, **kwargs)]
            let base: number, nf: Frame | null;
            if (opcode === Op.CALL_FUNCTION) {
              base = sp - oparg - 1;
              nf = callFromStack(stack, base, oparg, null);
            } else if (opcode === Op.CALL_METHOD) {
              base = sp - oparg - 2;
              if (stack[base] === null) {
                nf = callFromStack(stack, base + 1, oparg, null);
                if (nf === null) stack[base] = stack[base + 1];
              } else {
                nf = callFromStack(stack, base, oparg + 1, null);
              }
            } else if (opcode === Op.CALL_FUNCTION_KW) {
              const kw = (stack[--sp] as PyTuple).items as string[];
              base = sp - oparg - 1;
              nf = callFromStack(stack, base, oparg, kw);
            } else {
              base = sp - 2 - (oparg & 1);
              nf = callFunctionEx(stack, base, (oparg & 1) !== 0);
            }
            if (nf === null) {
              while (sp > base + 1) stack[--sp] = null;
              continue;
            }
            // A Python function: push its frame and carry on in this loop.
            while (sp > base) stack[--sp] = null;
            f = enterFrame(f, sp, pc, nf);
            continue frames;
          }

          case Op.RAISE_VARARGS: // [exc?, cause?] → raise
            // Handed to runLoop as if thrown here (tstate.frame is f), without a JavaScript
            // throw: V8 takes microseconds per throw from this loop.
            f.sp = sp;
            f.pc = pc;
            ts.raised = raiseVarargs(f, oparg);
            return RAISED;

          default:
            // Opcodes seldom in a hot loop (vm/ceval_rare.ts).
            f.sp = sp;
            f.pc = pc;
            rareOp(f, opcode, oparg);
            sp = f.sp;
            pc = f.pc;
            continue;
        }
        // Reached by `break`: frame f returns f.f_retval.
        break;
      }
    }
    const retval = f.f_retval;
    if (ts.tracing) leaveTraced(f, retval, entry);
    f.f_retval = None;
    f.f_state = FRAME_COMPLETED;
    const d = --ts.depth, fs = ts.frames, back = f.f_back;
    if (fs[d] !== back) fs[d] = back;
    const pool = f.f_pool;
    if (pool !== null && !f.f_escaped && pool.count < MAX_ZOMBIES) pool.park(f);
    else ts.release();
    if (f === entry) return retval;
    const initSelf = f.f_initSelf;
    f.f_initSelf = null;
    const binop = f.f_binop;
    f.f_binop = -1;
    const exit = f.f_resumeExit;
    if (exit >= 0) genFinish(f, retval);
    f = back as Frame;
    const bstack = f.localsplus;
    if (exit >= 0) {
      // A generator run by FOR_ITER finished: the loop ends.
      const it = bstack[--f.sp] as PyValue;
      bstack[f.sp] = null;
      f.pc = exit;
      if (ts.tracing) traceIterStop(f, it, retval);
    } else if (binop >= 0) {
      operatorResult(f, binop, retval);
    } else {
      bstack[f.sp++] = initSelf === null ? retval : initResult(initSelf, retval);
    }
    continue frames;
  }
}

/**
 * The 3.7 block-stack unwinder, kept out of the hot loop: pops loop/except/finally/with blocks
 * for a `why` (exception, return, break, continue), restores the handled exception when an
 * EXCEPT_HANDLER block goes, and enters handlers with the six values CPython pushes.
 * Also END_FINALLY, POP_EXCEPT and the `with` cleanup opcodes, which read what the unwinder left.
 * CPython: Python/ceval.c (fast_block_end, UNWIND_BLOCK, UNWIND_EXCEPT_HANDLER, END_FINALLY,
 * WITH_CLEANUP_START/FINISH).
 */
import { None, PyMethod, PyType, type PyValue } from './objects/object.js';
import { Op } from './opcode.js';
import { PyException, Exc, newException, isExceptionType } from './objects/exceptions.js';
import { EXCEPT_HANDLER, SETUP_EXCEPT, SETUP_FINALLY, SETUP_LOOP, TryBlock, tstate, type Frame } from './frame.js';
import { PyTraceback } from './traceback.js';
import { bindArgs, callObject, isFrameFunction } from './call.js';
import { PyGenerator, genClose } from './generator.js';
import { isTrue } from './abstract.js';

/** CPython 3.7's why codes (what END_FINALLY finds on the stack as an int). */
/** A `for` loop's continue target is FOR_ITER, perhaps behind EXTENDED_ARG prefixes. */
const FOR_ITER = Op.FOR_ITER, EXTENDED_ARG = Op.EXTENDED_ARG;

export const WHY_NOT = 0x0001;
export const WHY_EXCEPTION = 0x0002;
export const WHY_RETURN = 0x0008;
export const WHY_BREAK = 0x0010;
export const WHY_CONTINUE = 0x0020;
export const WHY_YIELD = 0x0040;
export const WHY_SILENCED = 0x0080;

/** CPython: UNWIND_EXCEPT_HANDLER — drop to b_level+3 and restore the previous handled exception. */
function unwindExceptHandler(f: Frame, b: TryBlock, sp: number): number {
  const stack = f.localsplus;
  while (sp > b.b_level + 3) stack[--sp] = null;
  // Stack holds [tb, value, type] of the exception that was being handled before.
  sp--;
  const value = stack[--sp];
  sp--;
  stack[sp] = stack[sp + 1] = stack[sp + 2] = null;
  tstate.exc_info.exc_value = value === null ? None : value;
  return sp;
}

/**
 * CPython: fast_block_end. Pops blocks of `f` for `why`; returns the offset of the handler to run
 * next, or -1 when the frame must exit (its return value then in f.f_retval). `retval` is the
 * return value (RETURN), the target (CONTINUE) or the exception (EXCEPTION). f.sp is read and updated.
 */
export function unwindBlocks(f: Frame, why: number, retval: PyValue): number {
  const stack = f.localsplus;
  const blocks = f.f_blockstack;
  let sp = f.sp;
  while (blocks.length > 0) {
    const b = blocks[blocks.length - 1];
    if (b.b_type === SETUP_LOOP && why === WHY_CONTINUE) {
      // `continue` inside a finally clause (3.8+ Python, no POP_FINALLY in 3.7 bytecode) leaves
      // the finally's values above the loop: drop to the loop's own level (plus the iterator
      // when the target is FOR_ITER).
      const target = retval as number;
      const code = f.f_code.co_code;
      let t = target;
      while (code[t] === EXTENDED_ARG) t += 2;
      const level = b.b_level + (code[t] === FOR_ITER ? 1 : 0);
      while (sp > level) stack[--sp] = null;
      f.sp = sp;
      return target;
    }
    blocks.pop();
    if (b.b_type === EXCEPT_HANDLER) {
      sp = unwindExceptHandler(f, b, sp);
      continue;
    }
    if (b.b_type === SETUP_LOOP && sp > b.b_level) closeTransient(stack[b.b_level]);
    while (sp > b.b_level) stack[--sp] = null;
    if (b.b_type === SETUP_LOOP && why === WHY_BREAK) {
      f.sp = sp;
      return b.b_handler;
    }
    if (why === WHY_EXCEPTION && (b.b_type === SETUP_EXCEPT || b.b_type === SETUP_FINALLY)) {
      const exc = retval as PyException;
      blocks.push(new TryBlock(EXCEPT_HANDLER, -1, sp));
      const ei = tstate.exc_info;
      const old = ei.exc_value;
      if (old instanceof PyException) {
        stack[sp++] = old.traceback ?? None;
        stack[sp++] = old;
        stack[sp++] = old.ob_type;
      } else {
        stack[sp++] = None;
        stack[sp++] = None;
        stack[sp++] = None;
      }
      ei.exc_value = exc;
      stack[sp++] = exc.traceback ?? None;
      stack[sp++] = exc;
      stack[sp++] = exc.ob_type;
      f.sp = sp;
      return b.b_handler;
    }
    if (b.b_type === SETUP_FINALLY) {
      if (why & (WHY_RETURN | WHY_CONTINUE)) stack[sp++] = retval;
      stack[sp++] = why;
      f.sp = sp;
      return b.b_handler;
    }
  }
  f.sp = sp;
  f.f_retval = retval;
  return -1;
}

/**
 * Leaving a `for` loop early drops its iterator. A generator that went straight from the call
 * that made it into the loop has no other reference, so CPython finalizes it right there and
 * its `finally` blocks run (`for x in gen(): break`). Errors are ignored, as in a finalizer.
 */
function closeTransient(it: PyValue | null): void {
  if (!(it instanceof PyGenerator) || !it.gi_transient) return;
  it.gi_transient = false;
  const frame = it.gi_frame;
  try {
    genClose(it);
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
  }
  // A generator expression's `.0` held the iterator it was given: that goes too.
  if (frame !== null && frame.f_code.co_name === '<genexpr>') closeTransient(frame.localsplus[0]);
}

/** Throws `exc` again without adding a traceback entry or a new context (a re-raise). */
export function reraise(exc: PyException): never {
  tstate.reraising = true;
  throw exc;
}

/**
 * CPython: END_FINALLY. Returns `pc` to carry on, another offset to jump to, or -1 to exit the
 * frame; re-raises a pending exception. f.sp is read and updated.
 */
export function endFinally(f: Frame, pc: number): number {
  const stack = f.localsplus;
  let sp = f.sp;
  const status = stack[--sp];
  stack[sp] = null;
  if (typeof status === 'number') {
    const why = status;
    let retval: PyValue = None;
    if (why === WHY_RETURN || why === WHY_CONTINUE) {
      retval = stack[--sp] as PyValue;
      stack[sp] = null;
    }
    if (why === WHY_SILENCED) {
      const b = f.f_blockstack.pop() as TryBlock;
      f.sp = unwindExceptHandler(f, b, sp);
      return pc;
    }
    f.sp = sp;
    return unwindBlocks(f, why, retval);
  }
  if (status instanceof PyType && isExceptionType(status)) {
    const exc = stack[--sp] as PyException;
    const tb = stack[--sp];
    stack[sp] = stack[sp + 1] = null;
    f.sp = sp;
    exc.traceback = tb instanceof PyTraceback ? tb : null;
    reraise(exc);
  }
  if (status !== None && status !== null) {
    throw newException(Exc.SystemError, "'finally' pops bad exception");
  }
  f.sp = sp;
  return pc;
}

/** CPython: POP_EXCEPT — leave an except clause, restoring the exception handled before it. */
export function popExcept(f: Frame): void {
  const b = f.f_blockstack.pop();
  if (b === undefined || b.b_type !== EXCEPT_HANDLER) {
    throw newException(Exc.SystemError, 'popped block is not an except handler');
  }
  f.sp = unwindExceptHandler(f, b, f.sp);
}

/**
 * CPython: WITH_CLEANUP_START — call `__exit__` with the pending exception (or Nones). When
 * `__exit__` is a plain Python method, its bound frame is returned instead, for the dispatch loop
 * to run; the loop's return then pushes the result above the exception pushed here.
 */
export function withCleanupStart(f: Frame): Frame | null {
  const stack = f.localsplus;
  let sp = f.sp;
  let exc = stack[sp - 1];
  let val: PyValue = None, tb: PyValue = None;
  let exit: PyValue;
  if (exc === None) {
    sp--;
    exit = stack[sp - 1] as PyValue;
    stack[sp - 1] = exc;
  } else if (typeof exc === 'number') {
    sp--;
    if (exc === WHY_RETURN || exc === WHY_CONTINUE) {
      // The return value (or continue target) sits on top of the exit function.
      exit = stack[sp - 2] as PyValue;
      stack[sp - 2] = stack[sp - 1];
      stack[sp - 1] = exc;
    } else {
      exit = stack[sp - 1] as PyValue;
      stack[sp - 1] = exc;
    }
    exc = None;
  } else {
    val = stack[sp - 2] as PyValue;
    tb = stack[sp - 3] as PyValue;
    const tp2 = stack[sp - 4], exc2 = stack[sp - 5], tb2 = stack[sp - 6];
    exit = stack[sp - 7] as PyValue;
    stack[sp - 7] = tb2;
    stack[sp - 6] = exc2;
    stack[sp - 5] = tp2;
    // The slot UNWIND_EXCEPT_HANDLER will pop; the values moved down one place.
    stack[sp - 4] = null;
    const block = f.f_blockstack[f.f_blockstack.length - 1];
    block.b_level--;
  }
  const excArg = exc === null ? None : exc;
  if (exit instanceof PyMethod && isFrameFunction(exit.im_func)) {
    const nf = bindArgs(exit.im_func, [exit.im_self, excArg, val, tb], 0, 4, null);
    stack[sp++] = excArg;
    f.sp = sp;
    return nf;
  }
  f.sp = sp;
  const res = callObject(exit, [excArg, val, tb], null);
  sp = f.sp;
  stack[sp++] = excArg;
  stack[sp++] = res;
  f.sp = sp;
  return null;
}

/** CPython: WITH_CLEANUP_FINISH — a true `__exit__` result silences the exception. */
export function withCleanupFinish(f: Frame): void {
  const stack = f.localsplus;
  let sp = f.sp;
  const res = stack[--sp] as PyValue;
  const exc = stack[--sp];
  stack[sp] = stack[sp + 1] = null;
  if (exc !== None && isTrue(res)) stack[sp++] = WHY_SILENCED;
  f.sp = sp;
}

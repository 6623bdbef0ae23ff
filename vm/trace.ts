/**
 * Watching execution: CPython 3.7's sys.settrace/sys.setprofile events and the host's typed
 * hooks (coverage tools, debuggers, step-through views). The dispatch loop tests one flag
 * (`tstate.tracing`) and calls in here only when it is set, so an idle tracer costs nothing.
 * CPython: Python/ceval.c (call_trace, maybe_call_line_trace), Python/sysmodule.c (sys_settrace).
 *
 * This file is the contract the library and CLI build on; see also vm/execution.ts (stepping).
 */
import type { CodeObject } from './code.js';
import type { Frame, TryBlock } from './frame.js';
import type { PyValue } from './objects/object.js';
import type { PyException } from './objects/exceptions.js';

/** Host hooks; every one optional. Values passed are live VM objects: read, do not mutate. */
export interface TraceHooks {
  /** A frame starts running (also on each generator/coroutine resumption, as 3.7's `call`). */
  onCall?(frame: Frame): void;
  /** An instruction that starts a line (per co_lnotab) or a backward jump is about to run. */
  onLine?(frame: Frame, lineno: number): void;
  /** A frame returns or yields `value`; `value` is undefined when it leaves by an exception. */
  onReturn?(frame: Frame, value: PyValue | undefined): void;
  /** An exception was raised (or propagated into) `frame`. */
  onException?(frame: Frame, exc: PyException): void;
  /**
   * Before each instruction. `stack` is the frame's value stack, bottom first, and `blocks` its
   * block stack: read-only views valid only during the call.
   */
  onInstruction?(frame: Frame, offset: number, opname: string, stack: readonly PyValue[], blocks: readonly TryBlock[]): void;
  /** A conditional jump (POP_JUMP_IF_*, JUMP_IF_*_OR_POP) or FOR_ITER at `offset` took (`taken`) its jump or fell through. */
  onBranch?(code: CodeObject, offset: number, taken: boolean): void;
}

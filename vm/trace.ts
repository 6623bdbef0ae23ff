/**
 * Watching execution: CPython 3.7's sys.settrace/sys.setprofile events and the host's typed
 * hooks (coverage tools, debuggers, step-through views). The dispatch loop tests one flag
 * (`tstate.tracing`) and calls in here only when it is set, so an idle tracer costs nothing.
 * CPython: Python/ceval.c (call_trace, maybe_call_line_trace), Python/sysmodule.c (sys_settrace).
 *
 * This file is the contract the library and CLI build on; the event logic is in
 * vm/trace_events.ts and stepping in vm/execution.ts.
 */
import type { CodeObject } from './code.js';
import { tstate, type Frame, type TryBlock } from './frame.js';
import { ObjectType, PyObject, type PyValue } from './objects/object.js';
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

/**
 * What a stepping Execution (vm/execution.ts) plugs in: it sees every instruction, may stop the
 * program (budget, timeout) by throwing, and decides where to pause.
 */
export interface StepWatcher {
  /** evalFrame nesting level of the Execution's own loop: pausing is possible only there. */
  rootNesting: number;
  /** Called before every instruction, trace functions' own included; may throw a PyException. */
  countStep(): void;
  /**
   * Whether to pause before the instruction at `pc` of `f`; `isLine` as for the line event.
   * Pausing is possible only when `pausable` (no native code between here and the Execution).
   */
  wantsPause(f: Frame, pc: number, isLine: boolean, pausable: boolean): boolean;
}

/** Everything that watches execution (CPython keeps the same in PyThreadState). */
class TraceState {
  hooks: TraceHooks | null = null;
  /** sys.settrace's function (CPython: c_traceobj with trace_trampoline), or null. */
  traceFunc: PyValue | null = null;
  /** sys.setprofile's function, or null. */
  profileFunc: PyValue | null = null;
  watcher: StepWatcher | null = null;
  /** >0 while a trace or profile function runs: its own code is not traced (CPython: tstate->tracing). */
  inCallback = 0;
  /** Set when a paused loop is re-entered, so the instruction it paused at is not reported twice. */
  skipNext = false;
}

export const traceState = new TraceState();

/** Returned through the loop and evalFrame when an Execution pauses (never a Python value). */
export const PAUSED: PyValue = new PyObject(ObjectType);

function updateFlag(): void {
  const st = traceState;
  tstate.tracing = st.hooks !== null || st.traceFunc !== null || st.profileFunc !== null || st.watcher !== null;
  if (tstate.tracing) tstate.traced = true;
}

/** Installs (or with null removes) the host hooks. */
export function setHooks(hooks: TraceHooks | null): void {
  traceState.hooks = hooks;
  updateFlag();
}

export function getHooks(): TraceHooks | null {
  return traceState.hooks;
}

/** CPython: PyEval_SetTrace with sys.settrace's trampoline; null removes it. */
export function setTraceFunc(fn: PyValue | null): void {
  traceState.traceFunc = fn;
  updateFlag();
}

/** CPython: PyEval_SetProfile with sys.setprofile's trampoline; null removes it. */
export function setProfileFunc(fn: PyValue | null): void {
  traceState.profileFunc = fn;
  updateFlag();
}

/** Installs the stepping watcher of an Execution (null when it is not running). */
export function setStepWatcher(w: StepWatcher | null): void {
  traceState.watcher = w;
  updateFlag();
}

/**
 * The events of vm/trace.ts, raised from the dispatch loop's cold paths: per-instruction work
 * (host onInstruction/onBranch, 3.7's line window, `line` and `opcode` events, stepping), frame
 * entry (`call`), exit (`return`, also on yield) and exceptions, each sent to the host hooks,
 * to sys.settrace's function through 3.7's trampoline, and to sys.setprofile's.
 * CPython 3.7: Python/ceval.c (call_trace, call_trace_protected, call_exc_trace,
 * maybe_call_line_trace), Objects/codeobject.c (_PyCode_CheckLineNumber),
 * Python/sysmodule.c (trace_trampoline, profile_trampoline, call_trampoline).
 */
import type { CodeObject } from './code.js';
import { EXTENDED_ARG, OPNAME } from './opcode.js';
import { markEscaped, setFrameClearHook, tstate, type Frame } from './frame.js';
import { None, PyBuiltinFunction, PyMethodDescr, PyTuple, lookupType, typeOf, type PyValue } from './objects/object.js';
import { PyFunction } from './objects/function.js';
import { PyGenerator, genClose } from './generator.js';
import { Exc, PyException, newExceptionArgs } from './objects/exceptions.js';
import { callObject } from './call.js';
import { setProfileFunc, setTraceFunc, traceState } from './trace.js';

/** CPython's PyTrace_* event numbers and the names the Python functions receive. */
export const PyTrace_CALL = 0, PyTrace_EXCEPTION = 1, PyTrace_LINE = 2, PyTrace_RETURN = 3;
export const PyTrace_C_CALL = 4, PyTrace_C_EXCEPTION = 5, PyTrace_C_RETURN = 6, PyTrace_OPCODE = 7;
const EVENT_NAMES = ['call', 'exception', 'line', 'return', 'c_call', 'c_exception', 'c_return', 'opcode'];

// frame.clear() on a suspended generator's frame finalizes the generator first.
setFrameClearHook(gen => {
  if (gen instanceof PyGenerator) genClose(gen);
});

const POP_JUMP_IF_FALSE = 114, POP_JUMP_IF_TRUE = 115, JUMP_IF_FALSE_OR_POP = 111, JUMP_IF_TRUE_OR_POP = 112;
const FOR_ITER = 93;

function isBranch(op: number): boolean {
  return op === POP_JUMP_IF_FALSE || op === POP_JUMP_IF_TRUE || op === JUMP_IF_FALSE_OR_POP
    || op === JUMP_IF_TRUE_OR_POP || op === FOR_ITER;
}

/**
 * CPython: trace_trampoline — calls the global trace function for `call`, else the frame's
 * f_trace; a result other than None becomes the frame's f_trace. If the function raises,
 * tracing is switched off and the exception propagates (thrown).
 */
function callTraceFunc(f: Frame, what: number, arg: PyValue): void {
  const st = traceState;
  const callback = what === PyTrace_CALL ? st.traceFunc : f.f_trace;
  if (callback === null) return;
  markEscaped(f);
  st.inCallback++;
  let result: PyValue;
  try {
    result = callObject(callback, [f, EVENT_NAMES[what], arg], null);
  } catch (e) {
    st.inCallback--;
    setTraceFunc(null);
    f.f_trace = null;
    throw e;
  }
  st.inCallback--;
  if (result !== None) f.f_trace = result;
}

/** CPython: profile_trampoline — the result is ignored; an exception switches profiling off. */
function callProfileFunc(f: Frame, what: number, arg: PyValue): void {
  const st = traceState;
  const fn = st.profileFunc;
  if (fn === null) return;
  markEscaped(f);
  st.inCallback++;
  try {
    callObject(fn, [f, EVENT_NAMES[what], arg], null);
  } catch (e) {
    setProfileFunc(null);
    throw e;
  } finally {
    st.inCallback--;
  }
}

/**
 * CPython 3.7: _PyCode_CheckLineNumber — the line of `lasti` and the window [lower, upper) of
 * offsets that share it, stored on the frame (instr_lb/instr_ub). The lower bound only moves at
 * lnotab entries with a nonzero line increment.
 */
function checkLineNumber(f: Frame, lasti: number): number {
  const co: CodeObject = f.f_code;
  const tab = co.co_lnotab;
  let size = tab.length >> 1, p = 0, addr = 0, line = co.co_firstlineno, lower = 0;
  while (size > 0) {
    if (addr + tab[p] > lasti) break;
    addr += tab[p++];
    const inc = tab[p] >= 128 ? tab[p] - 256 : tab[p];
    if (inc !== 0) lower = addr;
    line += inc;
    p++;
    size--;
  }
  let upper: number;
  if (size > 0) {
    while (--size >= 0) {
      addr += tab[p++];
      if (tab[p] !== 0) break;
      p++;
    }
    upper = addr;
  } else {
    upper = 0x7fffffff;
  }
  f.instr_lb = lower;
  f.instr_ub = upper;
  return line;
}

/**
 * onInstruction's stack views: one reused array per depth (the hook's view is valid only during
 * the call), since changing an array's length is far slower than filling it.
 */
const views: PyValue[][] = [];

function stackView(f: Frame, sp: number): PyValue[] {
  const lp = f.localsplus, base = f.stackBase, n = sp - base;
  let view = views[n];
  if (view === undefined) {
    while (views.length <= n) views.push(new Array<PyValue>(views.length).fill(None));
    view = views[n];
  }
  for (let i = 0; i < n; i++) view[i] = lp[base + i] as PyValue;
  return view;
}

/**
 * Before each instruction while tracing. Returns true when a stepping Execution pauses here (the
 * loop then saves the frame and returns PAUSED). May throw: budget, a trace function's error.
 */
export function traceInstruction(f: Frame, pc: number, sp: number): boolean {
  const st = traceState;
  if (st.skipNext) {
    st.skipNext = false;
    return false;
  }
  const w = st.watcher;
  if (w !== null) w.countStep();
  if (st.inCallback !== 0) return false;
  const code = f.f_code.co_code;
  const hooks = st.hooks;
  if (hooks !== null) {
    if (hooks.onBranch !== undefined) {
      const b = f.f_pendingBranch;
      if (b >= 0) {
        f.f_pendingBranch = -1;
        hooks.onBranch(f.f_code, b, pc !== b + 2);
      }
      if (isBranch(code[pc])) f.f_pendingBranch = pc;
    }
    if (hooks.onInstruction !== undefined) hooks.onInstruction(f, pc, OPNAME[code[pc]], stackView(f, sp), f.f_blockstack);
  }
  // The line window below serves line events and stepping only (CPython likewise keeps it only
  // while a trace function is set).
  if (w === null && st.traceFunc === null && (hooks === null || hooks.onLine === undefined)) return false;
  // CPython dispatches the instruction after EXTENDED_ARG directly, without this check; the
  // pair is also one indivisible step for pausing.
  if (pc >= 2 && code[pc - 2] === EXTENDED_ARG) return false;
  // CPython 3.7: maybe_call_line_trace.
  let line = f.f_tracedLineno;
  if (pc < f.instr_lb || pc >= f.instr_ub) line = checkLineNumber(f, pc);
  const isLine = pc === f.instr_lb || pc < f.instr_prev;
  f.instr_prev = pc;
  if (isLine) {
    f.f_tracedLineno = line;
    if (hooks !== null && hooks.onLine !== undefined) hooks.onLine(f, line);
    if (st.traceFunc !== null && f.f_trace_lines) callTraceFunc(f, PyTrace_LINE, None);
  }
  if (st.traceFunc !== null && f.f_trace_opcodes) callTraceFunc(f, PyTrace_OPCODE, None);
  return w !== null && w.wantsPause(f, pc, isLine, tstate.nesting === w.rootNesting);
}

/** The `call` event of a frame starting or resuming; returns the error a trace function raised. */
export function traceCall(f: Frame): unknown {
  const st = traceState;
  if (st.inCallback !== 0) return null;
  try {
    const hooks = st.hooks;
    if (hooks !== null && hooks.onCall !== undefined) hooks.onCall(f);
    if (st.traceFunc !== null) callTraceFunc(f, PyTrace_CALL, None);
    if (st.profileFunc !== null) callProfileFunc(f, PyTrace_CALL, None);
  } catch (e) {
    return e;
  }
  return null;
}

/**
 * The `return` event: `value` is what the frame returns or yields, undefined when it leaves by
 * an exception (the Python functions then get None). Returns the error a trace function raised
 * (CPython replaces the frame's result or pending exception with it).
 */
export function traceReturn(f: Frame, value: PyValue | undefined): unknown {
  const st = traceState;
  if (st.inCallback !== 0) return null;
  f.f_pendingBranch = -1;
  let err: unknown = null;
  const hooks = st.hooks;
  try {
    if (hooks !== null && hooks.onReturn !== undefined) hooks.onReturn(f, value);
  } catch (e) {
    err = e;
  }
  const arg = value === undefined ? None : value;
  if (st.traceFunc !== null) {
    try {
      callTraceFunc(f, PyTrace_RETURN, arg);
    } catch (e) {
      err = e;
    }
  }
  if (st.profileFunc !== null) {
    try {
      callProfileFunc(f, PyTrace_RETURN, arg);
    } catch (e) {
      err = e;
    }
  }
  return err;
}

/**
 * CPython: call_exc_trace — the `exception` event with (type, value, traceback), when an
 * exception is raised in or propagates into `f`. Returns the error a trace function raised.
 */
export function traceException(f: Frame, exc: PyException, tb: PyValue | null = null): unknown {
  const st = traceState;
  if (st.inCallback !== 0) return null;
  try {
    const hooks = st.hooks;
    if (hooks !== null && hooks.onException !== undefined) hooks.onException(f, exc);
    if (st.traceFunc !== null && f.f_trace !== null) {
      const traceback = tb !== null ? tb : exc.traceback ?? None;
      callTraceFunc(f, PyTrace_EXCEPTION, new PyTuple([exc.ob_type, exc, traceback]));
    }
  } catch (e) {
    return e;
  }
  return null;
}

/**
 * 3.7 reports the StopIteration that ends a `for` loop or `yield from` as an `exception` event
 * of the consuming frame when the iterator signalled it by raising: always for generators
 * (traceback None), and for classes whose `__next__` is Python code. Built-in iterators end
 * silently. `value` is the generator's return value; `raised`, when the loop caught the
 * StopIteration a Python `__next__` raised, is that exception (reported as it is).
 */
export function traceIterStop(f: Frame, it: PyValue, value: PyValue, raised: PyException | null = null): void {
  const st = traceState;
  if (st.inCallback !== 0 || (st.traceFunc === null && (st.hooks === null || st.hooks.onException === undefined))) return;
  let tb: PyValue | null;
  if (it instanceof PyGenerator) tb = None;
  else if (lookupType(typeOf(it), '__next__') instanceof PyFunction) tb = null;
  else return;
  const exc = raised ?? newExceptionArgs(Exc.StopIteration, value === None ? [] : [value]);
  const err = traceException(f, exc, tb);
  if (err !== null) throw err;
}

/**
 * CPython 3.7: C_TRACE — a call of a built-in function (or of a method descriptor with its
 * self) while a profile function is set: `c_call`, then `c_return` or `c_exception`, each with
 * the callable as argument.
 */
export function profileCCall(callable: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const f = tstate.frame;
  const st = traceState;
  if (f === null || st.inCallback !== 0 || st.profileFunc === null) return callObject(callable, args, kwnames);
  callProfileFunc(f, PyTrace_C_CALL, callable);
  let result: PyValue;
  try {
    result = callObject(callable, args, kwnames);
  } catch (e) {
    if (st.profileFunc !== null) callProfileFunc(f, PyTrace_C_EXCEPTION, callable);
    throw e;
  }
  if (st.profileFunc !== null) callProfileFunc(f, PyTrace_C_RETURN, callable);
  return result;
}

/** Whether a call of `callable` with `argc` arguments gets 3.7's c_call events. */
export function isProfiledCCall(callable: PyValue, argc: number): boolean {
  return traceState.profileFunc !== null
    && (callable instanceof PyBuiltinFunction || (callable instanceof PyMethodDescr && argc > 0));
}

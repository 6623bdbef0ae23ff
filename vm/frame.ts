/**
 * Frames and the interpreter state they hang off. A Frame is plain data that can be resumed:
 * its code, globals/locals/builtins, one `localsplus` array (fast locals, then cells and free
 * variables, then the value stack), the block stack and the resume point. The thread state holds
 * the current frame, the recursion depth and the handled-exception stack.
 * CPython: Include/frameobject.h, Objects/frameobject.c, Include/pystate.h (_PyErr_StackItem).
 */
import type { CodeObject } from './code.js';
import { FrameType, None, PyCell, PyObject, PyType, defGetSet, defMethod, typeOf, type PyValue } from './objects/object.js';
import { hexId } from './objects/id.js';
import { Exc, newException } from './objects/exceptions.js';
import { PyDict } from './objects/dict.js';

/** Block types on f_blockstack: the SETUP_* opcode numbers, plus EXCEPT_HANDLER (CPython's 257). */
export const SETUP_LOOP = 120;
export const SETUP_EXCEPT = 121;
export const SETUP_FINALLY = 122;
export const EXCEPT_HANDLER = 257;

/** CPython: PyTryBlock. `b_level` is an absolute index into `localsplus`. */
export class TryBlock {
  constructor(public b_type: number, public b_handler: number, public b_level: number) {}
}

const BLOCK_SEED = new TryBlock(0, 0, 0);

/** Frame states (CPython 3.11's FRAME_CREATED…): what a generator's frame can be resumed from. */
export const FRAME_CREATED = 0;
export const FRAME_SUSPENDED = 1;
export const FRAME_EXECUTING = 2;
export const FRAME_COMPLETED = 3;

/** f_binop's kinds of operator frame (see Frame.f_binop). */
export const BINOP_INPLACE = 0x100;
export const BINOP_COMPARE = 0x200;
export const BINOP_CONTAINS = 0x400;
export const BINOP_DISCARD = 0x800;
export const BINOP_WITH_ENTER = 0x1000;
export const BINOP_FOR_ITER = -2;

/**
 * An empty block stack whose backing store already holds objects (V8's PACKED_ELEMENTS, as after
 * a block was pushed). A `[]` starts as small-int elements and changes map at its first push,
 * so the loop's reads of f_blockstack would see two maps, and V8 throws away the optimised loop
 * when it meets the second one after optimising it with the first.
 */
function emptyBlockStack(): TryBlock[] {
  const a = [BLOCK_SEED];
  a.pop();
  return a;
}

export class Frame extends PyObject {
  f_code: CodeObject;
  f_globals: PyDict;
  /** The locals mapping for module and class bodies (and exec); null for optimised function code. */
  f_locals: PyObject | null;
  f_builtins: PyDict;
  f_back: Frame | null;
  /** Byte offset of the instruction being (or last) executed; -1 before the first. */
  f_lasti: number;
  /** Byte offset of the next instruction to run when the loop (re)enters this frame. */
  pc: number;
  /** Fast locals [0, co_nlocals), cells then free variables, then the value stack from `stackBase`. */
  localsplus: (PyValue | null)[];
  stackBase: number;
  /** Value-stack pointer (absolute index into localsplus) while the frame is not running. */
  sp: number;
  f_blockstack: TryBlock[];
  f_state: number;
  /** The generator or coroutine object that owns this frame, if any. */
  f_gen: PyObject | null;
  /** Where a frame's return value waits between the unwinder and the frame exit. */
  f_retval: PyValue;
  /**
   * The pool of the function whose call made this frame (null for module/class/exec code and
   * generators): a frame that returns without having escaped is parked there for reuse.
   */
  f_pool: FramePool | null;
  /** Set once anything may keep a reference (traceback, generator, sys._getframe, locals()). */
  f_escaped: boolean;
  /** The local trace function (CPython: f_trace), or null. */
  f_trace: PyValue | null;
  f_trace_lines: boolean;
  f_trace_opcodes: boolean;
  /** CPython's stored f_lineno: the line of the last `line` event, read while f_trace is set. */
  f_tracedLineno: number;
  /**
   * The line-event window of maybe_call_line_trace (CPython keeps these as locals of each
   * _PyEval_EvalFrameDefault run, so they start afresh on every entry and generator resumption).
   */
  instr_lb: number;
  instr_ub: number;
  instr_prev: number;
  /** Offset of a conditional jump or FOR_ITER whose direction the next instruction reveals (host onBranch), else -1. */
  f_pendingBranch: number;
  /**
   * For an `__init__` frame pushed by a class call (ceval_helpers.ts callFromStack): the new
   * instance, which the call returns once `__init__` has returned None. Null otherwise.
   */
  f_initSelf: PyValue | null;
  /**
   * For the frame of a Python `__add__`-style method pushed by a binary operator (ceval.ts
   * binopFrame): the NB operator, plus BINOP_INPLACE for `op=`; for a rich comparison's
   * `__eq__`-style method (COMPARE_OP), BINOP_COMPARE plus the COMPARE_OP argument: the
   * operands stay on the caller's stack, for the reflected method should this one return
   * NotImplemented. BINOP_CONTAINS (plus 1 for `not in`) for `__contains__`, whose result
   * becomes a bool; BINOP_DISCARD for `__setitem__`, whose result is dropped; BINOP_WITH_ENTER
   * for `__enter__`, whose with block is already set up in the caller. For a `__next__`
   * run by FOR_ITER (nextFrame), BINOP_FOR_ITER minus the loop's exit offset (values <=
   * BINOP_FOR_ITER). -1 otherwise.
   */
  f_binop: number;
  /** For a generator frame resumed by FOR_ITER in the loop (vm/gen_inline.ts): the caller's exit target, else -1. */
  f_resumeExit: number;

  constructor(code: CodeObject, globals: PyDict, builtins: PyDict, locals: PyObject | null) {
    super(FrameType);
    this.f_code = code;
    this.f_globals = globals;
    this.f_locals = locals;
    this.f_builtins = builtins;
    this.f_back = null;
    this.f_lasti = -1;
    this.pc = 0;
    const base = code.co_nlocals + code.co_cellvars.length + code.co_freevars.length;
    const size = base + code.co_stacksize;
    const lp: (PyValue | null)[] = [];
    for (let i = 0; i < size; i++) lp.push(null);
    this.localsplus = lp;
    this.stackBase = base;
    this.sp = base;
    this.f_blockstack = emptyBlockStack();
    this.f_state = FRAME_CREATED;
    this.f_gen = null;
    // Small ints and objects both: see object.ts on field representations.
    this.f_retval = 0;
    this.f_retval = None;
    this.f_pool = null;
    this.f_escaped = false;
    this.f_trace = null;
    this.f_trace_lines = true;
    this.f_trace_opcodes = false;
    this.f_tracedLineno = code.co_firstlineno;
    this.instr_lb = 0;
    this.instr_ub = -1;
    this.instr_prev = -1;
    this.f_pendingBranch = -1;
    this.f_initSelf = null;
    this.f_binop = -1;
    this.f_resumeExit = -1;
  }

  /**
   * Makes a parked frame ready for a new call: fresh state. Only a frame
   * that returned normally is parked, and that return already reset f_retval, f_initSelf and
   * f_binop; the fields only tracing changes are reset once tracing has ever been on.
   */
  reuse(back: Frame | null): void {
    // FramePool.park emptied the locals and cells.
    this.f_back = back;
    this.f_lasti = -1;
    this.pc = 0;
    this.sp = this.stackBase;
    this.f_state = FRAME_CREATED;
    if (tstate.traced) this.resetTraceState();
  }

  private resetTraceState(): void {
    this.f_trace = null;
    this.f_trace_lines = true;
    this.f_trace_opcodes = false;
    this.f_tracedLineno = this.f_code.co_firstlineno;
    this.instr_lb = 0;
    this.instr_ub = -1;
    this.instr_prev = -1;
    this.f_pendingBranch = -1;
  }

  /** CPython 3.7: PyFrame_GetLineNumber — the stored line while traced, else from f_lasti (-1: co_firstlineno). */
  get f_lineno(): number {
    if (this.f_trace !== null) return this.f_tracedLineno;
    return this.f_lasti < 0 ? this.f_code.co_firstlineno : this.f_code.addr2line(this.f_lasti);
  }
}

/**
 * The finished frames of one function kept for its next calls, linked through f_back; a
 * recursive function finds one per level (CPython 3.7: co_zombieframe). A pool is made with the
 * function's first frame rather than with the function, so that it ages with its frames: the
 * function object is often old (V8's old generation) by its first call, and parking a young frame
 * in an old object costs a write-barrier call on every return for as long as no garbage
 * collection promotes the frame, which in an allocation-free recursion like fib is forever.
 */
export class FramePool {
  head: Frame | null = null;
  count = 0;

  /**
   * Parks `f`, a frame of this pool's function that returned without escaping, for newFrame
   * to reuse. Its locals are dropped now, as CPython frees them at the return: a pool may hold
   * as many frames as the function's deepest recursion had live.
   */
  park(f: Frame): void {
    const lp = f.localsplus;
    for (let i = 0; i < f.stackBase; i++) lp[i] = null;
    f.f_back = this.head;
    this.head = f;
    this.count++;
  }
}

/** A handled exception (CPython: _PyErr_StackItem): one per generator plus the thread's base. */
export class ExcStackItem {
  /** The exception being handled, or None. */
  exc_value: PyValue = None;
  constructor(public previous: ExcStackItem | null) {}
}

/** The interpreter's thread state (CPython: PyThreadState); pyvm runs one thread. */
export class ThreadState {
  /**
   * The running frames by depth: frames[depth] is the one running now, frames[0] null. Entries
   * above `depth` are stale (a frame that returned and was parked for its next call), and a
   * store is made only where the entry differs: calling a function again from the same depth
   * finds its parked frame already in place, and a return finds its caller there. V8 records
   * every store of a young object into an old one (a frame made since the last minor
   * collection into this long-lived state), several nanoseconds each: a Python call stored
   * its frame on entry and its caller's on return, a fifth of a recursive call's time where
   * nothing else allocates (fib(25) best of 12: 13.2 -> 11.1 ms).
   */
  frames: (Frame | null)[] = [null];
  /** Python frames currently on the stack, checked against recursionLimit. */
  depth = 0;
  /**
   * The frame running now (CPython: tstate->frame). Setting it sets the entry at the current
   * depth: `depth` changes first.
   */
  get frame(): Frame | null {
    return this.frames[this.depth];
  }
  set frame(f: Frame | null) {
    const fs = this.frames, d = this.depth;
    if (fs[d] !== f) fs[d] = f;
  }
  /**
   * Drops the entry above the current depth, that of a frame just returned that is not parked
   * for reuse (escaped, a full pool, a generator's or a module's), which the array should not
   * keep alive. A suspended generator's frame is left: its generator holds it anyway.
   */
  release(): void {
    const fs = this.frames, d = this.depth + 1;
    if (d < fs.length) fs[d] = null;
  }
  /**
   * Translations run directly by their callers' translations now on the JavaScript stack
   * (vm/jit_runtime.ts, runTranslated), which stops at MAX_DIRECT_DEPTH.
   */
  directDepth = 0;
  /**
   * What a translation caught (a Python exception or a host error) and returned JIT_RAISED
   * for, which travels up its callers' translations as a frame left to the loop, or what a
   * `raise` the loop ran raised: runLoop handles it as one thrown there (vm/jit.ts,
   * vm/ceval.ts). Null otherwise.
   */
  raised: unknown = null;
  recursionLimit = 1000;
  /** Top of the handled-exception stack (CPython: tstate->exc_info). */
  exc_info: ExcStackItem = new ExcStackItem(null);
  /** Set just before a bare `raise`/END_FINALLY rethrows, so no second traceback entry is added. */
  reraising = false;
  /**
   * The one flag the dispatch loop tests before each instruction: set while anything watches
   * execution (sys.settrace/setprofile, host hooks, an Execution's stepping or budget).
   */
  tracing = false;
  /** Set with `tracing` and never cleared: frames parked since may carry trace state (Frame.reuse). */
  traced = false;
  /** evalFrame activations on the JS stack (a stepping Execution pauses only at its own level). */
  nesting = 0;
}

export const tstate = new ThreadState();

/** CPython: _PyErr_GetTopmostException — what sys.exc_info() reports. */
export function currentException(): PyValue {
  for (let item: ExcStackItem | null = tstate.exc_info; item !== null; item = item.previous) {
    if (item.exc_value !== None) return item.exc_value;
  }
  return None;
}

/** The frame running now, for sys._getframe, globals(), locals(). */
export function currentFrame(): Frame | null {
  const f = tstate.frame;
  if (f !== null) markEscaped(f);
  return f;
}

/** Marks `f` and its callers as referenced from outside the loop, so they are never reused. */
export function markEscaped(f: Frame | null): void {
  for (; f !== null && !f.f_escaped; f = f.f_back) f.f_escaped = true;
}

/** Value of cell or free variable `i` of a running frame (null when empty). */
export function frameCell(f: Frame, i: number): PyCell {
  return f.localsplus[f.f_code.co_nlocals + i] as PyCell;
}

/**
 * What zero-argument `super()` needs from the calling frame: the first argument, and (from
 * superClass) the `__class__` cell's class. Throw the RuntimeError CPython gives when they are
 * missing. Two functions rather than a pair: `super().m()` is hot in class hierarchies.
 * CPython: Objects/typeobject.c super_init_without_args.
 */
export function superSelf(f: Frame): PyValue {
  const co = f.f_code;
  if (co.co_argcount === 0) throw newException(Exc.RuntimeError, 'super(): no arguments');
  let obj = f.localsplus[0];
  const c2a = co.co_cell2arg;
  if (obj === null && c2a !== null) {
    for (let i = 0; i < co.co_cellvars.length; i++) {
      if (c2a[i] === 0) obj = (f.localsplus[co.co_nlocals + i] as PyCell).ob_ref;
    }
  }
  if (obj === null) throw newException(Exc.RuntimeError, 'super(): arg[0] deleted');
  return obj;
}

export function superClass(f: Frame): PyType {
  const co = f.f_code;
  const i = co.co_freevars.indexOf('__class__');
  if (i < 0) throw newException(Exc.RuntimeError, 'super(): __class__ cell not found');
  const cls = (f.localsplus[co.co_nlocals + co.co_cellvars.length + i] as PyCell).ob_ref;
  if (cls === null) throw newException(Exc.RuntimeError, 'super(): empty __class__ cell');
  if (!(cls instanceof PyType)) throw newException(Exc.RuntimeError, `super(): __class__ is not a type (${typeOf(cls).name})`);
  return cls;
}

/**
 * CPython: PyFrame_FastToLocals — the locals mapping of a frame: for function frames a fresh
 * dict of the bound fast locals and cell/free variables, else f_locals itself.
 */
export function frameLocals(f: Frame): PyObject {
  if (f.f_locals !== null) return f.f_locals;
  const co = f.f_code, lp = f.localsplus;
  const d = new PyDict();
  for (let i = 0; i < co.co_nlocals; i++) {
    const v = lp[i];
    if (v !== null) d.setStr(co.co_varnames[i], v);
  }
  const ncell = co.co_cellvars.length;
  const names = co.co_cellvars.concat(co.co_freevars);
  for (let i = 0; i < names.length; i++) {
    const cell = lp[co.co_nlocals + i];
    if (cell instanceof PyCell && cell.ob_ref !== null) {
      // Free variables show up in locals() of functions, as in CPython (not of class bodies).
      if (i < ncell || (co.co_flags & 0x0001) !== 0) d.setStr(names[i], cell.ob_ref);
    }
  }
  return d;
}

function asFrame(v: PyValue): Frame {
  if (v instanceof Frame) return v;
  throw newException(Exc.TypeError, `descriptor requires a 'frame' object but received a '${typeOf(v).name}'`);
}
defGetSet(FrameType, 'f_code', self => asFrame(self).f_code);
defGetSet(FrameType, 'f_lineno', self => asFrame(self).f_lineno);
defGetSet(FrameType, 'f_lasti', self => asFrame(self).f_lasti);
defGetSet(FrameType, 'f_back', self => {
  const b = asFrame(self).f_back;
  if (b === null) return None;
  markEscaped(b);
  return b;
});
defGetSet(FrameType, 'f_globals', self => asFrame(self).f_globals);
defGetSet(FrameType, 'f_builtins', self => asFrame(self).f_builtins);
defGetSet(FrameType, 'f_locals', self => frameLocals(asFrame(self)));
defGetSet(FrameType, 'f_trace', self => asFrame(self).f_trace ?? None, (self, v) => {
  // CPython: frame_settrace — deleting or assigning None removes the local trace function.
  // Line events keep f_lineno from here on, so it starts at the frame's current line.
  const f = asFrame(self);
  f.f_tracedLineno = f.f_lineno;
  f.f_trace = v === null || v === None ? null : v;
});
function boolAttr(v: PyValue | null): boolean {
  if (typeof v !== 'boolean') throw newException(Exc.TypeError, 'attribute value type must be bool');
  return v;
}
defGetSet(FrameType, 'f_trace_lines', self => asFrame(self).f_trace_lines, (self, v) => {
  asFrame(self).f_trace_lines = boolAttr(v);
});
defGetSet(FrameType, 'f_trace_opcodes', self => asFrame(self).f_trace_opcodes, (self, v) => {
  asFrame(self).f_trace_opcodes = boolAttr(v);
});
/** CPython: frame_clear — drops the locals of a frame that is not running. */
defMethod(FrameType, 'clear', self => {
  const f = asFrame(self);
  if (f.f_state === FRAME_EXECUTING) throw newException(Exc.RuntimeError, 'cannot clear an executing frame');
  if (f.f_state === FRAME_SUSPENDED && f.f_gen !== null) {
    // A suspended generator's frame: finalize the generator first, as CPython does.
    if (frameClearHook !== null) frameClearHook(f.f_gen);
  }
  f.f_trace = null;
  const lp = f.localsplus;
  for (let i = 0; i < lp.length; i++) lp[i] = null;
  return None;
});
/** Closes a suspended generator for frame.clear(); set by vm/trace_python.ts (frame.ts cannot import generator.ts). */
let frameClearHook: ((gen: PyObject) => void) | null = null;
export function setFrameClearHook(fn: (gen: PyObject) => void): void {
  frameClearHook = fn;
}
defMethod(FrameType, '__repr__', self => {
  const f = asFrame(self);
  return `<frame at ${hexId(f)}, file '${f.f_code.co_filename}', line ${f.f_lineno}, code ${f.f_code.co_name}>`;
});

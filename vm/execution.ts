/**
 * Stepping a program from the host: an Execution runs code as `__main__` and can stop before
 * any instruction (after N instructions, at the next line, over a call, out of the frame, at a
 * breakpoint) and resume later with output identical to an uninterrupted run. A pause is a yield
 * of the whole Python stack: the loop saves the top frame and returns PAUSED (vm/trace.ts), and
 * resuming re-enters the loop at the same frame chain. Also enforces a step budget and timeout.
 * CPython has no counterpart (pdb's stepping rides on sys.settrace inside the process).
 */
import type { CodeObject } from './code.js';
import { ExcStackItem, Frame, tstate } from './frame.js';
import { Exc, newException } from './objects/exceptions.js';
import { PyModule } from './objects/module.js';
import type { PyDict } from './objects/dict.js';
import type { PyValue } from './objects/object.js';
import { evalFrame, resumeFrame } from './ceval.js';
import { PAUSED, getHooks, setHooks, setStepWatcher, traceState, type StepWatcher, type TraceHooks } from './trace.js';
import { finishMain, getBuiltins, handleUncaught, prepareMain } from './interp.js';

export type StepMode = 'instruction' | 'line' | 'over' | 'out';

export interface PauseState {
  status: 'paused' | 'finished';
  /** The frame about to run its next instruction (null when finished). */
  frame: Frame | null;
  /** Next instruction of that frame. */
  offset: number;
  lineno: number;
  /** Instructions executed so far. */
  steps: number;
  /** Set when finished (0, 1, or sys.exit's code). */
  exitCode: number | null;
}

export interface ExecutionOptions {
  filename?: string;
  argv?: string[];
  source?: string;
  /** Budget: past it, KeyboardInterrupt is raised before every further instruction. */
  maxSteps?: number;
  /** Wall-clock milliseconds of running (checked every 1024 instructions); then as maxSteps. */
  timeout?: number;
  hooks?: TraceHooks;
}

type RunMode = StepMode | 'run';

/** Decides, instruction by instruction, where an Execution stops. */
class Stepper implements StepWatcher {
  rootNesting = 0;
  /** Instructions counted so far (while paused, this includes the one about to run). */
  steps = 0;
  maxSteps = Infinity;
  timeout = Infinity;
  deadline = Infinity;
  timedOut = false;
  mode: RunMode = 'run';
  count = 0;
  /** Executed instructions when the current step began. */
  startExecuted = 0;
  startDepth = 0;
  lines = 0;
  /** The stop condition was met where pausing was impossible: pause at the next chance. */
  pending = false;
  /** The first instruction of a run from the start: the program is already paused there. */
  atStart = false;
  readonly breakpoints = new Set<string>();

  countStep(): void {
    const n = ++this.steps;
    if (n > this.maxSteps) {
      throw newException(Exc.KeyboardInterrupt, `step budget of ${this.maxSteps} instructions exhausted`);
    }
    if ((n & 1023) === 0 && this.deadline !== Infinity && Date.now() > this.deadline) this.timedOut = true;
    if (this.timedOut) throw newException(Exc.KeyboardInterrupt, `timeout of ${this.timeout} ms exceeded`);
  }

  wantsPause(f: Frame, _pc: number, isLine: boolean, pausable: boolean): boolean {
    if (this.atStart) {
      this.atStart = false;
      return false;
    }
    let stop = this.pending;
    if (!stop) stop = this.reached(f, isLine);
    if (stop && !pausable) {
      this.pending = true;
      return false;
    }
    this.pending = false;
    return stop;
  }

  private reached(f: Frame, isLine: boolean): boolean {
    if (isLine && this.breakpoints.size !== 0 && this.breakpoints.has(bpKey(f.f_code.co_filename, f.f_tracedLineno))) {
      return true;
    }
    switch (this.mode) {
      case 'run': return false;
      case 'instruction': return this.steps - 1 - this.startExecuted >= this.count;
      case 'line': return isLine && ++this.lines >= this.count;
      case 'over': return (isLine && tstate.depth <= this.startDepth) || tstate.depth < this.startDepth;
      case 'out': return tstate.depth < this.startDepth;
    }
  }
}

function bpKey(filename: string, line: number): string {
  return `${filename}\u0000${line}`;
}

/** The thread-state fields a paused Execution takes with it. */
interface SavedThread {
  frame: Frame | null;
  depth: number;
  exc_info: ExcStackItem;
}

export class Execution {
  private readonly root: Frame;
  private readonly globals: PyDict;
  private readonly stepper = new Stepper();
  private readonly hooks: TraceHooks | null;
  private started = false;
  private saved: SavedThread | null = null;
  private elapsed = 0;
  private current: PauseState;

  constructor(code: CodeObject, options: ExecutionOptions = {}) {
    this.globals = prepareMain(code, { filename: options.filename, argv: options.argv, source: options.source });
    const b = getBuiltins();
    this.root = new Frame(code, this.globals, (b as PyModule).dict, this.globals);
    this.hooks = options.hooks ?? null;
    if (options.maxSteps !== undefined) this.stepper.maxSteps = options.maxSteps;
    if (options.timeout !== undefined) this.stepper.timeout = options.timeout;
    this.current = { status: 'paused', frame: this.root, offset: 0, lineno: code.addr2line(0), steps: 0, exitCode: null };
  }

  get state(): PauseState {
    return this.current;
  }

  /** Runs until the stop condition of `mode` has been met `count` times (or a breakpoint, or the end). */
  step(mode: StepMode = 'instruction', count = 1): PauseState {
    return this.go(mode, count);
  }

  runFor(instructions: number): PauseState {
    return this.go('instruction', instructions);
  }

  /** Runs to the end, or to a breakpoint. */
  run(): PauseState {
    return this.go('run', 0);
  }

  addBreakpoint(filename: string, line: number): void {
    this.stepper.breakpoints.add(bpKey(filename, line));
  }

  removeBreakpoint(filename: string, line: number): void {
    this.stepper.breakpoints.delete(bpKey(filename, line));
  }

  private go(mode: RunMode, count: number): PauseState {
    if (this.current.status === 'finished') return this.current;
    const ts = tstate, st = this.stepper;
    if (mode === 'instruction' && count <= 0) return this.current;
    const outer: SavedThread = { frame: ts.frame, depth: ts.depth, exc_info: ts.exc_info };
    const outerHooks = getHooks(), outerWatcher = traceState.watcher;
    st.mode = mode;
    st.count = count;
    st.lines = 0;
    st.pending = false;
    st.startExecuted = this.started ? st.steps - 1 : 0;
    st.rootNesting = ts.nesting + 1;
    const t0 = Date.now();
    if (st.timeout !== Infinity) st.deadline = t0 + st.timeout - this.elapsed;
    if (this.hooks !== null) setHooks(this.hooks);
    setStepWatcher(st);
    let result: PyValue | null = null;
    let status: number | null = null;
    try {
      if (!this.started) {
        this.started = true;
        ts.exc_info = new ExcStackItem(null);
        st.startDepth = ts.depth + 1;
        st.atStart = true;
        result = evalFrame(this.root);
      } else {
        const saved = this.saved as SavedThread;
        ts.depth = saved.depth;
        ts.frame = saved.frame;
        ts.exc_info = saved.exc_info;
        st.startDepth = saved.depth;
        traceState.skipNext = true;
        result = resumeFrame(this.root);
      }
    } catch (e) {
      status = handleUncaught(e);
    } finally {
      traceState.skipNext = false;
      st.atStart = false;
      setStepWatcher(outerWatcher);
      if (this.hooks !== null) setHooks(outerHooks);
      this.elapsed += Date.now() - t0;
    }
    if (status === null && result === PAUSED) {
      const f = ts.frame as Frame;
      this.saved = { frame: f, depth: ts.depth, exc_info: ts.exc_info };
      this.restore(outer);
      this.current = {
        status: 'paused', frame: f, offset: f.pc, lineno: f.f_code.addr2line(f.pc), steps: st.steps - 1, exitCode: null,
      };
      return this.current;
    }
    this.saved = null;
    this.restore(outer);
    finishMain(this.globals);
    this.current = { status: 'finished', frame: null, offset: 0, lineno: 0, steps: st.steps, exitCode: status ?? 0 };
    return this.current;
  }

  private restore(outer: SavedThread): void {
    const ts = tstate;
    ts.depth = outer.depth;
    ts.frame = outer.frame;
    ts.exc_info = outer.exc_info;
  }
}

/**
 * VirtualMachine: one embedded Python interpreter for a JavaScript host — its own builtins,
 * sys.modules and `__main__`, output delivered to callbacks, host functions importable as
 * modules, values converted both ways (vm/host/convert.ts), a sandbox unless the file system is
 * granted, a step budget and timeout, host hooks, and stepping through an Execution.
 * CPython: the embedding API (Py_NewInterpreter, PyRun_String, PyImport_AppendInittab).
 */
import { compile } from '../../compiler/compile.js';
import { CompileError, formatCompileError } from '../../compiler/errors.js';
import type { CodeObject } from '../code.js';
import { tstate } from '../frame.js';
import { PyDict } from '../objects/dict.js';
import { PyModule } from '../objects/module.js';
import { PyException } from '../objects/exceptions.js';
import type { PyValue } from '../objects/object.js';
import { callObject, evalCode } from '../call.js';
import { compileSource, installCompiler, sysModules } from '../modules/registry.js';
import { finishMain, handleUncaught, makeMainGlobals, prepareMain } from '../interp.js';
import { setSource } from '../linecache.js';
import { flushAll, getSinks, type IoSinks } from '../io.js';
import { Execution, type ExecutionOptions, type PauseState, type StepMode } from '../execution.js';
import { setStepWatcher, traceState, type StepWatcher, type TraceHooks } from '../trace.js';
import { InterpreterState, addRegistered, enter, leave } from './context.js';
import { PythonError, toHostError, toJS, toPython, wrapHostFunction, type PyCaller } from './convert.js';
import { Budget } from './budget.js';

export interface VirtualMachineOptions {
  /** Receives the program's standard output (default: the process's stdout). */
  stdout?: (text: string) => void;
  /** Receives tracebacks and other standard-error text (default: the process's stderr). */
  stderr?: (text: string) => void;
  /** Supplies input() lines, each with its '\n'; null at end of input (default: no input). */
  stdin?: () => string | null;
  /** sys.argv for `run` (default: [filename]). */
  argv?: string[];
  /** Grant the file system: open(), imports from sys.path, source lines (default false: sandbox). */
  filesystem?: boolean;
  /** Instructions each run/exec/eval call may execute before KeyboardInterrupt stops it. */
  maxSteps?: number;
  /** Wall-clock milliseconds each run/exec/eval call may take before KeyboardInterrupt stops it. */
  timeout?: number;
  /** Host hooks (vm/trace.ts) called while this machine runs. */
  hooks?: TraceHooks;
}

export interface VmRunResult {
  /** What `python3` would exit with: 0, 1 for an uncaught exception or syntax error, sys.exit's code. */
  exitCode: number;
}

/** A host module's contents: functions become Python functions, other values are converted. */
export type HostModule = Record<string, unknown>;

/** Read and write access to the `__main__` namespace, values converted. */
export interface GlobalsView {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  has(name: string): boolean;
  delete(name: string): boolean;
  keys(): string[];
}

/** The machine running now (null: the process's own interpreter state). */
let running: VirtualMachine | null = null;

export class VirtualMachine {
  private readonly state: InterpreterState;
  private readonly argv: string[] | null;
  private readonly budget: Budget | null;
  private readonly maxSteps: number | undefined;
  private readonly timeout: number | undefined;
  private readonly stderrSink: (text: string) => void;
  /** The `__main__` globals of the last run (or exec when there was none). */
  private main: PyDict | null = null;
  /** What `enter` replaced, while this machine runs. */
  private saved: ReturnType<typeof enter> | null = null;
  private readonly caller: PyCaller;

  constructor(options: VirtualMachineOptions = {}) {
    installCompiler(compile);
    // By default output goes where the process's goes (io.ts writes fds 1 and 2 synchronously).
    const outer = getSinks();
    const sinks: IoSinks = {
      stdout: options.stdout ?? outer.stdout,
      stderr: options.stderr ?? outer.stderr,
      stdin: options.stdin ?? (() => null),
    };
    this.stderrSink = sinks.stderr;
    this.state = new InterpreterState(sinks, options.filesystem === true, options.hooks ?? null);
    this.argv = options.argv ?? null;
    this.maxSteps = options.maxSteps;
    this.timeout = options.timeout;
    this.budget = options.maxSteps !== undefined || options.timeout !== undefined
      ? new Budget(options.maxSteps ?? Infinity, options.timeout ?? Infinity) : null;
    this.caller = (fn, args) => this.within(() => {
      try {
        return callObject(fn, args, null);
      } catch (e) {
        throw toHostError(e);
      }
    });
  }

  /** Runs `fn` with this machine's interpreter state installed (re-entrant). */
  private within<T>(fn: () => T): T {
    if (running === this) return fn();
    const outer = running, outerSaved = this.saved;
    const saved = enter(this.state);
    this.saved = saved;
    running = this;
    try {
      return fn();
    } finally {
      running = outer;
      this.saved = outerSaved;
      leave(this.state, saved);
    }
  }

  /** Runs Python code under the budget (when one is set). */
  private guarded<T>(fn: () => T): T {
    const b = this.budget;
    if (b === null) return fn();
    const outer = traceState.watcher;
    b.start();
    setStepWatcher(b as StepWatcher);
    try {
      return fn();
    } finally {
      setStepWatcher(outer);
    }
  }

  /**
   * Runs a program as `__main__` (a fresh namespace that exec/eval/globals then use) and
   * returns its exit status; tracebacks and syntax errors go to stderr, as `python` prints them.
   */
  run(program: string | CodeObject, filename?: string): VmRunResult {
    return this.within(() => {
      const name = filename ?? (typeof program === 'string' ? '<string>' : program.co_filename);
      let code: CodeObject;
      if (typeof program === 'string') {
        try {
          code = compile(program, name, 'exec');
        } catch (e) {
          if (!(e instanceof CompileError)) throw e;
          this.stderrSink(formatCompileError(e));
          return { exitCode: 1 };
        }
      } else {
        code = program;
      }
      const globals = prepareMain(code, {
        filename: name,
        argv: this.argv ?? [name],
        ...(typeof program === 'string' ? { source: program } : {}),
      });
      this.main = globals;
      tstate.depth = 0;
      tstate.frame = null;
      let status = 0;
      try {
        this.guarded(() => evalMain(code, globals));
      } catch (e) {
        status = handleUncaught(e);
      }
      finishMain(globals);
      return { exitCode: status };
    });
  }

  /**
   * Runs more code in the same `__main__` namespace (a REPL-style host). An uncaught Python
   * exception (SystemExit and SyntaxError included) is thrown as a PythonError.
   */
  exec(source: string, filename = '<string>'): void {
    this.within(() => {
      this.pyCall(() => {
        setSource(filename, source);
        const code = compileSource(source, filename, 'exec');
        this.guarded(() => evalMain(code, this.mainGlobals()));
      });
      flushAll();
    });
  }

  /** Evaluates an expression in `__main__` and returns its value converted to JS. */
  eval(expression: string): unknown {
    return this.within(() => {
      const v = this.pyCall(() => {
        const code = compileSource(expression, '<string>', 'eval');
        return this.guarded(() => evalMain(code, this.mainGlobals()));
      });
      flushAll();
      return toJS(v, this.caller);
    });
  }

  /** The `__main__` namespace, values converted both ways. */
  get globals(): GlobalsView {
    const g = (): PyDict => this.within(() => this.mainGlobals());
    return {
      get: (name) => {
        const v = g().getStr(name);
        return v === undefined ? undefined : toJS(v, this.caller);
      },
      set: (name, value) => {
        g().setStr(name, toPython(value, this.caller));
      },
      has: (name) => g().getStr(name) !== undefined,
      delete: (name) => g().delStr(name),
      keys: () => g().keysArray().filter((k): k is string => typeof k === 'string'),
    };
  }

  /**
   * Makes `import name` give a module whose attributes are `contents`: JS functions become
   * Python functions (arguments and results converted; a thrown Error becomes RuntimeError),
   * other values are converted once, when the module is first imported.
   */
  registerModule(name: string, contents: HostModule): void {
    const factory = (): PyModule => {
      const m = new PyModule(name);
      for (const key of Object.keys(contents)) {
        const v = contents[key];
        m.dict.setStr(key, typeof v === 'function'
          ? wrapHostFunction(v as (...args: unknown[]) => unknown, key, this.caller)
          : toPython(v, this.caller));
      }
      return m;
    };
    addRegistered(this.state, name, factory, running === this ? this.saved : null);
  }

  /**
   * Prepares `source` to run as `__main__` step by step; the Execution's step/run calls run in
   * this machine (its output, modules, hooks, budget and timeout).
   */
  start(source: string | CodeObject, filename?: string): Execution {
    return this.within(() => {
      const name = filename ?? (typeof source === 'string' ? '<string>' : source.co_filename);
      const code = typeof source === 'string' ? this.pyCall(() => compileSource(source, name, 'exec')) : source;
      const options: ExecutionOptions = { filename: name, argv: this.argv ?? [name] };
      if (typeof source === 'string') options.source = source;
      if (this.maxSteps !== undefined) options.maxSteps = this.maxSteps;
      if (this.timeout !== undefined) options.timeout = this.timeout;
      const ex = new HostExecution(code, options);
      ex.enterVm = (fn) => this.within(fn);
      const main = sysModules.getStr('__main__');
      if (main instanceof PyModule) this.main = main.dict;
      return ex;
    });
  }

  /** Runs `fn`, turning a Python exception into a PythonError for the host. */
  private pyCall<T>(fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      throw toHostError(e);
    }
  }

  private mainGlobals(): PyDict {
    if (this.main === null) this.main = makeMainGlobals('<string>');
    return this.main;
  }
}

function evalMain(code: CodeObject, globals: PyDict): PyValue {
  const b = globals.getStr('__builtins__');
  const bdict = b instanceof PyModule ? b.dict : b instanceof PyDict ? b : (sysModules.getStr('builtins') as PyModule).dict;
  return evalCode(code, globals, globals, bdict);
}

/** An Execution whose every step runs inside its VirtualMachine. */
class HostExecution extends Execution {
  enterVm: <T>(fn: () => T) => T = (fn) => fn();

  override step(mode?: StepMode, count?: number): PauseState {
    return this.enterVm(() => super.step(mode, count));
  }

  override runFor(n: number): PauseState {
    return this.enterVm(() => super.runFor(n));
  }

  override run(): PauseState {
    return this.enterVm(() => super.run());
  }
}

export { PythonError, PyException };

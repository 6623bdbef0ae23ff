/**
 * The library: compile Python to CPython 3.7 code objects, disassemble them, and run them with
 * the program's output delivered to callbacks. `VirtualMachine` (vm/host/vm.ts) is the embedding
 * API — its own modules and `__main__`, host modules, value conversion, a sandbox, a step budget,
 * hooks and stepping; `run()` is the one-call form of it. `pyvm` the command is a thin layer over this.
 */
import { compile as compileToCode, type CompileMode } from './compiler/compile.js';
import { CompileError, formatCompileError } from './compiler/errors.js';
import { dis as disassembleAll, disassemble, getInstructions, type Instruction } from './dis/dis.js';
import { CodeObject } from './vm/code.js';
import type { TraceHooks } from './vm/trace.js';
import { VirtualMachine } from './vm/host/vm.js';

export { CodeObject, CompileError, formatCompileError, getInstructions, disassemble };
export type { CompileMode, Instruction };
export { Op, OPNAME, OPCODES, stackEffect } from './vm/opcode.js';
export { VirtualMachine, type VirtualMachineOptions, type VmRunResult, type HostModule, type GlobalsView } from './vm/host/vm.js';
export { PythonError, toJS, toPython } from './vm/host/convert.js';
export { Execution, type StepMode, type PauseState, type ExecutionOptions } from './vm/execution.js';
export type { TraceHooks } from './vm/trace.js';
export type { Frame, TryBlock } from './vm/frame.js';
export type { PyValue } from './vm/objects/object.js';

/** Compiles source text; throws CompileError (a SyntaxError) for bad syntax. */
export function compile(source: string, filename = '<string>', mode: CompileMode = 'exec'): CodeObject {
  return compileToCode(source, filename, mode);
}

/** `python3.7 -m dis` text for a code object and the code objects nested in it. */
export function dis(code: CodeObject | string, filename = '<string>'): string {
  return disassembleAll(typeof code === 'string' ? compile(code, filename) : code);
}

export interface RunOptions {
  filename?: string;
  /** sys.argv; defaults to [filename]. */
  argv?: string[];
  /** Receives the program's standard output (default: the process's). */
  stdout?: (text: string) => void;
  /** Receives tracebacks and other standard-error text (default: the process's). */
  stderr?: (text: string) => void;
  /** Supplies input() lines, each with its '\n'; null at end of input (default: no input). */
  stdin?: () => string | null;
  /** Grant the file system (open(), imports beside the script); default false, a sandbox. */
  filesystem?: boolean;
  /** Instructions the program may execute before KeyboardInterrupt stops it. */
  maxSteps?: number;
  /** Wall-clock milliseconds the program may run before KeyboardInterrupt stops it. */
  timeout?: number;
  /** Host hooks called while it runs. */
  hooks?: TraceHooks;
}

export interface RunResult {
  /** What `python3` would exit with: 0, 1 for an uncaught exception or syntax error, sys.exit's code. */
  exitCode: number;
}

/** Runs a program (source text or a compiled code object) as `__main__` in a new VirtualMachine. */
export function run(program: string | CodeObject, options: RunOptions = {}): RunResult {
  const filename = options.filename ?? (program instanceof CodeObject ? program.co_filename : '<string>');
  const vm = new VirtualMachine({ ...options, argv: options.argv ?? [filename] });
  return vm.run(program, filename);
}

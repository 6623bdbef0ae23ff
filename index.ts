/**
 * The library: compile Python to CPython 3.7 code objects, disassemble them, and run them with
 * the program's output delivered to callbacks. `pyvm` the command is a thin layer over this.
 */
import { compile as compileToCode, type CompileMode } from './compiler/compile.js';
import { CompileError, formatCompileError } from './compiler/errors.js';
import { dis as disassembleAll, disassemble, getInstructions, type Instruction } from './dis/dis.js';
import { CodeObject } from './vm/code.js';
import { installCompiler, runCode } from './vm/interp.js';
import { resetSinks, setSinks } from './vm/io.js';

export { CodeObject, CompileError, formatCompileError, getInstructions, disassemble };
export type { CompileMode, Instruction };
export { Op, OPNAME, OPCODES, stackEffect } from './vm/opcode.js';

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
  /** Supplies input() lines, each with its '\n'; null at end of input. */
  stdin?: () => string | null;
}

export interface RunResult {
  /** What `python3` would exit with: 0, 1 for an uncaught exception or syntax error, sys.exit's code. */
  exitCode: number;
}

/** Runs a program (source text or a compiled code object) as `__main__`. */
export function run(program: string | CodeObject, options: RunOptions = {}): RunResult {
  installCompiler(compileToCode);
  const filename = options.filename ?? (program instanceof CodeObject ? program.co_filename : '<string>');
  const sinks: Parameters<typeof setSinks>[0] = {};
  if (options.stdout) sinks.stdout = options.stdout;
  if (options.stderr) sinks.stderr = options.stderr;
  if (options.stdin) sinks.stdin = options.stdin;
  setSinks(sinks);
  try {
    let code: CodeObject;
    if (program instanceof CodeObject) {
      code = program;
    } else {
      try {
        code = compileToCode(program, filename, 'exec');
      } catch (e) {
        if (!(e instanceof CompileError)) throw e;
        (options.stderr ?? ((t: string) => process.stderr.write(t)))(formatCompileError(e));
        return { exitCode: 1 };
      }
    }
    const exitCode = runCode(code, {
      filename,
      argv: options.argv ?? [filename],
      ...(typeof program === 'string' ? { source: program } : {}),
    });
    return { exitCode };
  } finally {
    resetSinks();
  }
}

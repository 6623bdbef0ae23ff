/**
 * What the `pyvm` command does once its arguments are known: read a script, compile it and run
 * it (CPython: Modules/main.c's pymain_run_file / pymain_run_command), or print its bytecode.
 * Shared by the fast argument path in cli.ts and the full commander parser in cli_args.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CompileError, formatCompileError } from './compiler/errors.js';
import { compile } from './compiler/compile.js';
import { dis } from './dis/dis.js';
import { runCode, installCompiler } from './vm/interp.js';
import { writeStderr, writeStdout } from './vm/io.js';
import { setHooks, type TraceHooks } from './vm/trace.js';
import { traceHooks } from './cli_trace.js';

/** The file's text, or null after printing python's "can't open file" message. */
export function readSource(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const errno = err.code === 'ENOENT' ? '[Errno 2] No such file or directory' : `[Errno ${-(err.errno ?? 0)}] ${err.message}`;
    process.stderr.write(`pyvm: can't open file '${resolve(file)}': ${errno}\n`);
    return null;
  }
}

/** Compiles and runs; returns the exit status. `hooks` (e.g. --trace's) watch the run. */
export function runSource(source: string, filename: string, argv: string[], hooks: TraceHooks | null = null): number {
  installCompiler(compile);
  let code;
  try {
    code = compile(source, filename, 'exec');
  } catch (e) {
    if (e instanceof CompileError) {
      process.stderr.write(formatCompileError(e));
      return 1;
    }
    throw e;
  }
  if (hooks === null) return runCode(code, { argv, filename });
  setHooks(hooks);
  try {
    return runCode(code, { argv, filename });
  } finally {
    setHooks(null);
  }
}

/** `pyvm run FILE args…`: exit status 2 when the file cannot be read. */
export function runFile(file: string, args: string[], hooks: TraceHooks | null = null): number {
  const source = readSource(file);
  return source === null ? 2 : runSource(source, file, [file, ...args], hooks);
}

/** `pyvm run --trace FILE args…`: the instruction trace (cli_trace.ts) on stderr. */
export function runFileTraced(file: string, args: string[]): number {
  return runFile(file, args, traceHooks(writeStderr));
}

/** `pyvm dis FILE`. */
export function disFile(file: string): number {
  const source = readSource(file);
  if (source === null) return 2;
  try {
    writeStdout(dis(compile(source, file, 'exec')));
  } catch (e) {
    if (e instanceof CompileError) {
      writeStderr(formatCompileError(e));
      return 1;
    }
    throw e;
  }
  return 0;
}

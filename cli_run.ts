/**
 * What the `pyvm` command does once its arguments are known: read a script, compile it and run
 * it (CPython: Modules/main.c's pymain_run_file / pymain_run_command), or print its bytecode.
 * Shared by the fast argument path in cli.ts and the full commander parser in cli_args.ts.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, resolve, sep } from 'node:path';
import { CompileError, formatCompileError } from './compiler/errors.js';
import { compile } from './compiler/compile.js';
import { dis } from './dis/dis.js';
import { runCode, installCompiler, printException } from './vm/interp.js';
import { PyException } from './vm/objects/exceptions.js';
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
export function runSource(
  source: string, filename: string, argv: string[], hooks: TraceHooks | null = null, path0?: string,
): number {
  installCompiler(compile);
  let code;
  try {
    code = compile(source, filename, 'exec');
  } catch (e) {
    if (e instanceof CompileError) {
      process.stderr.write(formatCompileError(e));
      return 1;
    }
    if (e instanceof PyException) {
      printException(e);
      return 1;
    }
    throw e;
  }
  if (hooks === null) return runCode(code, { argv, filename, path0 });
  setHooks(hooks);
  try {
    return runCode(code, { argv, filename, path0 });
  } finally {
    setHooks(null);
  }
}

/**
 * `pyvm run FILE args…`: exit status 2 when the file cannot be read. As in CPython 3.9+, the
 * script is compiled under its absolute path (`__file__`, tracebacks, sys.path[0]) while
 * sys.argv[0] keeps the path as given.
 */
export function runFile(file: string, args: string[], hooks: TraceHooks | null = null): number {
  const source = readSource(file);
  if (source === null) return 2;
  // CPython's _Py_abspath joins the working directory without normalising; sys.path[0] is the
  // script directory's real path.
  const filename = isAbsolute(file) ? file : `${process.cwd()}${sep}${file}`;
  let path0: string;
  try {
    path0 = realpathSync(dirname(resolve(file)));
  } catch {
    path0 = dirname(resolve(file));
  }
  return runSource(source, filename, [file, ...args], hooks, path0);
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
    if (e instanceof PyException) {
      printException(e);
      return 1;
    }
    throw e;
  }
  return 0;
}

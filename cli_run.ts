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

/** Compiles and runs; returns the exit status. */
export function runSource(source: string, filename: string, argv: string[]): number {
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
  return runCode(code, { argv, filename });
}

/** `pyvm run FILE args…`: exit status 2 when the file cannot be read. */
export function runFile(file: string, args: string[]): number {
  const source = readSource(file);
  return source === null ? 2 : runSource(source, file, [file, ...args]);
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

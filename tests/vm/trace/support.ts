/**
 * Shared setup for the tracing and stepping unit tests: compiles with pyvm's own compiler and
 * captures the VM's streams.
 */
// Loaded first: the object model's import cycle (vm/attributes.ts <-> vm/objects/object_type.ts)
// resolves only from this end.
import '../../../vm/objects/object_type.js';
import { compile } from '../../../compiler/compile.js';
import { installCompiler, runCode } from '../../../vm/interp.js';
import type { CodeObject } from '../../../vm/code.js';
import { flushAll, resetSinks, setSinks } from '../../../vm/io.js';
import { setSource } from '../../../vm/linecache.js';

installCompiler(compile);

export function compileProgram(source: string, filename = 'prog.py'): CodeObject {
  setSource(filename, source);
  return compile(source, filename, 'exec');
}

export interface Captured<T> {
  value: T;
  stdout: string;
  stderr: string;
}

/** Runs `fn` with the VM's stdout/stderr captured. */
export function capture<T>(fn: () => T): Captured<T> {
  let stdout = '', stderr = '';
  setSinks({ stdout: t => { stdout += t; }, stderr: t => { stderr += t; }, stdin: () => null });
  try {
    const value = fn();
    flushAll();
    return { value, stdout, stderr };
  } finally {
    resetSinks();
  }
}

/** An uninterrupted run of `source` through runCode. */
export function runPlain(source: string, filename = 'prog.py'): Captured<number> {
  const code = compileProgram(source, filename);
  return capture(() => runCode(code, { filename, argv: [filename] }));
}

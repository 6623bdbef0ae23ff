/**
 * Runs a Python program in-process (compiler + VM + the builtins module) with stdout and
 * stderr captured through vm/io.ts's replaceable sinks, for the builtins tests.
 */
import { compile } from '../../compiler/compile.js';
import { installCompiler, runCode } from '../../vm/interp.js';
import { resetSinks, setSinks } from '../../vm/io.js';
import '../../vm/builtins/index.js';

export interface PyRun {
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved in the order they were written. */
  combined: string;
  status: number;
}

export function runPy(source: string, filename = '<test>', stdin = ''): PyRun {
  installCompiler(compile);
  let stdout = '', stderr = '', combined = '';
  const lines = stdin.split(/(?<=\n)/).filter((l) => l !== '');
  setSinks({ stdout: (t) => { stdout += t; combined += t; }, stderr: (t) => { stderr += t; combined += t; }, stdin: () => lines.shift() ?? null });
  try {
    const code = compile(source, filename, 'exec');
    const status = runCode(code, { argv: [filename], filename, source });
    return { stdout, stderr, combined, status };
  } finally {
    resetSinks();
  }
}

/**
 * The compiled standard library: for a module under the stdlib directory, the code object the
 * build saved in `__pycache__/<name>.pyvm.json` beside it (scripts/compile-stdlib.mjs), used
 * when it was compiled from the same source text. Importing collections or typing otherwise
 * parses and compiles about a thousand lines on every run.
 * CPython: Lib/importlib/_bootstrap_external.py (SourceLoader.get_code with the .pyc cache).
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import type { CodeObject } from '../code.js';
import { loadCode, sourceStamp } from '../code_marshal.js';
import { stdlibDir } from './stdlib_path.js';

/** Where the build saves the compiled form of the stdlib module `file`. */
export function cachePath(file: string): string {
  return join(dirname(file), '__pycache__', basename(file, '.py') + '.pyvm.json');
}

/** The saved code of stdlib module `file` compiled from `source`, or null (then compile it). */
export function stdlibCode(file: string, source: string): CodeObject | null {
  const dir = stdlibDir();
  if (dir === null || !file.startsWith(dir + sep) || !file.endsWith('.py')) return null;
  let text: string;
  try {
    text = readFileSync(cachePath(file), 'utf8');
  } catch {
    return null;
  }
  try {
    return loadCode(text, sourceStamp(source), file);
  } catch {
    return null;
  }
}

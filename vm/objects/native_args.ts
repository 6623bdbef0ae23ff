/**
 * Argument parsing for native methods: maps the vectorcall arguments (positional values, then
 * the values named by `kwnames`) onto a fixed parameter list, with CPython 3.11's messages.
 * CPython: Python/getargs.c (PyArg_ParseTupleAndKeywords) and Argument Clinic's output.
 */
import type { PyValue } from './object.js';
import { typeError } from './exceptions.js';

/**
 * Binds arguments to `names`. Parameters from `posOnly` on may be given by keyword; from
 * `kwOnlyFrom` on they must be. Missing optional parameters are undefined.
 */
export function parseArgs(
  fname: string,
  args: PyValue[],
  kwnames: readonly string[] | null,
  names: readonly string[],
  required: number,
  posOnly = 0,
  kwOnlyFrom = names.length,
): (PyValue | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const out: (PyValue | undefined)[] = new Array(names.length).fill(undefined);
  if (nkw > 0 && npos + nkw > names.length) {
    // CPython's _PyArg_UnpackKeywords counts all arguments before looking at the names.
    const n = names.length;
    throw typeError(`${fname}() takes at most ${n} ${npos === 0 ? 'keyword ' : ''}argument${n === 1 ? '' : 's'} (${npos + nkw} given)`);
  }
  if (npos > kwOnlyFrom) {
    const what = required === kwOnlyFrom && kwOnlyFrom === names.length
      ? `exactly ${kwOnlyFrom}` : `at most ${kwOnlyFrom}`;
    if (nkw === 0 && kwOnlyFrom === names.length) {
      throw typeError(`${fname}() takes ${what} argument${kwOnlyFrom === 1 ? '' : 's'} (${npos} given)`);
    }
    throw typeError(`${fname}() takes at most ${kwOnlyFrom} positional argument${kwOnlyFrom === 1 ? '' : 's'} (${npos} given)`);
  }
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const i = names.indexOf(name);
    if (i < 0 || i < posOnly) {
      // CPython's argument parsers for C functions (_PyArg_UnpackKeywords, vgetargskeywords).
      throw typeError(`'${name}' is an invalid keyword argument for ${fname}()`);
    }
    if (out[i] !== undefined) throw typeError(`argument for ${fname}() given by name ('${name}') and position (${i + 1})`);
    out[i] = args[npos + k];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) {
      if (i < posOnly || nkw === 0) {
        throw typeError(`${fname}() takes ${required === names.length ? 'exactly' : 'at least'} ${required} argument${required === 1 ? '' : 's'} (${npos} given)`);
      }
      throw typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}

/** For methods that take no keyword arguments: raises if any were passed. */
export function noKwargs(fname: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${fname}() takes no keyword arguments`);
}

/** Checks a positional-only argument count. */
export function checkArgCount(fname: string, args: PyValue[], min: number, max: number): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) throw typeError(`${fname}() takes no arguments (${n} given)`);
    if (min === 1) throw typeError(`${fname}() takes exactly one argument (${n} given)`);
    throw typeError(`${fname} expected ${min} arguments, got ${n}`);
  }
  if (n < min) throw typeError(`${fname} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  throw typeError(`${fname} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

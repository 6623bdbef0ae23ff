/**
 * Shared plumbing for the itertools types: iterator types that are subclassable and built through
 * `__new__`, and Argument Clinic's positional-count and no-keywords checks with CPython's messages.
 * CPython: Modules/itertoolsmodule.c (the *_new functions), Python/getargs.c (_PyArg_CheckPositional).
 */
import { ObjectType, PyBuiltinFunction, PyType, TPFLAGS_BASETYPE, isSubtype, type PyValue } from '../objects/object.js';
import { typeError } from '../objects/exceptions.js';
import { defIteratorType } from '../abstract.js';

/** An itertools iterator type (module 'itertools', subclassable). */
export function itertoolsType(name: string, basetype = true): PyType {
  const t = new PyType(name, ObjectType, basetype ? TPFLAGS_BASETYPE : 0);
  t.module = 'itertools';
  defIteratorType(t);
  return t;
}

/** Installs `__new__(cls, *args, **kw)`; `fn` gets the class, the arguments and kwnames. */
export function defNewKw(
  type: PyType, fn: (cls: PyType, args: PyValue[], kwnames: readonly string[] | null) => PyValue,
): void {
  type.dict.set('__new__', new PyBuiltinFunction('__new__', (_s, a, kwnames) => {
    const cls = a[0];
    if (!(cls instanceof PyType) || !isSubtype(cls, type)) {
      throw typeError(`${type.name}.__new__(X): X is not a subtype of ${type.name}`);
    }
    return fn(cls, a.slice(1), kwnames);
  }, type));
}

/** CPython: _PyArg_NoKeywords. */
export function noKeywords(name: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${name}() takes no keyword arguments`);
}

/** CPython: _PyArg_CheckPositional. */
export function checkPositional(name: string, n: number, min: number, max: number): void {
  if (n < min) {
    throw typeError(`${name} expected ${min === max ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  }
  if (n > max) {
    throw typeError(`${name} expected ${min === max ? '' : 'at most '}${max} argument${max === 1 ? '' : 's'}, got ${n}`);
  }
}

/**
 * Argument Clinic's keyword-capable binding (_PyArg_UnpackKeywords) with 3.11's messages;
 * parameters from `kwOnlyFrom` on are keyword-only. Missing optional ones are undefined.
 */
export function clinicArgs(
  fname: string, args: PyValue[], kwnames: readonly string[] | null, names: readonly string[], required: number,
  kwOnlyFrom = names.length,
): (PyValue | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > kwOnlyFrom || npos + nkw > names.length) {
    const max = npos > kwOnlyFrom ? kwOnlyFrom : names.length;
    const what = npos > kwOnlyFrom && nkw === 0 ? (required === max ? `exactly ${max}` : `at most ${max}`) : `at most ${max}`;
    throw typeError(`${fname}() takes ${what} ${npos > kwOnlyFrom && kwOnlyFrom < names.length ? 'positional ' : ''}argument${max === 1 ? '' : 's'} (${npos > kwOnlyFrom ? npos : npos + nkw} given)`);
  }
  const out: (PyValue | undefined)[] = new Array(names.length).fill(undefined);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const i = names.indexOf(kwnames![k]);
    if (i < 0) throw typeError(`'${kwnames![k]}' is an invalid keyword argument for ${fname}()`);
    if (out[i] !== undefined) throw typeError(`argument for ${fname}() given by name ('${kwnames![k]}') and position (${i + 1})`);
    out[i] = args[npos + k];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) throw typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  return out;
}

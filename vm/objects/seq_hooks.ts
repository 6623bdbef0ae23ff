/**
 * Fast paths into list and tuple code for abstract.ts, which list.ts and tuple.ts import (so it
 * cannot import them): subscripts of exact lists and tuples by anything but an int (slices,
 * bools, __index__ objects) go straight to what their __getitem__/__setitem__ run, and an exact
 * tuple's hash to tuplehash, `+` and `*` to concatenation and repetition, instead of looking the method up and calling it generically.
 * list.ts and tuple.ts install the functions; this holder imports nothing.
 */
import type { PyList, PyTuple, PyValue } from './object.js';

export const seqHooks = {
  listGet: null as ((l: PyList, key: PyValue) => PyValue) | null,
  listSet: null as ((l: PyList, key: PyValue, v: PyValue) => void) | null,
  tupleGet: null as ((t: PyTuple, key: PyValue) => PyValue) | null,
  tupleHash: null as ((t: PyTuple) => number) | null,
  /** `l * n` and `t * n` for an int n (what list and tuple __mul__ return). */
  listRepeat: null as ((l: PyList, n: PyValue) => PyValue) | null,
  tupleRepeat: null as ((t: PyTuple, n: PyValue) => PyValue) | null,
  /** `a + b` for two exact tuples. */
  tupleConcat: null as ((a: PyTuple, b: PyTuple) => PyValue) | null,
};

/**
 * Subscripts of exact lists and tuples by anything but an int (slices, bools, __index__
 * objects): abstract.ts's getItem/setItem go straight to what list and tuple __getitem__ /
 * __setitem__ run, without looking the method up and calling it generically. list.ts and
 * tuple.ts install the functions; they import abstract.ts, so this holder imports nothing.
 */
import type { PyList, PyTuple, PyValue } from './object.js';

export const seqSubscript = {
  listGet: null as ((l: PyList, key: PyValue) => PyValue) | null,
  listSet: null as ((l: PyList, key: PyValue, v: PyValue) => void) | null,
  tupleGet: null as ((t: PyTuple, key: PyValue) => PyValue) | null,
};

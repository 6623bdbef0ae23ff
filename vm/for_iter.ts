/**
 * FOR_ITER's next step. `it.next()` at one call site sees every iterator class and V8 makes
 * that call megamorphic (a stub lookup per iteration); the iterators loops use most are tested
 * by exact type first, so each of these calls stays monomorphic and is inlined.
 * CPython 3.12: FOR_ITER_RANGE / FOR_ITER_LIST / FOR_ITER_TUPLE (Python/specialize.c).
 */
import type { PyObject, PyValue } from './objects/object.js';
import { RangeIterType, type RangeIterator } from './objects/range.js';
import {
  DictItemIterType, DictKeyIterType, DictValueIterType, EnumerateType, ListIterType, TupleIterType, ZipType,
  type DictIterator, type EnumerateIterator, type ListIterator, type TupleIterator, type ZipIterator,
} from './objects/iter.js';
import { iterNext } from './abstract.js';

/** next(it), or null when exhausted. */
export function forIterNext(it: PyValue): PyValue | null {
  const t = (it as PyObject).ob_type;
  if (t === RangeIterType) return (it as RangeIterator).next();
  if (t === ListIterType) return (it as ListIterator).next();
  if (t === TupleIterType) return (it as TupleIterator).next();
  return otherNext(it, t);
}

/**
 * forIterNext for the iterators loops use next most (`for i, x in enumerate(xs)`, `zip`,
 * `d.items()`), each by its exact type, so that their own steps, which call forIterNext on the
 * iterators they wrap, stay monomorphic too; then any other.
 */
function otherNext(it: PyValue, t: unknown): PyValue | null {
  if (t === EnumerateType) return (it as EnumerateIterator).next();
  if (t === DictItemIterType || t === DictKeyIterType || t === DictValueIterType) return (it as DictIterator).next();
  if (t === ZipType) return (it as ZipIterator).next();
  return iterNext(it);
}

/**
 * FOR_ITER and an UNPACK_SEQUENCE 2 after it (`for i, x in enumerate(xs)`, `for k, v in
 * d.items()`, `for a, b in zip(xs, ys)`) in one step, without the tuple CPython reuses and
 * pyvm would make: writes the pair's second item at out[at] and its first above, as the unpack
 * would leave them, and returns 1; 0 when the iterator is exhausted; -1 for an iterator it does
 * not take (the loop then goes the usual way).
 */
export function forIterPair(it: PyValue, t: unknown, out: (PyValue | null)[], at: number): number {
  if (t === EnumerateType) return (it as EnumerateIterator).nextPair(out, at) ? 1 : 0;
  if (t === DictItemIterType) return (it as DictIterator).nextPair(out, at) ? 1 : 0;
  if (t === ZipType) {
    const its = (it as ZipIterator).its;
    if (its !== null && its.length !== 2) return -1;
    return (it as ZipIterator).nextPair(out, at) ? 1 : 0;
  }
  return -1;
}

/**
 * FOR_ITER's next step. `it.next()` at one call site sees every iterator class and V8 makes
 * that call megamorphic (a stub lookup per iteration); the iterators loops use most are tested
 * by exact type first, so each of these calls stays monomorphic and is inlined.
 * CPython 3.12: FOR_ITER_RANGE / FOR_ITER_LIST / FOR_ITER_TUPLE (Python/specialize.c).
 */
import type { PyObject, PyValue } from './objects/object.js';
import { RangeIterType, type RangeIterator } from './objects/range.js';
import { ListIterType, TupleIterType, type ListIterator, type TupleIterator } from './objects/iter.js';
import { iterNext } from './abstract.js';

/** next(it), or null when exhausted. */
export function forIterNext(it: PyValue): PyValue | null {
  const t = (it as PyObject).ob_type;
  if (t === RangeIterType) return (it as RangeIterator).next();
  if (t === ListIterType) return (it as ListIterator).next();
  if (t === TupleIterType) return (it as TupleIterator).next();
  return iterNext(it);
}

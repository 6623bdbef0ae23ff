/**
 * The common base of the native awaitable iterators that `await` delegates to with YIELD_FROM:
 * `coro.__await__()`'s wrapper and the async generator's asend/athrow objects. YIELD_FROM and
 * gen.throw() drive them directly (no StopIteration round trip); a finished one returns null and
 * leaves its result with setGenReturn (vm/generator.ts), as a finished generator does.
 * CPython: the am_send/tp_iternext slots of coroutine_wrapper and PyAsyncGenASend/AThrow.
 */
import { None, PyIterator, type PyValue } from './object.js';
import type { PyException } from './exceptions.js';

export abstract class PyAwaitIter extends PyIterator {
  /** Resumes with `v`: the value to pass up, or null when finished (result in genReturn). */
  abstract send(v: PyValue): PyValue | null;
  /** Raises `exc` at the suspension point: the value to pass up, or null when finished. */
  abstract throwInto(exc: PyException): PyValue | null;
  /** CPython: the `close()` method. */
  abstract close(): void;

  next(): PyValue | null {
    return this.send(None);
  }
}

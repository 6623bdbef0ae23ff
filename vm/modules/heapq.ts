/**
 * The `_heapq` module: the heap primitives heapq.py takes from C when it can (heappush, heappop,
 * heapify, heapreplace, heappushpop and the max-heap helpers), with the C version's argument
 * checks, messages and "list changed size during iteration" guard. Comparisons are `<` through
 * the object protocol, so user types order as in CPython.
 * CPython: Modules/_heapq.c.
 */
import { None, PyList, typeOf, type PyValue } from '../objects/object.js';
import { makeNativeModule, type PyModule } from '../objects/module.js';
import { Exc, newException, typeError } from '../objects/exceptions.js';
import { compareBool } from '../abstract.js';
import { registerBuiltinModule } from './registry.js';

const LT = 0;

function lessThan(a: PyValue, b: PyValue): boolean {
  return typeof a === 'number' && typeof b === 'number' ? a < b : compareBool(a, b, LT);
}

function changedSize(): never {
  throw newException(Exc.RuntimeError, 'list changed size during iteration');
}

/** Moves heap[pos] up towards startpos while it is smaller than its parent (CPython: siftdown). */
function siftDown(heap: PyList, startpos: number, pos: number, less: (a: PyValue, b: PyValue) => boolean): void {
  const size = heap.items.length;
  let newitem = heap.items[pos];
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const lt = less(newitem, heap.items[parentpos]);
    if (size !== heap.items.length) changedSize();
    if (!lt) break;
    // Re-read both: a comparison may have replaced items (the size is checked above).
    const arr = heap.items;
    const parent = arr[parentpos];
    newitem = arr[pos];
    arr[parentpos] = newitem;
    arr[pos] = parent;
    pos = parentpos;
  }
}

/** Moves the smaller child up until a leaf, then sifts the item down (CPython: siftup). */
function siftUp(heap: PyList, pos: number, less: (a: PyValue, b: PyValue) => boolean): void {
  const endpos = heap.items.length;
  const startpos = pos;
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const lt = less(heap.items[childpos], heap.items[childpos + 1]);
      if (!lt) childpos++;
      if (endpos !== heap.items.length) changedSize();
    }
    const arr = heap.items;
    const tmp = arr[childpos];
    arr[childpos] = arr[pos];
    arr[pos] = tmp;
    pos = childpos;
  }
  siftDown(heap, startpos, pos, less);
}

function greaterThan(a: PyValue, b: PyValue): boolean {
  return lessThan(b, a);
}

function argCount(name: string, args: PyValue[], kwnames: readonly string[] | null, n: number): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`_heapq.${name}() takes no keyword arguments`);
  if (args.length !== n) {
    throw typeError(n === 1
      ? `_heapq.${name}() takes exactly one argument (${args.length} given)`
      : `${name} expected ${n} arguments, got ${args.length}`);
  }
}

function listArg(name: string, v: PyValue, which: string): PyList {
  if (v instanceof PyList) return v;
  // Argument Clinic's wording (_PyArg_BadArgument): None by name, anything else by its type.
  throw typeError(`${name}() argument${which} must be list, not ${v === None ? 'None' : typeOf(v).name}`);
}

function pop(name: string, less: (a: PyValue, b: PyValue) => boolean) {
  return (_s: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue => {
    argCount(name, args, kwnames, 1);
    const heap = listArg(name, args[0], '');
    const last = heap.items.pop();
    if (last === undefined) throw newException(Exc.IndexError, 'index out of range');
    if (heap.items.length === 0) return last;
    const top = heap.items[0];
    heap.items[0] = last;
    siftUp(heap, 0, less);
    return top;
  };
}

function replace(name: string, less: (a: PyValue, b: PyValue) => boolean) {
  return (_s: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue => {
    argCount(name, args, kwnames, 2);
    const heap = listArg(name, args[0], ' 1');
    if (heap.items.length === 0) throw newException(Exc.IndexError, 'index out of range');
    const top = heap.items[0];
    heap.items[0] = args[1];
    siftUp(heap, 0, less);
    return top;
  };
}

function heapify(name: string, less: (a: PyValue, b: PyValue) => boolean) {
  return (_s: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue => {
    argCount(name, args, kwnames, 1);
    const heap = listArg(name, args[0], '');
    for (let i = (heap.items.length >> 1) - 1; i >= 0; i--) siftUp(heap, i, less);
    return None;
  };
}

function build(): PyModule {
  return makeNativeModule('_heapq', {
    heappush: (_s, args, kwnames) => {
      argCount('heappush', args, kwnames, 2);
      const heap = listArg('heappush', args[0], ' 1');
      heap.items.push(args[1]);
      siftDown(heap, 0, heap.items.length - 1, lessThan);
      return None;
    },
    heappop: pop('heappop', lessThan),
    heapreplace: replace('heapreplace', lessThan),
    heappushpop: (_s, args, kwnames) => {
      argCount('heappushpop', args, kwnames, 2);
      const heap = listArg('heappushpop', args[0], ' 1');
      const item = args[1];
      if (heap.items.length === 0) return item;
      if (!lessThan(heap.items[0], item)) return item;
      if (heap.items.length === 0) throw newException(Exc.IndexError, 'index out of range');
      const top = heap.items[0];
      heap.items[0] = item;
      siftUp(heap, 0, lessThan);
      return top;
    },
    heapify: heapify('heapify', lessThan),
    _heappop_max: pop('_heappop_max', greaterThan),
    _heapreplace_max: replace('_heapreplace_max', greaterThan),
    _heapify_max: heapify('_heapify_max', greaterThan),
  }, {
    __about__: 'Heap queues',
  });
}

registerBuiltinModule('_heapq', build);

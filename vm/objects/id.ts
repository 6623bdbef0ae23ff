/**
 * Object identity numbers: `id(o)`, the default `hash(o)` and the addresses in reprs such as
 * `<function f at 0x7f3a1c2b4e50>`. Heap objects get a number on first request, kept in a
 * WeakMap so it is stable for the object's life; values with no identity in JS (ints, strs,
 * bools) get one per distinct value, as CPython's interned small objects would.
 * CPython: the object's address (Python/bltinmodule.c builtin_id).
 */
import type { PyValue } from './object.js';

/** Like a 64-bit Linux heap address; steps of 16 as aligned allocations. */
const BASE = 0x7f0000001000;
let nextId = BASE;
const heapIds = new WeakMap<object, number>();
const valueIds = new Map<number | bigint | boolean | string, number>();

/** CPython: id(o) — stable per object (per value for JS primitives). */
export function objectId(o: PyValue): number {
  if (typeof o === 'object') {
    let id = heapIds.get(o);
    if (id === undefined) {
      id = nextId;
      nextId += 16;
      heapIds.set(o, id);
    }
    return id;
  }
  let id = valueIds.get(o);
  if (id === undefined) {
    id = nextId;
    nextId += 16;
    valueIds.set(o, id);
  }
  return id;
}

/** CPython: _Py_HashPointer — the default `object.__hash__` (address rotated by 4 bits). */
export function identityHash(o: PyValue): number {
  return objectId(o) / 16;
}

/** `0x7f...` as reprs print an address. */
export function hexId(o: PyValue): string {
  return '0x' + objectId(o).toString(16).padStart(12, '0');
}

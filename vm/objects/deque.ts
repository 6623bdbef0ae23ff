/**
 * collections.deque: a ring buffer (power-of-two capacity, a head index and a length), so
 * appends and pops at either end are O(1) as in CPython's linked list of blocks. `state` counts
 * structural changes; iterators and scans compare it to report "deque mutated during
 * iteration". The methods are installed by deque_methods.ts. CPython: Modules/_collectionsmodule.c.
 */
import { ObjectType, PyIterator, PyObject, PyType, TPFLAGS_BASETYPE, type PyValue } from './object.js';
import { Exc, newException } from './exceptions.js';

/** A builtin type whose tp_name carries its module, as `collections.deque` does. */
function dottedType(module: string, name: string, flags: number): PyType {
  const t = new PyType(`${module}.${name}`, ObjectType, flags);
  t.qualname = name;
  t.module = module;
  return t;
}

export const DequeType = dottedType('collections', 'deque', TPFLAGS_BASETYPE);
export const DequeIterType = dottedType('_collections', '_deque_iterator', 0);
export const DequeRevIterType = dottedType('_collections', '_deque_reverse_iterator', 0);

const MIN_CAPACITY = 8;

export class PyDeque extends PyObject {
  buf: (PyValue | undefined)[];
  /** Physical slot of item 0. */
  head: number;
  size: number;
  /** -1 when unbounded (CPython: maxlen == -1). */
  maxlen: number;
  /** Bumped by every append, pop, rotate and clear (CPython: deque->state). */
  state: number;
  constructor(type: PyType = DequeType) {
    super(type);
    this.buf = new Array(MIN_CAPACITY);
    this.head = 0;
    this.size = 0;
    this.maxlen = -1;
    this.state = 0;
  }

  get(i: number): PyValue {
    return this.buf[(this.head + i) & (this.buf.length - 1)] as PyValue;
  }

  set(i: number, v: PyValue): void {
    this.buf[(this.head + i) & (this.buf.length - 1)] = v;
  }

  private grow(): void {
    const old = this.buf, n = this.size, mask = old.length - 1;
    const buf: (PyValue | undefined)[] = new Array(old.length * 2);
    for (let i = 0; i < n; i++) buf[i] = old[(this.head + i) & mask];
    this.buf = buf;
    this.head = 0;
  }

  /** Appends at the right without trimming. */
  pushRight(v: PyValue): void {
    if (this.size === this.buf.length) this.grow();
    this.buf[(this.head + this.size) & (this.buf.length - 1)] = v;
    this.size++;
    this.state++;
  }

  pushLeft(v: PyValue): void {
    if (this.size === this.buf.length) this.grow();
    this.head = (this.head - 1) & (this.buf.length - 1);
    this.buf[this.head] = v;
    this.size++;
    this.state++;
  }

  /** Removes and returns the rightmost item; the caller checks that there is one. */
  popRight(): PyValue {
    const j = (this.head + this.size - 1) & (this.buf.length - 1);
    const v = this.buf[j] as PyValue;
    this.buf[j] = undefined;
    this.size--;
    this.state++;
    return v;
  }

  popLeft(): PyValue {
    const v = this.buf[this.head] as PyValue;
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.size--;
    this.state++;
    return v;
  }

  /** CPython: deque_append_internal — append, then drop from the left past maxlen. */
  append(v: PyValue): void {
    this.pushRight(v);
    if (this.maxlen >= 0 && this.size > this.maxlen) this.popLeft();
  }

  appendLeft(v: PyValue): void {
    this.pushLeft(v);
    if (this.maxlen >= 0 && this.size > this.maxlen) this.popRight();
  }

  clear(): void {
    this.buf = new Array(MIN_CAPACITY);
    this.head = 0;
    this.size = 0;
    this.state++;
  }

  toArray(): PyValue[] {
    const out: PyValue[] = new Array(this.size);
    for (let i = 0; i < this.size; i++) out[i] = this.get(i);
    return out;
  }

  /** CPython: _deque_rotate — n steps to the right (negative: to the left). */
  rotate(n: number): void {
    const len = this.size;
    if (len <= 1) return;
    const half = len >> 1;
    if (n > half || n < -half) {
      n %= len;
      if (n > half) n -= len;
      else if (n <= -half) n += len;
    }
    this.state++;
    if (n === 0) return;
    const mask = this.buf.length - 1;
    if (this.size === this.buf.length) {
      // Full buffer: rotating is moving the head.
      this.head = (this.head - n) & mask;
      return;
    }
    for (; n > 0; n--) {
      const j = (this.head + this.size - 1) & mask;
      this.head = (this.head - 1) & mask;
      this.buf[this.head] = this.buf[j];
      this.buf[j] = undefined;
    }
    for (; n < 0; n++) {
      const j = (this.head + this.size) & mask;
      this.buf[j] = this.buf[this.head];
      this.buf[this.head] = undefined;
      this.head = (this.head + 1) & mask;
    }
  }
}

/** Forward or reverse iteration that fails once the deque changes shape (CPython: dequeiter). */
export class DequeIterator extends PyIterator {
  index: number;
  counter: number;
  readonly state: number;
  constructor(readonly deque: PyDeque, readonly reverse: boolean) {
    super(reverse ? DequeRevIterType : DequeIterType);
    this.index = reverse ? deque.size - 1 : 0;
    this.counter = deque.size;
    this.state = deque.state;
  }
  next(): PyValue | null {
    if (this.deque.state !== this.state) {
      this.counter = 0;
      throw newException(Exc.RuntimeError, 'deque mutated during iteration');
    }
    if (this.counter === 0) return null;
    const v = this.deque.get(this.index);
    this.index += this.reverse ? -1 : 1;
    this.counter--;
    return v;
  }
}

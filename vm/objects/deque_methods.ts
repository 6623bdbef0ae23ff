/**
 * The methods of collections.deque over the ring buffer of deque.ts: construction with maxlen,
 * the end operations, rotate/insert/remove/index by rotation as CPython does, sequence
 * indexing, + * and their in-place forms, comparisons, repr and copying. Messages follow
 * CPython 3.11. CPython: Modules/_collectionsmodule.c (deque_*).
 */
import {
  None, NotImplemented, PyBuiltinFunction, PyTuple, PyType, defGetSet, defMethod, isSubtype, shortTypeName, typeOf,
  type PyValue,
} from './object.js';
import { Exc, newException, typeError, valueError } from './exceptions.js';
import { defIteratorType, getIter, iterNext, repr as pyRepr } from '../abstract.js';
import { callObject } from '../call.js';
import { asIndex } from './slice.js';
import { EQ, GE, GT, LE, LT, NE, eqBool, reprEnter, reprLeave, repeatCount, seqRichCompare } from './tuple.js';
import { checkArgCount, noKwargs } from './native_args.js';
import { DequeIterType, DequeIterator, DequeRevIterType, DequeType, PyDeque } from './deque.js';
import { ensureInstanceDict } from '../attributes.js';

function asDeque(v: PyValue): PyDeque {
  if (v instanceof PyDeque) return v;
  throw typeError(`descriptor requires a 'collections.deque' object but received a '${typeOf(v).name}'`);
}

/** CPython: PyLong_AsSsize_t on maxlen (no __index__: only ints). */
function maxlenArg(v: PyValue): number {
  if (v === None) return -1;
  let n: number;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'boolean') n = v ? 1 : 0;
  else if (typeof v === 'bigint') {
    if (v >= 0n) throw newException(Exc.OverflowError, 'Python int too large to convert to C ssize_t');
    n = -1;
  } else throw typeError('an integer is required');
  if (n < 0) throw valueError('maxlen must be non-negative');
  return n;
}

function indexArg(v: PyValue): number {
  const i = asIndex(v);
  if (i === null) throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  if (typeof i === 'bigint') throw newException(Exc.OverflowError, 'Python int too large to convert to C ssize_t');
  return i;
}

/** CPython: deque_extend (self-extension iterates a snapshot; maxlen 0 just drains). */
function extend(d: PyDeque, iterable: PyValue, left: boolean): void {
  if (iterable === d) {
    for (const v of d.toArray()) left ? d.appendLeft(v) : d.append(v);
    return;
  }
  const it = getIter(iterable);
  for (let v = iterNext(it); v !== null; v = iterNext(it)) {
    if (d.maxlen === 0) continue;
    left ? d.appendLeft(v) : d.append(v);
  }
}

/** The item position for d[i] (CPython: deque_item's bounds check). */
function itemIndex(d: PyDeque, key: PyValue): number {
  const k = asIndex(key);
  if (k === null) throw typeError(`sequence index must be integer, not '${typeOf(key).name}'`);
  let i = typeof k === 'bigint' ? -1 : k;
  if (i < 0 && typeof k === 'number') i += d.size;
  if (i < 0 || i >= d.size) throw newException(Exc.IndexError, 'deque index out of range');
  return i;
}

/** CPython: deque_del_item — rotate the item to the left end, pop it, rotate back. */
function delItem(d: PyDeque, i: number): void {
  d.rotate(-i);
  d.popLeft();
  d.rotate(i);
}

/** CPython: deque_copy — subclasses are rebuilt by calling their type. */
function copyOf(d: PyDeque): PyDeque {
  if (d.ob_type === DequeType) {
    const c = new PyDeque();
    c.maxlen = d.maxlen;
    for (let i = 0; i < d.size; i++) c.pushRight(d.get(i));
    return c;
  }
  const args: PyValue[] = d.maxlen < 0 ? [d] : [d, d.maxlen];
  const r = callObject(d.ob_type, args, null);
  if (!(r instanceof PyDeque)) throw typeError(`${shortTypeName(d.ob_type)}() must return a deque, not ${typeOf(r).name}`);
  return r;
}

/** CPython: deque_inplace_repeat. */
function repeatInPlace(d: PyDeque, n: number): PyDeque {
  const size = d.size;
  if (n <= 0 || size === 0) {
    if (n <= 0) d.clear();
    return d;
  }
  if (d.maxlen >= 0 && n * size > d.maxlen) n = Math.ceil(d.maxlen / size) + 1;
  if (size * n > 0x7fffffff) throw newException(Exc.MemoryError);
  const items = d.toArray();
  for (let k = 1; k < n; k++) for (const v of items) d.append(v);
  return d;
}

function repeatArg(v: PyValue): number {
  const n = repeatCount(v, 'deque');
  if (n !== null) return n;
  const k = asIndex(v);
  if (k === null) throw typeError(`can't multiply sequence by non-int of type '${typeOf(v).name}'`);
  return repeatCount(k, 'deque') as number;
}

function dequeRepr(d: PyDeque): string {
  if (reprEnter(d)) return '[...]';
  let body: string;
  try {
    body = '[' + d.toArray().map(pyRepr).join(', ') + ']';
  } finally {
    reprLeave(d);
  }
  const name = shortTypeName(d.ob_type);
  return d.maxlen >= 0 ? `${name}(${body}, maxlen=${d.maxlen})` : `${name}(${body})`;
}

/** A scan that raises if a comparison changes the deque (count, index, in). */
function scan(d: PyDeque, x: PyValue, start: number, stop: number, stopAtMatch: boolean, onMatch: (i: number) => void): boolean {
  const state = d.state;
  for (let i = start; i < stop && i < d.size; i++) {
    const hit = eqBool(d.get(i), x);
    if (hit && stopAtMatch) {
      onMatch(i);
      return true;
    }
    if (d.state !== state) throw newException(Exc.RuntimeError, 'deque mutated during iteration');
    if (hit) onMatch(i);
  }
  return false;
}

function install(): void {
  const D = DequeType;
  defIteratorType(DequeIterType);
  defIteratorType(DequeRevIterType);
  D.dict.set('__new__', new PyBuiltinFunction('__new__', (_s, a) => {
    const cls = a[0];
    if (!(cls instanceof PyType) || !isSubtype(cls, D)) throw typeError('deque.__new__(X): X is not a subtype of deque');
    return new PyDeque(cls);
  }, D));
  defMethod(D, '__init__', (s, a, kw) => {
    const d = asDeque(s);
    const nkw = kw === null ? 0 : kw.length;
    const npos = a.length - nkw;
    if (a.length > 2) throw typeError(`deque() takes at most 2 arguments (${a.length} given)`);
    let iterable: PyValue | undefined = npos > 0 ? a[0] : undefined;
    let maxlen: PyValue | undefined = npos > 1 ? a[1] : undefined;
    for (let k = 0; k < nkw; k++) {
      const name = kw![k], v = a[npos + k];
      if (name === 'iterable' && npos < 1) iterable = v;
      else if (name === 'maxlen' && npos < 2) maxlen = v;
      else if (name === 'iterable' || name === 'maxlen') {
        throw typeError(`argument for deque() given by name ('${name}') and position (${name === 'iterable' ? 1 : 2})`);
      } else throw typeError(`'${name}' is an invalid keyword argument for deque()`);
    }
    d.maxlen = maxlen === undefined ? -1 : maxlenArg(maxlen);
    if (d.size > 0) d.clear();
    if (iterable !== undefined) extend(d, iterable, false);
    return None;
  });
  D.dict.set('__hash__', None);
  D.dict.set('__doc__', 'deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.');
  defGetSet(D, 'maxlen', (s) => {
    const m = asDeque(s).maxlen;
    return m < 0 ? None : m;
  });
  const simple = (name: string, nargs: number, f: (d: PyDeque, a: PyValue[]) => PyValue): void => {
    defMethod(D, name, (s, a, kw) => {
      noKwargs(`deque.${name}`, kw);
      checkArgCount(`deque.${name}`, a, nargs, nargs);
      return f(asDeque(s), a);
    });
  };
  simple('append', 1, (d, a) => (d.append(a[0]), None));
  simple('appendleft', 1, (d, a) => (d.appendLeft(a[0]), None));
  simple('extend', 1, (d, a) => (extend(d, a[0], false), None));
  simple('extendleft', 1, (d, a) => (extend(d, a[0], true), None));
  simple('pop', 0, (d) => {
    if (d.size === 0) throw newException(Exc.IndexError, 'pop from an empty deque');
    return d.popRight();
  });
  simple('popleft', 0, (d) => {
    if (d.size === 0) throw newException(Exc.IndexError, 'pop from an empty deque');
    return d.popLeft();
  });
  simple('clear', 0, (d) => (d.clear(), None));
  simple('copy', 0, (d) => copyOf(d));
  simple('__copy__', 0, (d) => copyOf(d));
  simple('reverse', 0, (d) => {
    const items = d.toArray();
    for (let i = 0; i < items.length; i++) d.set(i, items[items.length - 1 - i]);
    return None;
  });
  simple('count', 1, (d, a) => {
    let n = 0;
    scan(d, a[0], 0, d.size, false, () => n++);
    return n;
  });
  simple('remove', 1, (d, a) => {
    const state = d.state;
    for (let i = 0; i < d.size; i++) {
      const hit = eqBool(d.get(i), a[0]);
      if (d.state !== state) throw newException(Exc.IndexError, 'deque mutated during iteration');
      if (hit) {
        delItem(d, i);
        return None;
      }
    }
    throw valueError(`${pyRepr(a[0])} is not in deque`);
  });
  defMethod(D, 'rotate', (s, a, kw) => {
    noKwargs('deque.rotate', kw);
    checkArgCount('deque.rotate', a, 0, 1);
    const d = asDeque(s);
    if (a.length === 0) d.rotate(1);
    else {
      d.rotate(indexArg(a[0]));
    }
    return None;
  });
  defMethod(D, 'insert', (s, a, kw) => {
    noKwargs('deque.insert', kw);
    if (a.length !== 2) throw typeError(`insert() takes exactly 2 arguments (${a.length} given)`);
    const d = asDeque(s);
    const index = indexArg(a[0]), v = a[1], n = d.size;
    if (d.maxlen === n) throw newException(Exc.IndexError, 'deque already at its maximum size');
    if (index >= n) d.append(v);
    else if (index <= -n || index === 0) d.appendLeft(v);
    else {
      d.rotate(-index);
      if (index < 0) d.append(v);
      else d.appendLeft(v);
      d.rotate(index);
    }
    return None;
  });
  defMethod(D, 'index', (s, a, kw) => {
    noKwargs('deque.index', kw);
    if (a.length < 1) throw typeError(`index() takes at least 1 argument (${a.length} given)`);
    if (a.length > 3) throw typeError(`index() takes at most 3 arguments (${a.length} given)`);
    const d = asDeque(s), n = d.size;
    const bound = (v: PyValue | undefined, dflt: number): number => {
      if (v === undefined) return dflt;
      const k = asIndex(v);
      if (k === null) throw typeError('slice indices must be integers or have an __index__ method');
      return typeof k === 'bigint' ? (k < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER) : k;
    };
    let start = bound(a[1], 0), stop = bound(a[2], n);
    if (start < 0) start = Math.max(0, start + n);
    if (stop < 0) stop = Math.max(0, stop + n);
    if (stop > n) stop = n;
    if (start > stop) start = stop;
    let found = -1;
    scan(d, a[0], start, stop, true, (i) => (found = i));
    if (found < 0) throw valueError(`${pyRepr(a[0])} is not in deque`);
    return found;
  });
  defMethod(D, '__len__', (s) => asDeque(s).size);
  defMethod(D, '__contains__', (s, a) => {
    const d = asDeque(s);
    return scan(d, a[0], 0, d.size, true, () => undefined);
  });
  defMethod(D, '__iter__', (s) => new DequeIterator(asDeque(s), false));
  defMethod(D, '__reversed__', (s) => new DequeIterator(asDeque(s), true));
  defMethod(D, '__getitem__', (s, a) => {
    const d = asDeque(s);
    return d.get(itemIndex(d, a[0]));
  });
  defMethod(D, '__setitem__', (s, a) => {
    const d = asDeque(s);
    d.set(itemIndex(d, a[0]), a[1]);
    return None;
  });
  defMethod(D, '__delitem__', (s, a) => {
    const d = asDeque(s);
    delItem(d, itemIndex(d, a[0]));
    return None;
  });
  defMethod(D, '__repr__', (s) => dequeRepr(asDeque(s)));
  defMethod(D, '__add__', (s, a) => {
    const o = a[0];
    if (!(o instanceof PyDeque)) throw typeError(`can only concatenate deque (not "${typeOf(o).name}") to deque`);
    const r = copyOf(asDeque(s));
    extend(r, o, false);
    return r;
  });
  defMethod(D, '__iadd__', (s, a) => {
    const d = asDeque(s);
    extend(d, a[0], false);
    return d;
  });
  const mul = (s: PyValue, a: PyValue[]): PyValue => repeatInPlace(copyOf(asDeque(s)), repeatArg(a[0]));
  defMethod(D, '__mul__', mul);
  defMethod(D, '__rmul__', mul);
  defMethod(D, '__imul__', (s, a) => repeatInPlace(asDeque(s), repeatArg(a[0])));
  const cmp = (op: number) => (s: PyValue, a: PyValue[]): PyValue => {
    const o = a[0];
    if (!(o instanceof PyDeque)) return NotImplemented;
    return seqRichCompare(asDeque(s).toArray(), o.toArray(), op);
  };
  defMethod(D, '__lt__', cmp(LT));
  defMethod(D, '__le__', cmp(LE));
  defMethod(D, '__eq__', cmp(EQ));
  defMethod(D, '__ne__', cmp(NE));
  defMethod(D, '__gt__', cmp(GT));
  defMethod(D, '__ge__', cmp(GE));
  defMethod(D, '__reduce__', (s) => {
    const d = asDeque(s);
    const state = ensureInstanceDict(d) ?? None;
    const args = d.maxlen < 0 ? new PyTuple([]) : new PyTuple([new PyTuple([]), d.maxlen]);
    return new PyTuple([d.ob_type, args, state, new DequeIterator(d, false)]);
  });
}

install();

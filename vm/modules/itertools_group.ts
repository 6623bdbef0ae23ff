/**
 * `itertools.groupby` (with its `_grouper` sub-iterators, which stop once the parent moves on)
 * and `itertools.tee` (copies sharing a linked list of 57-item buffers, so values are read from
 * the source once and dropped when every copy has passed them).
 * CPython: Modules/itertoolsmodule.c (groupby_next, _grouper_next, teedataobject, tee).
 */
import { None, PyIterator, PyTuple, type PyType, type PyValue } from '../objects/object.js';
import { Exc, newException } from '../objects/exceptions.js';
import { eq, getAttrOrNull, getIter, iterNext, index as pyIndex } from '../abstract.js';
import { callObject } from '../call.js';

import { checkPositional, clinicArgs, defNewKw, itertoolsType, noKeywords } from './itertools_util.js';
import { defMethod } from '../objects/object.js';

export const GroupbyType = itertoolsType('groupby');
export const GrouperType = itertoolsType('_grouper', false);
export const TeeType = itertoolsType('_tee', false);

class GroupbyIter extends PyIterator {
  tgtkey: PyValue | null;
  currkey: PyValue | null;
  currvalue: PyValue | null;
  currgrouper: GrouperIter | null;
  constructor(type: PyType, readonly it: PyValue, readonly keyfunc: PyValue) {
    super(type);
    this.tgtkey = null;
    this.currkey = null;
    this.currvalue = null;
    this.currgrouper = null;
  }
  /** CPython: groupby_step; false when the source is exhausted. */
  step(): boolean {
    const v = iterNext(this.it);
    if (v === null) return false;
    const k = this.keyfunc === None ? v : callObject(this.keyfunc, [v], null);
    this.currvalue = v;
    this.currkey = k;
    return true;
  }
  next(): PyValue | null {
    this.currgrouper = null;
    for (;;) {
      if (this.currkey !== null) {
        if (this.tgtkey === null) break;
        if (!eq(this.tgtkey, this.currkey)) break;
      }
      if (!this.step()) return null;
    }
    this.tgtkey = this.currkey;
    const g = new GrouperIter(this, this.tgtkey!);
    this.currgrouper = g;
    return new PyTuple([this.currkey!, g]);
  }
}

class GrouperIter extends PyIterator {
  constructor(readonly parent: GroupbyIter, readonly tgtkey: PyValue) {
    super(GrouperType);
  }
  next(): PyValue | null {
    const gbo = this.parent;
    if (gbo.currgrouper !== this) return null;
    if (gbo.currvalue === null && !gbo.step()) return null;
    if (!eq(this.tgtkey, gbo.currkey!)) return null;
    const r = gbo.currvalue!;
    gbo.currvalue = null;
    gbo.currkey = null;
    return r;
  }
}

const LINKCELLS = 57;

/** One buffer of values read from the shared source (CPython: teedataobject). */
class TeeData {
  readonly values: PyValue[];
  nextLink: TeeData | null;
  running: boolean;
  constructor(readonly it: PyValue) {
    this.values = [];
    this.nextLink = null;
    this.running = false;
  }
  jumplink(): TeeData {
    if (this.nextLink === null) this.nextLink = new TeeData(this.it);
    return this.nextLink;
  }
  getitem(i: number): PyValue | null {
    if (i < this.values.length) return this.values[i];
    if (this.running) throw newException(Exc.RuntimeError, 'cannot re-enter the tee iterator');
    this.running = true;
    let v: PyValue | null;
    try {
      v = iterNext(this.it);
    } finally {
      this.running = false;
    }
    if (v === null) return null;
    this.values.push(v);
    return v;
  }
}

class TeeIter extends PyIterator {
  data: TeeData;
  index: number;
  constructor(data: TeeData, index: number) {
    super(TeeType);
    this.data = data;
    this.index = index;
  }
  next(): PyValue | null {
    if (this.index >= LINKCELLS) {
      this.data = this.data.jumplink();
      this.index = 0;
    }
    const v = this.data.getitem(this.index);
    if (v === null) return null;
    this.index++;
    return v;
  }
}

function teeFromIterable(iterable: PyValue): TeeIter {
  const it = getIter(iterable);
  if (it instanceof TeeIter) return new TeeIter(it.data, it.index);
  return new TeeIter(new TeeData(it), 0);
}

function install(): void {
  defNewKw(GroupbyType, (cls, a, kw) => {
    const [iterable, key] = clinicArgs('groupby', a, kw, ['iterable', 'key'], 1);
    return new GroupbyIter(cls, getIter(iterable!), key ?? None);
  });
  defNewKw(TeeType, (_cls, a, kw) => {
    noKeywords('_tee', kw);
    checkPositional('_tee', a.length, 1, 1);
    return teeFromIterable(a[0]);
  });
  defMethod(TeeType, '__copy__', s => {
    const t = s as TeeIter;
    return new TeeIter(t.data, t.index);
  });
}

install();

/** CPython: itertools_tee_impl. */
export function tee(iterable: PyValue, n: number): PyTuple {
  if (n < 0) throw newException(Exc.ValueError, 'n must be >= 0');
  if (n === 0) return new PyTuple([]);
  const it = getIter(iterable);
  const out: PyValue[] = [];
  let copyable: PyValue;
  let copyfunc = getAttrOrNull(it, '__copy__');
  if (copyfunc !== null) copyable = it;
  else {
    copyable = new TeeIter(new TeeData(it), 0);
    copyfunc = null;
  }
  out.push(copyable);
  for (let i = 1; i < n; i++) {
    copyable = copyfunc !== null ? callObject(copyfunc, [], null) : new TeeIter((copyable as TeeIter).data, (copyable as TeeIter).index);
    if (copyfunc !== null) copyfunc = getAttrOrNull(copyable, '__copy__');
    out.push(copyable);
  }
  return new PyTuple(out);
}

/** The `tee(iterable, n=2, /)` function. */
export function teeFunction(_s: PyValue, a: PyValue[], kw: readonly string[] | null): PyValue {
  noKeywords('tee', kw);
  checkPositional('tee', a.length, 1, 2);
  const n = a.length > 1 ? pyIndex(a[1]) : 2;
  return tee(a[0], Number(n));
}

export const groupTeeTypes: PyType[] = [GroupbyType, GrouperType, TeeType];

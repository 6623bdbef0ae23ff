/**
 * The `itertools` module, part 1: the infinite iterators (count, cycle, repeat) and the ones
 * that filter or re-slice one input (accumulate, chain, compress, dropwhile, filterfalse,
 * islice, pairwise, starmap, takewhile, zip_longest). Each is a small PyIterator class; the
 * combinatoric ones are in itertools_comb.ts, groupby and tee in itertools_group.ts.
 * CPython: Modules/itertoolsmodule.c.
 */
import {
  None, PyBuiltinFunction, PyFloat, PyIterator, PyTuple, PyType, defMethod, typeOf, type PyValue,
} from '../objects/object.js';
import { Exc, newException, typeError } from '../objects/exceptions.js';
import { makeNativeModule, type PyModule } from '../objects/module.js';
import { registerBuiltinModule } from './registry.js';
import { K_FLOAT, K_INT, K_COMPLEX, numKind } from '../objects/numeric.js';
import { NB, binaryOp, getIter, isTrue, iterNext, repr as pyRepr, index as pyIndex, toArray } from '../abstract.js';
import { callObject } from '../call.js';

import { newClassMethod } from '../objects/descriptors.js';
import { checkPositional, clinicArgs, defNewKw, itertoolsType, noKeywords } from './itertools_util.js';
import { combinatoricTypes } from './itertools_comb.js';
import { groupTeeTypes, teeFunction } from './itertools_group.js';
import { lookupType } from '../objects/object.js';

const MAXSIZE = 9223372036854775807n;

// ---- count ----

export const CountType = itertoolsType('count');

class CountIter extends PyIterator {
  cnt: PyValue;
  readonly step: PyValue;
  constructor(type: PyType, start: PyValue, step: PyValue) {
    super(type);
    this.cnt = start;
    this.step = step;
  }
  next(): PyValue {
    const c = this.cnt, s = this.step;
    this.cnt = typeof c === 'number' && typeof s === 'number' && Number.isSafeInteger(c + s) ? c + s : binaryOp(c, s, NB.ADD);
    return c;
  }
}

function isNumber(v: PyValue): boolean {
  const k = numKind(v);
  if (k === K_INT || k === K_FLOAT || k === K_COMPLEX) return true;
  if (typeof v === 'string') return false;
  const t = typeOf(v);
  return lookupType(t, '__index__') !== undefined || lookupType(t, '__float__') !== undefined || lookupType(t, '__int__') !== undefined;
}

// ---- cycle ----

export const CycleType = itertoolsType('cycle');

class CycleIter extends PyIterator {
  it: PyValue | null;
  readonly saved: PyValue[];
  index: number;
  constructor(type: PyType, it: PyValue) {
    super(type);
    this.it = it;
    this.saved = [];
    this.index = 0;
  }
  next(): PyValue | null {
    if (this.it !== null) {
      const v = iterNext(this.it);
      if (v !== null) {
        this.saved.push(v);
        return v;
      }
      this.it = null;
    }
    if (this.saved.length === 0) return null;
    const v = this.saved[this.index];
    this.index = this.index + 1 === this.saved.length ? 0 : this.index + 1;
    return v;
  }
}

// ---- repeat ----

export const RepeatType = itertoolsType('repeat');

class RepeatIter extends PyIterator {
  readonly element: PyValue;
  cnt: number;
  constructor(type: PyType, element: PyValue, cnt: number) {
    super(type);
    this.element = element;
    this.cnt = cnt;
  }
  next(): PyValue | null {
    if (this.cnt === 0) return null;
    if (this.cnt > 0) this.cnt--;
    return this.element;
  }
}

// ---- accumulate ----

export const AccumulateType = itertoolsType('accumulate');

class AccumulateIter extends PyIterator {
  total: PyValue | null;
  initial: PyValue | null;
  constructor(type: PyType, readonly it: PyValue, readonly func: PyValue, initial: PyValue | null) {
    super(type);
    this.total = null;
    this.initial = initial;
  }
  next(): PyValue | null {
    if (this.initial !== null) {
      this.total = this.initial;
      this.initial = null;
      return this.total;
    }
    const v = iterNext(this.it);
    if (v === null) return null;
    const t = this.total;
    if (t === null) this.total = v;
    else if (this.func === None) this.total = binaryOp(t, v, NB.ADD);
    else this.total = callObject(this.func, [t, v], null);
    return this.total;
  }
}

// ---- chain ----

export const ChainType = itertoolsType('chain');

class ChainIter extends PyIterator {
  source: PyValue | null;
  active: PyValue | null;
  constructor(type: PyType, source: PyValue) {
    super(type);
    this.source = source;
    this.active = null;
  }
  next(): PyValue | null {
    while (this.source !== null) {
      if (this.active === null) {
        const iterable = iterNext(this.source);
        if (iterable === null) {
          this.source = null;
          return null;
        }
        this.active = getIter(iterable);
      }
      const v = iterNext(this.active);
      if (v !== null) return v;
      this.active = null;
    }
    return null;
  }
}

// ---- compress, dropwhile, takewhile, filterfalse, starmap, pairwise ----

export const CompressType = itertoolsType('compress');

class CompressIter extends PyIterator {
  constructor(type: PyType, readonly data: PyValue, readonly selectors: PyValue) {
    super(type);
  }
  next(): PyValue | null {
    for (;;) {
      const d = iterNext(this.data);
      if (d === null) return null;
      const s = iterNext(this.selectors);
      if (s === null) return null;
      if (isTrue(s)) return d;
    }
  }
}

export const DropwhileType = itertoolsType('dropwhile');

class DropwhileIter extends PyIterator {
  dropping: boolean;
  constructor(type: PyType, readonly func: PyValue, readonly it: PyValue) {
    super(type);
    this.dropping = true;
  }
  next(): PyValue | null {
    for (;;) {
      const v = iterNext(this.it);
      if (v === null) return null;
      if (!this.dropping) return v;
      if (!isTrue(callObject(this.func, [v], null))) {
        this.dropping = false;
        return v;
      }
    }
  }
}

export const TakewhileType = itertoolsType('takewhile');

class TakewhileIter extends PyIterator {
  stopped: boolean;
  constructor(type: PyType, readonly func: PyValue, readonly it: PyValue) {
    super(type);
    this.stopped = false;
  }
  next(): PyValue | null {
    if (this.stopped) return null;
    const v = iterNext(this.it);
    if (v === null) return null;
    if (isTrue(callObject(this.func, [v], null))) return v;
    this.stopped = true;
    return null;
  }
}

export const FilterfalseType = itertoolsType('filterfalse');

class FilterfalseIter extends PyIterator {
  constructor(type: PyType, readonly func: PyValue, readonly it: PyValue) {
    super(type);
  }
  next(): PyValue | null {
    for (;;) {
      const v = iterNext(this.it);
      if (v === null) return null;
      const ok = this.func === None ? isTrue(v) : isTrue(callObject(this.func, [v], null));
      if (!ok) return v;
    }
  }
}

export const StarmapType = itertoolsType('starmap');

class StarmapIter extends PyIterator {
  constructor(type: PyType, readonly func: PyValue, readonly it: PyValue) {
    super(type);
  }
  next(): PyValue | null {
    const args = iterNext(this.it);
    if (args === null) return null;
    return callObject(this.func, args instanceof PyTuple ? args.items : toArray(args), null);
  }
}

export const PairwiseType = itertoolsType('pairwise');

class PairwiseIter extends PyIterator {
  it: PyValue | null;
  old: PyValue | null;
  constructor(type: PyType, it: PyValue) {
    super(type);
    this.it = it;
    this.old = null;
  }
  next(): PyValue | null {
    const it = this.it;
    if (it === null) return null;
    if (this.old === null) {
      this.old = iterNext(it);
      if (this.old === null) {
        this.it = null;
        return null;
      }
    }
    const v = iterNext(it);
    if (v === null) {
      this.it = null;
      this.old = null;
      return null;
    }
    const r = new PyTuple([this.old, v]);
    this.old = v;
    return r;
  }
}

// ---- islice ----

export const IsliceType = itertoolsType('islice');

class IsliceIter extends PyIterator {
  it: PyValue | null;
  nextIdx: number;
  cnt: number;
  constructor(type: PyType, it: PyValue, start: number, readonly stop: number, readonly step: number) {
    super(type);
    this.it = it;
    this.nextIdx = start;
    this.cnt = 0;
  }
  next(): PyValue | null {
    const it = this.it;
    if (it === null) return null;
    while (this.cnt < this.nextIdx) {
      if (iterNext(it) === null) { this.it = null; return null; }
      this.cnt++;
    }
    if (this.stop !== -1 && this.cnt >= this.stop) { this.it = null; return null; }
    const v = iterNext(it);
    if (v === null) { this.it = null; return null; }
    this.cnt++;
    this.nextIdx += this.step;
    if (this.stop !== -1 && this.nextIdx > this.stop) this.nextIdx = this.stop;
    return v;
  }
}

/** An islice bound: None (→ dflt) or an int in [0, sys.maxsize]; -1 marks a bad value. */
function sliceIndex(v: PyValue, dflt: number): number {
  if (v === None) return dflt;
  if (numKind(v) === K_INT || (typeof v !== 'string' && !(v instanceof PyFloat) && lookupType(typeOf(v), '__index__') !== undefined)) {
    const n = pyIndex(v);
    if (n < 0 || n > MAXSIZE) return -2;
    return typeof n === 'bigint' ? Number.MAX_SAFE_INTEGER : n;
  }
  return -2;
}

// ---- zip_longest ----

export const ZipLongestType = itertoolsType('zip_longest');

class ZipLongestIter extends PyIterator {
  numactive: number;
  constructor(type: PyType, readonly its: (PyValue | null)[], readonly fill: PyValue) {
    super(type);
    this.numactive = its.length;
  }
  next(): PyValue | null {
    const its = this.its;
    if (its.length === 0 || this.numactive === 0) return null;
    const out: PyValue[] = new Array(its.length);
    for (let i = 0; i < its.length; i++) {
      const it = its[i];
      let v: PyValue | null = null;
      if (it !== null) {
        v = iterNext(it);
        if (v === null) {
          this.numactive--;
          if (this.numactive === 0) return null;
          its[i] = null;
        }
      }
      out[i] = v === null ? this.fill : v;
    }
    return new PyTuple(out);
  }
}

function install(): void {
  defNewKw(CountType, (cls, a, kw) => {
    const [start, step] = clinicArgs('count', a, kw, ['start', 'step'], 0);
    const s0 = start ?? 0, s1 = step ?? 1;
    if (!isNumber(s0) || !isNumber(s1)) throw typeError('a number is required');
    return new CountIter(cls, s0, s1);
  });
  defMethod(CountType, '__repr__', s => {
    const c = s as CountIter;
    const name = c.ob_type.name;
    if (c.step === 1 || (typeof c.step === 'bigint' && c.step === 1n)) return `${name}(${pyRepr(c.cnt)})`;
    return `${name}(${pyRepr(c.cnt)}, ${pyRepr(c.step)})`;
  });
  defNewKw(CycleType, (cls, a, kw) => {
    noKeywords('cycle', kw);
    checkPositional('cycle', a.length, 1, 1);
    return new CycleIter(cls, getIter(a[0]));
  });
  defNewKw(RepeatType, (cls, a, kw) => {
    const [obj, times] = clinicArgs('repeat', a, kw, ['object', 'times'], 1);
    let cnt = -1;
    if (times !== undefined) {
      const n = pyIndex(times);
      cnt = n < 0 ? 0 : Number(n);
    }
    return new RepeatIter(cls, obj!, cnt);
  });
  defMethod(RepeatType, '__repr__', s => {
    const r = s as RepeatIter;
    return r.cnt < 0 ? `${r.ob_type.name}(${pyRepr(r.element)})` : `${r.ob_type.name}(${pyRepr(r.element)}, ${r.cnt})`;
  });
  defMethod(RepeatType, '__length_hint__', s => {
    const r = s as RepeatIter;
    if (r.cnt < 0) throw typeError('len() of unsized object');
    return r.cnt;
  });
  defNewKw(AccumulateType, (cls, a, kw) => {
    const [iterable, func, initial] = clinicArgs('accumulate', a, kw, ['iterable', 'func', 'initial'], 1, 2);
    return new AccumulateIter(cls, getIter(iterable!), func ?? None, initial === undefined || initial === None ? null : initial);
  });
  defNewKw(ChainType, (cls, a, kw) => {
    noKeywords('chain', kw);
    return new ChainIter(cls, getIter(new PyTuple(a)));
  });
  ChainType.dict.set('from_iterable', newClassMethod(new PyBuiltinFunction('from_iterable', (_s, a) => {
    if (a.length !== 2) throw typeError(`chain.from_iterable() takes exactly one argument (${a.length - 1} given)`);
    return new ChainIter(a[0] as PyType, getIter(a[1]));
  }, ChainType)));
  defNewKw(CompressType, (cls, a, kw) => {
    const [data, sel] = clinicArgs('compress', a, kw, ['data', 'selectors'], 2);
    return new CompressIter(cls, getIter(data!), getIter(sel!));
  });
  const pred2 = (name: string, make: (cls: PyType, f: PyValue, it: PyValue) => PyValue): void => {
    const t = { dropwhile: DropwhileType, takewhile: TakewhileType, filterfalse: FilterfalseType, starmap: StarmapType }[name]!;
    defNewKw(t, (cls, a, kw) => {
      noKeywords(name, kw);
      checkPositional(name, a.length, 2, 2);
      return make(cls, a[0], getIter(a[1]));
    });
  };
  pred2('dropwhile', (c, f, it) => new DropwhileIter(c, f, it));
  pred2('takewhile', (c, f, it) => new TakewhileIter(c, f, it));
  pred2('filterfalse', (c, f, it) => new FilterfalseIter(c, f, it));
  pred2('starmap', (c, f, it) => new StarmapIter(c, f, it));
  defNewKw(PairwiseType, (cls, a, kw) => {
    noKeywords('pairwise', kw);
    checkPositional('pairwise', a.length, 1, 1);
    return new PairwiseIter(cls, getIter(a[0]));
  });
  defNewKw(IsliceType, (cls, a, kw) => {
    noKeywords('islice', kw);
    checkPositional('islice', a.length, 2, 4);
    let start = 0, stop = -1, step = 1;
    if (a.length === 2) {
      stop = sliceIndex(a[1], -1);
      if (stop === -2) throw newException(Exc.ValueError, 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
    } else {
      stop = sliceIndex(a[2], -1);
      if (stop === -2) throw newException(Exc.ValueError, 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
      start = sliceIndex(a[1], 0);
      if (start === -2) {
        throw newException(Exc.ValueError, 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
      }
      if (a.length === 4) {
        step = a[3] === None ? 1 : sliceIndex(a[3], 1);
        if (step <= 0) throw newException(Exc.ValueError, 'Step for islice() must be a positive integer or None.');
      }
    }
    return new IsliceIter(cls, getIter(a[0]), start, stop, step);
  });
  defNewKw(ZipLongestType, (cls, a, kw) => {
    let fill: PyValue = None;
    if (kw !== null && kw.length > 0) {
      if (kw.length > 1 || kw[0] !== 'fillvalue') throw typeError('zip_longest() got an unexpected keyword argument');
      fill = a[a.length - 1];
      a = a.slice(0, -1);
    }
    return new ZipLongestIter(cls, a.map(getIter), fill);
  });
}

install();

function build(): PyModule {
  const m = makeNativeModule('itertools', {});
  const types: PyType[] = [
    CountType, CycleType, RepeatType, AccumulateType, ChainType, CompressType, DropwhileType, TakewhileType,
    FilterfalseType, StarmapType, PairwiseType, IsliceType, ZipLongestType,
    ...combinatoricTypes, ...groupTeeTypes,
  ];
  for (const t of types) m.dict.setStr(t.name, t);
  m.dict.setStr('tee', new PyBuiltinFunction('tee', teeFunction, m));
  return m;
}

registerBuiltinModule('itertools', build);

/**
 * The `operator` module: every operator as a function (plus its `__add__`-style alias), the
 * in-place forms, sequence helpers (concat, countOf, indexOf, length_hint) and the callable
 * classes itemgetter, attrgetter (dotted names) and methodcaller with CPython's reprs.
 * CPython: Modules/_operator.c (Lib/operator.py is its pure-Python twin).
 */
import {
  None, NotImplemented, ObjectType, PyObject, PyTuple, PyType, defMethod, isSubtype, lookupType, typeOf, type PyValue,
  PyBuiltinFunction,
} from '../objects/object.js';
import { Exc, PyException, newException, typeError } from '../objects/exceptions.js';
import { makeNativeModule, type PyModule } from '../objects/module.js';
import { registerBuiltinModule } from './registry.js';
import {
  NB, absolute, binaryOp, contains, delItem, eq, getAttr, getItem, getIter, index as pyIndex, inplaceOp, invert, isTrue,
  iterNext, len as pyLen, negative, positive, power, repr as pyRepr, richCompare, setItem,
} from '../abstract.js';
import { callObject } from '../call.js';
import { K_INT, intOf, numKind } from '../objects/numeric.js';
import { checkPositional } from './itertools_util.js';
import { reprEnter, reprLeave } from '../objects/tuple.js';
import { PyDict } from '../objects/dict.js';

type Fn = (self: PyValue, args: PyValue[], kwnames: readonly string[] | null) => PyValue;

function fixed(name: string, n: number, f: (a: PyValue[]) => PyValue): Fn {
  return (_s, args, kw) => {
    if (kw !== null && kw.length > 0) throw typeError(`_operator.${name}() takes no keyword arguments`);
    if (n === 1) {
      if (args.length !== 1) throw typeError(`_operator.${name}() takes exactly one argument (${args.length} given)`);
    } else {
      checkPositional(name, args.length, n, n);
    }
    return f(args);
  };
}

/** CPython: PySequence_Check — has __getitem__ and is not a dict. */
function isSequence(v: PyValue): boolean {
  if (typeof v === 'string') return true;
  if (v instanceof PyDict) return false;
  return lookupType(typeOf(v), '__getitem__') !== undefined;
}

function concat(a: PyValue, b: PyValue, inplace: boolean): PyValue {
  if (!isSequence(a)) throw typeError(`'${typeOf(a).name}' object can't be concatenated`);
  return inplace ? inplaceOp(a, b, NB.ADD) : binaryOp(a, b, NB.ADD);
}

/** CPython: PySequence_Count / PySequence_Index (via _PySequence_IterSearch). */
function iterSearch(seq: PyValue, obj: PyValue, count: boolean): PyValue {
  let it: PyValue;
  try {
    it = getIter(seq);
  } catch (e) {
    if (e instanceof PyException && isSubtype(e.ob_type, Exc.TypeError)) {
      throw typeError(`argument of type '${typeOf(seq).name}' is not iterable`);
    }
    throw e;
  }
  let n = 0;
  for (let v = iterNext(it); v !== null; v = iterNext(it)) {
    if (v === obj || eq(v, obj)) {
      if (!count) return n;
      n++;
    } else if (!count) n++;
  }
  if (!count) throw newException(Exc.ValueError, 'sequence.index(x): x not in sequence');
  return n;
}

/** CPython: PyObject_LengthHint. */
export function lengthHint(o: PyValue, dflt: number): PyValue {
  const t = typeOf(o);
  if (typeof o === 'string' || lookupType(t, '__len__') !== undefined) {
    try {
      return pyLen(o);
    } catch (e) {
      if (!(e instanceof PyException && isSubtype(e.ob_type, Exc.TypeError))) throw e;
    }
  }
  const hint = lookupType(t, '__length_hint__');
  if (hint === undefined || hint === None) return dflt;
  let r: PyValue;
  try {
    r = callObject(getAttr(o, '__length_hint__'), [], null);
  } catch (e) {
    if (e instanceof PyException && isSubtype(e.ob_type, Exc.TypeError)) return dflt;
    throw e;
  }
  if (r === NotImplemented) return dflt;
  if (numKind(r) !== K_INT) throw typeError(`__length_hint__ must be an integer, not ${typeOf(r).name}`);
  const n = intOf(r);
  if (n < 0) throw newException(Exc.ValueError, '__length_hint__() should return >= 0');
  return n;
}

// ---- itemgetter / attrgetter / methodcaller ----

export const ItemgetterType = new PyType('itemgetter', ObjectType, 0);
export const AttrgetterType = new PyType('attrgetter', ObjectType, 0);
export const MethodcallerType = new PyType('methodcaller', ObjectType, 0);
for (const t of [ItemgetterType, AttrgetterType, MethodcallerType]) {
  t.module = 'operator';
  t.qualname = t.name;
}

class Itemgetter extends PyObject {
  constructor(readonly items: PyValue[]) {
    super(ItemgetterType);
  }
}
class Attrgetter extends PyObject {
  constructor(readonly names: string[]) {
    super(AttrgetterType);
  }
}
class Methodcaller extends PyObject {
  constructor(readonly name: string, readonly args: PyValue[], readonly kwnames: string[]) {
    super(MethodcallerType);
  }
}

function dotted(o: PyValue, name: string): PyValue {
  for (const part of name.split('.')) o = getAttr(o, part);
  return o;
}

function reprGuarded(o: PyObject, name: string, body: () => string): string {
  if (reprEnter(o)) return `${name}(...)`;
  try {
    return `${name}(${body()})`;
  } finally {
    reprLeave(o);
  }
}

function noKw(name: string, kw: readonly string[] | null): void {
  if (kw !== null && kw.length > 0) throw typeError(`${name}() takes no keyword arguments`);
}

function installCallables(): void {
  ItemgetterType.dict.set('__new__', new PyBuiltinFunction('__new__', (_s, a, kw) => {
    noKw('itemgetter', kw);
    if (a.length < 2) throw typeError('itemgetter expected 1 argument, got 0');
    return new Itemgetter(a.slice(1));
  }, ItemgetterType));
  defMethod(ItemgetterType, '__call__', (s, a, kw) => {
    noKw('itemgetter', kw);
    checkPositional('itemgetter', a.length, 1, 1);
    const g = s as Itemgetter;
    if (g.items.length === 1) return getItem(a[0], g.items[0]);
    return new PyTuple(g.items.map(k => getItem(a[0], k)));
  });
  defMethod(ItemgetterType, '__repr__', s => reprGuarded(s as PyObject, 'operator.itemgetter', () => (s as Itemgetter).items.map(pyRepr).join(', ')));
  defMethod(ItemgetterType, '__reduce__', s => new PyTuple([ItemgetterType, new PyTuple((s as Itemgetter).items)]));

  AttrgetterType.dict.set('__new__', new PyBuiltinFunction('__new__', (_s, a, kw) => {
    noKw('attrgetter', kw);
    if (a.length < 2) throw typeError('attrgetter expected 1 argument, got 0');
    const names: string[] = [];
    for (const n of a.slice(1)) {
      if (typeof n !== 'string') throw typeError('attribute name must be a string');
      names.push(n);
    }
    return new Attrgetter(names);
  }, AttrgetterType));
  defMethod(AttrgetterType, '__call__', (s, a, kw) => {
    noKw('attrgetter', kw);
    checkPositional('attrgetter', a.length, 1, 1);
    const g = s as Attrgetter;
    if (g.names.length === 1) return dotted(a[0], g.names[0]);
    return new PyTuple(g.names.map(n => dotted(a[0], n)));
  });
  defMethod(AttrgetterType, '__repr__', s => reprGuarded(s as PyObject, 'operator.attrgetter', () => (s as Attrgetter).names.map(pyRepr).join(', ')));
  defMethod(AttrgetterType, '__reduce__', s => new PyTuple([AttrgetterType, new PyTuple((s as Attrgetter).names)]));

  MethodcallerType.dict.set('__new__', new PyBuiltinFunction('__new__', (_s, a, kw) => {
    const nkw = kw === null ? 0 : kw.length;
    const pos = a.slice(1, a.length - nkw);
    if (pos.length < 1) throw typeError('methodcaller needs at least one argument, the method name');
    if (typeof pos[0] !== 'string') throw typeError('method name must be a string');
    return new Methodcaller(pos[0], [...pos.slice(1), ...a.slice(a.length - nkw)], kw === null ? [] : [...kw]);
  }, MethodcallerType));
  defMethod(MethodcallerType, '__call__', (s, a, kw) => {
    noKw('methodcaller', kw);
    checkPositional('methodcaller', a.length, 1, 1);
    const m = s as Methodcaller;
    return callObject(getAttr(a[0], m.name), m.args, m.kwnames.length === 0 ? null : m.kwnames);
  });
  defMethod(MethodcallerType, '__repr__', s => reprGuarded(s as PyObject, 'operator.methodcaller', () => {
    const m = s as Methodcaller;
    const npos = m.args.length - m.kwnames.length;
    const parts = [pyRepr(m.name), ...m.args.slice(0, npos).map(pyRepr)];
    m.kwnames.forEach((k, i) => parts.push(`${k}=${pyRepr(m.args[npos + i])}`));
    return parts.join(', ');
  }));
}

installCallables();

function build(): PyModule {
  const b = (op: number) => (a: PyValue[]) => binaryOp(a[0], a[1], op);
  const ib = (op: number) => (a: PyValue[]) => inplaceOp(a[0], a[1], op);
  const cmp = (op: number) => (a: PyValue[]) => richCompare(a[0], a[1], op);
  const table: [string, number, (a: PyValue[]) => PyValue, string | null][] = [
    ['abs', 1, a => absolute(a[0]), '__abs__'],
    ['add', 2, b(NB.ADD), '__add__'],
    ['and_', 2, b(NB.AND), '__and__'],
    ['floordiv', 2, b(NB.FLOOR_DIVIDE), '__floordiv__'],
    ['lshift', 2, b(NB.LSHIFT), '__lshift__'],
    ['matmul', 2, b(NB.MATRIX_MULTIPLY), '__matmul__'],
    ['mod', 2, b(NB.REMAINDER), '__mod__'],
    ['mul', 2, b(NB.MULTIPLY), '__mul__'],
    ['or_', 2, b(NB.OR), '__or__'],
    ['pow', 2, a => power(a[0], a[1], None), '__pow__'],
    ['rshift', 2, b(NB.RSHIFT), '__rshift__'],
    ['sub', 2, b(NB.SUBTRACT), '__sub__'],
    ['truediv', 2, b(NB.TRUE_DIVIDE), '__truediv__'],
    ['xor', 2, b(NB.XOR), '__xor__'],
    ['iadd', 2, ib(NB.ADD), '__iadd__'],
    ['iand', 2, ib(NB.AND), '__iand__'],
    ['ifloordiv', 2, ib(NB.FLOOR_DIVIDE), '__ifloordiv__'],
    ['ilshift', 2, ib(NB.LSHIFT), '__ilshift__'],
    ['imatmul', 2, ib(NB.MATRIX_MULTIPLY), '__imatmul__'],
    ['imod', 2, ib(NB.REMAINDER), '__imod__'],
    ['imul', 2, ib(NB.MULTIPLY), '__imul__'],
    ['ior', 2, ib(NB.OR), '__ior__'],
    ['ipow', 2, ib(NB.POWER), '__ipow__'],
    ['irshift', 2, ib(NB.RSHIFT), '__irshift__'],
    ['isub', 2, ib(NB.SUBTRACT), '__isub__'],
    ['itruediv', 2, ib(NB.TRUE_DIVIDE), '__itruediv__'],
    ['ixor', 2, ib(NB.XOR), '__ixor__'],
    ['lt', 2, cmp(0), '__lt__'],
    ['le', 2, cmp(1), '__le__'],
    ['eq', 2, cmp(2), '__eq__'],
    ['ne', 2, cmp(3), '__ne__'],
    ['gt', 2, cmp(4), '__gt__'],
    ['ge', 2, cmp(5), '__ge__'],
    ['neg', 1, a => negative(a[0]), '__neg__'],
    ['pos', 1, a => positive(a[0]), '__pos__'],
    ['inv', 1, a => invert(a[0]), '__inv__'],
    ['invert', 1, a => invert(a[0]), '__invert__'],
    ['not_', 1, a => !isTrue(a[0]), '__not__'],
    ['truth', 1, a => isTrue(a[0]), null],
    ['index', 1, a => pyIndex(a[0]), '__index__'],
    ['is_', 2, a => a[0] === a[1] || (typeof a[0] !== 'object' && Object.is(a[0], a[1])), null],
    ['is_not', 2, a => !(a[0] === a[1] || (typeof a[0] !== 'object' && Object.is(a[0], a[1]))), null],
    ['concat', 2, a => concat(a[0], a[1], false), '__concat__'],
    ['iconcat', 2, a => concat(a[0], a[1], true), '__iconcat__'],
    ['contains', 2, a => contains(a[0], a[1]), '__contains__'],
    ['countOf', 2, a => iterSearch(a[0], a[1], true), null],
    ['indexOf', 2, a => iterSearch(a[0], a[1], false), null],
    ['getitem', 2, a => getItem(a[0], a[1]), '__getitem__'],
    ['setitem', 3, a => { setItem(a[0], a[1], a[2]); return None; }, '__setitem__'],
    ['delitem', 2, a => { delItem(a[0], a[1]); return None; }, '__delitem__'],
  ];
  const fns: Record<string, Fn> = {};
  for (const [name, n, f, alias] of table) {
    fns[name] = fixed(name, n, f);
    if (alias !== null) fns[alias] = fixed(name, n, f);
  }
  fns.length_hint = (_s, args, kw) => {
    noKw('length_hint', kw);
    checkPositional('length_hint', args.length, 1, 2);
    let dflt = 0;
    if (args.length > 1) {
      const d = args[1];
      if (numKind(d) !== K_INT) throw typeError(`'${typeOf(d).name}' object cannot be interpreted as an integer`);
      dflt = Number(intOf(d));
    }
    return lengthHint(args[0], dflt);
  };
  const call: Fn = (_s, args, kw) => {
    const nkw = kw === null ? 0 : kw.length;
    if (args.length - nkw < 1) throw typeError(`call expected at least 1 argument, got ${args.length - nkw}`);
    return callObject(args[0], args.slice(1), kw);
  };
  fns.call = call;
  fns.__call__ = call;
  const m = makeNativeModule('operator', fns);
  m.dict.setStr('itemgetter', ItemgetterType);
  m.dict.setStr('attrgetter', AttrgetterType);
  m.dict.setStr('methodcaller', MethodcallerType);
  return m;
}

registerBuiltinModule('operator', build);

/**
 * types.GenericAlias, what `list[int]`, `dict[str, int]`, `tuple[int, ...]` and `type[int]`
 * evaluate to: the origin and the argument tuple, a repr like the source text, calls that build
 * the origin, attribute access that falls through to the origin, `__mro_entries__` so a class
 * can derive from it, and the isinstance/issubclass refusal. CPython: Objects/genericaliasobject.c.
 */
import {
  DictType, Ellipsis, FrozenSetType, ListType, NotImplemented, ObjectType, PyBuiltinFunction, PyObject, PyTuple, PyType,
  SetType, TupleType, defGetSet, defMethod, typeOf, type PyValue,
} from './object.js';
import { EnumerateType } from './iter.js';
import { typeFullName } from './object_type.js';
import { DequeType } from './deque.js';
import { Exc, PyException, typeError } from './exceptions.js';
import { getAttr, getAttrOrNull, hash as pyHash, repr as pyRepr, setAttr } from '../abstract.js';
import { callObject } from '../call.js';
import { eqBool } from './tuple.js';
import { genericGetAttr } from '../attributes.js';
import { isSubtype } from './object.js';
import { ClassMethodType, PyClassMethod } from './descriptors.js';

export const GenericAliasType = new PyType('types.GenericAlias', ObjectType);
GenericAliasType.qualname = 'GenericAlias';
GenericAliasType.module = 'types';

export class PyGenericAlias extends PyObject {
  /** Type variables among the arguments, computed on first use. */
  parameters: PyTuple | null;
  constructor(readonly origin: PyValue, readonly args: PyTuple, type: PyType = GenericAliasType) {
    super(type);
    this.parameters = null;
  }
}

/** CPython: Py_GenericAlias — `origin[args]`, a lone argument wrapped in a tuple. */
export function newGenericAlias(origin: PyValue, args: PyValue): PyGenericAlias {
  return new PyGenericAlias(origin, args instanceof PyTuple ? args : new PyTuple([args]));
}

/** The `__class_getitem__` classmethod builtin generics share. */
export function defClassGetItem(type: PyType): void {
  // A classmethod, so that a subclass subscripts to itself (`class L(list)`: `L[int]`).
  // Built directly: newClassMethod reads the function's attributes, which cannot run while
  // the builtin types are still being set up.
  const cm = new PyClassMethod(ClassMethodType);
  cm.func = new PyBuiltinFunction('__class_getitem__', (_self, a) => {
    if (a.length !== 2) throw typeError(`${type.name}.__class_getitem__() takes exactly one argument (${a.length - 1} given)`);
    return newGenericAlias(a[0], a[1]);
  }, type);
  type.dict.set('__class_getitem__', cm);
}

/** CPython: ga_repr_item — classes by qualified name, `...` for Ellipsis, else repr. */
export function reprItem(v: PyValue): string {
  if (v === Ellipsis) return '...';
  if (v instanceof PyGenericAlias) return aliasRepr(v);
  if (v instanceof PyType) return typeFullName(v);
  if (getAttrOrNull(v, '__origin__') !== null && getAttrOrNull(v, '__args__') !== null) return pyRepr(v);
  const qualname = getAttrOrNull(v, '__qualname__');
  const module = getAttrOrNull(v, '__module__');
  if (typeof qualname !== 'string' || module === null) return pyRepr(v);
  return module === 'builtins' ? qualname : `${typeof module === 'string' ? module : pyRepr(module)}.${qualname}`;
}

function aliasRepr(g: PyGenericAlias): string {
  const items = g.args.items;
  const body = items.length === 0 ? '()' : items.map(reprItem).join(', ');
  return `${reprItem(g.origin)}[${body}]`;
}

/** CPython: _Py_make_parameters — type variables (anything with __typing_subst__), nested ones included. */
function parametersOf(g: PyGenericAlias): PyTuple {
  if (g.parameters !== null) return g.parameters;
  const out: PyValue[] = [];
  for (const a of g.args.items) {
    if (a instanceof PyType) continue;
    if (getAttrOrNull(typeOf(a), '__typing_subst__') !== null) {
      if (!out.includes(a)) out.push(a);
      continue;
    }
    const sub = getAttrOrNull(a, '__parameters__');
    if (sub instanceof PyTuple) for (const p of sub.items) if (!out.includes(p)) out.push(p);
  }
  return (g.parameters = new PyTuple(out));
}

function asAlias(v: PyValue): PyGenericAlias {
  if (v instanceof PyGenericAlias) return v;
  throw typeError(`descriptor requires a 'types.GenericAlias' object but received a '${typeOf(v).name}'`);
}

/** Attributes answered by the alias itself; every other lookup goes to the origin (CPython: attr_exceptions). */
const OWN_ATTRS = new Set([
  '__class__', '__origin__', '__args__', '__unpacked__', '__parameters__', '__typing_unpacked_tuple_args__',
  '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__',
]);

function install(): void {
  const G = GenericAliasType;
  G.dict.set('__new__', new PyBuiltinFunction('__new__', (_s, a) => {
    if (a.length !== 3) throw typeError(`GenericAlias expected 2 arguments, got ${a.length - 1}`);
    return newGenericAlias(a[1], a[2]);
  }, G));
  defGetSet(G, '__origin__', (s) => asAlias(s).origin);
  defGetSet(G, '__args__', (s) => asAlias(s).args);
  defGetSet(G, '__parameters__', (s) => parametersOf(asAlias(s)));
  defGetSet(G, '__unpacked__', () => false);
  defMethod(G, '__repr__', (s) => aliasRepr(asAlias(s)));
  defMethod(G, '__getattribute__', (s, a) => {
    const name = a[0];
    if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeOf(name).name}'`);
    if (!OWN_ATTRS.has(name)) return getAttr(asAlias(s).origin, name);
    const v = genericGetAttr(s, name);
    if (v === undefined) return getAttr(asAlias(s).origin, name);
    return v;
  });
  defMethod(G, '__eq__', (s, a) => {
    const o = a[0];
    if (!(o instanceof PyGenericAlias)) return NotImplemented;
    const g = asAlias(s);
    if (!eqBool(g.origin, o.origin)) return false;
    return eqBool(g.args, o.args);
  });
  defMethod(G, '__ne__', (s, a) => {
    const o = a[0];
    if (!(o instanceof PyGenericAlias)) return NotImplemented;
    const g = asAlias(s);
    return !(eqBool(g.origin, o.origin) && eqBool(g.args, o.args));
  });
  defMethod(G, '__hash__', (s) => {
    const g = asAlias(s);
    const h1 = pyHash(g.origin), h2 = pyHash(g.args);
    return Number(BigInt.asIntN(64, BigInt(h1) ^ BigInt(h2)));
  });
  defMethod(G, '__call__', (s, a, kw) => {
    const g = asAlias(s);
    const obj = callObject(g.origin, a, kw);
    try {
      setAttr(obj, '__orig_class__', g);
    } catch (e) {
      // CPython ignores objects that refuse the attribute (builtins, __slots__ classes).
      if (!(e instanceof PyException && (isSubtype(e.ob_type, Exc.AttributeError) || isSubtype(e.ob_type, Exc.TypeError)))) throw e;
    }
    return obj;
  });
  defMethod(G, '__mro_entries__', (s) => new PyTuple([asAlias(s).origin]));
  defMethod(G, '__instancecheck__', () => {
    throw typeError('isinstance() argument 2 cannot be a parameterized generic');
  });
  defMethod(G, '__subclasscheck__', () => {
    throw typeError('issubclass() argument 2 cannot be a parameterized generic');
  });
  defMethod(G, '__getitem__', (s) => {
    const g = asAlias(s);
    if (parametersOf(g).items.length === 0) throw typeError(`${aliasRepr(g)} is not a generic class`);
    throw typeError(`${aliasRepr(g)}: substituting type variables is not supported`);
  });
  defMethod(G, '__reduce__', (s) => {
    const g = asAlias(s);
    return new PyTuple([G, new PyTuple([g.origin, g.args])]);
  });
  for (const t of [ListType, DictType, TupleType, SetType, FrozenSetType, EnumerateType, DequeType, Exc.BaseExceptionGroup]) {
    defClassGetItem(t);
  }
}

install();

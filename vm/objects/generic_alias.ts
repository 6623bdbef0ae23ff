/**
 * types.GenericAlias, what `list[int]` builds through the builtin types' `__class_getitem__`:
 * it keeps `__origin__` and `__args__`, prints as `list[int]`, calls its origin, serves as a
 * base class through `__mro_entries__`, refuses isinstance/issubclass, and forwards other
 * attributes to the origin. CPython: Objects/genericaliasobject.c.
 */
import {
  EllipsisType, FrozenSetType, None, NotImplemented, ObjectType, PyBuiltinFunction, PyObject, PyTuple, PyType, SetType,
  DictType, ListType, TupleType, defGetSet, defMethod, isSubtype, typeOf, type PyValue,
} from './object.js';
import { Exc, PyException, checkNewType, newException, typeError } from './exceptions.js';
import { ClassMethodType, PyClassMethod } from './descriptors.js';
import { eq, getAttr, getAttrOrNull, hash, repr, setAttr, setTypeSubscript } from '../abstract.js';
import { callObject } from '../call.js';

export const GenericAliasType = new PyType('types.GenericAlias', ObjectType);
GenericAliasType.qualname = 'GenericAlias';
GenericAliasType.module = 'types';

export class PyGenericAlias extends PyObject {
  constructor(readonly origin: PyValue, readonly args: PyTuple, type: PyType = GenericAliasType) {
    super(type);
  }
}

function asAlias(v: PyValue): PyGenericAlias {
  if (v instanceof PyGenericAlias) return v;
  throw typeError(`descriptor requires a 'types.GenericAlias' object but received a '${typeOf(v).name}'`);
}

/** `origin[args]` with a lone argument wrapped in a tuple. */
export function newGenericAlias(origin: PyValue, args: PyValue): PyGenericAlias {
  return new PyGenericAlias(origin, args instanceof PyTuple ? args : new PyTuple([args]));
}

/** CPython: ga_repr_item — `module.qualname` for classes, `...`, else repr(). */
function reprItem(p: PyValue): string {
  if (typeOf(p) === EllipsisType) return '...';
  if (p instanceof PyGenericAlias) return repr(p);
  const qualname = getAttrOrNull(p, '__qualname__');
  const module = getAttrOrNull(p, '__module__');
  if (qualname === null || module === null) return repr(p);
  if (module === 'builtins') return typeof qualname === 'string' ? qualname : repr(qualname);
  return `${typeof module === 'string' ? module : repr(module)}.${typeof qualname === 'string' ? qualname : repr(qualname)}`;
}

function aliasRepr(a: PyGenericAlias): string {
  const items = a.args.items;
  const inner = items.length === 0 ? '()' : items.map(reprItem).join(', ');
  return `${reprItem(a.origin)}[${inner}]`;
}

/** CPython: _Py_make_parameters — the type variables among the arguments, in order, once each. */
function parameters(a: PyGenericAlias): PyValue[] {
  const out: PyValue[] = [];
  for (const t of a.args.items) {
    if (t instanceof PyType) continue;
    if (getAttrOrNull(t, '__typing_subst__') !== null) {
      if (!out.includes(t)) out.push(t);
      continue;
    }
    const sub = getAttrOrNull(t, '__parameters__');
    if (sub instanceof PyTuple) for (const p of sub.items) if (!out.includes(p)) out.push(p);
  }
  return out;
}

/** CPython: ga_getitem — substitutes arguments for the alias's type variables. */
function aliasGetItem(a: PyGenericAlias, item: PyValue): PyValue {
  const params = parameters(a);
  if (params.length === 0) throw typeError(`${aliasRepr(a)} is not a generic class`);
  const given = item instanceof PyTuple ? item.items : [item];
  if (given.length !== params.length) {
    throw typeError(`Too ${given.length > params.length ? 'many' : 'few'} arguments for ${aliasRepr(a)}; actual ${given.length}, expected ${params.length}`);
  }
  const subst = (arg: PyValue): PyValue => {
    const i = params.indexOf(arg);
    if (i >= 0) return given[i];
    if (arg instanceof PyType) return arg;
    const sub = getAttrOrNull(arg, '__parameters__');
    if (sub instanceof PyTuple && sub.items.length > 0) {
      const inner = sub.items.map(p => given[params.indexOf(p)]);
      return callObject(getAttr(arg, '__getitem__'), [inner.length === 1 ? inner[0] : new PyTuple(inner)], null);
    }
    return arg;
  };
  return new PyGenericAlias(a.origin, new PyTuple(a.args.items.map(subst)), typeOf(a));
}

/** Names answered by the alias itself; every other attribute is the origin's (CPython: attr_exceptions). */
const OWN_NAMES = new Set([
  '__class__', '__origin__', '__args__', '__unpacked__', '__parameters__', '__typing_unpacked_tuple_args__',
  '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__',
]);

function install(): void {
  const G = GenericAliasType;
  G.dict.set('__new__', new PyBuiltinFunction('__new__', (_s, args, kwnames) => {
    const cls = args[0];
    checkNewType(cls, G, 'GenericAlias');
    if (kwnames !== null && kwnames.length > 0) throw typeError('GenericAlias() takes no keyword arguments');
    if (args.length !== 3) throw typeError(`GenericAlias expected 2 arguments, got ${args.length - 1}`);
    const a = newGenericAlias(args[1], args[2]);
    return cls === G ? a : new PyGenericAlias(a.origin, a.args, cls);
  }, G, 'GenericAlias.__new__'));
  defGetSet(G, '__origin__', self => asAlias(self).origin);
  defGetSet(G, '__args__', self => asAlias(self).args);
  defGetSet(G, '__parameters__', self => new PyTuple(parameters(asAlias(self))));
  defMethod(G, '__repr__', self => aliasRepr(asAlias(self)));
  defMethod(G, '__call__', (self, args, kwnames) => {
    const a = asAlias(self);
    const obj = callObject(a.origin, args, kwnames);
    try {
      setAttr(obj, '__orig_class__', a);
    } catch (e) {
      // CPython: ga_call ignores objects that cannot take the attribute
      if (!(e instanceof PyException && (isSubtype(e.ob_type, Exc.AttributeError) || isSubtype(e.ob_type, Exc.TypeError)))) throw e;
    }
    return obj;
  });
  defMethod(G, '__getitem__', (self, args) => aliasGetItem(asAlias(self), args[0]));
  defMethod(G, '__mro_entries__', self => new PyTuple([asAlias(self).origin]));
  defMethod(G, '__instancecheck__', () => {
    throw typeError('isinstance() argument 2 cannot be a parameterized generic');
  });
  defMethod(G, '__subclasscheck__', () => {
    throw typeError('issubclass() argument 2 cannot be a parameterized generic');
  });
  defMethod(G, '__eq__', (self, args) => {
    const a = asAlias(self), b = args[0];
    if (!(b instanceof PyGenericAlias)) return NotImplemented;
    return eq(a.origin, b.origin) && eq(a.args, b.args);
  });
  defMethod(G, '__ne__', (self, args) => {
    const a = asAlias(self), b = args[0];
    if (!(b instanceof PyGenericAlias)) return NotImplemented;
    return !(eq(a.origin, b.origin) && eq(a.args, b.args));
  });
  defMethod(G, '__hash__', self => {
    const a = asAlias(self);
    return hash(a.origin) ^ hash(a.args);
  });
  defMethod(G, '__getattr__', (self, args) => {
    const name = args[0];
    if (typeof name !== 'string' || OWN_NAMES.has(name)) {
      throw newException(Exc.AttributeError, `'types.GenericAlias' object has no attribute '${String(name)}'`);
    }
    return getAttr(asAlias(self).origin, name);
  });
  defMethod(G, '__reduce__', self => {
    const a = asAlias(self);
    return new PyTuple([GenericAliasType, new PyTuple([a.origin, a.args])]);
  });

  // list[int], dict[str, int]…: a classmethod on each builtin container type
  for (const t of [ListType, DictType, TupleType, SetType, FrozenSetType]) {
    const cm = new PyClassMethod(ClassMethodType);
    cm.func = new PyBuiltinFunction('__class_getitem__', (_s, args) => {
      if (args.length !== 2) throw typeError(`__class_getitem__ expected 1 argument, got ${args.length - 1}`);
      return newGenericAlias(args[0], args[1]);
    }, None);
    t.dict.set('__class_getitem__', cm);
  }
  setTypeSubscript(newGenericAlias);
}

install();

/**
 * types.UnionType, what `int | None` evaluates to (PEP 604): `type.__or__` builds one from
 * classes, None, generic aliases and other unions, flattening and dropping duplicates; a lone
 * survivor is returned as is. isinstance/issubclass try each member in turn.
 * CPython: Objects/unionobject.c.
 */
import {
  None, NoneType, NotImplemented, ObjectType, PyObject, PyTuple, PyType, TypeType, defGetSet, defMethod, typeOf,
  type PyValue,
} from './object.js';
import { typeError } from './exceptions.js';
import { hash as pyHash } from '../abstract.js';
import { GenericAliasType, PyGenericAlias, reprItem } from './genericalias.js';
import { eqBool } from './tuple.js';
import { newFrozenSet } from './set.js';
import { isInstance, isSubclass } from '../builtins/functions.js';

export const UnionType = new PyType('types.UnionType', ObjectType, 0);
UnionType.qualname = 'UnionType';
UnionType.module = 'types';

export class PyUnion extends PyObject {
  constructor(readonly args: PyTuple) {
    super(UnionType);
  }
}

/** CPython: is_unionable. */
function isUnionable(v: PyValue): boolean {
  return v === None || v instanceof PyType || v instanceof PyGenericAlias || v instanceof PyUnion;
}

function sameArg(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  return a instanceof PyGenericAlias && b instanceof PyGenericAlias && eqBool(a, b);
}

/** CPython: _Py_union_type_or — NotImplemented unless both sides may join a union. */
export function unionOr(a: PyValue, b: PyValue): PyValue {
  if (!isUnionable(a) || !isUnionable(b)) return NotImplemented;
  const args: PyValue[] = [];
  for (const side of [a, b]) {
    const items = side instanceof PyUnion ? side.args.items : [side === None ? NoneType : side];
    for (const v of items) if (!args.some((x) => sameArg(x, v))) args.push(v);
  }
  return args.length === 1 ? args[0] : new PyUnion(new PyTuple(args));
}

function asUnion(v: PyValue): PyUnion {
  if (v instanceof PyUnion) return v;
  throw typeError(`descriptor requires a 'types.UnionType' object but received a '${typeOf(v).name}'`);
}

function install(): void {
  const U = UnionType;
  defGetSet(U, '__args__', (s) => asUnion(s).args);
  defGetSet(U, '__parameters__', () => new PyTuple([]));
  defMethod(U, '__repr__', (s) => asUnion(s).args.items.map((v) => (v === NoneType ? 'None' : reprItem(v))).join(' | '));
  defMethod(U, '__or__', (s, a) => unionOr(s, a[0]));
  defMethod(U, '__ror__', (s, a) => unionOr(a[0], s));
  defMethod(U, '__eq__', (s, a) => {
    if (!(a[0] instanceof PyUnion)) return NotImplemented;
    return eqBool(newFrozenSet(asUnion(s).args.items), newFrozenSet(a[0].args.items));
  });
  defMethod(U, '__ne__', (s, a) => {
    if (!(a[0] instanceof PyUnion)) return NotImplemented;
    return !eqBool(newFrozenSet(asUnion(s).args.items), newFrozenSet(a[0].args.items));
  });
  defMethod(U, '__hash__', (s) => pyHash(newFrozenSet(asUnion(s).args.items)));
  defMethod(U, '__instancecheck__', (s, a) => {
    for (const t of asUnion(s).args.items) if (isInstance(a[0], t)) return true;
    return false;
  });
  defMethod(U, '__subclasscheck__', (s, a) => {
    for (const t of asUnion(s).args.items) if (isSubclass(a[0], t)) return true;
    return false;
  });
  defMethod(U, '__getitem__', (s) => {
    throw typeError(`${reprItemsOf(asUnion(s))} is not a generic class`);
  });
  for (const t of [TypeType, GenericAliasType]) {
    defMethod(t, '__or__', (s, a) => unionOr(s, a[0]));
    defMethod(t, '__ror__', (s, a) => unionOr(a[0], s));
  }
}

function reprItemsOf(u: PyUnion): string {
  return u.args.items.map((v) => (v === NoneType ? 'None' : reprItem(v))).join(' | ');
}

install();

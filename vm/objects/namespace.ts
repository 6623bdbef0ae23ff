/**
 * types.SimpleNamespace: an object whose attributes are its keyword arguments, with a repr
 * that lists them and equality by attribute dict. Its type name is dotted like CPython's
 * (`'types.SimpleNamespace' object has no attribute …`), and sys.implementation is one.
 * CPython: Objects/namespaceobject.c.
 */
import {
  NotImplemented, None, ObjectType, PyBuiltinFunction, PyInstance, PyTuple, PyType, defGetSet, defMethod, isSubtype, typeOf,
  type PyValue,
} from './object.js';
import { typeError } from './exceptions.js';
import { PyDict } from './dict.js';
import { reprEnter, reprLeave } from './tuple.js';
import { repr, richCompare } from '../abstract.js';

export const SimpleNamespaceType = new PyType('types.SimpleNamespace', ObjectType);
SimpleNamespaceType.qualname = 'SimpleNamespace';
SimpleNamespaceType.module = 'types';

function nsDict(self: PyValue): PyDict {
  if (self instanceof PyInstance && isSubtype(self.ob_type, SimpleNamespaceType)) {
    if (self.dict === null) self.dict = new PyDict();
    return self.dict as PyDict;
  }
  throw typeError(`descriptor requires a 'types.SimpleNamespace' object but received a '${typeOf(self).name}'`);
}

/** A namespace with these attributes (what sys.implementation is). */
export function newNamespace(attrs: Record<string, PyValue>): PyInstance {
  const ns = new PyInstance(SimpleNamespaceType, new PyDict());
  for (const k of Object.keys(attrs)) (ns.dict as PyDict).setStr(k, attrs[k]);
  return ns;
}

SimpleNamespaceType.dict.set('__new__', new PyBuiltinFunction('__new__', (_s, args) => {
  const cls = args[0];
  if (!(cls instanceof PyType) || !isSubtype(cls, SimpleNamespaceType)) {
    throw typeError(`SimpleNamespace.__new__(X): X is not a subtype of SimpleNamespace`);
  }
  return new PyInstance(cls, new PyDict());
}, SimpleNamespaceType, 'SimpleNamespace.__new__'));

/** CPython: namespace_init — keyword arguments only. */
defMethod(SimpleNamespaceType, '__init__', (self, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length > nkw) throw typeError('no positional arguments expected');
  const d = nsDict(self);
  for (let i = 0; i < nkw; i++) d.setStr(kwnames![i], args[args.length - nkw + i]);
  return None;
});

/** CPython: namespace_repr — `namespace(a=1, b=2)`, `namespace(...)` when recursive. */
defMethod(SimpleNamespaceType, '__repr__', self => {
  const name = typeOf(self) === SimpleNamespaceType ? 'namespace' : typeOf(self).name;
  if (reprEnter(self)) return `${name}(...)`;
  try {
    const d = nsDict(self);
    const parts: string[] = [];
    for (let i = 0; i < d.capacity; i++) {
      const k = d.keyAt(i);
      if (typeof k === 'string' && k.length > 0) parts.push(`${k}=${repr(d.valueAt(i)!)}`);
    }
    return `${name}(${parts.join(', ')})`;
  } finally {
    reprLeave(self);
  }
});

function compareNs(self: PyValue, other: PyValue, op: number): PyValue {
  if (typeof other !== 'object' || !isSubtype(other.ob_type, SimpleNamespaceType)) return NotImplemented;
  return richCompare(nsDict(self), nsDict(other), op);
}
defMethod(SimpleNamespaceType, '__eq__', (self, args) => compareNs(self, args[0], 2));
defMethod(SimpleNamespaceType, '__ne__', (self, args) => compareNs(self, args[0], 3));
SimpleNamespaceType.dict.set('__hash__', None);
defGetSet(SimpleNamespaceType, '__dict__', self => nsDict(self));
defMethod(SimpleNamespaceType, '__reduce__', self => new PyTuple([typeOf(self), new PyTuple([]), nsDict(self).copy()]));

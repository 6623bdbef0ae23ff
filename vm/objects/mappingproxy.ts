/**
 * mappingproxy: a read-only view of a mapping — what a class's `__dict__` returns and what
 * `types.MappingProxyType(m)` builds. A class's proxy reads the type's own dict (a JS Map)
 * through a fresh dict snapshot per operation, so it stays live while the class changes; any
 * other mapping is read directly. CPython: Objects/descrobject.c (mappingproxy_*).
 */
import { None, ObjectType, PyList, PyObject, PyTuple, PyType, defMethod, lookupType, typeOf, type PyValue } from './object.js';
import { typeError } from './exceptions.js';
import { PyDict, dictFromStrings } from './dict.js';
import { NB, binaryOp, contains, getAttr, getItem, getIter, len, repr, richCompare, str } from '../abstract.js';
import { callObject } from '../call.js';
import { PyBuiltinFunction } from './object.js';

export const MappingProxyType = new PyType('mappingproxy', ObjectType, 0);

export class PyMappingProxy extends PyObject {
  /** A type (its own dict is shown) or any mapping. */
  constructor(readonly mapping: PyValue) {
    super(MappingProxyType);
  }
}

/** The mapping the proxy reads: a snapshot of a type's dict, else the wrapped mapping. */
function target(self: PyValue): PyValue {
  if (!(self instanceof PyMappingProxy)) {
    throw typeError(`descriptor requires a 'mappingproxy' object but received a '${typeOf(self).name}'`);
  }
  const m = self.mapping;
  return m instanceof PyType ? dictFromStrings(m.dict) : m;
}

/** CPython: mappingproxy_check_mapping. */
function checkMapping(m: PyValue): void {
  const isMapping = m instanceof PyDict || lookupType(typeOf(m), '__getitem__') !== undefined;
  if (!isMapping || m instanceof PyList || m instanceof PyTuple) {
    throw typeError(`mappingproxy() argument must be a mapping, not ${typeOf(m).name}`);
  }
}

MappingProxyType.dict.set('__new__', new PyBuiltinFunction('__new__', (_s, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - 1 - nkw;
  if (npos + nkw > 1) throw typeError(`mappingproxy() takes at most 1 argument (${npos + nkw} given)`);
  let mapping: PyValue | undefined = npos === 1 ? args[1] : undefined;
  if (nkw === 1) {
    if (kwnames![0] !== 'mapping') throw typeError(`mappingproxy() got an unexpected keyword argument '${kwnames![0]}'`);
    mapping = args[args.length - 1];
  }
  if (mapping === undefined) throw typeError("mappingproxy() missing required argument 'mapping' (pos 1)");
  checkMapping(mapping);
  return new PyMappingProxy(mapping);
}, MappingProxyType, 'mappingproxy.__new__'));

/** Forwards method `name` of the proxy to the same method of the mapping. */
function forward(name: string): void {
  defMethod(MappingProxyType, name, (self, args, kwnames) => callObject(getAttr(target(self), name), args, kwnames));
}

for (const name of ['keys', 'values', 'items', 'get', 'copy', '__reversed__']) forward(name);
defMethod(MappingProxyType, '__getitem__', (self, args) => getItem(target(self), args[0]));
defMethod(MappingProxyType, '__contains__', (self, args) => contains(target(self), args[0]));
defMethod(MappingProxyType, '__len__', self => len(target(self)));
defMethod(MappingProxyType, '__iter__', self => getIter(target(self)));
defMethod(MappingProxyType, '__repr__', self => `mappingproxy(${repr(target(self))})`);
defMethod(MappingProxyType, '__str__', self => str(target(self)));
['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].forEach((name, op) => {
  defMethod(MappingProxyType, name, (self, args) => richCompare(target(self), args[0], op));
});
/** `|` works on the underlying mappings and gives whatever they give (CPython: mappingproxy_or). */
function unwrap(v: PyValue): PyValue {
  return v instanceof PyMappingProxy ? target(v) : v;
}
defMethod(MappingProxyType, '__or__', (self, args) => binaryOp(unwrap(self), unwrap(args[0]), NB.OR));
defMethod(MappingProxyType, '__ror__', (self, args) => binaryOp(unwrap(args[0]), unwrap(self), NB.OR));
defMethod(MappingProxyType, '__ior__', self => {
  throw typeError(`'|=' is not supported by ${typeOf(self).name}; use '|' instead`);
});
// unhashable, as in CPython 3.11
MappingProxyType.dict.set('__hash__', None);

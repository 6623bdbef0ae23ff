/**
 * mappingproxy: the read-only view a class's `__dict__` returns. It reads the type's own dict
 * (a JS Map) through a fresh dict snapshot per operation, so the proxy stays live while the
 * class changes, and refuses item assignment. CPython: Objects/descrobject.c (mappingproxy_*).
 */
import { None, ObjectType, PyObject, PyType, defMethod, typeOf, type PyValue } from './object.js';
import { typeError } from './exceptions.js';
import { PyDict, dictFromStrings } from './dict.js';
import { getAttr, getIter, repr, richCompare } from '../abstract.js';
import { callObject } from '../call.js';

export const MappingProxyType = new PyType('mappingproxy', ObjectType, 0);

export class PyMappingProxy extends PyObject {
  constructor(readonly owner: PyType) {
    super(MappingProxyType);
  }
}

function snapshot(self: PyValue): PyDict {
  if (!(self instanceof PyMappingProxy)) {
    throw typeError(`descriptor requires a 'mappingproxy' object but received a '${typeOf(self).name}'`);
  }
  return dictFromStrings(self.owner.dict);
}

/** Forwards method `name` of the proxy to the same method of a dict snapshot. */
function forward(name: string): void {
  defMethod(MappingProxyType, name, (self, args, kwnames) => callObject(getAttr(snapshot(self), name), args, kwnames));
}

for (const name of ['keys', 'values', 'items', 'get', 'copy', '__getitem__', '__contains__', '__len__', '__reversed__']) {
  forward(name);
}
defMethod(MappingProxyType, '__iter__', self => getIter(snapshot(self)));
defMethod(MappingProxyType, '__repr__', self => `mappingproxy(${repr(snapshot(self))})`);
defMethod(MappingProxyType, '__str__', self => repr(snapshot(self)));
defMethod(MappingProxyType, '__eq__', (self, args) => richCompare(snapshot(self), args[0], 2));
defMethod(MappingProxyType, '__ne__', (self, args) => richCompare(snapshot(self), args[0], 3));
// unhashable, as in CPython 3.11
MappingProxyType.dict.set('__hash__', None);

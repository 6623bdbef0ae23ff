/**
 * None, NotImplemented and Ellipsis: their reprs, truth values and constructors (`type(None)()`
 * returns None). CPython: Objects/object.c (none_repr, NotImplemented_repr), sliceobject.c (Ellipsis).
 */
import {
  Ellipsis, EllipsisType, None, NoneType, NotImplemented, NotImplementedType, PyBuiltinFunction, PyMethodDescr,
  PyType, type PyValue,
} from './object.js';
import { typeError } from './exceptions.js';
import { identityHash } from './id.js';

function install(type: PyType, value: PyValue, repr: string, truth: boolean | null): void {
  type.dict.set('__new__', new PyBuiltinFunction('__new__', (_s, args, kwnames) => {
    if (args.length > 1 || (kwnames !== null && kwnames.length > 0)) throw typeError(`${type.name} takes no arguments`);
    return value;
  }, type, `${type.name}.__new__`));
  type.dict.set('__repr__', new PyMethodDescr('__repr__', () => repr, type));
  type.dict.set('__reduce__', new PyMethodDescr('__reduce__', () => repr, type));
  type.dict.set('__hash__', new PyMethodDescr('__hash__', self => identityHash(self), type));
  if (truth !== null) type.dict.set('__bool__', new PyMethodDescr('__bool__', () => truth, type));
}

install(NoneType, None, 'None', false);
install(NotImplementedType, NotImplemented, 'NotImplemented', true);
install(EllipsisType, Ellipsis, 'Ellipsis', null);

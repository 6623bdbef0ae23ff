/**
 * The roots of the io class tree (`_io._IOBase`, `_TextIOBase`, `_BufferedIOBase`) that file
 * objects and StringIO derive from, and io.UnsupportedOperation, raised when a file is asked
 * for what its mode forbids (`read` on a file opened for writing, `fileno` on a StringIO): a
 * subclass of both OSError and ValueError, made as CPython's _io makes it, by calling `type`.
 * CPython: Modules/_io/_iomodule.c (PyInit__io), iobase.c, textio.c.
 */
import { ObjectType, PyTuple, PyType, TypeType } from '../objects/object.js';
import { Exc, newException, type PyException } from '../objects/exceptions.js';
import { PyDict } from '../objects/dict.js';
import { typeNew } from '../objects/type_new.js';

function ioType(name: string, base: PyType): PyType {
  const t = new PyType(`_io.${name}`, base);
  t.qualname = name;
  t.module = '_io';
  return t;
}

export const IOBaseType = ioType('_IOBase', ObjectType);
export const TextIOBaseType = ioType('_TextIOBase', IOBaseType);
export const BufferedIOBaseType = ioType('_BufferedIOBase', IOBaseType);
export const RawIOBaseType = ioType('_RawIOBase', IOBaseType);

let unsupportedType: PyType | null = null;

export function unsupportedOperationType(): PyType {
  if (unsupportedType === null) {
    const ns = new PyDict();
    ns.setStr('__module__', 'io');
    unsupportedType = typeNew(TypeType, 'UnsupportedOperation', new PyTuple([Exc.OSError, Exc.ValueError]), ns, [], []);
  }
  return unsupportedType;
}

export function unsupportedOperation(msg: string): PyException {
  return newException(unsupportedOperationType(), msg);
}

/**
 * The `io` module (and `_io`): open, StringIO, BytesIO, the file classes open() returns, their abstract
 * bases, UnsupportedOperation and the SEEK_* constants. CPython: Lib/io.py over Modules/_io.
 */
import { PyList } from '../objects/object.js';
import { makeNativeModule, type PyModule } from '../objects/module.js';
import { registerBuiltinModule } from './registry.js';
import { BufferedRandomType, BufferedReaderType, BufferedWriterType, TextFileType, openFunction } from '../builtins/file.js';
import { BufferedIOBaseType, IOBaseType, RawIOBaseType, TextIOBaseType, unsupportedOperationType } from '../builtins/io_base.js';
import { StringIOType } from './io_stringio.js';
import { BytesIOType } from './io_bytesio.js';

function build(name: string): PyModule {
  const m = makeNativeModule(name, { open: openFunction }, {
    StringIO: StringIOType,
    BytesIO: BytesIOType,
    TextIOWrapper: TextFileType,
    BufferedReader: BufferedReaderType,
    BufferedWriter: BufferedWriterType,
    BufferedRandom: BufferedRandomType,
    UnsupportedOperation: unsupportedOperationType(),
    DEFAULT_BUFFER_SIZE: 8192,
    SEEK_SET: 0,
    SEEK_CUR: 1,
    SEEK_END: 2,
  });
  if (name === 'io') {
    m.dict.setStr('IOBase', IOBaseType);
    m.dict.setStr('TextIOBase', TextIOBaseType);
    m.dict.setStr('BufferedIOBase', BufferedIOBaseType);
    m.dict.setStr('RawIOBase', RawIOBaseType);
    m.dict.setStr('__all__', new PyList([
      'BlockingIOError', 'open', 'IOBase', 'RawIOBase', 'StringIO', 'BytesIO', 'BufferedIOBase', 'BufferedReader',
      'BufferedWriter', 'BufferedRandom', 'TextIOBase', 'TextIOWrapper', 'UnsupportedOperation',
      'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE',
    ]));
  } else {
    m.dict.setStr('_IOBase', IOBaseType);
    m.dict.setStr('_TextIOBase', TextIOBaseType);
    m.dict.setStr('_BufferedIOBase', BufferedIOBaseType);
    m.dict.setStr('_RawIOBase', RawIOBaseType);
  }
  return m;
}

registerBuiltinModule('io', () => build('io'));
registerBuiltinModule('_io', () => build('_io'));

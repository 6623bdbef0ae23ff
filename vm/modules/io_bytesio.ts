/**
 * io.BytesIO: an in-memory binary file over a growable byte buffer. Writes past the end pad with
 * zero bytes, seeks may go past the end, truncate never moves the position; messages follow
 * CPython 3.11. CPython: Modules/_io/bytesio.c.
 */
import {
  None, PyBuiltinFunction, PyBytes, PyIterator, PyList, PyType, defGetSet, defMethod, isSubtype, typeOf,
  type PyValue,
} from '../objects/object.js';
import { Exc, newException, typeError, valueError } from '../objects/exceptions.js';
import { getAttr, getIter, iterNext } from '../abstract.js';
import { callObject } from '../call.js';
import { asIndex } from '../objects/slice.js';
import { bytesData } from '../objects/bytes.js';
import { BufferedIOBaseType, unsupportedOperation } from '../builtins/io_base.js';

export const BytesIOType = new PyType('_io.BytesIO', BufferedIOBaseType);
BytesIOType.qualname = 'BytesIO';
BytesIOType.module = '_io';

export class PyBytesIO extends PyIterator {
  buf: Uint8Array;
  size: number;
  pos: number;
  closed: boolean;
  constructor(type: PyType) {
    super(type);
    this.buf = new Uint8Array(16);
    this.size = 0;
    this.pos = 0;
    this.closed = false;
  }

  next(): PyValue | null {
    const line = this.ob_type === BytesIOType ? readLine(this, -1) : callObject(getAttr(this, 'readline'), [], null);
    const d = bytesData(line);
    if (d === null) throw typeError(`readline() should have returned a bytes-like object, not '${typeOf(line).name}'`);
    return d.length === 0 ? null : line;
  }
}

function asBytesIO(v: PyValue): PyBytesIO {
  if (v instanceof PyBytesIO) return v;
  throw typeError(`descriptor requires a '_io.BytesIO' object but received a '${typeOf(v).name}'`);
}

function checkClosed(b: PyBytesIO): PyBytesIO {
  if (b.closed) throw valueError('I/O operation on closed file.');
  return b;
}

function sizeArg(v: PyValue | undefined): number {
  if (v === undefined || v === None) return -1;
  const n = asIndex(v);
  if (n === null) throw typeError(`argument should be integer or None, not '${typeOf(v).name}'`);
  return typeof n === 'bigint' ? (n < 0n ? -1 : Number.MAX_SAFE_INTEGER) : n;
}

function dataArg(v: PyValue): Uint8Array {
  const d = bytesData(v);
  if (d !== null) return d;
  // memoryview and other buffers expose their bytes through tobytes()
  if (typeof v === 'object' && typeOf(v).name === 'memoryview') {
    const b = bytesData(callObject(getAttr(v, 'tobytes'), [], null));
    if (b !== null) return b;
  }
  throw typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
}

function write(b: PyBytesIO, data: Uint8Array): number {
  const end = b.pos + data.length;
  if (end > b.buf.length) {
    const grown = new Uint8Array(Math.max(end, b.buf.length * 2));
    grown.set(b.buf.subarray(0, b.size));
    b.buf = grown;
  }
  if (b.pos > b.size) b.buf.fill(0, b.size, b.pos);
  b.buf.set(data, b.pos);
  b.pos = end;
  if (end > b.size) b.size = end;
  return data.length;
}

function read(b: PyBytesIO, size: number): PyBytes {
  const start = Math.min(b.pos, b.size);
  const end = size < 0 ? b.size : Math.min(b.size, start + size);
  b.pos = Math.max(b.pos, end);
  return new PyBytes(b.buf.slice(start, end));
}

function readLine(b: PyBytesIO, limit: number): PyBytes {
  checkClosed(b);
  const start = Math.min(b.pos, b.size);
  let end = b.buf.subarray(0, b.size).indexOf(10, start);
  end = end < 0 ? b.size : end + 1;
  if (limit >= 0) end = Math.min(end, start + limit);
  b.pos = Math.max(b.pos, end);
  return new PyBytes(b.buf.slice(start, end));
}

function install(): void {
  const T = BytesIOType;
  T.dict.set('__new__', new PyBuiltinFunction('__new__', (_s, a) => {
    const cls = a[0];
    if (!(cls instanceof PyType) || !isSubtype(cls, T)) throw typeError('BytesIO.__new__(X): X is not a subtype of BytesIO');
    return new PyBytesIO(cls);
  }, T));
  defMethod(T, '__init__', (s, a) => {
    const b = asBytesIO(s);
    b.size = 0;
    b.pos = 0;
    b.closed = false;
    if (a.length > 0 && a[0] !== None) {
      write(b, dataArg(a[0]));
      b.pos = 0;
    }
    return None;
  });
  defMethod(T, 'getvalue', (s) => {
    const b = checkClosed(asBytesIO(s));
    return new PyBytes(b.buf.slice(0, b.size));
  });
  defMethod(T, 'write', (s, a) => write(checkClosed(asBytesIO(s)), dataArg(a[0])));
  defMethod(T, 'writelines', (s, a) => {
    const b = checkClosed(asBytesIO(s));
    const it = getIter(a[0]);
    for (let v = iterNext(it); v !== null; v = iterNext(it)) write(b, dataArg(v));
    return None;
  });
  defMethod(T, 'read', (s, a) => read(checkClosed(asBytesIO(s)), sizeArg(a[0])));
  defMethod(T, 'read1', (s, a) => read(checkClosed(asBytesIO(s)), sizeArg(a[0])));
  defMethod(T, 'readline', (s, a) => readLine(checkClosed(asBytesIO(s)), sizeArg(a[0])));
  defMethod(T, 'readlines', (s, a) => {
    const b = checkClosed(asBytesIO(s));
    const hint = sizeArg(a[0]);
    const out: PyValue[] = [];
    let total = 0;
    for (let line = readLine(b, -1); line.data.length > 0; line = readLine(b, -1)) {
      out.push(line);
      total += line.data.length;
      if (hint > 0 && total >= hint) break;
    }
    return new PyList(out);
  });
  defMethod(T, 'readinto', (s, a) => {
    const b = checkClosed(asBytesIO(s));
    const target = bytesData(a[0]);
    if (target === null) throw typeError(`readinto() argument must be read-write bytes-like object, not ${typeOf(a[0]).name}`);
    const chunk = read(b, target.length).data;
    target.set(chunk);
    return chunk.length;
  });
  defMethod(T, 'tell', (s) => checkClosed(asBytesIO(s)).pos);
  defMethod(T, 'seek', (s, a) => {
    const b = checkClosed(asBytesIO(s));
    const p = asIndex(a[0] ?? None);
    if (p === null) throw typeError(`'${typeOf(a[0] ?? None).name}' object cannot be interpreted as an integer`);
    const w = a.length > 1 ? asIndex(a[1]) : 0;
    if (w === null) throw typeError(`'${typeOf(a[1]).name}' object cannot be interpreted as an integer`);
    let pos = Number(p);
    const whence = Number(w);
    if (whence !== 0 && whence !== 1 && whence !== 2) throw valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
    if (pos < 0 && whence === 0) throw valueError(`negative seek value ${pos}`);
    if (whence === 1) pos += b.pos;
    else if (whence === 2) pos += b.size;
    b.pos = Math.max(0, pos);
    return b.pos;
  });
  defMethod(T, 'truncate', (s, a) => {
    const b = checkClosed(asBytesIO(s));
    const size = a.length === 0 || a[0] === None ? b.pos : sizeArg(a[0]);
    if (size < 0) throw valueError(`negative size value ${size}`);
    if (size < b.size) b.size = size;
    return size;
  });
  defMethod(T, 'close', (s) => {
    asBytesIO(s).closed = true;
    return None;
  });
  for (const name of ['readable', 'writable', 'seekable']) defMethod(T, name, (s) => (checkClosed(asBytesIO(s)), true));
  defMethod(T, 'isatty', (s) => (checkClosed(asBytesIO(s)), false));
  defMethod(T, 'flush', (s) => (checkClosed(asBytesIO(s)), None));
  defMethod(T, 'fileno', () => {
    throw unsupportedOperation('fileno');
  });
  defMethod(T, '__enter__', (s) => (checkClosed(asBytesIO(s)), s));
  defMethod(T, '__exit__', (s) => {
    callObject(getAttr(s, 'close'), [], null);
    return None;
  });
  defMethod(T, '__iter__', (s) => (checkClosed(asBytesIO(s)), s));
  defMethod(T, '__next__', (s) => {
    const v = checkClosed(asBytesIO(s)).next();
    if (v === null) throw newException(Exc.StopIteration);
    return v;
  });
  defGetSet(T, 'closed', (s) => asBytesIO(s).closed);
}

install();

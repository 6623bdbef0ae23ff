/**
 * open() and the file objects it returns: text files (`_io.TextIOWrapper`, any codec of codecs.ts
 * with its error handler, universal newlines on read) and binary files (`_io.BufferedReader` / `BufferedWriter` /
 * `BufferedRandom`), with read/readline/readlines/write/writelines, iteration, seek/tell, and
 * the context-manager protocol. A readable file's contents are loaded when first read; writes
 * go straight to the fd. CPython: Modules/_io (open, textio.c, bufferedio.c).
 */
import { closeSync, fstatSync, openSync, readFileSync, writeSync } from 'node:fs';
import {
  None, PyBytes, PyIterator, PyList, PyObject, PyType, defGetSet, defMethod, typeOf,
  type NativeMethod, type PyValue,
} from '../objects/object.js';
import { Exc, newException, newOSError, typeError, valueError } from '../objects/exceptions.js';
import { defIteratorType, repr as pyRepr, toArray } from '../abstract.js';
import { parseArgs } from '../objects/native_args.js';
import { asIndex } from '../objects/slice.js';
import { decodeBytes, encodeStr, normalizeEncoding } from '../objects/codecs.js';
import { SANDBOX_ERRNO, SANDBOX_STRERROR, hostAccess } from '../host/access.js';
import { BufferedIOBaseType, TextIOBaseType, unsupportedOperation } from './io_base.js';

function ioType(name: string, base: PyType): PyType {
  const t = new PyType(`_io.${name}`, base, 0);
  t.qualname = name;
  t.module = '_io';
  defIteratorType(t);
  return t;
}

export const TextFileType = ioType('TextIOWrapper', TextIOBaseType);
export const BufferedReaderType = ioType('BufferedReader', BufferedIOBaseType);
export const BufferedWriterType = ioType('BufferedWriter', BufferedIOBaseType);
export const BufferedRandomType = ioType('BufferedRandom', BufferedIOBaseType);

export class PyFile extends PyIterator {
  fd: number;
  closed: boolean;
  /** Loaded contents for reading: decoded text, or raw bytes for binary files. */
  text: string | null;
  bytes: Uint8Array | null;
  /** Read position in `text` (UTF-16 units) or `bytes`. */
  pos: number;
  /** Text files: the encoding as given to open() (shown by `.encoding`) and the error handler. */
  encoding: string;
  errors: string;
  constructor(
    type: PyType,
    fd: number,
    readonly name: PyValue,
    readonly mode: string,
    readonly binary: boolean,
    readonly readable: boolean,
    readonly writable: boolean,
  ) {
    super(type);
    this.fd = fd;
    this.closed = false;
    this.text = null;
    this.bytes = null;
    this.pos = 0;
    this.encoding = 'UTF-8';
    this.errors = 'strict';
  }
  /** Iteration yields lines until EOF. */
  next(): PyValue | null {
    const line = readLine(this, -1);
    if (typeof line === 'string' ? line === '' : (line as PyBytes).data.length === 0) return null;
    return line;
  }
}

const ERRNO: Record<string, [number, string]> = {
  ENOENT: [2, 'No such file or directory'],
  EACCES: [13, 'Permission denied'],
  EPERM: [1, 'Operation not permitted'],
  EEXIST: [17, 'File exists'],
  EISDIR: [21, 'Is a directory'],
  ENOTDIR: [20, 'Not a directory'],
  EMFILE: [24, 'Too many open files'],
  ENAMETOOLONG: [36, 'File name too long'],
  ENOTEMPTY: [39, 'Directory not empty'],
  EINVAL: [22, 'Invalid argument'],
  ELOOP: [40, 'Too many levels of symbolic links'],
  EBUSY: [16, 'Device or resource busy'],
  EXDEV: [18, 'Invalid cross-device link'],
};

/** A host fs error as the matching OSError subclass. */
export function hostError(e: unknown, filename: PyValue): never {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  const known = ERRNO[code];
  if (known !== undefined) throw newOSError(known[0], known[1], filename);
  throw newOSError(5, (e as Error).message ?? 'Input/output error', filename);
}

function parseMode(mode: string): { flags: string; binary: boolean; readable: boolean; writable: boolean } {
  const seen = new Set<string>();
  for (const c of mode) {
    if (!'rwxabt+'.includes(c) || seen.has(c)) throw valueError(`invalid mode: '${mode}'`);
    seen.add(c);
  }
  const kinds = ['r', 'w', 'x', 'a'].filter((c) => seen.has(c));
  if (kinds.length !== 1) throw valueError('must have exactly one of create/read/write/append mode');
  if (seen.has('b') && seen.has('t')) throw valueError("can't have text and binary mode at once");
  const plus = seen.has('+');
  const k = kinds[0];
  const flags = k === 'r' ? (plus ? 'r+' : 'r') : k === 'w' ? (plus ? 'w+' : 'w') : k === 'x' ? (plus ? 'wx+' : 'wx') : plus ? 'a+' : 'a';
  return { flags, binary: seen.has('b'), readable: k === 'r' || plus, writable: k !== 'r' || plus };
}

/** CPython: io.open (the builtin open). */
export const openFunction: NativeMethod = (_s, args, kwnames) => {
  const [file, mode0, , encoding, errors] = parseArgs('open', args, kwnames,
    ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'], 1);
  const mode = mode0 === undefined ? 'r' : mode0;
  if (typeof mode !== 'string') throw typeError(`open() argument 'mode' must be str, not ${typeOf(mode).name}`);
  const m = parseMode(mode);
  if (m.binary && encoding !== undefined && encoding !== None) throw valueError("binary mode doesn't take an encoding argument");
  const enc = encoding === undefined || encoding === None ? 'UTF-8' : encoding;
  if (typeof enc !== 'string') throw typeError(`open() argument 'encoding' must be str or None, not ${typeOf(enc).name}`);
  const errs = errors === undefined || errors === None ? 'strict' : errors;
  if (typeof errs !== 'string') throw typeError(`open() argument 'errors' must be str or None, not ${typeOf(errs).name}`);
  // CPython looks the codec up before touching the file
  if (!m.binary && normalizeEncoding(enc) === null) throw newException(Exc.LookupError, `unknown encoding: ${enc}`);
  let path: string;
  if (typeof file === 'string') path = file;
  else if (typeof file === 'number') path = '';
  else throw typeError(`expected str, bytes or os.PathLike object, not ${typeOf(file as PyValue).name}`);
  // A sandboxed VirtualMachine (vm/host/access.ts) has no files, file descriptors included.
  if (!hostAccess.filesystem) throw newOSError(SANDBOX_ERRNO, SANDBOX_STRERROR, file as PyValue);
  let fd: number;
  try {
    fd = typeof file === 'number' ? file : openSync(path, m.flags);
    if (typeof file !== 'number' && fstatSync(fd).isDirectory()) {
      closeSync(fd);
      throw Object.assign(new Error('dir'), { code: 'EISDIR' });
    }
  } catch (e) {
    hostError(e, file as PyValue);
  }
  const type = !m.binary ? TextFileType : m.readable && m.writable ? BufferedRandomType : m.readable ? BufferedReaderType : BufferedWriterType;
  const f = new PyFile(type, fd, file as PyValue, mode, m.binary, m.readable, m.writable);
  f.encoding = enc;
  f.errors = errs;
  return f;
};

function asFile(v: PyValue): PyFile {
  if (v instanceof PyFile) return v;
  throw typeError(`descriptor requires a file object but received a '${typeOf(v).name}'`);
}

function checkOpen(f: PyFile): void {
  if (f.closed) throw valueError('I/O operation on closed file.');
}

function unsupported(what: string): never {
  throw unsupportedOperation(what);
}

/** Loads the rest of the file for reading (once). */
function load(f: PyFile): void {
  checkOpen(f);
  if (!f.readable) unsupported('not readable');
  if (f.text !== null || f.bytes !== null) return;
  let data: Buffer;
  try {
    data = readFileSync(f.fd);
  } catch (e) {
    hostError(e, f.name);
  }
  if (f.binary) f.bytes = new Uint8Array(data);
  else f.text = decodeBytes(data, f.encoding, f.errors).replace(/\r\n?/g, '\n');
  f.pos = 0;
}

function sizeArg(v: PyValue | undefined): number {
  if (v === undefined || v === None) return -1;
  const n = asIndex(v);
  if (n === null) throw typeError(`argument should be integer or None, not '${typeOf(v).name}'`);
  return typeof n === 'bigint' ? Number.MAX_SAFE_INTEGER : n;
}

function read(f: PyFile, size: number): PyValue {
  load(f);
  if (f.binary) {
    const b = f.bytes as Uint8Array;
    const end = size < 0 ? b.length : Math.min(b.length, f.pos + size);
    const out = b.slice(f.pos, end);
    f.pos = end;
    return new PyBytes(out);
  }
  const t = f.text as string;
  let end = size < 0 ? t.length : f.pos;
  if (size >= 0) {
    // size counts code points, not UTF-16 units
    for (let n = 0; n < size && end < t.length; n++) end += (t.codePointAt(end) as number) > 0xffff ? 2 : 1;
  }
  const out = t.slice(f.pos, end);
  f.pos = end;
  return out;
}

function readLine(f: PyFile, size: number): PyValue {
  load(f);
  if (f.binary) {
    const b = f.bytes as Uint8Array;
    let end = b.indexOf(10, f.pos);
    end = end < 0 ? b.length : end + 1;
    if (size >= 0) end = Math.min(end, f.pos + size);
    const out = b.slice(f.pos, end);
    f.pos = end;
    return new PyBytes(out);
  }
  const t = f.text as string;
  let end = t.indexOf('\n', f.pos);
  end = end < 0 ? t.length : end + 1;
  if (size >= 0) end = Math.min(end, f.pos + size);
  const out = t.slice(f.pos, end);
  f.pos = end;
  return out;
}

function write(f: PyFile, v: PyValue): number {
  checkOpen(f);
  if (!f.writable) unsupported('not writable');
  let data: Uint8Array;
  let count: number;
  if (f.binary) {
    if (!(v instanceof PyObject) || !('data' in v) || !((v as PyBytes).data instanceof Uint8Array)) {
      throw typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
    }
    data = (v as PyBytes).data;
    count = data.length;
  } else {
    if (typeof v !== 'string') throw typeError(`write() argument must be str, not ${typeOf(v).name}`);
    data = encodeStr(v, f.encoding, f.errors);
    count = [...v].length;
  }
  try {
    let off = 0;
    while (off < data.length) off += writeSync(f.fd, data, off, data.length - off);
  } catch (e) {
    hostError(e, f.name);
  }
  return count;
}

function close(f: PyFile): void {
  if (f.closed) return;
  f.closed = true;
  try {
    closeSync(f.fd);
  } catch {
    // closing twice or a vanished fd is not an error for Python code
  }
}

function install(): void {
  for (const T of [TextFileType, BufferedReaderType, BufferedWriterType, BufferedRandomType]) {
    defMethod(T, 'read', (s, a) => read(asFile(s), sizeArg(a[0])));
    defMethod(T, 'readline', (s, a) => readLine(asFile(s), sizeArg(a[0])));
    defMethod(T, 'readlines', (s) => {
      const f = asFile(s);
      const out: PyValue[] = [];
      for (let line = f.next(); line !== null; line = f.next()) out.push(line);
      return new PyList(out);
    });
    defMethod(T, 'write', (s, a) => write(asFile(s), a[0]));
    defMethod(T, 'writelines', (s, a) => {
      const f = asFile(s);
      for (const line of toArray(a[0])) write(f, line);
      return None;
    });
    defMethod(T, 'close', (s) => {
      close(asFile(s));
      return None;
    });
    defMethod(T, 'flush', (s) => {
      checkOpen(asFile(s));
      return None;
    });
    defMethod(T, '__enter__', (s) => {
      checkOpen(asFile(s));
      return s;
    });
    defMethod(T, '__exit__', (s) => {
      close(asFile(s));
      return None;
    });
    defMethod(T, '__next__', (s) => {
      const f = asFile(s);
      checkOpen(f);
      const v = f.next();
      if (v === null) throw newException(Exc.StopIteration);
      return v;
    });
    defMethod(T, 'readable', (s) => {
      checkOpen(asFile(s));
      return asFile(s).readable;
    });
    defMethod(T, 'writable', (s) => {
      checkOpen(asFile(s));
      return asFile(s).writable;
    });
    defMethod(T, 'seekable', () => true);
    defMethod(T, 'fileno', (s) => asFile(s).fd);
    defMethod(T, 'isatty', () => false);
    defMethod(T, 'tell', (s) => {
      const f = asFile(s);
      checkOpen(f);
      if (f.text !== null) return Buffer.byteLength(f.text.slice(0, f.pos), 'utf8');
      return f.pos;
    });
    defMethod(T, 'seek', (s, a) => {
      const f = asFile(s);
      const off = sizeArg(a[0]);
      const whence = a.length > 1 ? sizeArg(a[1]) : 0;
      if (f.readable) load(f);
      const len = f.text !== null ? f.text.length : f.bytes !== null ? f.bytes.length : 0;
      f.pos = whence === 2 ? len + off : whence === 1 ? f.pos + off : off;
      if (f.pos > len) f.pos = len;
      return f.pos;
    });
    defGetSet(T, 'closed', (s) => asFile(s).closed);
    defGetSet(T, 'name', (s) => asFile(s).name);
    defGetSet(T, 'mode', (s) => asFile(s).mode);
    defMethod(T, '__repr__', (s) => {
      const f = asFile(s);
      const tn = f.ob_type.name;
      if (f.binary) return `<${tn} name=${pyRepr(f.name)}>`;
      return `<${tn} name=${pyRepr(f.name)} mode=${pyRepr(f.mode)} encoding=${pyRepr(f.encoding)}>`;
    });
  }
  defGetSet(TextFileType, 'encoding', (s) => asFile(s).encoding);
  defGetSet(TextFileType, 'errors', (s) => asFile(s).errors);
}

install();

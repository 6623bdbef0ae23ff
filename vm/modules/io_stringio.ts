/**
 * io.StringIO: an in-memory text file. Positions count code points (a JS string counts UTF-16
 * units, so buffers holding astral characters take a slower path); writes past the end pad
 * with NULs; `newline` controls translation on write and line splitting on read exactly as
 * CPython's (None: translate \r and \r\n to \n; '': split on any ending; '\r', '\r\n':
 * write \n as that). CPython: Modules/_io/stringio.c.
 */
import {
  None, PyBuiltinFunction, PyIterator, PyList, PyTuple, PyType, defGetSet, defMethod, isSubtype, typeOf,
  type PyValue,
} from '../objects/object.js';
import { Exc, newException, typeError, valueError } from '../objects/exceptions.js';
import { getAttr, getIter, iterNext, repr as pyRepr } from '../abstract.js';
import { callObject } from '../call.js';
import { asIndex } from '../objects/slice.js';
import { parseArgs } from '../objects/native_args.js';
import { TextIOBaseType, unsupportedOperation } from '../builtins/io_base.js';

export const StringIOType = new PyType('_io.StringIO', TextIOBaseType);
StringIOType.qualname = 'StringIO';
StringIOType.module = '_io';

const SEEN_CR = 1, SEEN_LF = 2, SEEN_CRLF = 4;

export class PyStringIO extends PyIterator {
  buf: string;
  /** Position in code points. */
  pos: number;
  /** Whether `buf` holds surrogate pairs (then units and code points differ). */
  astral: boolean;
  closed: boolean;
  /** '\n' by default; null for universal newlines with translation (newline=None). */
  readnl: string | null;
  readUniversal: boolean;
  readTranslate: boolean;
  writenl: string | null;
  /** Line endings seen on write when newlines are tracked (SEEN_* bits), else -1. */
  seen: number;
  constructor(type: PyType) {
    super(type);
    this.buf = '';
    this.pos = 0;
    this.astral = false;
    this.closed = false;
    this.readnl = '\n';
    this.readUniversal = false;
    this.readTranslate = false;
    this.writenl = null;
    this.seen = -1;
  }

  length(): number {
    return this.astral ? cpLength(this.buf) : this.buf.length;
  }

  /** UTF-16 offset of code point `cp` (clamped to the end). */
  unit(cp: number): number {
    if (!this.astral) return Math.min(cp, this.buf.length);
    let u = 0;
    for (let i = 0; i < cp && u < this.buf.length; i++) u += isHigh(this.buf.charCodeAt(u)) ? 2 : 1;
    return u;
  }

  next(): PyValue | null {
    const line = this.ob_type === StringIOType ? readLine(this, -1) : callObject(getAttr(this, 'readline'), [], null);
    if (typeof line !== 'string') throw typeError(`readline() should have returned a str object, not '${typeOf(line).name}'`);
    return line === '' ? null : line;
  }
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function cpLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!isHigh(s.charCodeAt(i)) || i + 1 >= s.length) n++;
  return n;
}

function hasAstral(s: string): boolean {
  return /[\ud800-\udbff]/.test(s);
}

function asStringIO(v: PyValue): PyStringIO {
  if (v instanceof PyStringIO) return v;
  throw typeError(`descriptor requires a '_io.StringIO' object but received a '${typeOf(v).name}'`);
}

function checkClosed(s: PyStringIO): PyStringIO {
  if (s.closed) throw valueError('I/O operation on closed file');
  return s;
}

/** CPython: the IncrementalNewlineDecoder of a universal-newline StringIO, applied to one write. */
function decodeNewlines(s: PyStringIO, text: string): string {
  if (s.seen >= 0) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) {
          s.seen |= SEEN_CRLF;
          i++;
        } else s.seen |= SEEN_CR;
      } else if (c === 10) s.seen |= SEEN_LF;
    }
  }
  return s.readTranslate ? text.replace(/\r\n?/g, '\n') : text;
}

/** CPython: write_str. Returns the length of `text` as given. */
function writeStr(s: PyStringIO, text: string): number {
  const n = cpLength(text);
  if (s.readUniversal) text = decodeNewlines(s, text);
  if (s.writenl !== null && s.writenl !== '\n') text = text.split('\n').join(s.writenl);
  if (text === '') return n;
  if (hasAstral(text)) s.astral = true;
  const len = s.length();
  if (s.pos === len) s.buf += text;
  else {
    if (s.pos > len) s.buf += '\0'.repeat(s.pos - len);
    const at = s.unit(s.pos);
    const end = s.unit(s.pos + cpLength(text));
    s.buf = s.buf.slice(0, at) + text + s.buf.slice(end);
  }
  s.pos += cpLength(text);
  return n;
}

function sizeArg(v: PyValue | undefined): number {
  if (v === undefined || v === None) return -1;
  const n = asIndex(v);
  if (n === null) throw typeError(`argument should be integer or None, not '${typeOf(v).name}'`);
  return typeof n === 'bigint' ? (n < 0n ? -1 : Number.MAX_SAFE_INTEGER) : n;
}

function read(s: PyStringIO, size: number): string {
  const len = s.length();
  if (s.pos >= len) return '';
  const end = size < 0 ? len : Math.min(len, s.pos + size);
  const out = s.buf.slice(s.unit(s.pos), s.unit(end));
  s.pos = end;
  return out;
}

/** CPython: _PyIO_find_line_ending — the UTF-16 end of the line starting at `from`. */
function lineEnd(s: PyStringIO, from: number): number {
  const b = s.buf;
  if (s.readTranslate || (!s.readUniversal && s.readnl === '\n')) {
    const i = b.indexOf('\n', from);
    return i < 0 ? b.length : i + 1;
  }
  if (s.readUniversal) {
    for (let i = from; i < b.length; i++) {
      const c = b.charCodeAt(i);
      if (c === 10) return i + 1;
      if (c === 13) return b.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    }
    return b.length;
  }
  const nl = s.readnl as string;
  const i = b.indexOf(nl, from);
  return i < 0 ? b.length : i + nl.length;
}

function readLine(s: PyStringIO, limit: number): string {
  checkClosed(s);
  const len = s.length();
  if (s.pos >= len) return '';
  const start = s.unit(s.pos);
  let end = lineEnd(s, start);
  let line = s.buf.slice(start, end);
  if (limit >= 0 && cpLength(line) > limit) {
    line = [...line].slice(0, limit).join('');
    end = start + line.length;
  }
  s.pos += s.astral ? cpLength(line) : line.length;
  return line;
}

function newlinesValue(seen: number): PyValue {
  const kinds: string[] = [];
  if (seen & SEEN_CR) kinds.push('\r');
  if (seen & SEEN_LF) kinds.push('\n');
  if (seen & SEEN_CRLF) kinds.push('\r\n');
  if (kinds.length === 0) return None;
  return kinds.length === 1 ? kinds[0] : new PyTuple(kinds);
}

function init(s: PyStringIO, args: PyValue[], kwnames: readonly string[] | null): void {
  const [initial, newline] = parseArgs('StringIO', args, kwnames, ['initial_value', 'newline'], 0);
  let nl: string | null = '\n';
  if (newline !== undefined) {
    if (newline === None) nl = null;
    else if (typeof newline !== 'string') throw typeError(`newline must be str or None, not ${typeOf(newline).name}`);
    else if (!['', '\n', '\r', '\r\n'].includes(newline)) throw valueError(`illegal newline value: ${pyRepr(newline)}`);
    else nl = newline;
  }
  if (initial !== undefined && initial !== None && typeof initial !== 'string') {
    throw typeError(`initial_value must be str or None, not ${typeOf(initial).name}`);
  }
  s.readnl = nl;
  s.readUniversal = nl === null || nl === '';
  s.readTranslate = nl === null;
  s.writenl = nl !== null && nl.startsWith('\r') ? nl : null;
  s.seen = s.readUniversal ? 0 : -1;
  s.buf = '';
  s.astral = false;
  s.pos = 0;
  s.closed = false;
  if (typeof initial === 'string' && initial !== '') {
    writeStr(s, initial);
    s.pos = 0;
  }
}

function install(): void {
  const T = StringIOType;
  T.dict.set('__new__', new PyBuiltinFunction('__new__', (_s, a) => {
    const cls = a[0];
    if (!(cls instanceof PyType) || !isSubtype(cls, T)) throw typeError('StringIO.__new__(X): X is not a subtype of StringIO');
    return new PyStringIO(cls);
  }, T));
  defMethod(T, '__init__', (s, a, kw) => {
    init(asStringIO(s), a, kw);
    return None;
  });
  defMethod(T, 'getvalue', (s) => checkClosed(asStringIO(s)).buf);
  defMethod(T, 'write', (s, a) => {
    const f = checkClosed(asStringIO(s));
    if (typeof a[0] !== 'string') throw typeError(`string argument expected, got '${typeOf(a[0]).name}'`);
    return writeStr(f, a[0]);
  });
  defMethod(T, 'writelines', (s, a) => {
    const f = checkClosed(asStringIO(s));
    const it = getIter(a[0]);
    const write = getAttr(f, 'write');
    for (let line = iterNext(it); line !== null; line = iterNext(it)) callObject(write, [line], null);
    return None;
  });
  defMethod(T, 'read', (s, a) => read(checkClosed(asStringIO(s)), sizeArg(a[0])));
  defMethod(T, 'readline', (s, a) => {
    const f = checkClosed(asStringIO(s));
    return readLine(f, sizeArg(a[0]));
  });
  defMethod(T, 'readlines', (s, a) => {
    const f = checkClosed(asStringIO(s));
    const hint = sizeArg(a[0]);
    const out: PyValue[] = [];
    let total = 0;
    for (let line = readLine(f, -1); line !== ''; line = readLine(f, -1)) {
      out.push(line);
      total += line.length;
      if (hint > 0 && total >= hint) break;
    }
    return new PyList(out);
  });
  defMethod(T, 'tell', (s) => checkClosed(asStringIO(s)).pos);
  defMethod(T, 'seek', (s, a) => {
    const f = checkClosed(asStringIO(s));
    if (a.length < 1 || a.length > 2) throw typeError(`seek expected at ${a.length < 1 ? 'least 1' : 'most 2'} argument${a.length < 1 ? '' : 's'}, got ${a.length}`);
    const p = asIndex(a[0]);
    if (p === null) throw typeError(`'${typeOf(a[0]).name}' object cannot be interpreted as an integer`);
    const w = a.length > 1 ? asIndex(a[1]) : 0;
    if (w === null) throw typeError(`'${typeOf(a[1]).name}' object cannot be interpreted as an integer`);
    const pos = Number(p), whence = Number(w);
    if (whence !== 0 && whence !== 1 && whence !== 2) throw valueError(`Invalid whence (${whence}, should be 0, 1 or 2)`);
    if (pos < 0 && whence === 0) throw valueError(`Negative seek position ${pos}`);
    if (whence !== 0 && pos !== 0) throw newException(Exc.OSError, "Can't do nonzero cur-relative seeks");
    f.pos = whence === 1 ? f.pos : whence === 2 ? f.length() : pos;
    return f.pos;
  });
  defMethod(T, 'truncate', (s, a) => {
    const f = checkClosed(asStringIO(s));
    const size = a.length === 0 || a[0] === None ? f.pos : sizeArg(a[0]);
    if (size < 0) throw valueError(`Negative size value ${size}`);
    if (size < f.length()) {
      f.buf = f.buf.slice(0, f.unit(size));
      f.astral = hasAstral(f.buf);
    }
    return size;
  });
  defMethod(T, 'close', (s) => {
    const f = asStringIO(s);
    f.closed = true;
    f.buf = '';
    return None;
  });
  for (const name of ['readable', 'writable', 'seekable']) defMethod(T, name, (s) => (checkClosed(asStringIO(s)), true));
  defMethod(T, 'isatty', (s) => (checkClosed(asStringIO(s)), false));
  defMethod(T, 'flush', (s) => (checkClosed(asStringIO(s)), None));
  defMethod(T, 'fileno', () => {
    throw unsupportedOperation('fileno');
  });
  defMethod(T, 'detach', () => {
    throw unsupportedOperation('detach');
  });
  defMethod(T, '__enter__', (s) => {
    if (asStringIO(s).closed) throw valueError('I/O operation on closed file.');
    return s;
  });
  defMethod(T, '__exit__', (s) => {
    const f = asStringIO(s);
    callObject(getAttr(f, 'close'), [], null);
    return None;
  });
  defMethod(T, '__iter__', (s) => {
    if (asStringIO(s).closed) throw valueError('I/O operation on closed file.');
    return s;
  });
  defMethod(T, '__next__', (s) => {
    const v = checkClosed(asStringIO(s)).next();
    if (v === null) throw newException(Exc.StopIteration);
    return v;
  });
  defGetSet(T, 'closed', (s) => asStringIO(s).closed);
  defGetSet(T, 'line_buffering', (s) => (checkClosed(asStringIO(s)), false));
  defGetSet(T, 'newlines', (s) => {
    const f = checkClosed(asStringIO(s));
    return f.seen < 0 ? None : newlinesValue(f.seen);
  });
  defGetSet(TextIOBaseType, 'encoding', () => None);
  defGetSet(TextIOBaseType, 'errors', () => None);
}

install();

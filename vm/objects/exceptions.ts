/**
 * Python exceptions: PyException (the one JS value thrown across the Python boundary) and the
 * builtin exception hierarchy of CPython 3.11 as PyType objects (`Exc.TypeError`…), with the
 * per-family fields (StopIteration.value, SystemExit.code, OSError.errno, SyntaxError.lineno…)
 * kept in a fixed `extra` slot array so every exception has the same JS shape.
 * CPython: Objects/exceptions.c, Include/cpython/pyerrors.h.
 */
import {
  None, ObjectType, PyBuiltinFunction, PyList, PyObject, PyTuple, PyType, TPFLAGS_BASETYPE,
  TPFLAGS_BASE_EXC_SUBCLASS, defGetSet, defMethod, isSubtype, lookupType, typeOf, type PyValue,
} from './object.js';
import { PyDict } from './dict.js';

const EMPTY_TUPLE_ITEMS: PyValue[] = [];

/**
 * repr() and str() for messages, bound late: abstract.ts reaches modules that build objects at
 * load time, so this file must not import it. tuple.ts (loaded with the builtins) installs the
 * real ones; the fallbacks cover primitives only.
 */
let pyRepr: (v: PyValue) => string = (v) => (typeof v === 'string' ? `'${v}'` : typeof v === 'object' ? `<${v.ob_type.name} object>` : String(v));
let pyStr: (v: PyValue) => string = (v) => (typeof v === 'string' ? v : pyRepr(v));
export function setExceptionFormatters(repr: (v: PyValue) => string, str: (v: PyValue) => string): void {
  pyRepr = repr;
  pyStr = str;
}

/** An exception instance (CPython: PyBaseExceptionObject and its subtype structs). */
export class PyException extends PyObject {
  args: PyTuple;
  /** The traceback object the VM builds while unwinding (null until raised). */
  traceback: PyObject | null;
  cause: PyValue;
  context: PyValue;
  suppressContext: boolean;
  /** Instance attributes set from Python (`e.foo = 1`); created on first use. */
  dict: PyDict | null;
  /** Family-specific fields (see the *_SLOT constants); null for families without any. */
  extra: PyValue[] | null;
  /** Notes added with add_note (3.11); null when none. */
  notes: PyValue | null;

  constructor(type: PyType, args: PyTuple) {
    super(type);
    this.args = args;
    this.traceback = null;
    this.cause = None;
    this.context = None;
    this.suppressContext = false;
    this.dict = null;
    this.extra = null;
    this.notes = null;
  }
}

/**
 * Exceptions whose C struct adds fields to BaseException's; the others share their base's
 * layout, so `class E(OSError, ValueError)` is allowed and `(OSError, ImportError)` is not
 * (CPython: the tp_basicsize that solid_base compares).
 */
const OWN_LAYOUT = new Set([
  'BaseException', 'BaseExceptionGroup', 'StopIteration', 'SystemExit', 'ImportError', 'OSError', 'SyntaxError',
  'UnicodeEncodeError', 'UnicodeDecodeError', 'UnicodeTranslateError', 'NameError', 'AttributeError',
]);

function excType(name: string, base: PyType | null): PyType {
  const t = new PyType(name, base ?? ObjectType, TPFLAGS_BASETYPE | TPFLAGS_BASE_EXC_SUBCLASS);
  t.native = OWN_LAYOUT.has(name) || base === null ? t : base.native;
  return t;
}

const BaseException = excType('BaseException', null);
const Exception = excType('Exception', BaseException);
const ArithmeticError = excType('ArithmeticError', Exception);
const LookupError = excType('LookupError', Exception);
const OSError = excType('OSError', Exception);
const ConnectionError = excType('ConnectionError', OSError);
const ImportError = excType('ImportError', Exception);
const NameError = excType('NameError', Exception);
const RuntimeError = excType('RuntimeError', Exception);
const SyntaxError = excType('SyntaxError', Exception);
const IndentationError = excType('IndentationError', SyntaxError);
const ValueError = excType('ValueError', Exception);
const UnicodeError = excType('UnicodeError', ValueError);
const Warning = excType('Warning', Exception);

const BaseExceptionGroup = excType('BaseExceptionGroup', BaseException);

/** ExceptionGroup(BaseExceptionGroup, Exception): the one builtin exception with two bases. */
function exceptionGroupType(): PyType {
  const t = excType('ExceptionGroup', BaseExceptionGroup);
  t.bases = [BaseExceptionGroup, Exception];
  t.mro = [t, BaseExceptionGroup, Exception, BaseException, ObjectType];
  return t;
}

/** The builtin exception types by name (CPython: PyExc_*). */
export const Exc = {
  BaseException,
  BaseExceptionGroup,
  ExceptionGroup: exceptionGroupType(),
  GeneratorExit: excType('GeneratorExit', BaseException),
  KeyboardInterrupt: excType('KeyboardInterrupt', BaseException),
  SystemExit: excType('SystemExit', BaseException),
  Exception,
  ArithmeticError,
  FloatingPointError: excType('FloatingPointError', ArithmeticError),
  OverflowError: excType('OverflowError', ArithmeticError),
  ZeroDivisionError: excType('ZeroDivisionError', ArithmeticError),
  AssertionError: excType('AssertionError', Exception),
  AttributeError: excType('AttributeError', Exception),
  BufferError: excType('BufferError', Exception),
  EOFError: excType('EOFError', Exception),
  ImportError,
  ModuleNotFoundError: excType('ModuleNotFoundError', ImportError),
  LookupError,
  IndexError: excType('IndexError', LookupError),
  KeyError: excType('KeyError', LookupError),
  MemoryError: excType('MemoryError', Exception),
  NameError,
  UnboundLocalError: excType('UnboundLocalError', NameError),
  OSError,
  BlockingIOError: excType('BlockingIOError', OSError),
  ChildProcessError: excType('ChildProcessError', OSError),
  ConnectionError,
  BrokenPipeError: excType('BrokenPipeError', ConnectionError),
  ConnectionAbortedError: excType('ConnectionAbortedError', ConnectionError),
  ConnectionRefusedError: excType('ConnectionRefusedError', ConnectionError),
  ConnectionResetError: excType('ConnectionResetError', ConnectionError),
  FileExistsError: excType('FileExistsError', OSError),
  FileNotFoundError: excType('FileNotFoundError', OSError),
  InterruptedError: excType('InterruptedError', OSError),
  IsADirectoryError: excType('IsADirectoryError', OSError),
  NotADirectoryError: excType('NotADirectoryError', OSError),
  PermissionError: excType('PermissionError', OSError),
  ProcessLookupError: excType('ProcessLookupError', OSError),
  TimeoutError: excType('TimeoutError', OSError),
  ReferenceError: excType('ReferenceError', Exception),
  RuntimeError,
  NotImplementedError: excType('NotImplementedError', RuntimeError),
  RecursionError: excType('RecursionError', RuntimeError),
  StopAsyncIteration: excType('StopAsyncIteration', Exception),
  StopIteration: excType('StopIteration', Exception),
  SyntaxError,
  IndentationError,
  TabError: excType('TabError', IndentationError),
  SystemError: excType('SystemError', Exception),
  TypeError: excType('TypeError', Exception),
  ValueError,
  UnicodeError,
  UnicodeDecodeError: excType('UnicodeDecodeError', UnicodeError),
  UnicodeEncodeError: excType('UnicodeEncodeError', UnicodeError),
  UnicodeTranslateError: excType('UnicodeTranslateError', UnicodeError),
  Warning,
  BytesWarning: excType('BytesWarning', Warning),
  DeprecationWarning: excType('DeprecationWarning', Warning),
  EncodingWarning: excType('EncodingWarning', Warning),
  FutureWarning: excType('FutureWarning', Warning),
  ImportWarning: excType('ImportWarning', Warning),
  PendingDeprecationWarning: excType('PendingDeprecationWarning', Warning),
  ResourceWarning: excType('ResourceWarning', Warning),
  RuntimeWarning: excType('RuntimeWarning', Warning),
  SyntaxWarning: excType('SyntaxWarning', Warning),
  UnicodeWarning: excType('UnicodeWarning', Warning),
  UserWarning: excType('UserWarning', Warning),
} as const;

/** Every builtin exception type, for the builtins module. */
export const EXCEPTION_TYPES: readonly PyType[] = Object.values(Exc);

// Slots in PyException.extra, per family.
export const STOPITER_VALUE = 0;
export const SYSEXIT_CODE = 0;
export const NAME_NAME = 0;
export const ATTR_NAME = 0;
export const ATTR_OBJ = 1;
export const IMPORT_MSG = 0;
export const IMPORT_NAME = 1;
export const IMPORT_PATH = 2;
export const OS_ERRNO = 0;
export const OS_STRERROR = 1;
export const OS_FILENAME = 2;
export const OS_FILENAME2 = 3;
export const SYNTAX_MSG = 0;
export const SYNTAX_FILENAME = 1;
export const SYNTAX_LINENO = 2;
export const SYNTAX_OFFSET = 3;
export const SYNTAX_TEXT = 4;
export const SYNTAX_END_LINENO = 5;
export const SYNTAX_END_OFFSET = 6;
export const SYNTAX_PRINT_FILE_AND_LINE = 7;
export const UNICODE_ENCODING = 0;
export const UNICODE_OBJECT = 1;
export const UNICODE_START = 2;
export const UNICODE_END = 3;
export const UNICODE_REASON = 4;
export const GROUP_MSG = 0;
export const GROUP_EXCS = 1;

/** How many extra slots each family needs (keyed by the family's root type). */
const EXTRA_SIZES: [PyType, number][] = [
  [Exc.StopIteration, 1],
  [Exc.SystemExit, 1],
  [Exc.NameError, 1],
  [Exc.AttributeError, 2],
  [Exc.ImportError, 3],
  [Exc.OSError, 4],
  [Exc.SyntaxError, 8],
  [Exc.UnicodeDecodeError, 5],
  [Exc.UnicodeEncodeError, 5],
  [Exc.UnicodeTranslateError, 5],
  [Exc.BaseExceptionGroup, 2],
];

// Instance layouts: a family with extra fields is its own native shape, every other exception
// shares BaseException's, so `class E(ValueError, KeyError)` has no lay-out conflict.
for (const t of EXCEPTION_TYPES) {
  const root = EXTRA_SIZES.find(([r]) => isSubtype(t, r));
  t.native = root === undefined ? BaseException : root[0];
}

/** The extra slots by family root (a family's root is the native layout of all its types). */
const EXTRA_BY_NATIVE = new Map<PyType, number>(EXTRA_SIZES);

function extraSize(type: PyType): number {
  // Every exception type's native layout is its family's root, or BaseException's (above, and
  // type_new.ts for classes): one lookup instead of a subtype test per family at each raise.
  const native = type.native;
  if (native === BaseException) return 0;
  const n = native === null ? undefined : EXTRA_BY_NATIVE.get(native);
  if (n !== undefined) return n;
  for (let i = 0; i < EXTRA_SIZES.length; i++) if (isSubtype(type, EXTRA_SIZES[i][0])) return EXTRA_SIZES[i][1];
  return 0;
}

/** CPython: BaseException_new — the instance for `type` (any BaseException subtype). */
export function allocException(type: PyType, args: PyValue[]): PyException {
  const e = new PyException(type, new PyTuple(args));
  const n = extraSize(type);
  if (n > 0) e.extra = new Array<PyValue>(n).fill(None);
  return e;
}

/**
 * A new exception of `type` with `msg` as its single argument (no argument when msg is
 * null/undefined), initialised as `type(msg)` would be.
 */
export function newException(type: PyType, msg?: string | null): PyException {
  const args: PyValue[] = msg === undefined || msg === null ? EMPTY_TUPLE_ITEMS.slice() : [msg];
  const e = allocException(type, args);
  initException(e, args, null);
  return e;
}

/** An exception built from a full argument list (`KeyError(key)`, `StopIteration(value)`). */
export function newExceptionArgs(type: PyType, args: PyValue[]): PyException {
  const e = allocException(type, args);
  initException(e, args, null);
  return e;
}

/** Shorthands for the most common raises: `throw typeError('...')`. */
export function typeError(msg: string): PyException { return newException(Exc.TypeError, msg); }
export function valueError(msg: string): PyException { return newException(Exc.ValueError, msg); }
export function indexError(msg: string): PyException { return newException(Exc.IndexError, msg); }
export function runtimeError(msg: string): PyException { return newException(Exc.RuntimeError, msg); }
export function overflowError(msg: string): PyException { return newException(Exc.OverflowError, msg); }
export function keyError(key: PyValue): PyException { return newExceptionArgs(Exc.KeyError, [key]); }
export function stopIteration(value: PyValue): PyException {
  return newExceptionArgs(Exc.StopIteration, value === None ? [] : [value]);
}

/**
 * CPython: tp_new_wrapper's checks on `X` in `T.__new__(X, ...)` — a type, and a subtype of T
 * (`name` is how T is named in the message).
 */
export function checkNewType(v: PyValue | undefined, base: PyType, name: string = base.name): asserts v is PyType {
  if (v === undefined) throw typeError(`${name}.__new__(): not enough arguments`);
  if (!(v instanceof PyType)) throw typeError(`${name}.__new__(X): X is not a type object (${typeOf(v).name})`);
  if (!isSubtype(v, base)) throw typeError(`${name}.__new__(${v.name}): ${v.name} is not a subtype of ${name}`);
}

export function isException(v: PyValue): v is PyException {
  return v instanceof PyException;
}

/** True for a type that derives from BaseException (what `raise X` and `except X` accept). */
export function isExceptionType(v: PyValue): v is PyType {
  return v instanceof PyType && (v.flags & TPFLAGS_BASE_EXC_SUBCLASS) !== 0;
}

/** `StopIteration.value` (the generator's return value); None for other exceptions. */
export function stopIterationValue(e: PyException): PyValue {
  return e.extra !== null && isSubtype(e.ob_type, Exc.StopIteration) ? e.extra[STOPITER_VALUE] : None;
}

function noKeywords(type: PyType): never {
  throw typeError(`${type.name}() takes no keyword arguments`);
}

/** Splits trailing keyword arguments off (the calling convention puts their values last). */
function splitKw(args: PyValue[], kwnames: readonly string[] | null): [PyValue[], Map<string, PyValue> | null] {
  if (kwnames === null || kwnames.length === 0) return [args, null];
  const npos = args.length - kwnames.length;
  const kw = new Map<string, PyValue>();
  for (let i = 0; i < kwnames.length; i++) kw.set(kwnames[i], args[npos + i]);
  return [args.slice(0, npos), kw];
}

function takeKw(kw: Map<string, PyValue>, allowed: readonly string[], fname: string): PyValue[] {
  const out: PyValue[] = [];
  for (const name of allowed) {
    const v = kw.get(name);
    out.push(v === undefined ? None : v);
    kw.delete(name);
  }
  for (const name of kw.keys()) throw typeError(`'${name}' is an invalid keyword argument for ${fname}()`);
  return out;
}

/** CPython: the tp_init of each exception family. */
export function initException(e: PyException, allArgs: PyValue[], kwnames: readonly string[] | null): void {
  const [args, kw] = splitKw(allArgs, kwnames);
  const type = e.ob_type;
  e.args = new PyTuple(args.slice());
  const x = e.extra;
  if (x === null) {
    if (kw !== null) noKeywords(type);
    return;
  }
  if (isSubtype(type, Exc.ImportError)) {
    const [name, path] = kw === null ? [None, None] : takeKw(kw, ['name', 'path'], type.name);
    x[IMPORT_MSG] = args.length === 1 ? args[0] : None;
    x[IMPORT_NAME] = name;
    x[IMPORT_PATH] = path;
    return;
  }
  if (isSubtype(type, Exc.NameError)) {
    const [name] = kw === null ? [None] : takeKw(kw, ['name'], type.name);
    x[NAME_NAME] = name;
    return;
  }
  if (isSubtype(type, Exc.AttributeError)) {
    const [name, obj] = kw === null ? [None, None] : takeKw(kw, ['name', 'obj'], type.name);
    x[ATTR_NAME] = name;
    x[ATTR_OBJ] = obj;
    return;
  }
  if (kw !== null) noKeywords(type);
  if (isSubtype(type, Exc.StopIteration)) {
    x[STOPITER_VALUE] = args.length > 0 ? args[0] : None;
  } else if (isSubtype(type, Exc.SystemExit)) {
    x[SYSEXIT_CODE] = args.length === 0 ? None : args.length === 1 ? args[0] : e.args;
  } else if (isSubtype(type, Exc.OSError)) {
    initOSError(e, x, args);
  } else if (isSubtype(type, Exc.SyntaxError)) {
    initSyntaxError(x, args);
  } else if (isSubtype(type, Exc.UnicodeError)) {
    initUnicodeError(type, x, args);
  }
}

function initOSError(e: PyException, x: PyValue[], args: PyValue[]): void {
  x.fill(None);
  if (args.length >= 2 && args.length <= 5) {
    x[OS_ERRNO] = args[0];
    x[OS_STRERROR] = args[1];
    if (args.length >= 3) x[OS_FILENAME] = args[2];
    if (args.length >= 5) x[OS_FILENAME2] = args[4];
    // CPython keeps only (errno, strerror) in args when a filename is given.
    if (args.length >= 3) e.args = new PyTuple([args[0], args[1]]);
  }
}

function initSyntaxError(x: PyValue[], args: PyValue[]): void {
  x.fill(None);
  if (args.length >= 1) x[SYNTAX_MSG] = args[0];
  if (args.length === 2) {
    const info = args[1];
    if (!(info instanceof PyTuple) || info.items.length < 4 || info.items.length > 6) {
      throw newException(Exc.IndexError, 'tuple index out of range');
    }
    for (let i = 0; i < info.items.length; i++) x[SYNTAX_FILENAME + i] = info.items[i];
  }
}

function initUnicodeError(type: PyType, x: PyValue[], args: PyValue[]): void {
  const want = isSubtype(type, Exc.UnicodeTranslateError) ? 4 : 5;
  if (args.length !== want) {
    throw typeError(`function takes exactly ${want} arguments (${args.length} given)`);
  }
  if (want === 4) {
    x[UNICODE_ENCODING] = None;
    x[UNICODE_OBJECT] = args[0];
    x[UNICODE_START] = args[1];
    x[UNICODE_END] = args[2];
    x[UNICODE_REASON] = args[3];
  } else {
    for (let i = 0; i < 5; i++) x[i] = args[i];
  }
}

function self(v: PyValue): PyException {
  if (v instanceof PyException) return v;
  throw typeError(`descriptor requires a 'BaseException' object but received a '${typeOf(v).name}'`);
}

/** CPython: BaseException_str. */
function baseStr(e: PyException): string {
  const items = e.args.items;
  if (items.length === 0) return '';
  if (items.length === 1) return pyStr(items[0]);
  return pyStr(e.args);
}

/** CPython: BaseException_repr — `Name(args…)`, no trailing comma for one argument. */
export function exceptionRepr(e: PyException): string {
  const items = e.args.items;
  const name = e.ob_type.name;
  if (items.length === 1) return `${name}(${pyRepr(items[0])})`;
  return name + pyRepr(e.args);
}

function basename(v: PyValue): string {
  const s = typeof v === 'string' ? v : pyStr(v);
  const i = s.lastIndexOf('/');
  return i < 0 ? s : s.slice(i + 1);
}

/** CPython: the tp_str of each exception family (`str(e)`, the traceback's last line). */
export function exceptionStr(e: PyException): string {
  const type = e.ob_type;
  const x = e.extra;
  if (isSubtype(type, Exc.KeyError)) {
    return e.args.items.length === 1 ? pyRepr(e.args.items[0]) : baseStr(e);
  }
  if (x === null) return baseStr(e);
  if (isSubtype(type, Exc.ImportError)) {
    return x[IMPORT_MSG] !== None ? pyStr(x[IMPORT_MSG]) : baseStr(e);
  }
  if (isSubtype(type, Exc.OSError)) {
    const errno = x[OS_ERRNO], strerror = x[OS_STRERROR];
    if (x[OS_FILENAME] !== None) {
      const f2 = x[OS_FILENAME2] !== None ? ` -> ${pyRepr(x[OS_FILENAME2])}` : '';
      return `[Errno ${pyStr(errno)}] ${pyStr(strerror)}: ${pyRepr(x[OS_FILENAME])}${f2}`;
    }
    if (errno !== None && strerror !== None) return `[Errno ${pyStr(errno)}] ${pyStr(strerror)}`;
    return baseStr(e);
  }
  if (isSubtype(type, Exc.SyntaxError)) {
    const msg = x[SYNTAX_MSG] === None ? 'None' : pyStr(x[SYNTAX_MSG]);
    const file = x[SYNTAX_FILENAME], line = x[SYNTAX_LINENO];
    const haveFile = typeof file === 'string';
    const haveLine = typeof line === 'number';
    if (haveFile && haveLine) return `${msg} (${basename(file)}, line ${line})`;
    if (haveFile) return `${msg} (${basename(file)})`;
    if (haveLine) return `${msg} (line ${line})`;
    return msg;
  }
  if (isSubtype(type, Exc.UnicodeError)) return unicodeErrorStr(type, x);
  if (isSubtype(type, Exc.BaseExceptionGroup)) {
    // CPython: BaseExceptionGroup_str
    const excs = x[GROUP_EXCS];
    const n = excs instanceof PyTuple ? excs.items.length : 0;
    return `${pyStr(x[GROUP_MSG])} (${n} sub-exception${n > 1 ? 's' : ''})`;
  }
  return baseStr(e);
}

function hex2(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

function unicodeErrorStr(type: PyType, x: PyValue[]): string {
  const start = x[UNICODE_START], end = x[UNICODE_END], obj = x[UNICODE_OBJECT];
  const reason = pyStr(x[UNICODE_REASON]);
  if (typeof start !== 'number' || typeof end !== 'number') return '';
  const enc = x[UNICODE_ENCODING] === None ? '' : pyStr(x[UNICODE_ENCODING]);
  if (isSubtype(type, Exc.UnicodeDecodeError)) {
    const data = obj instanceof PyObject && 'data' in obj ? (obj as { data: Uint8Array }).data : null;
    if (end === start + 1 && data !== null && start < data.length) {
      return `'${enc}' codec can't decode byte 0x${hex2(data[start], 2)} in position ${start}: ${reason}`;
    }
    return `'${enc}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  }
  const verb = isSubtype(type, Exc.UnicodeEncodeError) ? `'${enc}' codec can't encode` : "can't translate";
  if (end === start + 1 && typeof obj === 'string') {
    const cp = obj.codePointAt(start) ?? 0;
    const ch = cp <= 0xff ? `\\x${hex2(cp, 2)}` : cp <= 0xffff ? `\\u${hex2(cp, 4)}` : `\\U${hex2(cp, 8)}`;
    return `${verb} character '${ch}' in position ${start}: ${reason}`;
  }
  return `${verb} characters in position ${start}-${end - 1}: ${reason}`;
}

function setCauseLike(v: PyValue | null, what: string): PyValue {
  if (v === null) throw typeError(`${what} may not be deleted`);
  if (v !== None && !(v instanceof PyException)) {
    throw typeError(`exception ${what === '__cause__' ? 'cause' : 'context'} must be None or derive from BaseException`);
  }
  return v;
}

function extraGetSet(type: PyType, name: string, slot: number): void {
  defGetSet(
    type,
    name,
    (o) => {
      const e = self(o);
      return e.extra === null ? None : e.extra[slot];
    },
    (o, v) => {
      const e = self(o);
      if (e.extra !== null) e.extra[slot] = v === null ? None : v;
    },
  );
}

/** Converts an iterable to a tuple for `e.args = ...`; installed by the tuple module. */
export let tupleFromIterable: (v: PyValue) => PyTuple = (v) => {
  if (v instanceof PyTuple) return v;
  throw typeError('args must be a tuple');
};
export function setTupleFromIterable(f: (v: PyValue) => PyTuple): void {
  tupleFromIterable = f;
}

function install(): void {
  const B = BaseException;
  B.dict.set(
    '__new__',
    new PyBuiltinFunction('__new__', (_s, args, kwnames) => {
      const cls = args[0];
      if (!(cls instanceof PyType) || !isSubtype(cls, B)) {
        throw typeError(`BaseException.__new__(X): X is not a subtype of BaseException`);
      }
      return allocException(cls, splitKw(args, kwnames)[0].slice(1));
    }, B),
  );
  // keyword arguments belong to __init__; __new__ ignores them (CPython: BaseException_new).
  defMethod(B, '__init__', (s, args, kwnames) => {
    initException(self(s), args, kwnames);
    return None;
  });
  defMethod(B, '__str__', (s) => exceptionStr(self(s)));
  defMethod(B, '__repr__', (s) => exceptionRepr(self(s)));
  defMethod(B, 'with_traceback', (s, args) => {
    const e = self(s);
    const tb = args[0];
    if (tb === None) e.traceback = null;
    else if (tb instanceof PyObject) e.traceback = tb;
    return e;
  });
  defMethod(B, 'add_note', (s, args) => {
    const e = self(s);
    const note = args[0];
    if (typeof note !== 'string') throw typeError(`note must be a str, not '${typeOf(note).name}'`);
    if (e.notes === null) e.notes = new PyList([]);
    if (!(e.notes instanceof PyList)) throw typeError('Cannot add note: __notes__ is not a list');
    e.notes.items.push(note);
    return None;
  });
  defGetSet(B, 'args', (o) => self(o).args, (o, v) => {
    if (v === null) throw typeError('args may not be deleted');
    self(o).args = tupleFromIterable(v);
  });
  defGetSet(B, '__traceback__', (o) => self(o).traceback ?? None, (o, v) => {
    if (v === null) throw typeError('__traceback__ may not be deleted');
    if (v === None) self(o).traceback = null;
    else if (v instanceof PyObject && v.ob_type.name === 'traceback') self(o).traceback = v;
    else throw typeError('__traceback__ must be a traceback or None');
  });
  defGetSet(B, '__cause__', (o) => self(o).cause, (o, v) => {
    const e = self(o);
    e.cause = setCauseLike(v, '__cause__');
    e.suppressContext = true;
  });
  defGetSet(B, '__context__', (o) => self(o).context, (o, v) => {
    self(o).context = setCauseLike(v, '__context__');
  });
  defGetSet(B, '__dict__', (o) => {
    const e = self(o);
    if (e.dict === null) e.dict = new PyDict();
    return e.dict;
  }, (o, v) => {
    if (v === null) throw typeError('cannot delete __dict__');
    if (!(v instanceof PyDict)) throw typeError('__dict__ must be set to a dictionary');
    self(o).dict = v;
  });
  defGetSet(B, '__suppress_context__', (o) => self(o).suppressContext, (o, v) => {
    self(o).suppressContext = v === true;
  });
  defGetSet(B, '__notes__', (o) => {
    const n = self(o).notes;
    if (n === null) throw newException(Exc.AttributeError, `'${typeOf(o).name}' object has no attribute '__notes__'`);
    return n;
  }, (o, v) => {
    // an ordinary attribute in CPython (it lives in the instance dict)
    const e = self(o);
    if (v === null && e.notes === null) {
      throw newException(Exc.AttributeError, `'${typeOf(o).name}' object has no attribute '__notes__'`);
    }
    e.notes = v;
  });
  // exceptions are unhashable only if a subclass says so; by default they hash by identity.

  extraGetSet(Exc.StopIteration, 'value', STOPITER_VALUE);
  extraGetSet(Exc.SystemExit, 'code', SYSEXIT_CODE);
  extraGetSet(Exc.NameError, 'name', NAME_NAME);
  extraGetSet(Exc.AttributeError, 'name', ATTR_NAME);
  extraGetSet(Exc.AttributeError, 'obj', ATTR_OBJ);
  extraGetSet(Exc.ImportError, 'msg', IMPORT_MSG);
  extraGetSet(Exc.ImportError, 'name', IMPORT_NAME);
  extraGetSet(Exc.ImportError, 'path', IMPORT_PATH);
  extraGetSet(Exc.OSError, 'errno', OS_ERRNO);
  extraGetSet(Exc.OSError, 'strerror', OS_STRERROR);
  extraGetSet(Exc.OSError, 'filename', OS_FILENAME);
  extraGetSet(Exc.OSError, 'filename2', OS_FILENAME2);
  const syn = ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line'];
  syn.forEach((name, i) => extraGetSet(Exc.SyntaxError, name, SYNTAX_MSG + i));
  for (const t of [Exc.UnicodeDecodeError, Exc.UnicodeEncodeError, Exc.UnicodeTranslateError]) {
    ['encoding', 'object', 'start', 'end', 'reason'].forEach((name, i) => extraGetSet(t, name, i));
  }
}

install();

// `ValueError(x)`, `raise KeyError(k)`: a builtin exception type that takes BaseException's
// __new__ and __init__ and has no fields of its own is called without looking them up and
// calling them in turn (each copying the arguments); BaseException's __init__ takes no
// keywords. Builtin types cannot be changed, so the test holds for good (CPython: tp_vectorcall).
{
  const newFn = BaseException.dict.get('__new__'), initFn = BaseException.dict.get('__init__');
  for (const t of EXCEPTION_TYPES) {
    if (extraSize(t) !== 0 || lookupType(t, '__new__') !== newFn || lookupType(t, '__init__') !== initFn) continue;
    t.vectorcall = (args, kwnames) => {
      if (kwnames !== null && kwnames.length > 0) noKeywords(t);
      return allocException(t, args.slice());
    };
  }
}

/** errno → OSError subclass, as CPython's OSError constructor picks (errnomap). */
const ERRNO_SUBCLASS: Record<number, PyType> = {
  2: Exc.FileNotFoundError, 17: Exc.FileExistsError, 21: Exc.IsADirectoryError,
  20: Exc.NotADirectoryError, 13: Exc.PermissionError, 1: Exc.PermissionError,
  3: Exc.ProcessLookupError, 110: Exc.TimeoutError, 4: Exc.InterruptedError,
  32: Exc.BrokenPipeError, 104: Exc.ConnectionResetError, 111: Exc.ConnectionRefusedError,
  103: Exc.ConnectionAbortedError, 11: Exc.BlockingIOError, 10: Exc.ChildProcessError,
};

/** CPython: OSError_new's subclass choice — `OSError(2, 'x')` is a FileNotFoundError. */
export function osErrorSubclass(errno: PyValue): PyType {
  return typeof errno === 'number' ? ERRNO_SUBCLASS[errno] ?? Exc.OSError : Exc.OSError;
}

/** An OSError (or the subclass its errno maps to) as the io layer raises for a host error. */
export function newOSError(errno: number, strerror: string, filename: PyValue = None): PyException {
  const args: PyValue[] = filename === None ? [errno, strerror] : [errno, strerror, filename];
  return newExceptionArgs(osErrorSubclass(errno), args);
}

// OSError(errno, ...) constructed from Python also picks the subclass.
Exc.OSError.dict.set(
  '__new__',
  new PyBuiltinFunction('__new__', (_s, args, kwnames) => {
    const cls = args[0];
    if (!(cls instanceof PyType) || !isSubtype(cls, Exc.OSError)) {
      throw typeError('OSError.__new__(X): X is not a subtype of OSError');
    }
    const pos = splitKw(args, kwnames)[0];
    const chosen = cls === Exc.OSError && pos.length >= 3 ? osErrorSubclass(pos[1]) : cls;
    return allocException(chosen, pos.slice(1));
  }, Exc.OSError),
);

/**
 * The `sys` module: argv, exit, the recursion limit, version info (pyvm reports 3.11), the
 * module cache and search path shared with the import system, stdout/stderr objects writing
 * through vm/io.ts, exc_info, _getframe, intern, getsizeof.
 * CPython: Python/sysmodule.c.
 */
import {
  None, PyList, PyObject, PyTuple, PyType, TupleType, defGetSet, defMethod, typeOf, type PyValue,
} from '../objects/object.js';
import { PyModule, makeNativeModule } from '../objects/module.js';
import { newNamespace } from '../objects/namespace.js';
import { PyException, Exc, newException, newExceptionArgs } from '../objects/exceptions.js';
import { str as pyStr, repr as pyRepr } from '../abstract.js';
import { flushAll, flushStdout, readStdinLine, writeStderr, writeStdout } from '../io.js';
import { currentException, markEscaped, tstate, type Frame } from '../frame.js';
import { setProfileFunc, setTraceFunc, traceState } from '../trace.js';
import { builtinModuleNames, registerBuiltinModule, sysModules, sysPath } from './registry.js';
import { setTracebackLimit } from '../traceback.js';
import { getAsyncgenHooks, setAsyncgenHooks } from '../objects/asyncgen.js';
import { intMaxStrDigits, setIntMaxStrDigits } from '../objects/int.js';
import { parseArgs } from '../objects/native_args.js';
import { asIndex } from '../objects/slice.js';
import { TextIOBaseType, unsupportedOperation } from '../builtins/io_base.js';

/** A text stream object for sys.stdout / sys.stderr / sys.stdin. */
export const TextIOType = new PyType('_io.TextIOWrapper', TextIOBaseType, 0);
TextIOType.qualname = 'TextIOWrapper';
TextIOType.module = '_io';

export class PyStdStream extends PyObject {
  constructor(readonly which: 'stdin' | 'stdout' | 'stderr') {
    super(TextIOType);
  }
}

function asStream(v: PyValue): PyStdStream {
  if (v instanceof PyStdStream) return v;
  throw newException(Exc.TypeError, `descriptor requires a '_io.TextIOWrapper' object but received a '${typeOf(v).name}'`);
}

defMethod(TextIOType, 'write', (self, args) => {
  const s = asStream(self);
  const text = args[0];
  if (typeof text !== 'string') {
    throw newException(Exc.TypeError, `write() argument must be str, not ${typeOf(text).name}`);
  }
  if (s.which === 'stdout') writeStdout(text);
  else if (s.which === 'stderr') writeStderr(text);
  else throw unsupportedOperation('not writable');
  return text.length;
});
defMethod(TextIOType, 'flush', self => {
  if (asStream(self).which === 'stdout') flushStdout();
  else flushAll();
  return None;
});
defMethod(TextIOType, 'readline', self => {
  if (asStream(self).which !== 'stdin') throw unsupportedOperation('not readable');
  return readStdinLine() ?? '';
});
defMethod(TextIOType, 'isatty', () => false);
defMethod(TextIOType, 'fileno', self => ({ stdin: 0, stdout: 1, stderr: 2 })[asStream(self).which]);
defMethod(TextIOType, '__repr__', self => {
  const s = asStream(self);
  return `<_io.TextIOWrapper name='<${s.which}>' mode='${s.which === 'stdin' ? 'r' : 'w'}' encoding='utf-8'>`;
});
defGetSet(TextIOType, 'encoding', () => 'utf-8');
defGetSet(TextIOType, 'name', self => `<${asStream(self).which}>`);

export const stdout = new PyStdStream('stdout');
export const stderr = new PyStdStream('stderr');
export const stdin = new PyStdStream('stdin');

/** sys.argv, set by runCode. */
export const sysArgv = new PyList([]);

function intArg(v: PyValue | undefined): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw newException(Exc.TypeError, `'${v === undefined ? 'NoneType' : typeOf(v).name}' object cannot be interpreted as an integer`);
}

function getframe(depth: number): Frame {
  markEscaped(tstate.frame);
  let f = tstate.frame;
  for (let i = 0; i < depth && f !== null; i++) f = f.f_back;
  if (f === null) throw newException(Exc.ValueError, 'call stack is not deep enough');
  return f;
}

/** A struct-sequence-like tuple (sys.version_info) with named fields. */
const VersionInfoType = new PyType('version_info', TupleType, 0);
VersionInfoType.module = 'sys';
const VERSION_FIELDS: [string, PyValue][] = [['major', 3], ['minor', 11], ['micro', 0], ['releaselevel', 'final'], ['serial', 0]];
VERSION_FIELDS.forEach(([name], i) => defGetSet(VersionInfoType, name, self => (self as PyTuple).items[i]));
defMethod(VersionInfoType, '__repr__', self =>
  `sys.version_info(${VERSION_FIELDS.map(([n], i) => `${n}=${pyRepr((self as PyTuple).items[i])}`).join(', ')})`);

function makeVersionInfo(): PyValue {
  return new PyTuple(VERSION_FIELDS.map(x => x[1]), VersionInfoType);
}

/** A struct sequence (CPython: structseq.c): a tuple type with named, read-only fields. */
function structSeq(name: string, fields: [string, PyValue][]): PyTuple {
  const t = new PyType(`sys.${name}`, TupleType, 0);
  t.qualname = name;
  t.module = 'sys';
  fields.forEach(([f], i) => defGetSet(t, f, self => (self as PyTuple).items[i]));
  defMethod(t, '__repr__', self =>
    `sys.${name}(${fields.map(([f], i) => `${f}=${pyRepr((self as PyTuple).items[i])}`).join(', ')})`);
  return new PyTuple(fields.map(x => x[1]), t);
}

/** sys.flags as `python3 script.py` sets them (str hashes are not randomised; int_max_str_digits -1: no -X option). */
function makeFlags(): PyValue {
  return structSeq('flags', [
    ['debug', 0], ['inspect', 0], ['interactive', 0], ['optimize', 0], ['dont_write_bytecode', 1],
    ['no_user_site', 0], ['no_site', 0], ['ignore_environment', 0], ['verbose', 0], ['bytes_warning', 0],
    ['quiet', 0], ['hash_randomization', 0], ['isolated', 0], ['dev_mode', false], ['utf8_mode', 0],
    ['warn_default_encoding', 0], ['safe_path', false], ['int_max_str_digits', -1],
  ]);
}

/** CPython: sys.set_int_max_str_digits(maxdigits) — 0 (no limit) or at least 640. */
function setIntMaxDigits(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (args.length === 0) throw newException(Exc.TypeError, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
  const [v] = parseArgs('set_int_max_str_digits', args, kwnames, ['maxdigits'], 1);
  const n = asIndex(v as PyValue);
  if (n === null) throw newException(Exc.TypeError, `'${typeOf(v as PyValue).name}' object cannot be interpreted as an integer`);
  if (typeof n === 'bigint') throw newException(Exc.OverflowError, 'Python int too large to convert to C int');
  if (n !== 0 && n < 640) throw newException(Exc.ValueError, 'maxdigits must be 0 or larger than 640');
  setIntMaxStrDigits(n);
  return None;
}

function createSys(): PyModule {
  const m = makeNativeModule('sys', {
    exit: (_self, args) => {
      throw newExceptionArgs(Exc.SystemExit, args.length === 0 ? [] : [args[0]]);
    },
    getrecursionlimit: () => tstate.recursionLimit,
    setrecursionlimit: (_self, args) => {
      const n = intArg(args[0]);
      if (n < 1) throw newException(Exc.ValueError, 'recursion limit must be greater or equal than 1');
      if (n <= tstate.depth) {
        throw newException(Exc.RecursionError,
          `cannot set the recursion limit to ${n} at the recursion depth ${tstate.depth}: the limit is too low`);
      }
      tstate.recursionLimit = n;
      return None;
    },
    exc_info: () => {
      const e = currentException();
      if (!(e instanceof PyException)) return new PyTuple([None, None, None]);
      return new PyTuple([e.ob_type, e, e.traceback ?? None]);
    },
    exception: () => currentException(),
    _getframe: (_self, args) => getframe(args.length > 0 ? intArg(args[0]) : 0),
    settrace: (_self, args) => {
      setTraceFunc(args[0] === None || args[0] === undefined ? null : args[0]);
      return None;
    },
    gettrace: () => traceState.traceFunc ?? None,
    setprofile: (_self, args) => {
      setProfileFunc(args[0] === None || args[0] === undefined ? null : args[0]);
      return None;
    },
    getprofile: () => traceState.profileFunc ?? None,
    intern: (_self, args) => {
      if (typeof args[0] !== 'string') throw newException(Exc.TypeError, `intern() argument must be str, not ${typeOf(args[0]).name}`);
      return args[0];
    },
    getsizeof: (_self, args) => sizeOf(args[0]),
    set_asyncgen_hooks: setAsyncgenHooks,
    get_asyncgen_hooks: getAsyncgenHooks,
    get_int_max_str_digits: () => intMaxStrDigits,
    set_int_max_str_digits: (_self, args, kwnames) => setIntMaxDigits(args, kwnames),
    getdefaultencoding: () => 'utf-8',
    getfilesystemencoding: () => 'utf-8',
    displayhook: (_self, args) => {
      const v = args[0];
      if (v !== None) {
        writeStdout(pyRepr(v) + '\n');
        const b = sysModules.getStr('builtins');
        if (b instanceof PyModule) b.dict.setStr('_', v);
      }
      return None;
    },
    excepthook: (_self, args) => {
      writeStderr(`${pyStr(args[1])}\n`);
      return None;
    },
  }, {
    argv: sysArgv,
    path: sysPath,
    modules: sysModules,
    maxsize: 9223372036854775807n,
    version: '3.11.0 (pyvm)',
    version_info: makeVersionInfo(),
    hexversion: 0x030b00f0,
    platform: 'linux',
    byteorder: 'little',
    executable: process.execPath,
    implementation: newNamespace({ name: 'pyvm', cache_tag: None, version: makeVersionInfo(), hexversion: 0x030b00f0 }),
    stdout, stderr, stdin,
    __stdout__: stdout, __stderr__: stderr, __stdin__: stdin,
    builtin_module_names: new PyTuple(builtinModuleNames()),
    maxunicode: 0x10ffff,
    float_info: None,
    flags: makeFlags(),
    int_info: structSeq('int_info', [
      ['bits_per_digit', 30], ['sizeof_digit', 4], ['default_max_str_digits', 4300], ['str_digits_check_threshold', 640],
    ]),
    dont_write_bytecode: true,
    tracebacklimit: 1000,
  });
  return m;
}

function sizeOf(v: PyValue): number {
  if (typeof v === 'number' || typeof v === 'bigint') return 28;
  if (typeof v === 'boolean') return 28;
  if (typeof v === 'string') return 49 + v.length;
  if (v instanceof PyTuple) return 40 + 8 * v.items.length;
  if (v instanceof PyList) return 56 + 8 * v.items.length;
  return 48;
}

let sysModule: PyModule | null = null;

/** The sys module (created once, also registered for import). */
export function getSys(): PyModule {
  if (sysModule === null) {
    sysModule = createSys();
    sysModules.setStr('sys', sysModule);
  }
  return sysModule;
}

registerBuiltinModule('sys', getSys);

/** A fresh sys module for a host VirtualMachine (sharing argv/path/modules, whose contents it swaps). */
export function newSysModule(): PyModule {
  return createSys();
}

/** Installs the sys module getSys returns (null: a new one on next use); returns the previous. */
export function setSysModule(m: PyModule | null): PyModule | null {
  const old = sysModule;
  sysModule = m;
  return old;
}

/** sys.tracebacklimit as the traceback printer should use it. */
export function syncTracebackLimit(): void {
  const v = getSys().dict.getStr('tracebacklimit');
  if (typeof v === 'number') setTracebackLimit(v);
}

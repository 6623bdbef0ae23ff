/**
 * The `posix` module: the system calls vm/lib/os.py builds on (stat, listdir, mkdir, remove,
 * rename, getcwd, the environment, urandom). Every file-system call first consults the host
 * grant (vm/host/access.ts): without it, it raises PermissionError as open() does, and the
 * environment is empty. Errors carry errno, strerror and the file name(s) as CPython's do.
 * CPython: Modules/posixmodule.c.
 */
import {
  lstatSync, mkdirSync, opendirSync, readlinkSync, renameSync, rmdirSync, statSync, unlinkSync, type BigIntStats,
} from 'node:fs';
import { nodeCrypto, nodeOs } from '../node_lazy.js';
import {
  None, PyBytes, PyFloat, PyList, PyTuple, PyType, TupleType, defGetSet, defMethod, typeOf,
  type PyValue,
} from '../objects/object.js';
import { Exc, newExceptionArgs, newOSError, typeError } from '../objects/exceptions.js';
import { PyDict } from '../objects/dict.js';
import { makeNativeModule, type PyModule } from '../objects/module.js';
import { registerBuiltinModule } from './registry.js';
import { repr as pyRepr } from '../abstract.js';
import { callUnbound } from '../call.js';
import { lookupType } from '../objects/object.js';
import { parseArgs } from '../objects/native_args.js';
import { asIndex } from '../objects/slice.js';
import { hostError } from '../builtins/file.js';
import { SANDBOX_ERRNO, SANDBOX_STRERROR, hostAccess } from '../host/access.js';

/** CPython: os.fspath — str and bytes pass, os.PathLike objects are asked for __fspath__. */
export function fspath(v: PyValue): PyValue {
  if (typeof v === 'string' || v instanceof PyBytes) return v;
  const f = lookupType(typeOf(v), '__fspath__');
  if (f === undefined || f === None) {
    throw typeError(`expected str, bytes or os.PathLike object, not ${typeOf(v).name}`);
  }
  const r = callUnbound(f, v, [], null);
  if (typeof r === 'string' || r instanceof PyBytes) return r;
  throw typeError(`expected ${typeOf(v).name}.__fspath__() to return str or bytes, not ${typeOf(r).name}`);
}

/** A path argument as a host string (CPython: path_converter), after the sandbox check. */
function pathArg(fname: string, arg: string, v: PyValue, allowed = 'string, bytes or os.PathLike'): string {
  let p: PyValue;
  try {
    p = fspath(v);
  } catch {
    throw typeError(`${fname}: ${arg} should be ${allowed}, not ${typeOf(v).name}`);
  }
  const s = typeof p === 'string' ? p : Buffer.from((p as PyBytes).data).toString('utf8');
  if (s.includes('\0')) throw newExceptionArgs(Exc.ValueError, [`${fname}: embedded null character in ${arg}`]);
  if (!hostAccess.filesystem) throw newOSError(SANDBOX_ERRNO, SANDBOX_STRERROR, v);
  return s;
}

function checkGranted(): void {
  if (!hostAccess.filesystem) throw newOSError(SANDBOX_ERRNO, SANDBOX_STRERROR);
}

// ---- stat_result ----

const STAT_FIELDS = ['st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size'] as const;
export const StatResultType = new PyType('os.stat_result', TupleType, 0);
StatResultType.qualname = 'stat_result';
StatResultType.module = 'os';

/** Float seconds per time field, kept beside the tuple (CPython: the structseq's hidden fields). */
const statTimes = new WeakMap<PyTuple, { a: number; m: number; c: number; ns: bigint[] }>();

function num(b: bigint): PyValue {
  return b >= BigInt(Number.MIN_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
}

function statResult(st: BigIntStats): PyTuple {
  const secs = (ns: bigint): PyValue => num(ns / 1000000000n);
  const t = new PyTuple([
    num(st.mode), num(st.ino), num(st.dev), num(st.nlink), num(st.uid), num(st.gid), num(st.size),
    secs(st.atimeNs), secs(st.mtimeNs), secs(st.ctimeNs),
  ], StatResultType);
  const f = (ns: bigint): number => Number(ns) / 1e9;
  statTimes.set(t, { a: f(st.atimeNs), m: f(st.mtimeNs), c: f(st.ctimeNs), ns: [st.atimeNs, st.mtimeNs, st.ctimeNs] });
  return t;
}

function installStatResult(): void {
  const T = StatResultType;
  STAT_FIELDS.forEach((name, i) => defGetSet(T, name, (s) => (s as PyTuple).items[i]));
  (['a', 'm', 'c'] as const).forEach((k, i) => {
    defGetSet(T, `st_${k}time`, (s) => new PyFloat(statTimes.get(s as PyTuple)?.[k] ?? 0));
    defGetSet(T, `st_${k}time_ns`, (s) => num(statTimes.get(s as PyTuple)?.ns[i] ?? 0n));
  });
  defMethod(T, '__repr__', (s) => {
    const items = (s as PyTuple).items;
    const names = [...STAT_FIELDS, 'st_atime', 'st_mtime', 'st_ctime'];
    return `os.stat_result(${names.map((n, i) => `${n}=${pyRepr(items[i])}`).join(', ')})`;
  });
}

function doStat(fname: string, args: PyValue[], kwnames: readonly string[] | null, follow: boolean): PyValue {
  const [path, , followArg] = parseArgs(fname, args, kwnames, ['path', 'dir_fd', 'follow_symlinks'], 1, 0, 1);
  const p = pathArg(fname, 'path', path as PyValue, fname === 'stat' ? 'string, bytes, os.PathLike or integer' : undefined);
  try {
    const opts = { bigint: true as const };
    return statResult(follow && followArg !== false ? statSync(p, opts) : lstatSync(p, opts));
  } catch (e) {
    hostError(e, path as PyValue);
  }
}

/** Directory entries in the file system's own order, as readdir(3) gives them to CPython. */
function readDirRaw(p: string): string[] {
  const dir = opendirSync(p);
  const names: string[] = [];
  try {
    for (let e = dir.readSync(); e !== null; e = dir.readSync()) names.push(e.name);
  } finally {
    dir.closeSync();
  }
  return names;
}

// ---- environment ----

function environDict(): PyDict {
  const d = new PyDict();
  if (!hostAccess.filesystem) return d;
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) d.setStr(k, v);
  return d;
}

function strArg(fname: string, v: PyValue | undefined): string {
  if (typeof v !== 'string') throw typeError(`${fname}() argument must be str, not ${v === undefined ? 'NoneType' : typeOf(v).name}`);
  return v;
}

function build(): PyModule {
  installStatResult();
  const m = makeNativeModule('posix', {
    fspath: (_s, a, kw) => fspath(parseArgs('fspath', a, kw, ['path'], 1)[0] as PyValue),
    stat: (_s, a, kw) => doStat('stat', a, kw, true),
    lstat: (_s, a, kw) => doStat('lstat', a, kw, false),
    getcwd: () => {
      checkGranted();
      return process.cwd();
    },
    listdir: (_s, a, kw) => {
      const [path] = parseArgs('listdir', a, kw, ['path'], 0);
      const given = path === undefined || path === None ? '.' : path;
      const p = pathArg('listdir', 'path', given, 'string, bytes, os.PathLike, integer or None');
      try {
        const names = readDirRaw(p);
        if (given instanceof PyBytes) return new PyList(names.map((n) => new PyBytes(new Uint8Array(Buffer.from(n)))));
        return new PyList(names);
      } catch (e) {
        hostError(e, given);
      }
    },
    mkdir: (_s, a, kw) => {
      const [path, mode] = parseArgs('mkdir', a, kw, ['path', 'mode', 'dir_fd'], 1);
      const p = pathArg('mkdir', 'path', path as PyValue);
      const md = mode === undefined ? 0o777 : asIndex(mode);
      if (md === null) throw typeError(`'${typeOf(mode as PyValue).name}' object cannot be interpreted as an integer`);
      try {
        mkdirSync(p, { mode: Number(md) });
      } catch (e) {
        hostError(e, path as PyValue);
      }
      return None;
    },
    rmdir: (_s, a, kw) => fsCall('rmdir', a, kw, (p) => rmdirSync(p)),
    remove: (_s, a, kw) => fsCall('remove', a, kw, (p) => unlinkSync(p)),
    unlink: (_s, a, kw) => fsCall('unlink', a, kw, (p) => unlinkSync(p)),
    readlink: (_s, a, kw) => {
      const [path] = parseArgs('readlink', a, kw, ['path', 'dir_fd'], 1);
      const p = pathArg('readlink', 'path', path as PyValue);
      try {
        return readlinkSync(p);
      } catch (e) {
        hostError(e, path as PyValue);
      }
    },
    rename: (_s, a, kw) => twoPaths('rename', a, kw),
    replace: (_s, a, kw) => twoPaths('replace', a, kw),
    putenv: (_s, a) => {
      const k = strArg('putenv', a[0]), v = strArg('putenv', a[1]);
      if (k === '' || k.includes('=')) throw newExceptionArgs(Exc.ValueError, ['illegal environment variable name']);
      if (hostAccess.filesystem) process.env[k] = v;
      return None;
    },
    unsetenv: (_s, a) => {
      const k = strArg('unsetenv', a[0]);
      if (k === '' || k.includes('=')) throw newExceptionArgs(Exc.ValueError, ['illegal environment variable name']);
      if (hostAccess.filesystem) delete process.env[k];
      return None;
    },
    getpid: () => process.pid,
    cpu_count: () => nodeOs().cpus().length || None,
    urandom: (_s, a) => {
      const n = asIndex(a[0] ?? None);
      if (n === null) throw typeError(`'${typeOf(a[0] ?? None).name}' object cannot be interpreted as an integer`);
      if (n < 0) throw newExceptionArgs(Exc.ValueError, ['negative argument not allowed']);
      return new PyBytes(new Uint8Array(nodeCrypto().randomBytes(Number(n))));
    },
    strerror: (_s, a) => {
      const n = asIndex(a[0] ?? None);
      return STRERROR.get(Number(n)) ?? `Unknown error ${String(n)}`;
    },
  }, {
    environ: environDict(),
    stat_result: StatResultType,
    error: Exc.OSError,
  });
  return m;
}

const STRERROR = new Map<number, string>([
  [1, 'Operation not permitted'], [2, 'No such file or directory'], [13, 'Permission denied'], [17, 'File exists'],
  [20, 'Not a directory'], [21, 'Is a directory'], [22, 'Invalid argument'], [39, 'Directory not empty'],
]);

function fsCall(fname: string, a: PyValue[], kw: readonly string[] | null, op: (p: string) => void): PyValue {
  const [path] = parseArgs(fname, a, kw, ['path', 'dir_fd'], 1);
  const p = pathArg(fname, 'path', path as PyValue);
  try {
    op(p);
  } catch (e) {
    hostError(e, path as PyValue);
  }
  return None;
}

/** rename/replace: errors name both paths (`'a' -> 'b'`). */
function twoPaths(fname: string, a: PyValue[], kw: readonly string[] | null): PyValue {
  const [src, dst] = parseArgs(fname, a, kw, ['src', 'dst', 'src_dir_fd', 'dst_dir_fd'], 2);
  const s = pathArg(fname, 'src', src as PyValue), d = pathArg(fname, 'dst', dst as PyValue);
  try {
    renameSync(s, d);
  } catch (e) {
    try {
      hostError(e, src as PyValue);
    } catch (err) {
      const x = (err as { args?: PyTuple }).args;
      if (x instanceof PyTuple && x.items.length >= 2) {
        throw newExceptionArgs((err as { ob_type: PyType }).ob_type, [x.items[0], x.items[1], src as PyValue, None, dst as PyValue]);
      }
      throw err;
    }
  }
  return None;
}

registerBuiltinModule('posix', build);

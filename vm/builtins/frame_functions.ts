/**
 * Builtins that look at the calling frame: globals(), locals(), vars(), dir(), and the
 * compiler-backed exec(), eval() and compile(). A native function runs without a frame of its
 * own, so the thread state's current frame is the caller's. exec/eval re-enter the eval loop
 * for the new code. CPython: Python/bltinmodule.c (builtin_exec_impl, builtin_eval_impl…).
 */
import { CodeObject } from '../code.js';
import { None, PyCell, PyList, PyObject, isSubtype, lookupType, typeOf, type NativeMethod, type PyValue } from '../objects/object.js';
import { Exc, PyException, newException, typeError, valueError } from '../objects/exceptions.js';
import { callMethod, getAttr, toArray } from '../abstract.js';
import { evalCode } from '../call.js';
import { PyDict } from '../objects/dict.js';
import { PyModule } from '../objects/module.js';
import { currentFrame, type Frame } from '../frame.js';
import { compileSource } from '../modules/registry.js';
import { parseArgs } from '../objects/native_args.js';
import { sortArray } from '../objects/list.js';

function callerFrame(): Frame {
  const f = currentFrame();
  if (f === null) throw newException(Exc.SystemError, 'no current frame');
  return f;
}

/** CPython: PyFrame_FastToLocals — the locals mapping of a frame (a snapshot for functions). */
export function frameLocals(f: Frame): PyObject {
  if (f.f_locals !== null) return f.f_locals;
  const d = new PyDict();
  const co = f.f_code;
  const lp = f.localsplus;
  for (let i = 0; i < co.co_nlocals; i++) {
    const v = lp[i];
    if (v !== null) d.setStr(co.co_varnames[i], v);
  }
  const names = co.co_cellvars.concat(co.co_freevars);
  for (let j = 0; j < names.length; j++) {
    const cell = lp[co.co_nlocals + j];
    if (cell instanceof PyCell && cell.ob_ref !== null) d.setStr(names[j], cell.ob_ref);
  }
  return d;
}

let builtinsDictRef: () => PyDict = () => new PyDict();
/** Set by the builtins module so exec/eval can give new globals a `__builtins__`. */
export function setBuiltinsDictSource(f: () => PyDict): void {
  builtinsDictRef = f;
}

function sourceText(v: PyValue, fname: string): string | CodeObject {
  if (typeof v === 'string') return v;
  if (v instanceof CodeObject) return v;
  if (v instanceof PyObject && 'data' in v && (v as { data: unknown }).data instanceof Uint8Array) {
    return Buffer.from((v as unknown as { data: Uint8Array }).data).toString('utf8');
  }
  throw typeError(`${fname}() arg 1 must be a string, bytes or ${fname === 'compile' ? 'AST' : 'code'} object`);
}

function runIn(fname: string, mode: 'exec' | 'eval', args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const [src, g, l] = parseArgs(fname, args, kwnames, ['source', 'globals', 'locals'], 1, 1);
  let globals: PyValue = g === undefined ? None : g;
  let locals: PyValue = l === undefined ? None : l;
  if (globals !== None && !(globals instanceof PyDict)) {
    throw typeError(fname === 'exec' ? `exec() globals must be a dict, not ${typeOf(globals).name}`
      : 'globals must be a dict');
  }
  if (globals === None) {
    const f = callerFrame();
    globals = f.f_globals;
    if (locals === None) locals = frameLocals(f);
  } else if (locals === None) {
    locals = globals;
  }
  const gd = globals as PyDict;
  let bdict: PyDict;
  const b = gd.getStr('__builtins__');
  if (b instanceof PyModule) bdict = b.dict;
  else if (b instanceof PyDict) bdict = b;
  else {
    bdict = builtinsDictRef();
    gd.setStr('__builtins__', bdict);
  }
  let s = sourceText(src as PyValue, fname);
  let code: CodeObject;
  if (s instanceof CodeObject) code = s;
  else {
    if (mode === 'eval') s = s.replace(/^[ \t]+/, '');
    code = compileSource(s, '<string>', mode);
  }
  const r = evalCode(code, gd, locals as PyObject, bdict);
  return mode === 'eval' ? r : None;
}

const exec: NativeMethod = (_s, args, kwnames) => runIn('exec', 'exec', args, kwnames);
const evalFn: NativeMethod = (_s, args, kwnames) => runIn('eval', 'eval', args, kwnames);

const compile: NativeMethod = (_s, args, kwnames) => {
  const [src, filename, mode] = parseArgs('compile', args, kwnames,
    ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize', '_feature_version'], 3, 0, 6);
  if (mode !== 'exec' && mode !== 'eval' && mode !== 'single') {
    throw valueError("compile() mode must be 'exec', 'eval' or 'single'");
  }
  const s = sourceText(src as PyValue, 'compile');
  if (s instanceof CodeObject) return s;
  const fn = typeof filename === 'string' ? filename : String(filename);
  return compileSource(s, fn, mode);
};

function sortedNames(v: PyValue): PyList {
  const items = toArray(v);
  sortArray(items, None, false);
  return new PyList(items);
}

const dir: NativeMethod = (_s, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw typeError('dir() takes no keyword arguments');
  if (args.length > 1) throw typeError(`dir expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) {
    const loc = frameLocals(callerFrame());
    return sortedNames(loc instanceof PyDict ? new PyList(loc.keysArray()) : callMethod(getAttr(loc, 'keys'), loc, []));
  }
  const o = args[0];
  const f = lookupType(typeOf(o), '__dir__');
  if (f === undefined) throw typeError('object does not provide __dir__');
  return sortedNames(callMethod(f, o, []));
};

const vars: NativeMethod = (_s, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw typeError('vars() takes no keyword arguments');
  if (args.length > 1) throw typeError(`vars expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) return frameLocals(callerFrame());
  try {
    return getAttr(args[0], '__dict__');
  } catch (e) {
    if (e instanceof PyException && isSubtype(e.ob_type, Exc.AttributeError)) {
      throw typeError('vars() argument must have __dict__ attribute');
    }
    throw e;
  }
};

export const FRAME_FUNCTIONS: Record<string, NativeMethod> = {
  globals: (_s, a) => {
    if (a.length !== 0) throw typeError(`globals() takes no arguments (${a.length} given)`);
    return callerFrame().f_globals;
  },
  locals: (_s, a) => {
    if (a.length !== 0) throw typeError(`locals() takes no arguments (${a.length} given)`);
    return frameLocals(callerFrame());
  },
  vars,
  dir,
  exec,
  eval: evalFn,
  compile,
};

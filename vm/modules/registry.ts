/**
 * The import system: builtin modules registered by name with a factory, `sys.modules` as the
 * cache, `.py` modules and packages found on `sys.path` (sys.path[0] is the script's directory)
 * and compiled through the compiler hook; IMPORT_NAME / IMPORT_FROM / IMPORT_STAR.
 * CPython: Python/import.c (PyImport_ImportModuleLevelObject), Lib/importlib/_bootstrap.py
 * (_handle_fromlist, _calc___package__), ceval.c import_from / import_all_from.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeObject } from '../code.js';
import { None, PyList, PyTuple, typeOf, type PyValue } from '../objects/object.js';
import { PyDict } from '../objects/dict.js';
import { PyModule } from '../objects/module.js';
import { PyException, Exc, newException, newExceptionArgs, IMPORT_NAME as IMPORT_NAME_SLOT, IMPORT_PATH } from '../objects/exceptions.js';
import { getAttr, iterNext, getIter } from '../abstract.js';
import { isSubtype } from '../objects/object.js';
import { evalCode } from '../call.js';
import { storeName } from '../ceval_helpers.js';
import type { Frame } from '../frame.js';
import { setSource } from '../linecache.js';

export type CompileFn = (source: string, filename: string, mode: 'exec' | 'eval' | 'single') => CodeObject;

let compiler: CompileFn | null = null;

/** Installs the compiler (the CLI/library does; vm/ never imports compiler/). */
export function installCompiler(fn: CompileFn): void {
  compiler = fn;
}

/**
 * Compiles source through the installed compiler, turning its CompileError into a Python
 * SyntaxError (or IndentationError/TabError) exception.
 */
export function compileSource(source: string, filename: string, mode: 'exec' | 'eval' | 'single'): CodeObject {
  if (compiler === null) throw newException(Exc.RuntimeError, 'no compiler installed');
  try {
    return compiler(source, filename, mode);
  } catch (e) {
    const ce = e as { kind?: unknown; msg?: unknown; lineno?: unknown; offset?: unknown; text?: unknown; filename?: unknown; end_lineno?: unknown; end_offset?: unknown };
    if (ce !== null && typeof ce === 'object' && typeof ce.kind === 'string' && typeof ce.msg === 'string' && typeof ce.lineno === 'number') {
      const type = ce.kind === 'IndentationError' ? Exc.IndentationError : ce.kind === 'TabError' ? Exc.TabError : Exc.SyntaxError;
      const text = typeof ce.text === 'string' ? ce.text : None;
      throw newExceptionArgs(type, [ce.msg, new PyTuple([
        typeof ce.filename === 'string' ? ce.filename : filename, ce.lineno, ce.offset as number, text,
        (ce.end_lineno as number) ?? ce.lineno, (ce.end_offset as number) ?? ce.offset as number,
      ])]);
    }
    throw e;
  }
}

const factories = new Map<string, () => PyModule>();

/** Registers a builtin module; its factory runs on first import. */
export function registerBuiltinModule(name: string, factory: () => PyModule): void {
  factories.set(name, factory);
}

/** True when a builtin module of that name is registered. */
export function hasBuiltinModule(name: string): boolean {
  return factories.has(name);
}

/** Names of the registered builtin modules (sys.builtin_module_names). */
export function builtinModuleNames(): string[] {
  return [...factories.keys()].sort();
}

/** sys.modules. */
export const sysModules = new PyDict();
/** sys.path (sys.path[0] is set to the script's directory by runCode). */
export const sysPath = new PyList([]);

/** The builtins namespace new module code runs with; set by interp.ts. */
let builtinsDict: PyDict | null = null;
let builtinsModule: PyValue = None;
export function setImportBuiltins(dict: PyDict, module: PyValue): void {
  builtinsDict = dict;
  builtinsModule = module;
}

function moduleNotFound(name: string): PyException {
  const e = newException(Exc.ModuleNotFoundError, `No module named '${name}'`);
  if (e.extra !== null) e.extra[IMPORT_NAME_SLOT] = name;
  return e;
}

function moduleDict(m: PyValue): PyDict | null {
  return m instanceof PyModule ? m.dict : null;
}

/** Finds `<dir>/<name>/__init__.py` or `<dir>/<name>.py` along `paths`. */
function findSource(name: string, paths: readonly PyValue[]): { file: string; pkgDir: string | null } | null {
  for (const p of paths) {
    if (typeof p !== 'string') continue;
    const dir = p === '' ? '.' : p;
    const pkgInit = join(dir, name, '__init__.py');
    if (existsSync(pkgInit)) return { file: pkgInit, pkgDir: join(dir, name) };
    const file = join(dir, name + '.py');
    try {
      if (statSync(file).isFile()) return { file, pkgDir: null };
    } catch {
      // not here; keep looking
    }
  }
  return null;
}

/** Loads one module (no dots resolved here): builtin registry first, then the path. */
function loadModule(fullname: string, parent: PyValue | null): PyValue {
  const cached = sysModules.getStr(fullname);
  if (cached !== undefined) return cached;
  const dot = fullname.lastIndexOf('.');
  const tail = dot < 0 ? fullname : fullname.slice(dot + 1);
  if (parent === null) {
    const factory = factories.get(fullname);
    if (factory !== undefined) {
      const m = factory();
      sysModules.setStr(fullname, m);
      return m;
    }
  }
  let paths: readonly PyValue[] = sysPath.items;
  if (parent !== null) {
    const pd = moduleDict(parent);
    const pp = pd === null ? undefined : pd.getStr('__path__');
    if (!(pp instanceof PyList)) throw moduleNotFoundNotPackage(fullname, fullname.slice(0, dot));
    paths = pp.items;
  }
  const found = findSource(tail, paths);
  if (found === null) throw moduleNotFound(fullname);
  return execSourceModule(fullname, found.file, found.pkgDir, parent);
}

function moduleNotFoundNotPackage(fullname: string, parentName: string): PyException {
  const e = newException(Exc.ModuleNotFoundError, `No module named '${fullname}'; '${parentName}' is not a package`);
  if (e.extra !== null) e.extra[IMPORT_NAME_SLOT] = fullname;
  return e;
}

function execSourceModule(fullname: string, file: string, pkgDir: string | null, parent: PyValue | null): PyValue {
  const source = readFileSync(file, 'utf8');
  setSource(file, source);
  const code = compileSource(source, file, 'exec');
  const m = new PyModule(fullname);
  const d = m.dict;
  d.setStr('__name__', fullname);
  d.setStr('__file__', file);
  d.setStr('__doc__', None);
  d.setStr('__package__', pkgDir !== null ? fullname : (parent !== null ? fullname.slice(0, fullname.lastIndexOf('.')) : ''));
  d.setStr('__spec__', None);
  d.setStr('__loader__', None);
  if (pkgDir !== null) d.setStr('__path__', new PyList([pkgDir]));
  d.setStr('__builtins__', builtinsModule);
  sysModules.setStr(fullname, m);
  try {
    evalCode(code, d, d, builtinsDict as PyDict);
  } catch (e) {
    sysModules.delStr(fullname);
    throw e;
  }
  // The module may have replaced itself in sys.modules.
  return sysModules.getStr(fullname) ?? m;
}

/** CPython: _calc___package__ + resolve_name for `level` leading dots. */
function resolveName(name: string, globals: PyDict, level: number): string {
  let pkg = globals.getStr('__package__');
  if (pkg === undefined || pkg === None) {
    const modName = globals.getStr('__name__');
    if (typeof modName !== 'string') throw newException(Exc.KeyError, "'__name__' not in globals");
    pkg = globals.getStr('__path__') !== undefined ? modName : modName.slice(0, Math.max(0, modName.lastIndexOf('.')));
  }
  if (typeof pkg !== 'string') throw newException(Exc.TypeError, 'package must be a string');
  if (pkg === '') throw newException(Exc.ImportError, 'attempted relative import with no known parent package');
  const bits = pkg.split('.');
  if (bits.length < level) throw newException(Exc.ImportError, 'attempted relative import beyond top-level package');
  const base = bits.slice(0, bits.length - (level - 1)).join('.');
  return name === '' ? base : `${base}.${name}`;
}

/** Imports `a.b.c` step by step, binding each submodule on its parent; returns the last. */
function importDotted(fullname: string): PyValue {
  const parts = fullname.split('.');
  let mod: PyValue | null = null;
  let name = '';
  for (const part of parts) {
    name = name === '' ? part : `${name}.${part}`;
    const m = loadModule(name, mod);
    if (mod !== null) {
      const pd = moduleDict(mod);
      if (pd !== null && pd.getStr(part) === undefined) pd.setStr(part, m);
    }
    mod = m;
  }
  return mod as PyValue;
}

function fromlistItems(fromlist: PyValue): PyValue[] {
  if (fromlist === None) return [];
  if (fromlist instanceof PyTuple || fromlist instanceof PyList) return fromlist.items;
  const out: PyValue[] = [];
  const it = getIter(fromlist);
  for (let x = iterNext(it); x !== null; x = iterNext(it)) out.push(x);
  return out;
}

/** CPython: import_name / PyImport_ImportModuleLevelObject for IMPORT_NAME. */
export function importName(f: Frame, name: string, fromlist: PyValue, levelV: PyValue): PyValue {
  const level = typeof levelV === 'number' ? levelV : 0;
  const fullname = level > 0 ? resolveName(name, f.f_globals, level) : name;
  if (fullname === '') throw newException(Exc.ValueError, 'Empty module name');
  const mod = importDotted(fullname);
  const items = fromlistItems(fromlist);
  if (items.length === 0) {
    if (level > 0 && name === '') return mod;
    if (level === 0) {
      const top = name.split('.')[0];
      return sysModules.getStr(top) ?? mod;
    }
    const cut = fullname.length - name.length;
    return sysModules.getStr(fullname.slice(0, cut + name.split('.')[0].length)) ?? mod;
  }
  // _handle_fromlist: import submodules named in the fromlist of a package.
  const d = moduleDict(mod);
  if (d !== null && d.getStr('__path__') !== undefined) {
    for (const x of items) {
      if (typeof x !== 'string' || x === '*') continue;
      if (d.getStr(x) === undefined) {
        try {
          importDotted(`${fullname}.${x}`);
        } catch (e) {
          if (!(e instanceof PyException && isSubtype(e.ob_type, Exc.ModuleNotFoundError))) throw e;
        }
      }
    }
  }
  return mod;
}

/** CPython: import_from — `from m import name`. */
export function importFrom(mod: PyValue, name: string): PyValue {
  try {
    return getAttr(mod, name);
  } catch (e) {
    if (!(e instanceof PyException && isSubtype(e.ob_type, Exc.AttributeError))) throw e;
  }
  const d = moduleDict(mod);
  const modName = d === null ? undefined : d.getStr('__name__');
  if (typeof modName === 'string') {
    const sub = sysModules.getStr(`${modName}.${name}`);
    if (sub !== undefined) return sub;
  }
  const file = d === null ? undefined : d.getStr('__file__');
  const where = typeof file === 'string' ? file : 'unknown location';
  const shown = typeof modName === 'string' ? modName : '<unknown module name>';
  const e = newException(Exc.ImportError, `cannot import name '${name}' from '${shown}' (${where})`);
  if (e.extra !== null) {
    e.extra[IMPORT_NAME_SLOT] = typeof modName === 'string' ? modName : None;
    e.extra[IMPORT_PATH] = typeof file === 'string' ? file : None;
  }
  throw e;
}

/** CPython: import_all_from — `from m import *` into the frame's locals. */
export function importStar(f: Frame, mod: PyValue): void {
  const d = moduleDict(mod);
  let names: PyValue[];
  let skipPrivate = false;
  const all = d !== null ? d.getStr('__all__') : undefined;
  if (all !== undefined) {
    names = fromlistItems(all);
  } else if (d !== null) {
    names = d.keysArray();
    skipPrivate = true;
  } else {
    names = fromlistItems(getAttr(mod, '__dict__'));
    skipPrivate = true;
  }
  for (const n of names) {
    if (typeof n !== 'string') {
      throw newException(Exc.TypeError, `${skipPrivate ? 'Key in ' + moduleNameOf(mod) + '.__dict__' : 'Item in ' + moduleNameOf(mod) + '.__all__'} must be str, not ${typeOf(n).name}`);
    }
    if (skipPrivate && n.startsWith('_')) continue;
    storeName(f, n, getAttr(mod, n));
  }
}

function moduleNameOf(mod: PyValue): string {
  const d = moduleDict(mod);
  const n = d === null ? undefined : d.getStr('__name__');
  return typeof n === 'string' ? n : '?';
}

/** Imports a module by absolute dotted name from native code (e.g. `importlib.import_module`). */
export function importModule(name: string): PyValue {
  return importDotted(name);
}

/**
 * The import system: builtin modules registered by name with a factory, `sys.modules` as the
 * cache, `.py` modules and packages found on `sys.path` (sys.path[0] is the script's directory)
 * and compiled through the compiler hook; IMPORT_NAME / IMPORT_FROM / IMPORT_STAR.
 * CPython: Python/import.c (PyImport_ImportModuleLevelObject), Lib/importlib/_bootstrap.py
 * (_handle_fromlist, _calc___package__), ceval.c import_from / import_all_from.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';
import type { CodeObject } from '../code.js';
import { None, PyInstance, PyList, PyTuple, lookupType, typeCache, typeOf, type PyValue } from '../objects/object.js';
import { PyDict } from '../objects/dict.js';
import { PyModule } from '../objects/module.js';
import { PyException, Exc, newException, newExceptionArgs, IMPORT_NAME as IMPORT_NAME_SLOT, IMPORT_PATH } from '../objects/exceptions.js';
import { getAttr, getAttrOrNull, getItem, getIter, iterNext, setAttr, str as pyStr } from '../abstract.js';
import { callObject } from '../call.js';
import {
  BuiltinImporterType, cachedPath, namespaceLoader, newModuleSpec, setInitializing, sourceFileLoader, specIsInitializing,
} from './module_spec.js';
import { isSubtype } from '../objects/object.js';
import { evalCode } from '../call.js';
import { storeName } from '../ceval_helpers.js';
import type { Frame } from '../frame.js';
import { setSource } from '../linecache.js';
import { mayRead } from '../host/access.js';
import { stdlibCode } from './stdlib_cache.js';

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

/** The factory registered for `name`, or undefined (a host VM saves it before shadowing it). */
export function builtinModuleFactory(name: string): (() => PyModule) | undefined {
  return factories.get(name);
}

/** Removes a registered builtin module (a host VM's own modules leave when it is not running). */
export function unregisterBuiltinModule(name: string): void {
  factories.delete(name);
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
  // Modules made before the import system ran (sys) get the spec a builtin import would give.
  for (const k of sysModules.keysArray()) {
    if (typeof k === 'string' && factories.has(k)) initBuiltinAttrs(sysModules.getStr(k) as PyValue, k);
  }
}

function moduleNotFound(msg: string, name: string): PyException {
  const e = newException(Exc.ModuleNotFoundError, msg);
  if (e.extra !== null) e.extra[IMPORT_NAME_SLOT] = name;
  return e;
}

function importError(msg: string, name: PyValue): PyException {
  const e = newException(Exc.ImportError, msg);
  if (e.extra !== null) e.extra[IMPORT_NAME_SLOT] = name;
  return e;
}

function moduleDict(m: PyValue): PyDict | null {
  return m instanceof PyModule ? m.dict : null;
}

/** A finder's answer: what to load and how (CPython: ModuleSpec before module_from_spec). */
interface FoundSpec {
  /** The source file, or null for a namespace package. */
  file: string | null;
  /** Directories searched for submodules (packages only). */
  searchLocations: string[] | null;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * CPython: PathFinder.find_spec over FileFinder — per path entry, `<name>/__init__.py` (a
 * regular package), then `<name>.py`; a bare directory is remembered as a namespace portion and
 * becomes a namespace package only if no entry holds a regular module. Paths are made absolute,
 * as FileFinder does, so `__file__` is absolute.
 */
function findSpec(tail: string, paths: readonly PyValue[]): FoundSpec | null {
  let namespace: string[] | null = null;
  for (const p of paths) {
    if (typeof p !== 'string') continue;
    const dir = resolvePath(p === '' ? '.' : p);
    // A sandboxed VirtualMachine imports only the bundled standard library (vm/host/access.ts).
    if (!mayRead(dir)) continue;
    const base = join(dir, tail);
    const init = join(base, '__init__.py');
    if (isFile(init)) return { file: init, searchLocations: [base] };
    const file = base + '.py';
    if (isFile(file)) return { file, searchLocations: null };
    if (isDir(base)) (namespace ??= []).push(base);
  }
  return namespace === null ? null : { file: null, searchLocations: namespace };
}

/**
 * The finder step alone, for importlib.util.find_spec: a builtin module's spec, or the spec of
 * the source file / package / namespace found along `paths` (sys.path when null); null if none.
 */
export function findModuleSpec(name: string, paths: readonly PyValue[] | null): PyInstance | null {
  const dot = name.lastIndexOf('.');
  if (dot < 0 && factories.has(name)) return newModuleSpec(name, BuiltinImporterType, 'built-in', null, false);
  const found = findSpec(dot >= 0 ? name.slice(dot + 1) : name, paths ?? sysPath.items);
  if (found === null) return null;
  const locations = found.searchLocations === null ? null : new PyList(found.searchLocations);
  const loader = found.file === null ? namespaceLoader() : sourceFileLoader(name, found.file);
  return newModuleSpec(name, loader, found.file, locations, found.file !== null);
}

/** A fresh builtin module from its factory (importlib.util.module_from_spec), or null. */
export function createBuiltinModule(name: string): PyModule | null {
  const factory = factories.get(name);
  if (factory === undefined) return null;
  const m = factory();
  initBuiltinAttrs(m, name);
  return m;
}

/** Runs a source file in a module's namespace (SourceFileLoader.exec_module). */
export function execModuleSource(file: string, d: PyDict): void {
  execSource(file, d);
}

/** CPython: _bootstrap._find_and_load — a cached module, or find and load it. */
function findAndLoad(name: string): PyValue {
  const m = sysModules.getStr(name);
  if (m === undefined) return findAndLoadUnlocked(name);
  if (m === None) throw moduleNotFound(`import of ${name} halted; None in sys.modules`, name);
  return m;
}

/**
 * CPython: _find_and_load_unlocked — imports the parent first, finds the module along the
 * parent's `__path__` (or sys.path), loads it and binds it as an attribute of the parent.
 */
function findAndLoadUnlocked(name: string): PyValue {
  const dot = name.lastIndexOf('.');
  let paths: readonly PyValue[] = sysPath.items;
  let parent = '';
  if (dot >= 0) {
    parent = name.slice(0, dot);
    if (sysModules.getStr(parent) === undefined) gcdImport(parent);
    // The parent's import may have imported this module as a side effect.
    const again = sysModules.getStr(name);
    if (again !== undefined) return again;
    const parentModule = sysModules.getStr(parent) ?? None;
    const pp = getAttrOrNull(parentModule, '__path__');
    if (pp === null) throw moduleNotFound(`No module named '${name}'; '${parent}' is not a package`, name);
    paths = pp instanceof PyList || pp instanceof PyTuple ? pp.items : fromlistItems(pp);
  } else {
    const factory = factories.get(name);
    if (factory !== undefined) return loadBuiltin(name, factory);
  }
  const found = findSpec(dot >= 0 ? name.slice(dot + 1) : name, paths);
  if (found === null) throw moduleNotFound(`No module named '${name}'`, name);
  const module = loadSource(name, found);
  if (parent !== '') {
    const parentModule = sysModules.getStr(parent);
    if (parentModule !== undefined) {
      try {
        setAttr(parentModule, name.slice(dot + 1), module);
      } catch (e) {
        // CPython only warns (ImportWarning, ignored by default) when the parent refuses.
        if (!(e instanceof PyException && isSubtype(e.ob_type, Exc.AttributeError))) throw e;
      }
    }
  }
  return module;
}

/** A builtin module's spec and loader (CPython: BuiltinImporter.find_spec + _init_module_attrs). */
function initBuiltinAttrs(m: PyValue, name: string): void {
  const d = moduleDict(m);
  if (d === null || d.getStr('__spec__') instanceof PyInstance) return;
  d.setStr('__loader__', BuiltinImporterType);
  d.setStr('__spec__', newModuleSpec(name, BuiltinImporterType, 'built-in', null, false));
  const pkg = d.getStr('__package__');
  if (pkg === undefined || pkg === None) d.setStr('__package__', '');
}

function loadBuiltin(name: string, factory: () => PyModule): PyValue {
  const m = factory();
  // A factory may add natives to existing types (directly to their dicts): drop cached lookups.
  typeCache.epoch++;
  initBuiltinAttrs(m, name);
  sysModules.setStr(name, m);
  return m;
}

/**
 * CPython: _load_unlocked + module_from_spec + SourceLoader.exec_module. The module sits in
 * sys.modules while its code runs (so circular imports see it, partially initialised) and is
 * removed again if that code raises; at the end it moves to the end of sys.modules, as CPython
 * keeps the dict in completion order.
 */
function loadSource(name: string, found: FoundSpec): PyValue {
  const file = found.file;
  const locations = found.searchLocations === null ? null : new PyList(found.searchLocations);
  const loader = file === null ? namespaceLoader() : sourceFileLoader(name, file);
  const spec = newModuleSpec(name, loader, file, locations, file !== null);
  const m = new PyModule(name);
  const d = m.dict;
  d.setStr('__package__', locations !== null ? name : name.slice(0, Math.max(0, name.lastIndexOf('.'))));
  d.setStr('__loader__', loader);
  d.setStr('__spec__', spec);
  if (locations !== null) d.setStr('__path__', locations);
  if (file !== null) {
    d.setStr('__file__', file);
    d.setStr('__cached__', cachedPath(file));
  } else {
    d.setStr('__file__', None);
  }
  setInitializing(spec, true);
  try {
    sysModules.setStr(name, m);
    try {
      if (file !== null) execSource(file, d);
    } catch (e) {
      sysModules.delStr(name);
      throw e;
    }
    // The module may have replaced itself in sys.modules.
    const result = sysModules.getStr(name) ?? m;
    sysModules.delStr(name);
    sysModules.setStr(name, result);
    return result;
  } finally {
    setInitializing(spec, false);
  }
}

/** Compiles a source file and runs it in a module's namespace (CPython: SourceLoader.exec_module). */
function execSource(file: string, d: PyDict): void {
  const source = readFileSync(file, 'utf8');
  setSource(file, source);
  const code = stdlibCode(file, source) ?? compileSource(source, file, 'exec');
  if (d.getStr('__builtins__') === undefined) d.setStr('__builtins__', builtinsModule);
  evalCode(code, d, d, builtinsDict as PyDict);
}

/** CPython: resolve_name in import.c — the absolute name for `level` leading dots. */
function resolveName(name: string, globals: PyValue, level: number): string {
  if (!(globals instanceof PyDict)) {
    throw globals === None ? newException(Exc.KeyError, "'__name__' not in globals") : newException(Exc.TypeError, 'globals must be a dict');
  }
  let pkg = globals.getStr('__package__');
  const spec = globals.getStr('__spec__');
  if (pkg !== undefined && pkg !== None) {
    if (typeof pkg !== 'string') throw newException(Exc.TypeError, 'package must be a string');
  } else if (spec !== undefined && spec !== None) {
    pkg = getAttr(spec, 'parent');
    if (typeof pkg !== 'string') throw newException(Exc.TypeError, '__spec__.parent must be a string');
  } else {
    const modName = globals.getStr('__name__');
    if (modName === undefined) throw newException(Exc.KeyError, "'__name__' not in globals");
    if (typeof modName !== 'string') throw newException(Exc.TypeError, '__name__ must be a string');
    pkg = modName;
    if (globals.getStr('__path__') === undefined) {
      const dot = modName.lastIndexOf('.');
      if (dot < 0) throw noParent();
      pkg = modName.slice(0, dot);
    }
  }
  return resolveRelative(name, pkg, level);
}

function noParent(): PyException {
  return importError('attempted relative import with no known parent package', None);
}

/** The `level - 1` parents up from `pkg`, then `.name` (CPython: resolve_name's tail, _resolve_name). */
function resolveRelative(name: string, pkg: string, level: number): string {
  if (pkg === '') throw noParent();
  let lastDot = pkg.length;
  for (let up = 1; up < level; up++) {
    lastDot = pkg.lastIndexOf('.', lastDot - 1);
    if (lastDot < 0) throw importError('attempted relative import beyond top-level package', None);
  }
  const base = pkg.slice(0, lastDot);
  return name === '' ? base : `${base}.${name}`;
}

/** CPython: _bootstrap._gcd_import — import by absolute name (or relative to `pkg`). */
export function gcdImport(name: string, pkg: PyValue = None, level = 0): PyValue {
  if (level < 0) throw newException(Exc.ValueError, 'level must be >= 0');
  if (level > 0) {
    if (typeof pkg !== 'string') throw newException(Exc.TypeError, '__package__ not set to a string');
    if (pkg === '') throw noParent();
  }
  if (name === '' && level === 0) throw newException(Exc.ValueError, 'Empty module name');
  return findAndLoad(level > 0 ? resolveRelative(name, pkg as string, level) : name);
}

function fromlistItems(fromlist: PyValue): PyValue[] {
  if (fromlist === None) return [];
  if (fromlist instanceof PyTuple || fromlist instanceof PyList) return fromlist.items;
  const out: PyValue[] = [];
  const it = getIter(fromlist);
  for (let x = iterNext(it); x !== null; x = iterNext(it)) out.push(x);
  return out;
}

/**
 * CPython: _bootstrap._handle_fromlist — for a package, imports the submodules named in the
 * fromlist (and, for '*', in its `__all__`) that are not attributes yet.
 */
function handleFromlist(module: PyValue, items: readonly PyValue[], recursive: boolean): void {
  for (const x of items) {
    if (typeof x !== 'string') {
      const where = recursive ? `${pyStr(getAttr(module, '__name__'))}.__all__` : "``from list''";
      throw newException(Exc.TypeError, `Item in ${where} must be str, not ${typeOf(x).name}`);
    }
    if (x === '*') {
      if (!recursive) {
        const all = getAttrOrNull(module, '__all__');
        if (all !== null) handleFromlist(module, fromlistItems(all), true);
      }
      continue;
    }
    if (getAttrOrNull(module, x) !== null) continue;
    const fromName = `${pyStr(getAttr(module, '__name__'))}.${x}`;
    try {
      importModuleLevel(fromName, None, None, 0);
    } catch (e) {
      if (e instanceof PyException && isSubtype(e.ob_type, Exc.ModuleNotFoundError) &&
          e.extra !== null && e.extra[IMPORT_NAME_SLOT] === fromName && sysModules.getStr(fromName) !== None) continue;
      throw e;
    }
  }
}

/** CPython: PyImport_ImportModuleLevelObject — IMPORT_NAME and `__import__`. */
export function importModuleLevel(name: string, globals: PyValue, fromlist: PyValue, level: number): PyValue {
  if (level < 0) throw newException(Exc.ValueError, 'level must be >= 0');
  let absName: string;
  if (level > 0) {
    absName = resolveName(name, globals, level);
  } else {
    if (name === '') throw newException(Exc.ValueError, 'Empty module name');
    absName = name;
  }
  const cached = sysModules.getStr(absName);
  const mod = cached !== undefined && cached !== None ? cached : findAndLoad(absName);
  const items = fromlistItems(fromlist);
  if (items.length === 0) {
    if (level === 0 || name.length > 0) {
      const dot = name.indexOf('.');
      if (dot < 0) return mod;
      if (level === 0) return importModuleLevel(name.slice(0, dot), None, None, 0);
      const toReturn = absName.slice(0, absName.length - (name.length - dot));
      const front = sysModules.getStr(toReturn);
      if (front === undefined) throw newException(Exc.KeyError, `'${toReturn}' not in sys.modules as expected`);
      return front;
    }
    return mod;
  }
  if (getAttrOrNull(mod, '__path__') !== null) handleFromlist(mod, items, false);
  return mod;
}

/** The `__import__` builtin as first installed (importlib.ts sets it); IMPORT_NAME calls a replacement instead. */
let defaultImport: PyValue | null = null;
export function setDefaultImport(fn: PyValue): void {
  defaultImport = fn;
}

/** CPython: import_name (ceval.c) for IMPORT_NAME. */
export function importName(f: Frame, name: string, fromlist: PyValue, levelV: PyValue): PyValue {
  const imp = f.f_builtins.getStr('__import__');
  if (imp === undefined) throw importError('__import__ not found', None);
  const level = typeof levelV === 'number' ? levelV : 0;
  if (imp === defaultImport || defaultImport === null) return importModuleLevel(name, f.f_globals, fromlist, level);
  return callObject(imp, [name, f.f_globals, f.f_locals ?? None, fromlist, levelV], null);
}

/** CPython: import_from (ceval.c) — `from m import name`, falling back to sys.modules['m.name']. */
export function importFrom(mod: PyValue, name: string): PyValue {
  const x = getAttrOrNull(mod, name);
  if (x !== null) return x;
  const pkgname = getAttrOrNull(mod, '__name__');
  if (typeof pkgname === 'string') {
    const sub = sysModules.getStr(`${pkgname}.${name}`);
    if (sub !== undefined) return sub;
  }
  const shown = typeof pkgname === 'string' ? pkgname : '<unknown module name>';
  const d = moduleDict(mod);
  const file = d === null ? undefined : d.getStr('__file__');
  let e: PyException;
  if (typeof file !== 'string') {
    e = newException(Exc.ImportError, `cannot import name '${name}' from '${shown}' (unknown location)`);
  } else if (specIsInitializing(getAttrOrNull(mod, '__spec__') ?? undefined)) {
    e = newException(Exc.ImportError,
      `cannot import name '${name}' from partially initialized module '${shown}' (most likely due to a circular import) (${file})`);
  } else {
    e = newException(Exc.ImportError, `cannot import name '${name}' from '${shown}' (${file})`);
  }
  if (e.extra !== null) {
    e.extra[IMPORT_NAME_SLOT] = pkgname ?? None;
    e.extra[IMPORT_PATH] = typeof file === 'string' ? file : None;
  }
  throw e;
}

/**
 * The names `from m import *` binds: `__all__` read as a sequence (CPython indexes it until
 * IndexError), else the keys of `__dict__` without the `_`-prefixed ones.
 */
function starNames(mod: PyValue): { names: PyValue[]; fromAll: boolean } {
  const all = getAttrOrNull(mod, '__all__');
  if (all === null) {
    const d = moduleDict(mod);
    if (d !== null) return { names: d.keysArray(), fromAll: false };
    const dv = getAttrOrNull(mod, '__dict__');
    if (dv === null) throw newException(Exc.ImportError, 'from-import-* object has no __dict__ and no __all__');
    return { names: fromlistItems(callMethod(dv, 'keys')), fromAll: false };
  }
  if (all instanceof PyTuple || all instanceof PyList) return { names: all.items.slice(), fromAll: true };
  if (typeof all === 'string') return { names: [...all], fromAll: true };
  if (lookupType(typeOf(all), '__getitem__') === undefined) {
    throw newException(Exc.TypeError, `'${typeOf(all).name}' object does not support indexing`);
  }
  const names: PyValue[] = [];
  for (let i = 0; ; i++) {
    try {
      names.push(getItem(all, i));
    } catch (e) {
      if (e instanceof PyException && isSubtype(e.ob_type, Exc.IndexError)) break;
      throw e;
    }
  }
  return { names, fromAll: true };
}

function callMethod(o: PyValue, name: string): PyValue {
  return callObject(getAttr(o, name), [], null);
}

/** CPython: import_all_from — `from m import *` into the frame's locals. */
export function importStar(f: Frame, mod: PyValue): void {
  const { names, fromAll } = starNames(mod);
  for (const n of names) {
    if (typeof n !== 'string') {
      const modName = getAttrOrNull(mod, '__name__');
      if (typeof modName !== 'string') throw newException(Exc.TypeError, 'module __name__ must be a string, not ' + typeOf(modName ?? None).name);
      throw newException(Exc.TypeError, `${fromAll ? 'Item in ' + modName + '.__all__' : 'Key in ' + modName + '.__dict__'} must be str, not ${typeOf(n).name}`);
    }
    if (!fromAll && n.startsWith('_')) continue;
    storeName(f, n, getAttr(mod, n));
  }
}

/** Imports a module by absolute dotted name from native code; returns the module itself. */
export function importModule(name: string): PyValue {
  return gcdImport(name);
}

/** CPython: importlib.reload — re-runs a module's code in its existing namespace. */
export function reloadModule(module: PyValue): PyValue {
  let name: PyValue | null = null;
  const spec = getAttrOrNull(module, '__spec__');
  if (spec !== null) name = getAttrOrNull(spec, 'name');
  if (spec === null || name === null) name = getAttrOrNull(module, '__name__');
  if (name === null) throw newException(Exc.TypeError, 'reload() argument must be a module');
  const key = pyStr(name);
  if (sysModules.getStr(key) !== module) throw importError(`module ${key} not in sys.modules`, name);
  const dot = key.lastIndexOf('.');
  let paths: readonly PyValue[] = sysPath.items;
  if (dot >= 0) {
    const parentName = key.slice(0, dot);
    const parent = sysModules.getStr(parentName);
    if (parent === undefined) throw importError(`parent '${parentName}' not in sys.modules`, parentName);
    paths = fromlistItems(getAttr(parent, '__path__'));
  } else if (factories.has(key)) {
    return module;
  }
  const found = findSpec(dot >= 0 ? key.slice(dot + 1) : key, paths);
  if (found === null) throw moduleNotFound(`spec not found for the module '${key}'`, key);
  const d = moduleDict(module);
  if (d !== null && found.file !== null) {
    const newSpec = newModuleSpec(key, sourceFileLoader(key, found.file), found.file, found.searchLocations === null ? null : new PyList(found.searchLocations), true);
    d.setStr('__spec__', newSpec);
    d.setStr('__file__', found.file);
    setInitializing(newSpec, true);
    try {
      execSource(found.file, d);
    } finally {
      setInitializing(newSpec, false);
    }
  }
  const result = sysModules.getStr(key) ?? module;
  sysModules.delStr(key);
  sysModules.setStr(key, result);
  return result;
}


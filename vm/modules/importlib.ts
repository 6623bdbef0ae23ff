/**
 * The `importlib` module (import_module, reload, invalidate_caches) and the `__import__`
 * builtin, both thin layers over the import machinery in registry.ts.
 * CPython: Lib/importlib/__init__.py (import_module, reload), Python/bltinmodule.c
 * (builtin___import__).
 */
import { None, PyBuiltinFunction, PyList, typeOf, type PyValue } from '../objects/object.js';
import { Exc, newException, typeError } from '../objects/exceptions.js';
import { makeNativeModule, type PyModule } from '../objects/module.js';
import { parseArgs } from '../objects/native_args.js';
import { getAttr, isTrue } from '../abstract.js';
import { callObject } from '../call.js';
import { asIndex } from '../objects/slice.js';
import { registerBuiltin } from '../builtins/index.js';
import { gcdImport, importModuleLevel, registerBuiltinModule, reloadModule, setDefaultImport, sysModules } from './registry.js';
import { buildImportlibUtil } from './importlib_util.js';

/** CPython: importlib.import_module — leading dots count as the level, relative to `package`. */
function importModuleFn(_self: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const [name, pkg] = parseArgs('import_module', args, kwnames, ['name', 'package'], 1);
  const nameV = name as PyValue;
  const pkgV = pkg ?? None;
  // CPython calls name.startswith('.') first, so a non-str name fails with its AttributeError.
  const startsWithDot = isTrue(callObject(getAttr(nameV, 'startswith'), ['.'], null));
  let level = 0;
  if (startsWithDot) {
    if (!isTrue(pkgV)) {
      throw typeError(`the 'package' argument is required to perform a relative import for ${reprStr(nameV)}`);
    }
    const s = nameV as string;
    while (level < s.length && s[level] === '.') level++;
  }
  if (typeof nameV !== 'string') throw typeError(`module name must be str, not <class '${typeOf(nameV).name}'>`);
  return gcdImport(nameV.slice(level), pkgV, level);
}

function reprStr(v: PyValue): string {
  return typeof v === 'string' ? `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : String(v);
}

function reloadFn(_self: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const [module] = parseArgs('reload', args, kwnames, ['module'], 1);
  return reloadModule(module as PyValue);
}

/** Finders keep no caches here: the file system is consulted on every import. */
function invalidateCachesFn(): PyValue {
  return None;
}

/** CPython: builtin___import__(name, globals=None, locals=None, fromlist=(), level=0). */
function importBuiltin(_self: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const [name, globals, , fromlist, level] = parseArgs('__import__', args, kwnames, ['name', 'globals', 'locals', 'fromlist', 'level'], 1);
  if (typeof name !== 'string') throw typeError('module name must be a string');
  const lv = level === undefined ? 0 : asIndex(level);
  if (lv === null) throw typeError(`'${typeOf(level as PyValue).name}' object cannot be interpreted as an integer`);
  if (typeof lv !== 'number') throw newException(Exc.OverflowError, 'Python int too large to convert to C int');
  return importModuleLevel(name, globals ?? None, fromlist ?? None, lv);
}

function build(): PyModule {
  const m = makeNativeModule('importlib', {
    import_module: importModuleFn,
    reload: reloadFn,
    invalidate_caches: invalidateCachesFn,
  });
  // A package whose util submodule is already loaded, as after CPython's startup.
  m.dict.setStr('__path__', new PyList([]));
  const util = buildImportlibUtil();
  m.dict.setStr('util', util);
  sysModules.setStr('importlib.util', util);
  return m;
}

registerBuiltinModule('importlib', build);

const importFunction = new PyBuiltinFunction('__import__', importBuiltin, None);
registerBuiltin('__import__', importFunction);
setDefaultImport(importFunction);

/**
 * `importlib.util`: find_spec, module_from_spec and spec_from_file_location over the finder in
 * registry.ts, and `exec_module` on the source loaders those specs carry, so a module can be
 * loaded by hand from a file. Reading a file still needs the host's grant (vm/host/access.ts).
 * CPython: Lib/importlib/util.py, _bootstrap.py (module_from_spec, _init_module_attrs).
 */
import { None, PyBuiltinFunction, PyList, defMethod, typeOf, type PyValue } from '../objects/object.js';
import { Exc, newException, newOSError, typeError } from '../objects/exceptions.js';
import { makeNativeModule, PyModule } from '../objects/module.js';
import { parseArgs } from '../objects/native_args.js';
import { getAttr, getAttrOrNull, repr as pyRepr } from '../abstract.js';
import { BuiltinImporterType, SourceFileLoaderType, newModuleSpec, sourceFileLoader } from './module_spec.js';
import { createBuiltinModule, execModuleSource, findModuleSpec, gcdImport, sysModules } from './registry.js';
import { SANDBOX_ERRNO, SANDBOX_STRERROR, mayRead } from '../host/access.js';
import { fspath } from './posix.js';


/** CPython: importlib.util.find_spec(name, package=None). */
function findSpecFn(_s: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
  const [nameV, pkg] = parseArgs('find_spec', args, kw, ['name', 'package'], 1);
  if (typeof nameV !== 'string') throw typeError(`module name must be str, not ${typeOf(nameV as PyValue).name}`);
  let name = nameV;
  if (name.startsWith('.')) {
    if (pkg === undefined || pkg === None) {
      throw newException(Exc.ImportError, `no package specified for ${pyRepr(name)} (required for relative module names)`);
    }
    let level = 0;
    while (name[level] === '.') level++;
    const base = (pkg as string).split('.');
    name = [...base.slice(0, base.length - (level - 1)), name.slice(level)].join('.');
  }
  const cached = sysModules.getStr(name);
  if (cached !== undefined) {
    const spec = getAttrOrNull(cached, '__spec__');
    if (spec === null) throw newException(Exc.ValueError, `${name}.__spec__ is not set`);
    if (spec === None) throw newException(Exc.ValueError, `${name}.__spec__ is None`);
    return spec;
  }
  let paths: readonly PyValue[] | null = null;
  const dot = name.lastIndexOf('.');
  if (dot >= 0) {
    const parentName = name.slice(0, dot);
    const parent = gcdImport(parentName);
    const p = getAttrOrNull(parent, '__path__');
    if (p === null) {
      throw newException(Exc.ModuleNotFoundError, `__path__ attribute not found on '${parentName}' while trying to find '${name}'`);
    }
    paths = p instanceof PyList ? p.items : [];
  }
  return findModuleSpec(name, paths) ?? None;
}

/** CPython: module_from_spec + _init_module_attrs. */
function moduleFromSpecFn(_s: PyValue, args: PyValue[]): PyValue {
  const spec = args[0];
  if (spec === undefined) throw typeError("module_from_spec() missing 1 required positional argument: 'spec'");
  const name = getAttr(spec, 'name');
  if (typeof name !== 'string') throw typeError('module name must be a str');
  const loader = getAttr(spec, 'loader');
  let m: PyModule | null = null;
  if (loader === BuiltinImporterType) m = name === 'sys' || name === 'builtins' ? sysModules.getStr(name) as PyModule : createBuiltinModule(name);
  if (m === null) m = new PyModule(name);
  const d = m.dict;
  d.setStr('__name__', name);
  d.setStr('__loader__', loader);
  d.setStr('__package__', getAttrOrNull(spec, 'parent') ?? None);
  d.setStr('__spec__', spec);
  const locations = getAttrOrNull(spec, 'submodule_search_locations');
  if (locations !== null && locations !== None) d.setStr('__path__', locations);
  if (getAttrOrNull(spec, 'has_location') === true) {
    d.setStr('__file__', getAttr(spec, 'origin'));
    d.setStr('__cached__', getAttrOrNull(spec, 'cached') ?? None);
  }
  return m;
}

/** CPython: spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=...). */
function specFromFileLocationFn(_s: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
  const [nameV, loc, loaderV, subV] = parseArgs('spec_from_file_location', args, kw,
    ['name', 'location', 'loader', 'submodule_search_locations'], 1, 0, 2);
  if (typeof nameV !== 'string') throw typeError(`module name must be str, not ${typeOf(nameV as PyValue).name}`);
  if (loc === undefined || loc === None) return None;
  const given = fspath(loc);
  if (typeof given !== 'string') throw typeError('location must be a str path');
  // CPython: _path_abspath — the working directory joined on, not normalised
  const location = given.startsWith('/') ? given : `${process.cwd()}/${given}`;
  const isPackage = location.endsWith('/__init__.py');
  let locations: PyList | null = null;
  if (subV !== undefined && subV !== None) locations = subV instanceof PyList ? subV : new PyList([]);
  else if (isPackage && subV === undefined) locations = new PyList([location.slice(0, location.lastIndexOf('/'))]);
  const loader = loaderV !== undefined && loaderV !== None ? loaderV
    : location.endsWith('.py') ? sourceFileLoader(nameV, location) : None;
  if (loader === None) return None;
  return newModuleSpec(nameV, loader, location, locations, true);
}

function installLoaders(): void {
  defMethod(SourceFileLoaderType, 'exec_module', (self, args) => {
    const module = args[0];
    if (!(module instanceof PyModule)) throw typeError('exec_module() argument must be a module');
    const path = getAttr(self, 'path');
    if (typeof path !== 'string') throw typeError('loader path must be a str');
    if (!mayRead(path)) throw newOSError(SANDBOX_ERRNO, SANDBOX_STRERROR, path);
    execModuleSource(path, module.dict);
    return None;
  });
  defMethod(SourceFileLoaderType, 'get_filename', (self) => getAttr(self, 'path'));
  // A builtin module is complete once created (CPython: BuiltinImporter.exec_module).
  BuiltinImporterType.dict.set('exec_module', new PyBuiltinFunction('exec_module', () => None, None));
}

export function buildImportlibUtil(): PyModule {
  installLoaders();
  return makeNativeModule('importlib.util', {
    find_spec: findSpecFn,
    module_from_spec: moduleFromSpecFn,
    spec_from_file_location: specFromFileLocationFn,
  }, { __package__: 'importlib' });
}

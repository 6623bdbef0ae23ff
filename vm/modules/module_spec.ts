/**
 * Module specs and loaders as the import system records them on each module: `__spec__` is a
 * ModuleSpec (name, loader, origin, submodule_search_locations, cached, parent, has_location and
 * the `_initializing` flag that circular-import messages look at), `__loader__` a
 * SourceFileLoader instance or the BuiltinImporter class.
 * CPython: Lib/importlib/_bootstrap.py (ModuleSpec, BuiltinImporter, _init_module_attrs),
 * Lib/importlib/_bootstrap_external.py (SourceFileLoader, NamespaceLoader), _PyModuleSpec_IsInitializing.
 */
import { None, ObjectType, PyInstance, PyList, PyType, defMethod, typeOf, type PyValue } from '../objects/object.js';
import { PyDict } from '../objects/dict.js';
import { repr } from '../abstract.js';

function importType(name: string, module: string): PyType {
  const t = new PyType(name, ObjectType);
  t.module = module;
  return t;
}

export const ModuleSpecType = importType('ModuleSpec', '_frozen_importlib');
/** Builtin modules' `__loader__` is this class itself, as in CPython. */
export const BuiltinImporterType = importType('BuiltinImporter', '_frozen_importlib');
export const SourceFileLoaderType = importType('SourceFileLoader', '_frozen_importlib_external');
export const NamespaceLoaderType = importType('NamespaceLoader', '_frozen_importlib_external');

function instanceDict(o: PyValue): PyDict | null {
  return o instanceof PyInstance && o.dict instanceof PyDict ? o.dict : null;
}

/** A loader object for a source file (its `name` and `path` attributes). */
export function sourceFileLoader(name: string, path: string): PyValue {
  const d = new PyDict();
  d.setStr('name', name);
  d.setStr('path', path);
  return new PyInstance(SourceFileLoaderType, d);
}

export function namespaceLoader(): PyValue {
  return new PyInstance(NamespaceLoaderType, new PyDict());
}

/**
 * CPython: ModuleSpec.__init__ plus its `parent` and `has_location` properties, stored as plain
 * attributes (they never change after the finder made the spec).
 */
export function newModuleSpec(
  name: string, loader: PyValue, origin: string | null, searchLocations: PyList | null, hasLocation: boolean,
): PyInstance {
  const d = new PyDict();
  d.setStr('name', name);
  d.setStr('loader', loader);
  d.setStr('origin', origin === null ? None : origin);
  d.setStr('loader_state', None);
  d.setStr('submodule_search_locations', searchLocations === null ? None : searchLocations);
  d.setStr('cached', hasLocation && origin !== null ? cachedPath(origin) : None);
  d.setStr('parent', searchLocations !== null ? name : name.slice(0, Math.max(0, name.lastIndexOf('.'))));
  d.setStr('has_location', hasLocation);
  d.setStr('_initializing', false);
  return new PyInstance(ModuleSpecType, d);
}

/** CPython: cache_from_source — where the bytecode cache of a source file would go. */
export function cachedPath(origin: string): string {
  const slash = origin.lastIndexOf('/');
  const dir = origin.slice(0, slash + 1);
  const base = origin.slice(slash + 1).replace(/\.py$/, '');
  return `${dir}__pycache__/${base}.cpython-311.pyc`;
}

/** Sets `spec._initializing` (no-op for specs that are not ours). */
export function setInitializing(spec: PyValue, on: boolean): void {
  const d = instanceDict(spec);
  if (d !== null) d.setStr('_initializing', on);
}

/** CPython: _PyModuleSpec_IsInitializing — true while the spec's module is executing. */
export function specIsInitializing(spec: PyValue | undefined): boolean {
  if (spec === undefined) return false;
  const d = instanceDict(spec);
  return d !== null && d.getStr('_initializing') === true;
}

function specRepr(self: PyValue): string {
  const d = instanceDict(self);
  if (d === null) return `<${typeOf(self).name}>`;
  const parts = [`name=${repr(d.getStr('name') ?? None)}`, `loader=${repr(d.getStr('loader') ?? None)}`];
  const origin = d.getStr('origin');
  if (origin !== undefined && origin !== None) parts.push(`origin=${repr(origin)}`);
  const locs = d.getStr('submodule_search_locations');
  if (locs !== undefined && locs !== None) parts.push(`submodule_search_locations=${repr(locs)}`);
  return `ModuleSpec(${parts.join(', ')})`;
}

defMethod(ModuleSpecType, '__repr__', specRepr);

/**
 * Module objects: a name and a dict of globals. Attribute access goes through the dict (the
 * generic getattr finds it as `dict`); `__getattr__` in the module dict is the PEP 562 hook,
 * consulted by the attribute code. repr `<module 'math' (built-in)>` or `<module 'm' from 'p'>`.
 * CPython: Objects/moduleobject.c.
 */
import { ModuleType, None, PyBuiltinFunction, PyList, PyObject, PyType, defGetSet, defMethod, typeOf, type PyValue } from './object.js';
import { typeError, checkNewType } from './exceptions.js';
import { repr as pyRepr } from '../abstract.js';
import { callObject } from '../call.js';
import { PyDict } from './dict.js';

export class PyModule extends PyObject {
  dict: PyDict;
  constructor(name: string, dict: PyDict = new PyDict(), type: PyType = ModuleType) {
    super(type);
    this.dict = dict;
    if (dict.getStr('__name__') === undefined) dict.setStr('__name__', name);
    if (dict.getStr('__doc__') === undefined) dict.setStr('__doc__', None);
    if (dict.getStr('__package__') === undefined) dict.setStr('__package__', None);
    if (dict.getStr('__loader__') === undefined) dict.setStr('__loader__', None);
    if (dict.getStr('__spec__') === undefined) dict.setStr('__spec__', None);
  }
  get name(): string {
    const n = this.dict.getStr('__name__');
    return typeof n === 'string' ? n : '?';
  }
}

/** A native module: `fns` become builtin functions bound to the module. */
export function makeNativeModule(
  name: string,
  fns: Record<string, (self: PyValue, args: PyValue[], kwnames: readonly string[] | null) => PyValue>,
  values: Record<string, PyValue> = {},
): PyModule {
  const m = new PyModule(name);
  for (const key of Object.keys(fns)) m.dict.setStr(key, new PyBuiltinFunction(key, fns[key], m));
  for (const key of Object.keys(values)) m.dict.setStr(key, values[key]);
  return m;
}

export function moduleRepr(m: PyModule): string {
  const name = m.dict.getStr('__name__');
  const shown = name === undefined ? "'?'" : pyRepr(name);
  const file = m.dict.getStr('__file__');
  if (typeof file === 'string') return `<module ${shown} from ${pyRepr(file)}>`;
  // CPython: _module_repr — a module made by hand (no loader) shows only its name.
  const loader = m.dict.getStr('__loader__');
  if (loader === undefined || loader === None) return `<module ${shown}>`;
  return `<module ${shown} (built-in)>`;
}

function asModule(v: PyValue): PyModule {
  if (v instanceof PyModule) return v;
  throw typeError(`descriptor requires a 'module' object but received a '${typeOf(v).name}'`);
}

function install(): void {
  const M = ModuleType;
  M.dict.set('__new__', new PyBuiltinFunction('__new__', (_s, a) => {
    const cls = a[0];
    checkNewType(cls, M, 'module');
    return new PyModule('?', new PyDict(), cls);
  }, M));
  defGetSet(M, '__dict__', self => asModule(self).dict);
  defMethod(M, '__init__', (s, a) => {
    const m = asModule(s);
    const name = a[0];
    if (name === undefined) throw typeError("module() missing required argument 'name' (pos 1)");
    if (typeof name !== 'string') throw typeError(`module() argument 'name' must be str, not ${typeOf(name).name}`);
    m.dict.setStr('__name__', name);
    m.dict.setStr('__doc__', a.length > 1 ? a[1] : None);
    return None;
  });
  defMethod(M, '__repr__', (s) => moduleRepr(asModule(s)));
  defMethod(M, '__dir__', (s) => {
    // CPython: module_dir — a module-level __dir__ function decides (PEP 562).
    const own = asModule(s).dict.getStr('__dir__');
    if (own !== undefined) return callObject(own, [], null);
    const keys = asModule(s).dict.keysArray();
    return new PyList(keys);
  });
}

install();

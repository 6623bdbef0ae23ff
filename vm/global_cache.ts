/**
 * The global-name inline cache of LOAD_GLOBAL, and of LOAD_NAME/STORE_NAME in module code
 * (where the locals are the globals, so the lookup is the same): per co_names index, the globals
 * dict the name was looked up in with its keys version and the entry index there, and for a name
 * missing from globals the builtins dict with its keys version and index. While the dicts are the
 * same objects with the same keys versions, the entries still hold those names, and the value is
 * read straight from the entry (values may change freely: module-level loops that store globals
 * keep their loads cached).
 * CPython 3.11: LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN (Python/specialize.c), keyed on the
 * dict keys version.
 */
import { DictType, type PyValue } from './objects/object.js';
import type { PyDict } from './objects/dict.js';
import type { Frame } from './frame.js';
import type { CodeObject } from './code.js';
import { nameError } from './ceval_helpers.js';

export class GlobalCache {
  /** The globals dict each entry was filled from (null: entry empty). */
  globals: (PyDict | null)[];
  gversion: number[];
  /** Entry index of the name in globals, or -1 when it was found in builtins. */
  gindex: number[];
  /** The builtins dict, for a name missing from globals. */
  builtins: (PyDict | null)[];
  bversion: number[];
  bindex: number[];

  constructor(n: number) {
    this.globals = [];
    this.gversion = [];
    this.gindex = [];
    this.builtins = [];
    this.bversion = [];
    this.bindex = [];
    for (let i = 0; i < n; i++) {
      this.globals.push(null);
      this.gversion.push(-1);
      this.gindex.push(-1);
      this.builtins.push(null);
      this.bversion.push(-1);
      this.bindex.push(-1);
    }
  }
}

/** LOAD_GLOBAL (and module-level LOAD_NAME) of co_names[i]. */
export function loadGlobal(f: Frame, i: number): PyValue {
  const gc = f.f_code.co_globalcache, g = f.f_globals;
  if (gc !== null && gc.globals[i] === g && gc.gversion[i] === g.keysVersion) {
    const gi = gc.gindex[i];
    if (gi >= 0) return g.vals[gi];
    const b = gc.builtins[i] as PyDict;
    if (b === f.f_builtins && gc.bversion[i] === b.keysVersion) return b.vals[gc.bindex[i]];
  }
  return loadGlobalSlow(f, i);
}

/** The uncached lookup: globals, then builtins; refills the cache entry. */
function loadGlobalSlow(f: Frame, i: number): PyValue {
  const co = f.f_code;
  const name = co.co_names[i], g = f.f_globals, b = f.f_builtins;
  let gc = co.co_globalcache;
  if (gc === null) gc = co.co_globalcache = new GlobalCache(co.co_names.length);
  const gi = g.indexOfStr(name);
  gc.globals[i] = g;
  gc.gversion[i] = g.keysVersion;
  if (gi >= 0) {
    gc.gindex[i] = gi;
    return g.vals[gi];
  }
  gc.gindex[i] = -1;
  const bi = b.indexOfStr(name);
  if (bi < 0) {
    gc.globals[i] = null;
    throw nameError(name);
  }
  gc.builtins[i] = b;
  gc.bversion[i] = b.keysVersion;
  gc.bindex[i] = bi;
  return b.vals[bi];
}

/** True when module-level LOAD_NAME/STORE_NAME of `f` may use the global cache. */
export function namesAreGlobals(f: Frame): boolean {
  return f.f_locals === f.f_globals && f.f_globals.ob_type === DictType;
}

/** STORE_GLOBAL (and module-level STORE_NAME) of co_names[i]. */
export function storeGlobal(f: Frame, i: number, v: PyValue): void {
  const gc = f.f_code.co_globalcache, g = f.f_globals;
  if (gc !== null && gc.globals[i] === g && gc.gversion[i] === g.keysVersion) {
    const gi = gc.gindex[i];
    if (gi >= 0) {
      g.vals[gi] = v;
      return;
    }
  }
  g.setStr(f.f_code.co_names[i], v);
}

/**
 * What LOAD_GLOBAL of co_names[i] in `co` last found, if its cache entry is filled (the value
 * may have changed since; vm/jit.ts only uses it to choose which call paths to write out).
 */
export function lastGlobal(co: CodeObject, i: number): PyValue | undefined {
  const gc = co.co_globalcache;
  if (gc === null || i < 0 || i >= gc.globals.length) return undefined;
  const g = gc.globals[i];
  if (g === null) return undefined;
  const gi = gc.gindex[i];
  if (gi >= 0) return g.vals[gi];
  const b = gc.builtins[i];
  return b === null ? undefined : b.vals[gc.bindex[i]];
}

/**
 * LOAD_GLOBAL's inline cache: per co_names index, the globals (and, for a builtin, the builtins)
 * dict the value was found in, their `version` at that moment, and the value. While both dicts
 * are the same objects at the same versions the lookup cannot have a different answer.
 * CPython: the LOAD_GLOBAL opcache of 3.8+ (Python/ceval.c), keyed on ma_version_tag.
 */
import type { PyValue } from './objects/object.js';
import type { PyDict } from './objects/dict.js';
import type { Frame } from './frame.js';
import { nameError } from './ceval_helpers.js';

export class GlobalCache {
  /** The globals dict each entry was filled from (null: entry empty). */
  globals: (PyDict | null)[];
  gversion: number[];
  /** The builtins dict, when the name was missing from globals; null when found in globals. */
  builtins: (PyDict | null)[];
  bversion: number[];
  values: PyValue[];

  constructor(n: number, filler: PyValue) {
    this.globals = [];
    this.gversion = [];
    this.builtins = [];
    this.bversion = [];
    this.values = [];
    for (let i = 0; i < n; i++) {
      this.globals.push(null);
      this.gversion.push(-1);
      this.builtins.push(null);
      this.bversion.push(-1);
      this.values.push(filler);
    }
  }
}

/** CPython: LOAD_GLOBAL's uncached path — globals, then builtins; refills the cache entry. */
export function loadGlobal(f: Frame, i: number): PyValue {
  const co = f.f_code;
  const name = co.co_names[i], g = f.f_globals, b = f.f_builtins;
  let v = g.getStr(name);
  let from: PyDict | null = null;
  if (v === undefined) {
    v = b.getStr(name);
    if (v === undefined) throw nameError(name);
    from = b;
  }
  let gc = co.co_globalcache;
  if (gc === null) gc = co.co_globalcache = new GlobalCache(co.co_names.length, v);
  gc.globals[i] = g;
  gc.gversion[i] = g.version;
  gc.builtins[i] = from;
  gc.bversion[i] = from === null ? -1 : from.version;
  gc.values[i] = v;
  return v;
}

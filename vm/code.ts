/**
 * CodeObject: the compiler's output and the VM's input, field for field CPython 3.7's
 * PyCodeObject (co_code as 2-byte wordcode, co_lnotab as CPython encodes it). Constants are
 * real Python values so the VM uses co_consts as is. CPython: Include/code.h, Objects/codeobject.c.
 */
import type { JitFunction } from './jit.js';
import { CodeType, PyObject, objectArray, tupleCheckExact, type PyValue } from './objects/object.js';
import { intern, internAll } from './intern.js';
import type { GlobalCache } from './global_cache.js';
import type { AttrCache } from './attr_cache.js';
import { quicken } from './quicken.js';

/** co_flags bits (CPython: CO_*). */
export const CO_OPTIMIZED = 0x0001;
export const CO_NEWLOCALS = 0x0002;
export const CO_VARARGS = 0x0004;
export const CO_VARKEYWORDS = 0x0008;
export const CO_NESTED = 0x0010;
export const CO_GENERATOR = 0x0020;
export const CO_NOFREE = 0x0040;
export const CO_COROUTINE = 0x0080;
export const CO_ITERABLE_COROUTINE = 0x0100;
export const CO_ASYNC_GENERATOR = 0x0200;

export const CO_FLAG_NAMES: readonly [number, string][] = [
  [CO_OPTIMIZED, 'OPTIMIZED'],
  [CO_NEWLOCALS, 'NEWLOCALS'],
  [CO_VARARGS, 'VARARGS'],
  [CO_VARKEYWORDS, 'VARKEYWORDS'],
  [CO_NESTED, 'NESTED'],
  [CO_GENERATOR, 'GENERATOR'],
  [CO_NOFREE, 'NOFREE'],
  [CO_COROUTINE, 'COROUTINE'],
  [CO_ITERABLE_COROUTINE, 'ITERABLE_COROUTINE'],
  [CO_ASYNC_GENERATOR, 'ASYNC_GENERATOR'],
];

export interface CodeFields {
  co_argcount: number;
  /** Positional-only parameters: always 0 in 3.7 bytecode; kept for 3.8+ signatures. */
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_nlocals: number;
  co_stacksize: number;
  co_flags: number;
  co_code: Uint8Array;
  co_consts: PyValue[];
  co_names: string[];
  co_varnames: string[];
  co_freevars: string[];
  co_cellvars: string[];
  co_filename: string;
  co_name: string;
  co_firstlineno: number;
  co_lnotab: Uint8Array;
  /**
   * Each code unit's source range (lineno, end_lineno, col_offset, end_col_offset; -1 where
   * unknown), as CPython 3.11's co_positions(); absent for code loaded without it.
   */
  co_positions?: Int32Array | null;
}

export class CodeObject extends PyObject implements CodeFields {
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_nlocals: number;
  co_stacksize: number;
  co_flags: number;
  co_code: Uint8Array;
  /** What the dispatch loop runs: co_code with superinstructions (vm/quicken.ts). */
  co_quick: Uint8Array;
  co_consts: PyValue[];
  co_names: string[];
  co_varnames: string[];
  co_freevars: string[];
  co_cellvars: string[];
  co_filename: string;
  co_name: string;
  co_firstlineno: number;
  co_lnotab: Uint8Array;
  co_positions: Int32Array | null;
  /**
   * For each cell, the index of the argument it is initialised from, or -1
   * (CPython: co_cell2arg).
   */
  co_cell2arg: Int32Array | null;
  /** Line number of each instruction offset / 2, decoded once from co_lnotab on first use. */
  private lineCache: Int32Array | null = null;
  /** LOAD_GLOBAL's per-name cache, created and filled by the VM (vm/global_cache.ts). */
  co_globalcache: GlobalCache | null = null;
  /** LOAD_ATTR/STORE_ATTR/LOAD_METHOD inline caches by instruction index (vm/attr_cache.ts). */
  co_attrcache: (AttrCache | undefined)[] | null = null;
  /** The code's translation to a JavaScript function, once it is hot and translatable (vm/jit.ts). */
  co_jit: JitFunction | null = null;
  /** Calls so far, counted up to JIT_THRESHOLD by the loop, which then tries compileJit. */
  co_jitCalls = 0;
  /**
   * The offsets [co_jitFrom, co_jitTo) co_jit covers: all the code, but for a large module or
   * class body only its hottest loop (vm/jit.ts, loopTranslated).
   */
  co_jitFrom = 0;
  co_jitTo = 0;
  /**
   * For a plain function's code with positional parameters only and no cells of its own (free
   * variables, which newFrame copies from the closure, are fine): its argument count, which a
   * call with as many positional arguments binds by storing them in order (vm/jit.ts); else -1
   * (generators too: their call makes a generator).
   */
  co_simpleArgc: number;

  constructor(f: CodeFields) {
    super(CodeType);
    this.co_argcount = f.co_argcount;
    this.co_posonlyargcount = f.co_posonlyargcount;
    this.co_kwonlyargcount = f.co_kwonlyargcount;
    this.co_nlocals = f.co_nlocals;
    this.co_stacksize = f.co_stacksize;
    this.co_flags = f.co_flags;
    this.co_code = f.co_code;
    this.co_quick = quicken(f.co_code);
    this.co_consts = objectElements(internConsts(f.co_consts));
    this.co_names = internAll(f.co_names);
    this.co_varnames = internAll(f.co_varnames);
    this.co_freevars = internAll(f.co_freevars);
    this.co_cellvars = internAll(f.co_cellvars);
    this.co_filename = f.co_filename;
    this.co_name = intern(f.co_name);
    this.co_firstlineno = f.co_firstlineno;
    this.co_lnotab = f.co_lnotab;
    this.co_positions = f.co_positions ?? null;
    this.co_cell2arg = computeCell2arg(f);
    this.co_simpleArgc = f.co_kwonlyargcount === 0 && f.co_cellvars.length === 0 &&
      (f.co_flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) === 0
      ? f.co_argcount : -1;
  }

  /**
   * The line a traceback names for the instruction at byte offset `lasti`: where its source
   * range starts (3.11's PyCode_Addr2Line reads its location table), else co_lnotab's line.
   */
  tracebackLine(lasti: number): number {
    const pos = this.co_positions, at = (lasti >> 1) * 4;
    if (pos !== null && at < pos.length && pos[at] > 0) return pos[at];
    return this.addr2line(lasti);
  }

  /** CPython: PyCode_Addr2Line — the source line of the instruction at byte offset `lasti`. */
  addr2line(lasti: number): number {
    let cache = this.lineCache;
    if (cache === null) cache = this.lineCache = buildLineCache(this);
    const i = lasti >> 1;
    return i < cache.length ? cache[i] : this.co_firstlineno;
  }
}

/**
 * `a` as an array in V8's PACKED_ELEMENTS kind (see objectArray): a comprehension's constants
 * are often all ints, and LOAD_CONST, which every code object runs, would read arrays of three
 * kinds.
 */
function objectElements(a: PyValue[]): PyValue[] {
  const out = objectArray();
  for (let i = 0; i < a.length; i++) out.push(a[i]);
  return out;
}

const NAME_CHARS = /^[A-Za-z0-9_]+$/;

/**
 * CPython's intern_string_constants: str constants made of name characters (attribute names for
 * getattr, dict keys, keyword names in CALL_FUNCTION_KW's tuples) are interned, tuples included.
 */
function internConsts(consts: PyValue[]): PyValue[] {
  for (let i = 0; i < consts.length; i++) {
    const c = consts[i];
    if (typeof c === 'string') {
      if (NAME_CHARS.test(c)) consts[i] = intern(c);
    } else if (tupleCheckExact(c)) {
      internConsts(c.items);
    }
  }
  return consts;
}

function computeCell2arg(f: CodeFields): Int32Array | null {
  if (f.co_cellvars.length === 0) return null;
  let nargs = f.co_argcount + f.co_kwonlyargcount;
  if (f.co_flags & CO_VARARGS) nargs++;
  if (f.co_flags & CO_VARKEYWORDS) nargs++;
  const map = new Int32Array(f.co_cellvars.length).fill(-1);
  let used = false;
  for (let i = 0; i < f.co_cellvars.length; i++) {
    const j = f.co_varnames.indexOf(f.co_cellvars[i]);
    if (j >= 0 && j < nargs) {
      map[i] = j;
      used = true;
    }
  }
  return used ? map : null;
}

/**
 * Decodes co_lnotab: pairs of (byte increment, line increment), the line increment a signed
 * byte since 3.6. Returns the line of every instruction slot.
 */
function buildLineCache(code: CodeObject): Int32Array {
  const n = code.co_code.length >> 1;
  const lines = new Int32Array(n);
  const tab = code.co_lnotab;
  let line = code.co_firstlineno;
  let addr = 0;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const off = i * 2;
    while (k + 1 < tab.length && addr + tab[k] <= off) {
      addr += tab[k];
      const d = tab[k + 1];
      line += d >= 128 ? d - 256 : d;
      k += 2;
    }
    lines[i] = line;
  }
  return lines;
}

/**
 * CPython's dis.findlinestarts: (offset, line) for each offset that starts a new line.
 * Used by dis and by the line tracer.
 */
export function findLineStarts(code: CodeFields): [number, number][] {
  const out: [number, number][] = [];
  const tab = code.co_lnotab;
  let lastLine = -1;
  let line = code.co_firstlineno;
  let addr = 0;
  for (let k = 0; k + 1 < tab.length; k += 2) {
    const byteIncr = tab[k];
    const d = tab[k + 1];
    if (byteIncr) {
      if (line !== lastLine) {
        out.push([addr, line]);
        lastLine = line;
      }
      addr += byteIncr;
    }
    line += d >= 128 ? d - 256 : d;
  }
  if (line !== lastLine) out.push([addr, line]);
  return out;
}

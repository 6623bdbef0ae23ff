/**
 * Code objects to and from JSON, for the compiled standard library the build writes beside
 * vm/lib (CPython's __pycache__/*.pyc written by marshal). Constants keep their exact values:
 * floats by their bits (-0.0, nan payloads), ints beyond 2**53 as decimal text, str as JSON
 * (lone surrogates included). A constant of any other kind (the native helpers `match` holds)
 * makes dumpCode throw: such a module is compiled at import as before.
 * CPython: Python/marshal.c (w_object/r_object for TYPE_CODE and the constant types).
 */
import { CodeObject } from './code.js';
import {
  Ellipsis, None, PyBytes, PyComplex, PyFloat, PyTuple, floatCheckExact, tupleCheckExact, type PyValue,
} from './objects/object.js';
import { PySet, newFrozenSet } from './objects/set.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

function floatOut(x: number): string {
  bits[0] = x;
  return words[0].toString(16) + ':' + words[1].toString(16);
}

function floatIn(s: string): number {
  const [lo, hi] = s.split(':');
  words[0] = parseInt(lo, 16);
  words[1] = parseInt(hi, 16);
  return bits[0];
}

function hex(data: Uint8Array): string {
  let s = '';
  for (let i = 0; i < data.length; i++) s += (data[i] < 16 ? '0' : '') + data[i].toString(16);
  return s;
}

function unhex(s: string): Uint8Array {
  const out = new Uint8Array(s.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16);
  return out;
}

function constOut(v: PyValue): Json {
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return v;
    case 'number':
      return Object.is(v, -0) ? 0 : v;
    case 'bigint':
      return ['i', v.toString()];
    default:
      break;
  }
  if (v === None) return null;
  if (v === Ellipsis) return ['E'];
  if (floatCheckExact(v)) return ['f', floatOut(v.value)];
  if (v instanceof PyComplex && v.ob_type.name === 'complex') return ['c', floatOut(v.real), floatOut(v.imag)];
  if (v instanceof PyBytes && v.ob_type.name === 'bytes') return ['b', hex(v.data)];
  if (tupleCheckExact(v)) return ['t', v.items.map(constOut)];
  if (v instanceof CodeObject) return ['C', codeOut(v)];
  if (v instanceof PySet && v.ob_type.name === 'frozenset') return ['z', v.items().map(constOut)];
  throw new Error(`constant of type ${typeof v === 'object' ? v.ob_type.name : typeof v} cannot be saved`);
}

function constIn(j: Json): PyValue {
  if (j === null) return None;
  if (typeof j === 'string' || typeof j === 'boolean' || typeof j === 'number') return j;
  const a = j as Json[];
  switch (a[0]) {
    case 'i': return BigInt(a[1] as string);
    case 'E': return Ellipsis;
    case 'f': return new PyFloat(floatIn(a[1] as string));
    case 'c': return new PyComplex(floatIn(a[1] as string), floatIn(a[2] as string));
    case 'b': return new PyBytes(unhex(a[1] as string));
    case 't': return new PyTuple((a[1] as Json[]).map(constIn));
    case 'z': return newFrozenSet((a[1] as Json[]).map(constIn));
    case 'C': return codeIn(a[1] as { [k: string]: Json });
    default: throw new Error(`unknown constant tag ${String(a[0])}`);
  }
}

function codeOut(c: CodeObject): { [k: string]: Json } {
  return {
    argcount: c.co_argcount, posonlyargcount: c.co_posonlyargcount, kwonlyargcount: c.co_kwonlyargcount,
    nlocals: c.co_nlocals, stacksize: c.co_stacksize, flags: c.co_flags, code: hex(c.co_code),
    consts: c.co_consts.map(constOut), names: c.co_names, varnames: c.co_varnames,
    freevars: c.co_freevars, cellvars: c.co_cellvars, name: c.co_name,
    firstlineno: c.co_firstlineno, lnotab: hex(c.co_lnotab),
  };
}

let loadFilename = '';

function codeIn(o: { [k: string]: Json }): CodeObject {
  return new CodeObject({
    co_argcount: o.argcount as number, co_posonlyargcount: o.posonlyargcount as number,
    co_kwonlyargcount: o.kwonlyargcount as number, co_nlocals: o.nlocals as number,
    co_stacksize: o.stacksize as number, co_flags: o.flags as number, co_code: unhex(o.code as string),
    co_consts: (o.consts as Json[]).map(constIn), co_names: (o.names as string[]).slice(),
    co_varnames: (o.varnames as string[]).slice(), co_freevars: (o.freevars as string[]).slice(),
    co_cellvars: (o.cellvars as string[]).slice(), co_filename: loadFilename, co_name: o.name as string,
    co_firstlineno: o.firstlineno as number, co_lnotab: unhex(o.lnotab as string),
  });
}

/** A cheap fingerprint of a module's source (FNV-1a over UTF-16 units, and the length). */
export function sourceStamp(source: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) h = Math.imul(h ^ source.charCodeAt(i), 0x01000193);
  return `${source.length}:${(h >>> 0).toString(16)}`;
}

/** The saved form of `code`, compiled from a source with stamp `stamp`; throws for unsavable constants. */
export function dumpCode(code: CodeObject, stamp: string): string {
  return JSON.stringify({ stamp, code: codeOut(code) });
}

/**
 * The code object saved in `text` if it was compiled from a source with stamp `stamp`, with
 * every co_filename set to `filename` (where the module is now); null otherwise.
 */
export function loadCode(text: string, stamp: string, filename: string): CodeObject | null {
  const saved = JSON.parse(text) as { stamp?: string; code?: { [k: string]: Json } };
  if (saved.stamp !== stamp || saved.code === undefined) return null;
  loadFilename = filename;
  return codeIn(saved.code);
}

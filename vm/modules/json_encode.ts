/**
 * JSON encoding for the `json` module: string quoting (ensure_ascii or not), float spelling
 * (NaN/Infinity, allow_nan), dict keys coerced as CPython does, indent/separators/sort_keys,
 * circular-reference detection and the `default` hook. `cFlavour` selects the C encoder's
 * wording, which json uses for one-shot encodes without indent.
 * CPython: Lib/json/encoder.py (_make_iterencode) and Modules/_json.c (encoder_listencode_*).
 */
import { None, PyFloat, PyList, PyObject, PyTuple, shortTypeName, typeOf, type PyValue } from '../objects/object.js';
import { Exc, newException, typeError } from '../objects/exceptions.js';
import { K_INT, intOf, numKind } from '../objects/numeric.js';
import { floatRepr } from '../objects/float.js';
import { longToString } from '../objects/int.js';
import { PyDict } from '../objects/dict.js';
import { callObject } from '../call.js';
import { sortArray } from '../objects/list.js';

export interface EncodeOptions {
  skipkeys: boolean;
  ensureAscii: boolean;
  checkCircular: boolean;
  allowNan: boolean;
  sortKeys: boolean;
  /** The indent string, or null for the one-line form. */
  indent: string | null;
  itemSeparator: string;
  keySeparator: string;
  /** The `default` callable (JSONEncoder.default raises TypeError). */
  dflt: PyValue;
  cFlavour: boolean;
}

const ESCAPES: Record<string, string> = {
  '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f',
};

function hex4(c: number): string {
  return '\\u' + c.toString(16).padStart(4, '0');
}

/** CPython: py_encode_basestring_ascii / py_encode_basestring. */
export function quoteString(s: string, ensureAscii: boolean): string {
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const plain = ensureAscii ? c >= 0x20 && c <= 0x7e && c !== 0x22 && c !== 0x5c : c >= 0x20 && c !== 0x22 && c !== 0x5c;
    if (plain) continue;
    if (i > start) out += s.slice(start, i);
    const ch = s[i];
    out += ESCAPES[ch] ?? hex4(c);
    start = i + 1;
  }
  return out + s.slice(start) + '"';
}

function floatStr(x: number, o: EncodeOptions): string {
  let text: string;
  if (x !== x) text = 'NaN';
  else if (x === Infinity) text = 'Infinity';
  else if (x === -Infinity) text = '-Infinity';
  else return floatRepr(x);
  if (!o.allowNan) {
    throw newException(Exc.ValueError, 'Out of range float values are not JSON compliant' + (o.cFlavour ? '' : ': ' + floatRepr(x)));
  }
  return text;
}

function notSerializable(v: PyValue): never {
  throw typeError(`Object of type ${shortTypeName(typeOf(v))} is not JSON serializable`);
}

export class Encoder {
  readonly parts: string[];
  readonly markers: Set<PyValue>;
  constructor(readonly o: EncodeOptions) {
    this.parts = [];
    this.markers = new Set();
  }

  /** A scalar's JSON text, or null when `v` is a container or unknown object. */
  private scalar(v: PyValue): string | null {
    if (typeof v === 'string') return quoteString(v, this.o.ensureAscii);
    if (v === None) return 'null';
    if (v === true) return 'true';
    if (v === false) return 'false';
    if (numKind(v) === K_INT) return longToString(intOf(v));
    if (v instanceof PyFloat) return floatStr(v.value, this.o);
    return null;
  }

  private enter(v: PyValue): void {
    if (!this.o.checkCircular) return;
    if (this.markers.has(v)) throw newException(Exc.ValueError, 'Circular reference detected');
    this.markers.add(v);
  }

  private leave(v: PyValue): void {
    if (this.o.checkCircular) this.markers.delete(v);
  }

  encode(v: PyValue, level: number): void {
    const s = this.scalar(v);
    if (s !== null) {
      this.parts.push(s);
      return;
    }
    if (v instanceof PyList || v instanceof PyTuple) {
      this.encodeList(v, v.items, level);
      return;
    }
    if (v instanceof PyDict) {
      this.encodeDict(v, level);
      return;
    }
    this.enter(v);
    if (this.o.dflt === None) notSerializable(v);
    const r = callObject(this.o.dflt, [v], null);
    this.encode(r, level);
    this.leave(v);
  }

  private encodeList(v: PyObject, items: PyValue[], level: number): void {
    if (items.length === 0) {
      this.parts.push('[]');
      return;
    }
    this.enter(v);
    const ind = this.o.indent;
    let sep = this.o.itemSeparator;
    this.parts.push('[');
    if (ind !== null) {
      level++;
      const nl = '\n' + ind.repeat(level);
      sep += nl;
      this.parts.push(nl);
    }
    for (let i = 0; i < items.length; i++) {
      if (i > 0) this.parts.push(sep);
      this.encode(items[i], level);
    }
    if (ind !== null) this.parts.push('\n' + ind.repeat(level - 1));
    this.parts.push(']');
    this.leave(v);
  }

  private keyText(k: PyValue): string | null {
    if (typeof k === 'string') return k;
    if (k instanceof PyFloat) return floatStr(k.value, this.o);
    if (k === true) return 'true';
    if (k === false) return 'false';
    if (k === None) return 'null';
    if (numKind(k) === K_INT) return longToString(intOf(k));
    if (this.o.skipkeys) return null;
    throw typeError(`keys must be str, int, float, bool or None, not ${typeOf(k).name}`);
  }

  private encodeDict(d: PyDict, level: number): void {
    if (d.size === 0) {
      this.parts.push('{}');
      return;
    }
    this.enter(d);
    const ind = this.o.indent;
    let sep = this.o.itemSeparator;
    this.parts.push('{');
    if (ind !== null) {
      level++;
      const nl = '\n' + ind.repeat(level);
      sep += nl;
      this.parts.push(nl);
    }
    let entries: [PyValue, PyValue][] = d.entriesArray();
    if (this.o.sortKeys) {
      const tuples: PyValue[] = entries.map(([k, v]) => new PyTuple([k, v]));
      sortArray(tuples, None, false);
      entries = tuples.map(t => [(t as PyTuple).items[0], (t as PyTuple).items[1]]);
    }
    let first = true;
    for (const [k, v] of entries) {
      const key = this.keyText(k);
      if (key === null) continue;
      if (!first) this.parts.push(sep);
      first = false;
      this.parts.push(quoteString(key, this.o.ensureAscii) + this.o.keySeparator);
      this.encode(v, level);
    }
    if (ind !== null) this.parts.push('\n' + ind.repeat(level - 1));
    this.parts.push('}');
    this.leave(d);
  }
}

/** Encodes `v` to one string with options `o`. */
export function encodeJson(v: PyValue, o: EncodeOptions): string {
  const e = new Encoder(o);
  e.encode(v, 0);
  return e.parts.join('');
}

/** Encodes `v` to its chunks (what JSONEncoder.iterencode yields, coarser). */
export function encodeJsonChunks(v: PyValue, o: EncodeOptions): string[] {
  const e = new Encoder(o);
  e.encode(v, 0);
  return e.parts;
}

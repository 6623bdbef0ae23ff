/**
 * The operations that walk every match: sub/subn (literal, template or callable replacement,
 * joined as CPython does so a bad replacement fails with the same "sequence item N" message),
 * split (groups included, maxsplit) and findall (0, 1 or n groups); plus replacement templates
 * (`\1`, `\g<name>`, `\g<0>`) compiled once per pattern and template.
 * CPython: Modules/_sre/sre.c (pattern_subx, pattern_split, pattern_findall),
 * Lib/re/__init__.py (_compile_repl, _subx, _expand), Lib/re/_parser.py (expand_template).
 */
import { None, PyBytes, PyList, PyTuple, lookupType, typeOf, type PyValue } from '../objects/object.js';
import { newException, Exc, typeError } from '../objects/exceptions.js';
import { bytesData } from '../objects/bytes.js';
import { PyStrSub } from '../objects/str.js';
import { callObject } from '../call.js';
import { RegexError } from './re_parse.js';
import { parseTemplate, TemplateIndexError, type Template } from './re_template.js';
import { PyPattern, Scanner, latin1, type Subject } from './re_pattern.js';
import { reError } from './re_types.js';
import { PyMatch } from './re_match.js';

const templates = new WeakMap<PyPattern, Map<string, Template>>();

/** A template's text and kind, or the TypeError CPython's str(x, 'latin1') gives. */
function templateText(t: PyValue): { text: string; istext: boolean } {
  if (typeof t === 'string') return { text: t, istext: true };
  if (t instanceof PyStrSub) return { text: t.value, istext: true };
  const d = bytesData(t);
  if (d === null) throw typeError(`decoding to str: need a bytes-like object, ${typeOf(t).name} found`);
  return { text: latin1(d), istext: false };
}

/** CPython: _compile_repl (cached per pattern). */
function compileTemplate(pat: PyPattern, t: PyValue): { tpl: Template; istext: boolean } {
  const { text, istext } = templateText(t);
  let byPat = templates.get(pat);
  if (byPat === undefined) templates.set(pat, byPat = new Map());
  const key = (istext ? 's' : 'b') + text;
  let tpl = byPat.get(key);
  if (tpl === undefined) {
    try {
      tpl = parseTemplate(Array.from(text), istext, pat.groups, pat.groupindex);
    } catch (e) {
      if (e instanceof RegexError) throw reError(e, t);
      if (e instanceof TemplateIndexError) throw newException(Exc.IndexError, e.msg);
      throw e;
    }
    if (byPat.size >= 512) byPat.delete(byPat.keys().next().value as string);
    byPat.set(key, tpl);
  }
  return { tpl, istext };
}

function literalValue(s: string, istext: boolean): PyValue {
  return istext ? s : new PyBytes(Uint8Array.from(s, c => c.charCodeAt(0)));
}

/**
 * Joins pieces into one str or bytes like `''.join` / `b''.join`, with their TypeError for a
 * piece of the wrong type.
 */
function joinPieces(pieces: PyValue[], bytes: boolean): PyValue {
  if (!bytes) {
    let out = '';
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i];
      if (typeof p === 'string') out += p;
      else if (p instanceof PyStrSub) out += p.value;
      else throw typeError(`sequence item ${i}: expected str instance, ${typeOf(p).name} found`);
    }
    return out;
  }
  const parts: Uint8Array[] = [];
  let n = 0;
  for (let i = 0; i < pieces.length; i++) {
    const d = bytesData(pieces[i]);
    if (d === null) throw typeError(`sequence item ${i}: expected a bytes-like object, ${typeOf(pieces[i]).name} found`);
    parts.push(d);
    n += d.length;
  }
  const out = new Uint8Array(n);
  let k = 0;
  for (const d of parts) {
    out.set(d, k);
    k += d.length;
  }
  return new PyBytes(out);
}

function expandWith(tpl: Template, istext: boolean, m: PyMatch): PyValue {
  const bytes = m.subject.bytes !== null;
  const empty: PyValue = bytes ? new PyBytes(new Uint8Array(0)) : '';
  const pieces: PyValue[] = tpl.literals.map(l => (l === null ? empty : literalValue(l, istext)));
  for (const [at, g] of tpl.groups) {
    const v = m.groupValue(g, empty);
    pieces[at] = v;
  }
  return joinPieces(pieces, bytes);
}

/** Match.expand(template). */
export function expandTemplate(pat: PyPattern, t: PyValue, m: PyMatch): PyValue {
  const { tpl, istext } = compileTemplate(pat, t);
  return expandWith(tpl, istext, m);
}

function isCallable(v: PyValue): boolean {
  return lookupType(typeOf(v), '__call__') !== undefined;
}

/** CPython: pattern_subx — sub() (returns the string) and subn() (returns (string, n)). */
export function subx(pat: PyPattern, repl: PyValue, subject: Subject, count: number, withCount: boolean): PyValue {
  let fn: PyValue | null = null;
  let literal: PyValue | null = null;
  let tpl: Template | null = null;
  let tplText = true;
  if (isCallable(repl)) {
    fn = repl;
  } else {
    const { text } = templateText(repl);
    if (!text.includes('\\')) {
      literal = repl;
    } else {
      const c = compileTemplate(pat, repl);
      if (c.tpl.groups.length === 0 && c.tpl.literals.length === 1) literal = literalValue(c.tpl.literals[0]!, c.istext);
      else if (c.tpl.groups.length === 0 && c.tpl.literals.length === 0) literal = literalValue('', c.istext);
      else {
        tpl = c.tpl;
        tplText = c.istext;
      }
    }
  }
  const bytes = subject.bytes !== null;
  const sc = new Scanner(pat, subject, 0, subject.length);
  const pieces: PyValue[] = [];
  let i = 0, n = 0;
  while (count === 0 || n < count) {
    const spans = sc.search();
    if (spans === null) break;
    const b = spans[0], e = spans[1];
    if (i < b) pieces.push(subject.slice(i, b));
    let item: PyValue;
    if (fn !== null) item = callObject(fn, [new PyMatch(pat, subject, spans, 0, subject.length)], null);
    else if (tpl !== null) item = expandWith(tpl, tplText, new PyMatch(pat, subject, spans, 0, subject.length));
    else item = literal!;
    if (item !== None) pieces.push(item);
    i = e;
    n++;
  }
  if (i < subject.text.length) pieces.push(subject.slice(i, subject.text.length));
  const out = joinPieces(pieces, bytes);
  return withCount ? new PyTuple([out, n]) : out;
}

/** CPython: pattern_split. */
export function split(pat: PyPattern, subject: Subject, maxsplit: number): PyList {
  const sc = new Scanner(pat, subject, 0, subject.length);
  const out: PyValue[] = [];
  let last = 0, n = 0;
  while (maxsplit === 0 || n < maxsplit) {
    const spans = sc.search();
    if (spans === null) break;
    out.push(subject.slice(last, spans[0]));
    for (let g = 1; g <= pat.groups; g++) {
      const a = spans[2 * g];
      out.push(a < 0 ? None : subject.slice(a, spans[2 * g + 1]));
    }
    n++;
    last = spans[1];
  }
  out.push(subject.slice(last, subject.text.length));
  return new PyList(out);
}

/** CPython: pattern_findall — whole matches, group 1, or tuples of all groups ('' if unmatched). */
export function findall(pat: PyPattern, subject: Subject, pos: number, endpos: number): PyList {
  const sc = new Scanner(pat, subject, pos, endpos);
  const out: PyValue[] = [];
  const ng = pat.groups;
  const empty = (): PyValue => subject.slice(0, 0);
  for (let spans = sc.search(); spans !== null; spans = sc.search()) {
    if (ng === 0) {
      out.push(subject.slice(spans[0], spans[1]));
    } else if (ng === 1) {
      out.push(spans[2] < 0 ? empty() : subject.slice(spans[2], spans[3]));
    } else {
      const t: PyValue[] = [];
      for (let g = 1; g <= ng; g++) t.push(spans[2 * g] < 0 ? empty() : subject.slice(spans[2 * g], spans[2 * g + 1]));
      out.push(new PyTuple(t));
    }
  }
  return new PyList(out);
}

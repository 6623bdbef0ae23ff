/**
 * The `re` module: the module functions over a cache of compiled patterns, the Pattern type's
 * methods (match/fullmatch/search with pos and endpos, findall, finditer, sub, subn, split,
 * scanner), escape, purge, the flags, re.error and re.Scanner (re_scanner.ts). Patterns are
 * translated to JS RegExps (re_parse.ts → re_emit.ts); Match objects are in re_match.ts.
 * CPython: Lib/re/__init__.py, Modules/_sre/sre.c (pattern_* methods, pattern_repr).
 */
import {
  None, NotImplemented, PyBytes, PyIterator, PyList, PyType, ObjectType, defGetSet, defMethod, typeOf, type PyValue,
} from '../objects/object.js';
import { typeError } from '../objects/exceptions.js';
import { makeNativeModule, type PyModule } from '../objects/module.js';
import { PyMappingProxy } from '../objects/mappingproxy.js';
import { defIteratorType, hash as pyHash, index as pyIndex, repr as pyRepr, eq as pyEq } from '../abstract.js';
import { K_INT, intOf, numKind } from '../objects/numeric.js';
import { bytesData } from '../objects/bytes.js';
import { registerBuiltinModule } from './registry.js';
import { bindPy } from './pyargs.js';
import { clinicArgs } from './itertools_util.js';
import { FLAG_ASCII, FLAG_LOCALE, FLAG_UNICODE } from './re_parse.js';
import { FLAG_MEMBERS, ReErrorType, RegexFlagType, regexFlag } from './re_types.js';
import {
  FULL, MATCH, PatternType, PyPattern, SEARCH, Scanner, clampPos, compilePattern, latin1, purgeCache, subjectOf,
  type Mode, type Subject,
} from './re_pattern.js';
import { MatchType, PyMatch } from './re_match.js';
import { findall, split, subx } from './re_sub.js';
import { ReScannerType } from './re_scanner.js';

function asPattern(v: PyValue): PyPattern {
  if (v instanceof PyPattern) return v;
  throw typeError(`descriptor requires a 're.Pattern' object but received a '${typeOf(v).name}'`);
}

/** A Py_ssize_t argument (pos, endpos, count, maxsplit): any int-like, clamped to a JS number. */
function ssize(v: PyValue | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const i = pyIndex(v);
  if (typeof i === 'bigint') return i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return i;
}

/** The flags argument as an int (CPython computes `flags & T`, hence that TypeError). */
function flagsArg(v: PyValue | undefined): number {
  if (v === undefined) return 0;
  if (numKind(v) !== K_INT) throw typeError(`unsupported operand type(s) for &: '${typeOf(v).name}' and 'RegexFlag'`);
  return Number(intOf(v));
}

// ---- Pattern methods ----

/** match / fullmatch / search with pos and endpos. */
function matchMode(p: PyPattern, mode: Mode, args: PyValue[], kw: readonly string[] | null, name: string): PyValue {
  const [s, posV, endV] = clinicArgs(name, args, kw, ['string', 'pos', 'endpos'], 1);
  const subject = subjectOf(p, s!);
  const pos = clampPos(ssize(posV, 0), subject.length);
  const endpos = clampPos(ssize(endV, Number.MAX_SAFE_INTEGER), subject.length);
  return runOnce(p, mode, subject, pos, endpos);
}

export function runOnce(p: PyPattern, mode: Mode, subject: Subject, pos: number, endpos: number): PyValue {
  if (pos > endpos) return None;
  const text = endpos >= subject.length ? subject.text : subject.text.slice(0, subject.u16(endpos));
  const spans = p.exec(mode, text, subject.u16(pos));
  return spans === null ? None : new PyMatch(p, subject, spans, pos, endpos);
}

/** finditer's iterator and scanner(): matches found one after the other. */
class MatchIter extends PyIterator {
  constructor(type: PyType, readonly sc: Scanner, readonly pos: number, readonly endpos: number, readonly anchored: boolean) {
    super(type);
  }
  step(anchored: boolean): PyValue {
    const spans = anchored ? this.sc.match() : this.sc.search();
    return spans === null ? None : new PyMatch(this.sc.pat, this.sc.subject, spans, this.pos, this.endpos);
  }
  next(): PyValue | null {
    const m = this.step(this.anchored);
    return m === None ? null : m;
  }
}

/** CPython: iter(scanner.search, None) is a callable_iterator. */
const CallableIteratorType = new PyType('callable_iterator', ObjectType, 0);
defIteratorType(CallableIteratorType);
const ScannerType = new PyType('SRE_Scanner', ObjectType, 0);
ScannerType.module = '_sre';

function scannerFor(p: PyPattern, type: PyType, args: PyValue[], kw: readonly string[] | null, name: string): MatchIter {
  const [s, posV, endV] = clinicArgs(name, args, kw, ['string', 'pos', 'endpos'], 1);
  const subject = subjectOf(p, s!);
  const pos = clampPos(ssize(posV, 0), subject.length);
  const endpos = clampPos(ssize(endV, Number.MAX_SAFE_INTEGER), subject.length);
  return new MatchIter(type, new Scanner(p, subject, pos, endpos), pos, endpos, false);
}

/** CPython: pattern_repr — `re.compile(%.200R, flags)` without the implied UNICODE flag. */
function patternRepr(p: PyPattern): string {
  let r = pyRepr(p.pattern);
  if ([...r].length > 200) r = [...r].slice(0, 200).join('');
  let flags = p.flags;
  if ((flags & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII)) === FLAG_UNICODE) flags &= ~FLAG_UNICODE;
  if (flags === 0) return `re.compile(${r})`;
  const order: [string, number][] = [
    ['re.TEMPLATE', 1], ['re.IGNORECASE', 2], ['re.LOCALE', 4], ['re.MULTILINE', 8], ['re.DOTALL', 16],
    ['re.UNICODE', 32], ['re.VERBOSE', 64], ['re.DEBUG', 128], ['re.ASCII', 256],
  ];
  const names: string[] = [];
  for (const [n, bit] of order) {
    if (flags & bit) {
      names.push(n);
      flags &= ~bit;
    }
  }
  if (flags) names.push('0x' + flags.toString(16));
  return `re.compile(${r}, ${names.join('|')})`;
}

/** groupindex is a read-only mapping; mappingproxy reads a type's dict, so one holds the names. */
function groupindexProxy(p: PyPattern): PyValue {
  const holder = new PyType('groupindex', null, 0);
  for (const [name, g] of p.groupindex) holder.dict.set(name, g);
  return new PyMappingProxy(holder);
}

function installPattern(): void {
  const P = PatternType;
  defMethod(P, 'match', (self, a, kw) => matchMode(asPattern(self), MATCH, a, kw, 'match'));
  defMethod(P, 'fullmatch', (self, a, kw) => matchMode(asPattern(self), FULL, a, kw, 'fullmatch'));
  defMethod(P, 'search', (self, a, kw) => matchMode(asPattern(self), SEARCH, a, kw, 'search'));
  defMethod(P, 'findall', (self, a, kw) => {
    const p = asPattern(self);
    const [s, posV, endV] = clinicArgs('findall', a, kw, ['string', 'pos', 'endpos'], 1);
    const subject = subjectOf(p, s!);
    const pos = clampPos(ssize(posV, 0), subject.length);
    return findall(p, subject, pos, clampPos(ssize(endV, Number.MAX_SAFE_INTEGER), subject.length));
  });
  defMethod(P, 'finditer', (self, a, kw) => scannerFor(asPattern(self), CallableIteratorType, a, kw, 'finditer'));
  defMethod(P, 'scanner', (self, a, kw) => scannerFor(asPattern(self), ScannerType, a, kw, 'scanner'));
  defMethod(P, 'sub', (self, a, kw) => {
    const p = asPattern(self);
    const [repl, s, count] = clinicArgs('sub', a, kw, ['repl', 'string', 'count'], 2);
    return subx(p, repl!, subjectOf(p, s!), ssize(count, 0), false);
  });
  defMethod(P, 'subn', (self, a, kw) => {
    const p = asPattern(self);
    const [repl, s, count] = clinicArgs('subn', a, kw, ['repl', 'string', 'count'], 2);
    return subx(p, repl!, subjectOf(p, s!), ssize(count, 0), true);
  });
  defMethod(P, 'split', (self, a, kw) => {
    const p = asPattern(self);
    const [s, maxsplit] = clinicArgs('split', a, kw, ['string', 'maxsplit'], 1);
    return split(p, subjectOf(p, s!), ssize(maxsplit, 0));
  });
  defMethod(P, '__repr__', self => patternRepr(asPattern(self)));
  defMethod(P, '__eq__', (self, a) => {
    const p = asPattern(self), q = a[0];
    if (!(q instanceof PyPattern)) return NotImplemented;
    return p === q || (p.flags === q.flags && p.istext === q.istext && pyEq(p.pattern, q.pattern));
  });
  defMethod(P, '__ne__', (self, a) => {
    const q = a[0];
    if (!(q instanceof PyPattern)) return NotImplemented;
    const p = asPattern(self);
    return !(p === q || (p.flags === q.flags && p.istext === q.istext && pyEq(p.pattern, q.pattern)));
  });
  defMethod(P, '__hash__', self => {
    const p = asPattern(self);
    return (pyHash(p.pattern) ^ (p.flags * 1000003)) | 0;
  });
  defMethod(P, '__copy__', self => self);
  defMethod(P, '__deepcopy__', self => self);
  defGetSet(P, 'pattern', self => asPattern(self).pattern);
  defGetSet(P, 'flags', self => asPattern(self).flags);
  defGetSet(P, 'groups', self => asPattern(self).groups);
  defGetSet(P, 'groupindex', self => groupindexProxy(asPattern(self)));

  const S = ScannerType;
  const asIter = (v: PyValue): MatchIter => {
    if (v instanceof MatchIter) return v;
    throw typeError(`descriptor requires a '_sre.SRE_Scanner' object but received a '${typeOf(v).name}'`);
  };
  defMethod(S, 'match', self => asIter(self).step(true));
  defMethod(S, 'search', self => asIter(self).step(false));
  defGetSet(S, 'pattern', self => asIter(self).sc.pat);
}
installPattern();

// ---- module functions ----

/** re.escape: a backslash before every character special in a pattern. */
function escape(_m: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
  const [p] = bindPy('escape', args, kw, ['pattern'], 1, 1, 0);
  const special = /[()[\]{}?*+\-|^$\\.&~# \t\n\r\v\f]/g;
  if (typeof p === 'string') return p.replace(special, '\\$&');
  const d = bytesData(p!);
  if (d === null) throw typeError(`decoding to str: need a bytes-like object, ${typeOf(p!).name} found`);
  const s = latin1(d).replace(special, '\\$&');
  return new PyBytes(Uint8Array.from(s, c => c.charCodeAt(0)));
}

function fn(
  name: string, names: string[], nreq: number, body: (v: (PyValue | undefined)[]) => PyValue,
): (m: PyValue, args: PyValue[], kw: readonly string[] | null) => PyValue {
  return (_m, args, kw) => body(bindPy(name, args, kw, names, nreq, names.length, 0));
}

const pat = (v: PyValue | undefined, flags: PyValue | undefined): PyPattern => compilePattern(v!, flagsArg(flags));

function build(): PyModule {
  const m = makeNativeModule('re', {
    compile: fn('compile', ['pattern', 'flags'], 1, v => pat(v[0], v[1])),
    search: fn('search', ['pattern', 'string', 'flags'], 2, v => {
      const p = pat(v[0], v[2]);
      const s = subjectOf(p, v[1]!);
      return runOnce(p, SEARCH, s, 0, s.length);
    }),
    match: fn('match', ['pattern', 'string', 'flags'], 2, v => {
      const p = pat(v[0], v[2]);
      const s = subjectOf(p, v[1]!);
      return runOnce(p, MATCH, s, 0, s.length);
    }),
    fullmatch: fn('fullmatch', ['pattern', 'string', 'flags'], 2, v => {
      const p = pat(v[0], v[2]);
      const s = subjectOf(p, v[1]!);
      return runOnce(p, FULL, s, 0, s.length);
    }),
    findall: fn('findall', ['pattern', 'string', 'flags'], 2, v => {
      const p = pat(v[0], v[2]);
      const s = subjectOf(p, v[1]!);
      return findall(p, s, 0, s.length);
    }),
    finditer: fn('finditer', ['pattern', 'string', 'flags'], 2, v => {
      const p = pat(v[0], v[2]);
      const s = subjectOf(p, v[1]!);
      return new MatchIter(CallableIteratorType, new Scanner(p, s, 0, s.length), 0, s.length, false);
    }),
    sub: fn('sub', ['pattern', 'repl', 'string', 'count', 'flags'], 3, v => {
      const p = pat(v[0], v[4]);
      return subx(p, v[1]!, subjectOf(p, v[2]!), ssize(v[3], 0), false);
    }),
    subn: fn('subn', ['pattern', 'repl', 'string', 'count', 'flags'], 3, v => {
      const p = pat(v[0], v[4]);
      return subx(p, v[1]!, subjectOf(p, v[2]!), ssize(v[3], 0), true);
    }),
    split: fn('split', ['pattern', 'string', 'maxsplit', 'flags'], 2, v => {
      const p = pat(v[0], v[3]);
      return split(p, subjectOf(p, v[1]!), ssize(v[2], 0));
    }),
    escape,
    purge: fn('purge', [], 0, () => {
      purgeCache();
      return None;
    }),
  });
  const d = m.dict;
  for (const [name, bit] of FLAG_MEMBERS) d.setStr(name, regexFlag(bit));
  const short: [string, number][] = [['A', 256], ['I', 2], ['L', 4], ['U', 32], ['M', 8], ['S', 16], ['X', 64], ['T', 1]];
  for (const [name, bit] of short) d.setStr(name, regexFlag(bit));
  d.setStr('NOFLAG', regexFlag(0));
  d.setStr('RegexFlag', RegexFlagType);
  d.setStr('error', ReErrorType);
  d.setStr('Pattern', PatternType);
  d.setStr('Match', MatchType);
  d.setStr('Scanner', ReScannerType);
  d.setStr('__version__', '2.2.1');
  d.setStr('__all__', new PyList([
    'match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer', 'compile', 'purge', 'escape',
    'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL',
    'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag',
  ]));
  return m;
}

registerBuiltinModule('re', build);

/**
 * Compiled patterns: parse (re_parse.ts), translate (re_emit.ts) and keep the JS RegExps a
 * pattern needs (search, anchored match, fullmatch, and the must-advance variant), plus the
 * subject text with Python (code point) ↔ JS (UTF-16) index conversion, and the scanner that
 * walks successive matches with 3.7+'s empty-match rule.
 * CPython: Modules/_sre/sre.c (state_init, getstring, pattern_new_match, sre_search's
 * must_advance), Lib/re/__init__.py (_compile and its cache).
 */
import { PyBytes, PyObject, PyType, ObjectType, typeOf, type PyValue } from '../objects/object.js';
import { PyStrSub } from '../objects/str.js';
import { bytesData } from '../objects/bytes.js';
import { typeError, valueError, overflowError } from '../objects/exceptions.js';
import { parse, FLAG_DEBUG, RegexError, RegexOverflow, type Parsed } from './re_parse.js';
import { emit, firstChars } from './re_emit.js';
import { Backtracker, needsBacktracker } from './re_backtrack.js';
import { reError } from './re_types.js';

export const PatternType = new PyType('Pattern', ObjectType, 0);
PatternType.module = 're';

const SURROGATE = /[\ud800-\udfff]/;

/** Bytes as a latin-1 JS string, one char per byte. */
export function latin1(data: Uint8Array): string {
  let s = '';
  for (let i = 0; i < data.length; i += 8192) s += String.fromCharCode(...data.subarray(i, i + 8192));
  return s;
}

/** The string a match runs over: its JS text and the map between code points and UTF-16 units. */
export class Subject {
  /** Length in code points (Python's len). */
  readonly length: number;
  private cpToU16: Int32Array | null;
  private u16ToCp: Int32Array | null;
  constructor(readonly text: string, readonly original: PyValue, readonly bytes: Uint8Array | null) {
    this.cpToU16 = null;
    this.u16ToCp = null;
    if (bytes === null && SURROGATE.test(text)) {
      const cp: number[] = [];
      const back = new Int32Array(text.length + 1);
      for (let i = 0; i < text.length; i++) {
        back[i] = cp.length;
        cp.push(i);
        const c = text.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
          const d = text.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) back[++i] = cp.length - 1;
        }
      }
      back[text.length] = cp.length;
      cp.push(text.length);
      this.cpToU16 = Int32Array.from(cp);
      this.u16ToCp = back;
      this.length = cp.length - 1;
    } else {
      this.length = text.length;
    }
  }
  /** JS index of code point `i` (0 ≤ i ≤ length). */
  u16(i: number): number {
    return this.cpToU16 === null ? i : this.cpToU16[i];
  }
  /** Code point index of JS index `i`. */
  cp(i: number): number {
    return this.u16ToCp === null ? i : this.u16ToCp[i];
  }
  /** The JS index one code point after `i`. */
  step(i: number): number {
    const c = this.text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < this.text.length) {
      const d = this.text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return i + 2;
    }
    return i + 1;
  }
  /** text[a:b] (JS indices) as a str or bytes value. */
  slice(a: number, b: number): PyValue {
    if (this.bytes !== null) return new PyBytes(this.bytes.slice(a, b));
    return this.text.slice(a, b);
  }
}

/** CPython: getstring — the subject for a str or bytes-like argument. */
export function subjectOf(pat: PyPattern, v: PyValue): Subject {
  let text: string | null = null;
  let data: Uint8Array | null = null;
  if (typeof v === 'string') text = v;
  else if (v instanceof PyStrSub) text = v.value;
  else {
    data = bytesData(v);
    if (data === null) throw typeError(`expected string or bytes-like object, got '${typeOf(v).name}'`);
  }
  if (pat.istext && text === null) throw typeError('cannot use a string pattern on a bytes-like object');
  if (!pat.istext && text !== null) throw typeError('cannot use a bytes pattern on a string-like object');
  return text !== null ? new Subject(text, v, null) : new Subject(latin1(data!), v, data);
}

/** True when JS index i falls between the two halves of a surrogate pair. */
function midPair(text: string, i: number): boolean {
  if (i === 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0xdc00 || c > 0xdfff) return false;
  const b = text.charCodeAt(i - 1);
  return b >= 0xd800 && b <= 0xdbff;
}

export type Mode = 0 | 1 | 2 | 3;
/** search from a position / anchored match / anchored full match / anchored non-empty match */
export const SEARCH: Mode = 0, MATCH: Mode = 1, FULL: Mode = 2, ADVANCE: Mode = 3;

export class PyPattern extends PyObject {
  readonly groups: number;
  readonly groupindex: Map<string, number>;
  /** Name of each group (null when unnamed), by number. */
  readonly indexgroup: (string | null)[];
  /** Rank of each group's closing parenthesis in the pattern text. */
  readonly closeOrder: number[];
  private readonly regexps: (RegExp | null)[];
  private readonly maps: (Int32Array | null)[];
  /** Set when a JS RegExp cannot match this pattern as sre does. */
  private readonly backtracker: Backtracker | null;
  /** Tests the characters a non-empty match can start with (undefined: not built yet). */
  private firstRe: RegExp | null | false | undefined;
  /** Whether the last emitted source matches exactly as sre does. */
  private exactSource: boolean;
  constructor(readonly pattern: PyValue, readonly flags: number, readonly istext: boolean, private readonly parsed: Parsed) {
    super(PatternType);
    const st = parsed.state;
    this.groups = st.groups - 1;
    this.groupindex = st.groupdict;
    this.indexgroup = new Array<string | null>(st.groups).fill(null);
    for (const [name, g] of st.groupdict) this.indexgroup[g] = name;
    this.closeOrder = st.closeOrder;
    this.regexps = [null, null, null, null];
    this.maps = [null, null, null, null];
    this.firstRe = undefined;
    this.exactSource = true;
    // Emitting also runs the compiler's checks (look-behind width), so it happens either way.
    const exact = this.regexp(SEARCH) !== null && this.exactSource;
    this.backtracker = exact && !needsBacktracker(parsed) ? null : new Backtracker(parsed, !istext);
  }

  /**
   * Whether a non-empty match could start at JS index `at` (false means certainly not), so the
   * scanner skips the costly must-advance attempt after most empty matches.
   */
  canConsumeAt(text: string, at: number): boolean {
    if (at >= text.length) return false;
    let f = this.firstRe;
    if (f === undefined) {
      const src = firstChars(this.parsed, !this.istext);
      f = this.firstRe = src === null ? null : src === '' ? false : new RegExp(src, 'yu' + (this.regexps[SEARCH]!.ignoreCase ? 'i' : ''));
    }
    if (f === null) return true;
    if (f === false) return false;
    f.lastIndex = at;
    return f.test(text);
  }

  /** The RegExp for a mode, built on first use (the JS source differs only in its wrapper). */
  regexp(mode: Mode): RegExp {
    const r = this.regexps[mode];
    if (r !== null) return r;
    const e = emit(this.parsed, !this.istext, mode === ADVANCE ? 1 : 0);
    let src = e.source;
    // ADVANCE: capture the rest of the text at the start, then refuse to end where we began.
    if (mode === FULL) src = `(?:${src})(?![\\s\\S])`;
    else if (mode === ADVANCE) src = `(?=([\\s\\S]*))(?:${src})(?!\\1(?![\\s\\S]))`;
    let re: RegExp;
    try {
      // Group spans need the `d` flag's indices, which cost time; group 0 alone does not.
      const d = this.groups > 0 ? 'd' : '';
      re = new RegExp(src, d + (mode === SEARCH ? 'gu' : 'yu') + (e.ignoreCase ? 'i' : ''));
    } catch (err) {
      throw reError(new RegexError(`pattern not supported: ${(err as Error).message}`, null), this.pattern);
    }
    this.regexps[mode] = re;
    this.maps[mode] = e.groupMap;
    this.exactSource = e.exact;
    return re;
  }

  /**
   * Runs one mode at JS index `at` over `text` (the subject cut at endpos). Returns the spans
   * of group 0..n as JS index pairs, -1 for groups that did not take part, then lastindex when
   * known (-1 otherwise), or null.
   */
  exec(mode: Mode, text: string, at: number): Int32Array | null {
    if (this.backtracker !== null) {
      try {
        const r = this.backtracker.exec(text, at, mode === SEARCH, mode === FULL, mode === ADVANCE, this.groups);
        return r === null ? null : r.spans;
      } catch (e) {
        // The backtracker recurses per character; on a subject too long for the JS stack the
        // RegExp answers instead (it differs only in the values of skipped or empty groups).
        if (!(e instanceof RangeError)) throw e;
      }
    }
    const re = this.regexp(mode);
    re.lastIndex = at;
    let m = re.exec(text);
    // V8 can report an empty match between the halves of a surrogate pair (a lookbehind-only
    // pattern); Python has no such position, so search on from the next code point.
    while (m !== null && midPair(text, m.index)) {
      if (mode !== SEARCH) return null;
      re.lastIndex = m.index + 1;
      m = re.exec(text);
    }
    if (m === null) return null;
    const n = this.groups;
    const spans = new Int32Array(2 * (n + 1) + 1);
    spans[2 * (n + 1)] = -1;
    spans[0] = m.index;
    spans[1] = m.index + m[0].length;
    if (n === 0) return spans;
    const ind = m.indices!;
    const map = this.maps[mode]!;
    for (let g = 1; g <= n; g++) {
      const s = ind[map[g]];
      if (s === undefined) {
        spans[2 * g] = -1;
        spans[2 * g + 1] = -1;
      } else {
        spans[2 * g] = s[0];
        spans[2 * g + 1] = s[1];
      }
    }
    return spans;
  }
}

/**
 * Successive matches over a subject between pos and endpos: after an empty match the next one
 * may not be empty at the same place (sre's must_advance), but may start there.
 * CPython: pattern_findall / pattern_subx / pattern_split / scanner_search loops.
 */
export class Scanner {
  readonly text: string;
  /** Next JS index to search from. */
  at: number;
  mustAdvance: boolean;
  done: boolean;
  constructor(readonly pat: PyPattern, readonly subject: Subject, pos: number, endpos: number) {
    this.text = endpos >= subject.length ? subject.text : subject.text.slice(0, subject.u16(endpos));
    this.at = subject.u16(Math.min(pos, endpos));
    this.mustAdvance = false;
    this.done = pos > endpos;
  }
  /** The next match's spans (JS indices), or null when there are no more. */
  search(): Int32Array | null {
    if (this.done) return null;
    let spans: Int32Array | null;
    if (this.mustAdvance) {
      spans = this.pat.canConsumeAt(this.text, this.at) ? this.pat.exec(ADVANCE, this.text, this.at) : null;
      if (spans === null && this.at < this.text.length) spans = this.pat.exec(SEARCH, this.text, this.subject.step(this.at));
    } else {
      spans = this.pat.exec(SEARCH, this.text, this.at);
    }
    if (spans === null) {
      this.done = true;
      return null;
    }
    this.mustAdvance = spans[1] === spans[0];
    this.at = spans[1];
    return spans;
  }
  /** scanner.match(): an anchored match at the current position, same rules. */
  match(): Int32Array | null {
    if (this.done) return null;
    const spans = this.pat.exec(this.mustAdvance ? ADVANCE : MATCH, this.text, this.at);
    if (spans === null) {
      this.done = true;
      return null;
    }
    this.mustAdvance = spans[1] === spans[0];
    this.at = spans[1];
    return spans;
  }
}

/** CPython: state_init's clamping of pos and endpos to [0, len]. */
export function clampPos(v: number, length: number): number {
  return v < 0 ? 0 : v > length ? length : v;
}

// ---- compile and cache ----

const MAXCACHE = 512;
const cache = new Map<string, PyPattern>();
/** The same patterns as `cache` for str patterns compiled with flags 0, by pattern text. */
const plainCache = new Map<string, PyPattern>();

function cacheKey(pattern: PyValue, flags: number): string | null {
  if (typeof pattern === 'string') return `s${flags}:${pattern}`;
  if (pattern instanceof PyBytes) return `b${flags}:${latin1(pattern.data)}`;
  return null;
}

/** CPython: re._compile — a cached Pattern for a str/bytes pattern and int flags. */
export function compilePattern(pattern: PyValue, flags: number): PyPattern {
  // The common case, a str pattern without flags, is looked up without building a key.
  if (flags === 0 && typeof pattern === 'string') {
    const hit = plainCache.get(pattern);
    if (hit !== undefined) return hit;
  }
  const key = cacheKey(pattern, flags);
  if (key !== null) {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
  }
  if (pattern instanceof PyPattern) {
    if (flags) throw valueError('cannot process flags argument with a compiled pattern');
    return pattern;
  }
  let text: string, istext: boolean;
  if (typeof pattern === 'string') {
    text = pattern;
    istext = true;
  } else if (pattern instanceof PyStrSub) {
    text = pattern.value;
    istext = true;
  } else {
    const d = bytesData(pattern);
    if (d === null) throw typeError('first argument must be string or compiled pattern');
    text = latin1(d);
    istext = false;
  }
  let p: PyPattern;
  try {
    const parsed = parse(Array.from(text), istext, flags);
    if (typeof parsed === 'string') throw valueError(parsed);
    p = new PyPattern(pattern, flags | parsed.flags, istext, parsed);
  } catch (e) {
    if (e instanceof RegexError) throw reError(e, pattern);
    if (e instanceof RegexOverflow) throw overflowError(e.msg);
    throw e;
  }
  if (key !== null && !(flags & FLAG_DEBUG)) {
    if (cache.size >= MAXCACHE) {
      const oldest = cache.keys().next().value as string;
      cache.delete(oldest);
      if (oldest.startsWith('s0:')) plainCache.delete(oldest.slice(3));
    }
    cache.set(key, p);
    if (flags === 0 && typeof pattern === 'string') plainCache.set(pattern, p);
  }
  return p;
}

/** re.purge(). */
export function purgeCache(): void {
  cache.clear();
  plainCache.clear();
}

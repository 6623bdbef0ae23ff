/**
 * Translation of a parsed Python pattern (re_parse.ts) into JS RegExp source for the `u` flag,
 * spelling out every place where the two dialects differ: `^`/`$` see only '\n' as a line end
 * and `$` also matches before a final newline; `.` excludes only '\n'; `\d \w \s \b` follow
 * str.isdecimal/isalnum/isspace (ASCII for bytes and re.ASCII); case-insensitivity is done here
 * by expanding letters to their case variants (JS has no scoped `(?i:...)`), so ASCII folding
 * and inline flag groups work; atomic groups and possessive repeats become `(?=(X))\N`. (Not the
 * `v` flag: Node 20's V8 fails negated classes inside repeated groups there, `/(?:c[^a])+/v`.)
 * CPython: Lib/re/_compiler.py (_compile, _optimize_charset), Modules/_sre/sre_lib.h (SRE(at)).
 */
import {
  FLAG_ASCII, FLAG_DOTALL, FLAG_IGNORECASE, FLAG_LOCALE, FLAG_MULTILINE, MAXREPEAT, RegexError,
  getWidth, type Category, type Node, type ParseState, type Parsed, type SetItem,
} from './re_parse.js';

/** JS RegExp source plus where each Python group landed among the JS groups. */
export interface Emitted {
  source: string;
  /** groupMap[g] is the JS group number of Python group g (groupMap[0] = 0). */
  groupMap: Int32Array;
  /**
   * The RegExp needs JS's `i` flag: a backreference must compare case-insensitively, which only
   * the flag can do; allowed when everything else is case-insensitive with Unicode folding too.
   */
  ignoreCase: boolean;
  /**
   * False when the source cannot match as sre does (a conditional group, or a backreference
   * that must fold case while other parts must not); re_backtrack.ts matches those instead.
   */
  exact: boolean;
}

const U_SPACE = '\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const A_SPACE = '\\t-\\r\\x20';
const U_WORD = '\\p{L}\\p{N}_';
const A_WORD = 'A-Za-z0-9_';

/**
 * A category as class contents: a string to put inside `[...]`, or `{ not }` for one that is
 * the complement of a class (JS's `u` mode cannot nest classes, so those become alternatives).
 */
function categoryClass(cat: Category, unicode: boolean): string | { not: string } {
  switch (cat) {
    case 'DIGIT': return unicode ? '\\p{Nd}' : '0-9';
    case 'NOT_DIGIT': return unicode ? '\\P{Nd}' : { not: '0-9' };
    case 'SPACE': return unicode ? U_SPACE : A_SPACE;
    case 'NOT_SPACE': return { not: unicode ? U_SPACE : A_SPACE };
    case 'WORD': return unicode ? U_WORD : A_WORD;
    case 'NOT_WORD': return { not: unicode ? U_WORD : A_WORD };
  }
}

/** One code point as pattern text that means only itself, inside or outside a class. */
function esc(c: number): string {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return String.fromCharCode(c);
  return `\\u{${c.toString(16)}}`;
}

// ---- case folding ----

/** Code points grouped by case equivalence (lower, then upper, as sre's fold + _casefix). */
let foldGroups: Map<number, number[]> | null = null;
/** Every code point that has a case variant, sorted (to expand ranges). */
let casedSorted: Int32Array | null = null;

function single(s: string, fallback: number): number {
  const c = s.codePointAt(0)!;
  return s.length === (c > 0xffff ? 2 : 1) ? c : fallback;
}

function buildFold(): void {
  const byKey = new Map<number, number[]>();
  for (let c = 0; c < 0x20000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const s = String.fromCodePoint(c);
    const lc = single(s.toLowerCase(), c);
    const key = single(String.fromCodePoint(lc).toUpperCase(), lc);
    if (lc === c && key === c) continue;
    let g = byKey.get(key);
    if (g === undefined) byKey.set(key, g = []);
    g.push(c);
  }
  foldGroups = new Map();
  const all: number[] = [];
  for (const [key, g] of byKey) {
    if (!g.includes(key)) g.push(key);
    if (g.length < 2) continue;
    for (const c of g) {
      foldGroups.set(c, g);
      all.push(c);
    }
  }
  all.sort((a, b) => a - b);
  casedSorted = Int32Array.from(all);
}

/** Every code point that matches `c` case-insensitively, `c` first. */
function variants(c: number, unicode: boolean): number[] {
  if (!unicode) {
    if (c >= 0x41 && c <= 0x5a) return [c, c + 32];
    if (c >= 0x61 && c <= 0x7a) return [c, c - 32];
    return [c];
  }
  if (foldGroups === null) buildFold();
  const g = foldGroups!.get(c);
  return g === undefined ? [c] : [c, ...g.filter(x => x !== c)];
}

/** The cased code points in [lo, hi] (for widening a range under IGNORECASE). */
function casedIn(lo: number, hi: number, unicode: boolean): number[] {
  const out: number[] = [];
  if (!unicode) {
    for (let c = Math.max(lo, 0x41); c <= Math.min(hi, 0x7a); c++) if (c <= 0x5a || c >= 0x61) out.push(c);
    return out;
  }
  if (foldGroups === null) buildFold();
  const a = casedSorted!;
  let l = 0, h = a.length;
  while (l < h) {
    const m = (l + h) >> 1;
    if (a[m] < lo) l = m + 1;
    else h = m;
  }
  for (let i = l; i < a.length && a[i] <= hi; i++) out.push(a[i]);
  return out;
}

// ---- emission ----

class Emitter {
  /** JS groups opened so far. */
  jsGroups: number;
  readonly groupMap: Int32Array;
  /** A backreference under IGNORECASE was emitted. */
  foldedRef = false;
  /** Something was emitted that must stay case-sensitive or fold only ASCII. */
  strictCase = false;
  /** A conditional group was met (emitted as nothing). */
  conditional = false;
  constructor(readonly state: ParseState, readonly bytes: boolean, groupOffset: number) {
    this.jsGroups = groupOffset;
    this.groupMap = new Int32Array(state.groups);
  }

  seq(p: Node[], flags: number): string {
    let out = '';
    for (const n of p) out += this.node(n, flags);
    return out;
  }

  private unicode(flags: number): boolean {
    return !this.bytes && !(flags & (FLAG_ASCII | FLAG_LOCALE));
  }

  private noteCase(flags: number): void {
    if (!(flags & FLAG_IGNORECASE) || !this.unicode(flags)) this.strictCase = true;
  }

  private literal(c: number, flags: number, negate: boolean): string {
    this.noteCase(flags);
    if (flags & FLAG_IGNORECASE) {
      const v = variants(c, this.unicode(flags));
      if (v.length > 1) return `[${negate ? '^' : ''}${v.map(esc).join('')}]`;
    }
    return negate ? `[^${esc(c)}]` : esc(c);
  }

  private set(items: SetItem[], negate: boolean, flags: number): string {
    this.noteCase(flags);
    const unicode = this.unicode(flags);
    const fold = (flags & FLAG_IGNORECASE) !== 0;
    let body = '';
    let alts: string[] | null = null;
    for (const it of items) {
      if (it.op === 'LITERAL') {
        body += fold ? variants(it.c, unicode).map(esc).join('') : esc(it.c);
      } else if (it.op === 'RANGE') {
        body += `${esc(it.lo)}-${esc(it.hi)}`;
        if (fold) {
          for (const c of casedIn(it.lo, it.hi, unicode)) {
            for (const v of variants(c, unicode)) if (v < it.lo || v > it.hi) body += esc(v);
          }
        }
      } else {
        const c = categoryClass(it.cat, unicode);
        if (typeof c === 'string') body += c;
        else (alts ??= []).push(`[^${c.not}]`);
      }
    }
    if (alts === null) return `[${negate ? '^' : ''}${body}]`;
    if (body) alts.unshift(`[${body}]`);
    const any = `(?:${alts.join('|')})`;
    return negate ? `(?:(?!${any})[\\s\\S])` : any;
  }

  private word(flags: number): string {
    return `[${this.unicode(flags) ? U_WORD : A_WORD}]`;
  }

  private at(n: Extract<Node, { op: 'AT' }>, flags: number): string {
    switch (n.at) {
      case 'BEGINNING': return flags & FLAG_MULTILINE ? '(?<![^\\n])' : '(?<![\\s\\S])';
      case 'BEGINNING_STRING': return '(?<![\\s\\S])';
      case 'END': return flags & FLAG_MULTILINE ? '(?=\\n|(?![\\s\\S]))' : '(?=\\n?(?![\\s\\S]))';
      case 'END_STRING': return '(?![\\s\\S])';
      case 'BOUNDARY': {
        const w = this.word(flags);
        return `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`;
      }
      case 'NON_BOUNDARY': {
        // sre: no match in an empty string, else both sides word or both not.
        const w = this.word(flags);
        return `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w})(?:(?<=[\\s\\S])|(?=[\\s\\S])))`;
      }
    }
  }

  node(n: Node, flags: number): string {
    switch (n.op) {
      case 'LITERAL': return this.literal(n.c, flags, false);
      case 'NOT_LITERAL': return this.literal(n.c, flags, true);
      case 'ANY': return flags & FLAG_DOTALL ? '[\\s\\S]' : '[^\\n]';
      case 'IN': return this.set(n.items, n.negate, flags);
      case 'AT': return this.at(n, flags);
      case 'BRANCH': return `(?:${n.alts.map(a => this.seq(a, flags)).join('|')})`;
      case 'SUBPATTERN': {
        const inner = (flags | n.addFlags) & ~n.delFlags;
        if (n.group === null) return `(?:${this.seq(n.p, inner)})`;
        this.groupMap[n.group] = ++this.jsGroups;
        return `(${this.seq(n.p, inner)})`;
      }
      case 'ATOMIC_GROUP': {
        const w = ++this.jsGroups;
        return `(?:(?=(${this.seq(n.p, flags)}))\\${w})`;
      }
      case 'REPEAT': return this.repeat(n, flags);
      case 'GROUPREF':
        this.noteCase(flags);
        if (flags & FLAG_IGNORECASE) this.foldedRef = true;
        return `(?:\\${this.groupMap[n.g]})`;
      case 'GROUPREF_EXISTS':
        this.conditional = true;
        return `(?:${this.seq(n.yes, flags)}|${n.no === null ? '' : this.seq(n.no, flags)})`;
      case 'ASSERT': {
        if (n.behind) {
          const [lo, hi] = getWidth(n.p, this.state);
          if (lo > 0xffffffff) throw new RegexError('looks too much behind', null);
          if (lo !== hi) throw new RegexError('look-behind requires fixed-width pattern', null);
        }
        return `(?${n.behind ? '<' : ''}${n.negative ? '!' : '='}${this.seq(n.p, flags)})`;
      }
    }
  }

  /**
   * The characters a non-empty match of `p` can begin with, as JS class pieces (null: any
   * character), and whether `p` can match empty — an over-approximation.
   */
  first(p: Node[], flags: number): { pieces: string[] | null; nullable: boolean } {
    let pieces: string[] | null = [];
    for (const n of p) {
      let f: { pieces: string[] | null; nullable: boolean };
      switch (n.op) {
        case 'LITERAL': case 'NOT_LITERAL': case 'ANY': case 'IN':
          f = { pieces: [this.node(n, flags)], nullable: false };
          break;
        case 'AT': case 'ASSERT':
          f = { pieces: [], nullable: true };
          break;
        case 'BRANCH': {
          f = { pieces: [], nullable: false };
          for (const a of n.alts) {
            const g = this.first(a, flags);
            f.pieces = f.pieces === null || g.pieces === null ? null : f.pieces.concat(g.pieces);
            f.nullable ||= g.nullable;
          }
          break;
        }
        case 'SUBPATTERN':
          f = this.first(n.p, (flags | n.addFlags) & ~n.delFlags);
          break;
        case 'ATOMIC_GROUP':
          f = this.first(n.p, flags);
          break;
        case 'REPEAT': {
          const g = this.first(n.item, flags);
          f = { pieces: g.pieces, nullable: g.nullable || n.min === 0 };
          break;
        }
        default:
          f = { pieces: null, nullable: true };
      }
      pieces = pieces === null || f.pieces === null ? null : pieces.concat(f.pieces);
      if (!f.nullable) return { pieces, nullable: false };
    }
    return { pieces, nullable: true };
  }

  private repeat(n: Extract<Node, { op: 'REPEAT' }>, flags: number): string {
    const w = n.kind === 'POSSESSIVE' ? ++this.jsGroups : 0;
    const body = `(?:${this.seq(n.item, flags)})`;
    let q: string;
    if (n.max === MAXREPEAT) q = n.min === 0 ? '*' : n.min === 1 ? '+' : `{${n.min},}`;
    else if (n.min === 0 && n.max === 1) q = '?';
    else q = n.min === n.max ? `{${n.min}}` : `{${n.min},${n.max}}`;
    if (n.kind === 'MIN') return body + q + '?';
    if (n.kind === 'POSSESSIVE') return `(?:(?=(${body}${q}))\\${w})`;
    return body + q;
  }
}

/** A whole-string test of one character against a one-character node (for re_backtrack.ts). */
export function charRegExp(n: Node, flags: number, parsed: Parsed, bytes: boolean): RegExp {
  const e = new Emitter(parsed.state, bytes, 0);
  return new RegExp(`^(?:${e.node(n, flags)})$`, 'u');
}

/** A whole-string test for one word character (\\w) under `flags`. */
export function wordRegExp(flags: number, bytes: boolean): RegExp {
  return new RegExp(`^[${!bytes && !(flags & (FLAG_ASCII | FLAG_LOCALE)) ? U_WORD : A_WORD}]$`, 'u');
}

/** Every code point equal to `c` ignoring case (Unicode or ASCII folding). */
export function caseVariants(c: number, unicode: boolean): number[] {
  return variants(c, unicode);
}

/**
 * A sticky one-character test for the characters a non-empty match can start with: '' when the
 * pattern never consumes anything, null when any character may start one.
 */
export function firstChars(parsed: Parsed, bytes: boolean): string | null {
  const e = new Emitter(parsed.state, bytes, 0);
  const { pieces } = e.first(parsed.p, parsed.flags);
  if (pieces === null) return null;
  return pieces.length === 0 ? '' : `(?:${pieces.join('|')})`;
}

/**
 * The JS source for a parsed pattern. `groupOffset` JS groups come before it (the scanner's
 * must-advance variant puts one in front).
 */
export function emit(parsed: Parsed, bytes: boolean, groupOffset = 0): Emitted {
  const e = new Emitter(parsed.state, bytes, groupOffset);
  const source = e.seq(parsed.p, parsed.flags);
  return {
    source, groupMap: e.groupMap, ignoreCase: e.foldedRef && !e.strictCase,
    exact: !e.conditional && !(e.foldedRef && e.strictCase),
  };
}

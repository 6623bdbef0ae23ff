/**
 * The regular-expression parser: Python pattern syntax → a tree shaped like sre's intermediate
 * form (LITERAL, IN, BRANCH, SUBPATTERN, MAX_REPEAT…), with CPython's checks and error messages
 * and positions counted in code points. Translation of the tree to a JS RegExp is in
 * re_emit.ts; replacement templates (which share the tokenizer) are parsed in re_template.ts.
 * CPython: Lib/re/_parser.py (Tokenizer, _parse_sub, _parse, _escape).
 */

import { LazyRegExp } from '../objects/lazy_regexp.js';

export const FLAG_TEMPLATE = 1, FLAG_IGNORECASE = 2, FLAG_LOCALE = 4, FLAG_MULTILINE = 8, FLAG_DOTALL = 16;
export const FLAG_UNICODE = 32, FLAG_VERBOSE = 64, FLAG_DEBUG = 128, FLAG_ASCII = 256;
const TYPE_FLAGS = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE;
const GLOBAL_FLAGS = FLAG_DEBUG | FLAG_TEMPLATE;
const FLAGS: Record<string, number> = {
  i: FLAG_IGNORECASE, L: FLAG_LOCALE, m: FLAG_MULTILINE, s: FLAG_DOTALL, x: FLAG_VERBOSE,
  a: FLAG_ASCII, t: FLAG_TEMPLATE, u: FLAG_UNICODE,
};

export const MAXREPEAT = 4294967295;
export const MAXGROUPS = 1073741823;
/** Larger than any real width (CPython: MAXWIDTH = 1 << 64); a float so `w * 0` stays 0. */
const MAXWIDTH = 2 ** 64;

export type Category = 'DIGIT' | 'NOT_DIGIT' | 'SPACE' | 'NOT_SPACE' | 'WORD' | 'NOT_WORD';
export type At = 'BEGINNING' | 'BEGINNING_STRING' | 'BOUNDARY' | 'NON_BOUNDARY' | 'END' | 'END_STRING';

export type SetItem =
  | { op: 'LITERAL'; c: number }
  | { op: 'RANGE'; lo: number; hi: number }
  | { op: 'CATEGORY'; cat: Category };

export type Node =
  | { op: 'LITERAL'; c: number }
  | { op: 'NOT_LITERAL'; c: number }
  | { op: 'ANY' }
  | { op: 'IN'; negate: boolean; items: SetItem[] }
  | { op: 'AT'; at: At }
  | { op: 'BRANCH'; alts: Node[][] }
  | { op: 'SUBPATTERN'; group: number | null; addFlags: number; delFlags: number; p: Node[] }
  | { op: 'ATOMIC_GROUP'; p: Node[] }
  | { op: 'REPEAT'; kind: 'MAX' | 'MIN' | 'POSSESSIVE'; min: number; max: number; item: Node[] }
  | { op: 'GROUPREF'; g: number }
  | { op: 'GROUPREF_EXISTS'; g: number; yes: Node[]; no: Node[] | null }
  | { op: 'ASSERT'; negative: boolean; behind: boolean; p: Node[] };

/** A pattern error before it becomes `re.error` (pos null: no position, as the compiler's). */
export class RegexError {
  constructor(readonly msg: string, readonly pos: number | null) {}
}

/** Raised where CPython raises OverflowError (repeat counts past MAXREPEAT). */
export class RegexOverflow {
  constructor(readonly msg: string) {}
}

export const DIGITS = '0123456789', OCTDIGITS = '01234567';
const HEXDIGITS = '0123456789abcdefABCDEF';
const WHITESPACE = ' \t\n\r\v\f';
const SPECIAL_CHARS = '.\\[{()*+?^$|';
const REPEAT_CHARS = '*+?{';

export const ESCAPES: Record<string, number> = {
  '\\a': 7, '\\b': 8, '\\f': 12, '\\n': 10, '\\r': 13, '\\t': 9, '\\v': 11, '\\\\': 92,
};
const CATEGORIES: Record<string, Node> = {
  '\\A': { op: 'AT', at: 'BEGINNING_STRING' },
  '\\b': { op: 'AT', at: 'BOUNDARY' },
  '\\B': { op: 'AT', at: 'NON_BOUNDARY' },
  '\\d': { op: 'IN', negate: false, items: [{ op: 'CATEGORY', cat: 'DIGIT' }] },
  '\\D': { op: 'IN', negate: false, items: [{ op: 'CATEGORY', cat: 'NOT_DIGIT' }] },
  '\\s': { op: 'IN', negate: false, items: [{ op: 'CATEGORY', cat: 'SPACE' }] },
  '\\S': { op: 'IN', negate: false, items: [{ op: 'CATEGORY', cat: 'NOT_SPACE' }] },
  '\\w': { op: 'IN', negate: false, items: [{ op: 'CATEGORY', cat: 'WORD' }] },
  '\\W': { op: 'IN', negate: false, items: [{ op: 'CATEGORY', cat: 'NOT_WORD' }] },
  '\\Z': { op: 'AT', at: 'END_STRING' },
};

const IDENT = new LazyRegExp(() => /^[\p{L}\p{Nl}_\u1885\u1886\u2118\u212e\u309b\u309c][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}\u00b7\u0387\u1369-\u1371\u19da]*$/u);

/** CPython: str.isidentifier (close enough for group names). */
export function isIdentifier(s: string): boolean {
  return IDENT.test(s);
}

export function isAsciiLetter(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/** CPython: _parser.State — group bookkeeping while parsing. */
export class ParseState {
  flags = 0;
  readonly groupdict = new Map<string, number>();
  /** Width of each closed group (null while open); index 0 is the whole match. */
  readonly groupwidths: ([number, number] | null)[] = [null];
  lookbehindgroups: number | null = null;
  readonly grouprefpos = new Map<number, number>();
  /** Rank of each group's closing parenthesis in the pattern, for Match.lastindex. */
  readonly closeOrder: number[] = [0];
  private closed = 0;
  get groups(): number {
    return this.groupwidths.length;
  }
  opengroup(name: string | null): number {
    const gid = this.groups;
    this.groupwidths.push(null);
    this.closeOrder.push(0);
    if (this.groups > MAXGROUPS) throw new RegexError('too many groups', null);
    if (name !== null) {
      const ogid = this.groupdict.get(name);
      if (ogid !== undefined) {
        throw new RegexError(`redefinition of group name ${quote(name)} as group ${gid}; was group ${ogid}`, null);
      }
      this.groupdict.set(name, gid);
    }
    return gid;
  }
  closegroup(gid: number, p: Node[]): void {
    this.groupwidths[gid] = getWidth(p, this);
    this.closeOrder[gid] = ++this.closed;
  }
  checkgroup(gid: number): boolean {
    return gid < this.groups && this.groupwidths[gid] !== null;
  }
  checklookbehindgroup(gid: number, source: Tokenizer): void {
    if (this.lookbehindgroups !== null) {
      if (!this.checkgroup(gid)) throw source.error('cannot refer to an open group');
      if (gid >= this.lookbehindgroups) throw source.error('cannot refer to group defined in the same lookbehind subpattern');
    }
  }
}

/** repr() of a str, as the messages show names ('%r'). */
export function quote(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    if (ch === '\\') out += '\\\\';
    else if (ch === q) out += '\\' + q;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch < ' ' || ch === '\x7f') out += '\\x' + ch.charCodeAt(0).toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + q;
}

/** CPython: SubPattern.getwidth — (min, max) length a subpattern can match. */
export function getWidth(p: Node[], state: ParseState): [number, number] {
  let lo = 0, hi = 0;
  for (const n of p) {
    switch (n.op) {
      case 'BRANCH': {
        let i = MAXWIDTH, j = 0;
        for (const a of n.alts) {
          const [l, h] = getWidth(a, state);
          i = Math.min(i, l);
          j = Math.max(j, h);
        }
        lo += i;
        hi += j;
        break;
      }
      case 'ATOMIC_GROUP':
      case 'SUBPATTERN': {
        const [i, j] = getWidth(n.p, state);
        lo += i;
        hi += j;
        break;
      }
      case 'REPEAT': {
        const [i, j] = getWidth(n.item, state);
        lo += i * n.min;
        if (n.max === MAXREPEAT && j) hi = MAXWIDTH;
        else hi += j * n.max;
        break;
      }
      case 'ANY': case 'IN': case 'LITERAL': case 'NOT_LITERAL':
        lo += 1;
        hi += 1;
        break;
      case 'GROUPREF': {
        const w = state.groupwidths[n.g] ?? [0, 0];
        lo += w[0];
        hi += w[1];
        break;
      }
      case 'GROUPREF_EXISTS': {
        let [i, j] = getWidth(n.yes, state);
        if (n.no !== null) {
          const [l, h] = getWidth(n.no, state);
          i = Math.min(i, l);
          j = Math.max(j, h);
        } else {
          i = 0;
        }
        lo += i;
        hi += j;
        break;
      }
      case 'AT': case 'ASSERT':
        break;
    }
  }
  return [Math.min(lo, MAXWIDTH), Math.min(hi, MAXWIDTH)];
}

/** CPython: _parser.Tokenizer — one character or one backslash escape at a time. */
export class Tokenizer {
  readonly chars: string[];
  index = 0;
  next: string | null = null;
  /** Code points in `next` (1, or 2 for an escape). */
  private nextLen = 0;
  constructor(chars: string[], readonly istext: boolean) {
    this.chars = chars;
    this.advance();
  }
  private advance(): void {
    let index = this.index;
    if (index >= this.chars.length) {
      this.next = null;
      return;
    }
    let ch = this.chars[index];
    this.nextLen = 1;
    if (ch === '\\') {
      index++;
      if (index >= this.chars.length) throw new RegexError('bad escape (end of pattern)', this.chars.length - 1);
      ch += this.chars[index];
      this.nextLen = 2;
    }
    this.index = index + 1;
    this.next = ch;
  }
  match(ch: string): boolean {
    if (ch === this.next) {
      this.advance();
      return true;
    }
    return false;
  }
  get(): string | null {
    const t = this.next;
    this.advance();
    return t;
  }
  getwhile(n: number, charset: string): string {
    let result = '';
    for (let k = 0; k < n; k++) {
      const c = this.next;
      if (c === null || c.length !== 1 || !charset.includes(c)) break;
      result += c;
      this.advance();
    }
    return result;
  }
  getuntil(terminator: string, name: string): string {
    let result = '';
    for (;;) {
      const c = this.next;
      this.advance();
      if (c === null) {
        if (!result) throw this.error('missing ' + name);
        throw this.error(`missing ${terminator}, unterminated name`, [...result].length);
      }
      if (c === terminator) {
        if (!result) throw this.error('missing ' + name, 1);
        break;
      }
      result += c;
    }
    return result;
  }
  tell(): number {
    return this.index - (this.next === null ? 0 : this.nextLen);
  }
  seek(index: number): void {
    this.index = index;
    this.advance();
  }
  error(msg: string, offset = 0): RegexError {
    if (!this.istext) msg = msg.replace(/[^\x00-\x7f]/g, c => '\\x' + c.charCodeAt(0).toString(16).padStart(2, '0'));
    return new RegexError(msg, this.tell() - offset);
  }
  checkgroupname(name: string, offset: number): void {
    if (!isIdentifier(name)) throw this.error(`bad character in group name ${quote(name)}`, [...name].length + offset);
  }
}

export function isDigit(c: string | null): boolean {
  return c !== null && c.length === 1 && DIGITS.includes(c);
}

export function inSet(c: string | null, set: string): boolean {
  return c !== null && c.length === 1 && set.includes(c);
}

function cpLen(s: string): number {
  return [...s].length;
}

function cp(s: string): number {
  return s.codePointAt(0)!;
}

function checkCode(c: number, source: Tokenizer, escape: string): number {
  if (c > 0x10ffff) throw source.error(`bad escape ${escape}`, escape.length);
  return c;
}

/** CPython: _class_escape — an escape inside [...]. */
function classEscape(source: Tokenizer, escape: string): Node {
  const e = ESCAPES[escape];
  if (e !== undefined) return { op: 'LITERAL', c: e };
  const cat = CATEGORIES[escape];
  if (cat !== undefined && cat.op === 'IN') return cat;
  const c = escape.slice(1, 2);
  if (c === 'x') {
    escape += source.getwhile(2, HEXDIGITS);
    if (escape.length !== 4) throw source.error(`incomplete escape ${escape}`, escape.length);
    return { op: 'LITERAL', c: parseInt(escape.slice(2), 16) };
  } else if (c === 'u' && source.istext) {
    escape += source.getwhile(4, HEXDIGITS);
    if (escape.length !== 6) throw source.error(`incomplete escape ${escape}`, escape.length);
    return { op: 'LITERAL', c: parseInt(escape.slice(2), 16) };
  } else if (c === 'U' && source.istext) {
    escape += source.getwhile(8, HEXDIGITS);
    if (escape.length !== 10) throw source.error(`incomplete escape ${escape}`, escape.length);
    return { op: 'LITERAL', c: checkCode(parseInt(escape.slice(2), 16), source, escape) };
  } else if (c === 'N' && source.istext) {
    return namedEscape(source);
  } else if (inSet(c, OCTDIGITS)) {
    escape += source.getwhile(2, OCTDIGITS);
    const v = parseInt(escape.slice(1), 8);
    if (v > 0o377) throw source.error(`octal escape value ${escape} outside of range 0-0o377`, escape.length);
    return { op: 'LITERAL', c: v };
  } else if (inSet(c, DIGITS)) {
    throw source.error(`bad escape ${escape}`, escape.length);
  }
  if ([...escape].length === 2) {
    if (isAsciiLetter(c)) throw source.error(`bad escape ${escape}`, escape.length);
    return { op: 'LITERAL', c: cp(escape.slice(1)) };
  }
  throw source.error(`bad escape ${escape}`, escape.length);
}

/** \N{NAME}: no Unicode name database here, so every name is reported undefined. */
function namedEscape(source: Tokenizer): Node {
  if (!source.match('{')) throw source.error('missing {');
  const charname = source.getuntil('}', 'character name');
  throw source.error(`undefined character name ${quote(charname)}`, [...charname].length + 4);
}

/** CPython: _escape — an escape outside a character set. */
function escapeNode(source: Tokenizer, escape: string, state: ParseState): Node {
  const cat = CATEGORIES[escape];
  if (cat !== undefined) return cat;
  const e = ESCAPES[escape];
  if (e !== undefined) return { op: 'LITERAL', c: e };
  const c = escape.slice(1, 2);
  if (c === 'x' || (c === 'u' && source.istext) || (c === 'U' && source.istext) || (c === 'N' && source.istext)) {
    return classEscape(source, escape);
  } else if (c === '0') {
    escape += source.getwhile(2, OCTDIGITS);
    return { op: 'LITERAL', c: parseInt(escape.slice(1), 8) };
  } else if (inSet(c, DIGITS)) {
    if (isDigit(source.next)) {
      escape += source.get();
      if (OCTDIGITS.includes(escape[1]) && OCTDIGITS.includes(escape[2]) && inSet(source.next, OCTDIGITS)) {
        escape += source.get();
        const v = parseInt(escape.slice(1), 8);
        if (v > 0o377) throw source.error(`octal escape value ${escape} outside of range 0-0o377`, escape.length);
        return { op: 'LITERAL', c: v };
      }
    }
    const group = parseInt(escape.slice(1), 10);
    if (group < state.groups) {
      if (!state.checkgroup(group)) throw source.error('cannot refer to an open group', escape.length);
      state.checklookbehindgroup(group, source);
      return { op: 'GROUPREF', g: group };
    }
    throw source.error(`invalid group reference ${group}`, escape.length - 1);
  }
  if ([...escape].length === 2) {
    if (isAsciiLetter(c)) throw source.error(`bad escape ${escape}`, escape.length);
    return { op: 'LITERAL', c: cp(escape.slice(1)) };
  }
  throw source.error(`bad escape ${escape}`, escape.length);
}

/** CPython: _parse_sub — an alternation a|b|c. */
function parseSub(source: Tokenizer, state: ParseState, verbose: boolean, nested: number): Node[] {
  const items: Node[][] = [];
  for (;;) {
    items.push(parseSeq(source, state, verbose, nested + 1, nested === 0 && items.length === 0));
    if (!source.match('|')) break;
    if (nested === 0) verbose = (state.flags & FLAG_VERBOSE) !== 0;
  }
  if (items.length === 1) return items[0];
  return [{ op: 'BRANCH', alts: items }];
}

/** CPython: _parse — a sequence of items up to '|', ')' or the end. */
function parseSeq(source: Tokenizer, state: ParseState, verbose: boolean, nested: number, first: boolean): Node[] {
  const sub: Node[] = [];
  for (;;) {
    const t = source.next;
    if (t === null) break;
    if (t === '|' || t === ')') break;
    source.get();
    if (verbose) {
      if (WHITESPACE.includes(t)) continue;
      if (t === '#') {
        for (;;) {
          const c = source.get();
          if (c === null || c === '\n') break;
        }
        continue;
      }
    }
    if (t[0] === '\\') {
      sub.push(escapeNode(source, t, state));
    } else if (!SPECIAL_CHARS.includes(t)) {
      sub.push({ op: 'LITERAL', c: cp(t) });
    } else if (t === '[') {
      sub.push(parseSet(source));
    } else if (REPEAT_CHARS.includes(t)) {
      const here = source.tell();
      let min: number, max: number;
      if (t === '?') {
        min = 0; max = 1;
      } else if (t === '*') {
        min = 0; max = MAXREPEAT;
      } else if (t === '+') {
        min = 1; max = MAXREPEAT;
      } else {
        if (source.next === '}') {
          sub.push({ op: 'LITERAL', c: cp(t) });
          continue;
        }
        min = 0; max = MAXREPEAT;
        let lo = '', hi = '';
        while (isDigit(source.next)) lo += source.get();
        if (source.match(',')) {
          while (isDigit(source.next)) hi += source.get();
        } else {
          hi = lo;
        }
        if (!source.match('}')) {
          sub.push({ op: 'LITERAL', c: cp(t) });
          source.seek(here);
          continue;
        }
        if (lo) {
          min = Number(lo);
          if (min >= MAXREPEAT) throw new RegexOverflow('the repetition number is too large');
        }
        if (hi) {
          max = Number(hi);
          if (max >= MAXREPEAT) throw new RegexOverflow('the repetition number is too large');
          if (max < min) throw source.error('min repeat greater than max repeat', source.tell() - here);
        }
      }
      const last = sub.length > 0 ? sub[sub.length - 1] : null;
      if (last === null || last.op === 'AT') throw source.error('nothing to repeat', source.tell() - here + t.length);
      if (last.op === 'REPEAT') throw source.error('multiple repeat', source.tell() - here + t.length);
      let item: Node[] = [last];
      if (last.op === 'SUBPATTERN' && last.group === null && !last.addFlags && !last.delFlags) item = last.p;
      const kind = source.match('?') ? 'MIN' : source.match('+') ? 'POSSESSIVE' : 'MAX';
      sub[sub.length - 1] = { op: 'REPEAT', kind, min, max, item };
    } else if (t === '.') {
      sub.push({ op: 'ANY' });
    } else if (t === '(') {
      const r = parseGroup(source, state, verbose, nested, first, sub);
      if (r === 'global') {
        verbose = (state.flags & FLAG_VERBOSE) !== 0;
      } else if (r !== null) {
        sub.push(r);
      }
    } else if (t === '^') {
      sub.push({ op: 'AT', at: 'BEGINNING' });
    } else if (t === '$') {
      sub.push({ op: 'AT', at: 'END' });
    }
  }
  // unpack non-capturing groups without flags
  const out: Node[] = [];
  for (const n of sub) {
    if (n.op === 'SUBPATTERN' && n.group === null && !n.addFlags && !n.delFlags) out.push(...n.p);
    else out.push(n);
  }
  return out;
}

/** A character set [...] (the '[' already read). */
function parseSet(source: Tokenizer): Node {
  const here = source.tell() - 1;
  const set: SetItem[] = [];
  const negate = source.match('^');
  for (;;) {
    const t = source.get();
    if (t === null) throw source.error('unterminated character set', source.tell() - here);
    if (t === ']' && set.length > 0) break;
    let code1: Node;
    if (t[0] === '\\') code1 = classEscape(source, t);
    else code1 = { op: 'LITERAL', c: cp(t) };
    if (source.match('-')) {
      const that = source.get();
      if (that === null) throw source.error('unterminated character set', source.tell() - here);
      if (that === ']') {
        set.push(setItem(code1));
        set.push({ op: 'LITERAL', c: 45 });
        break;
      }
      const code2: Node = that[0] === '\\' ? classEscape(source, that) : { op: 'LITERAL', c: cp(that) };
      if (code1.op !== 'LITERAL' || code2.op !== 'LITERAL' || code2.c < code1.c) {
        throw source.error(`bad character range ${t}-${that}`, [...t].length + 1 + [...that].length);
      }
      set.push({ op: 'RANGE', lo: code1.c, hi: code2.c });
    } else {
      set.push(setItem(code1));
    }
  }
  if (set.length === 1 && set[0].op === 'LITERAL') {
    return negate ? { op: 'NOT_LITERAL', c: set[0].c } : { op: 'LITERAL', c: set[0].c };
  }
  return { op: 'IN', negate, items: set };
}

function setItem(n: Node): SetItem {
  if (n.op === 'IN') return n.items[0];
  if (n.op === 'LITERAL') return n;
  throw new Error('unexpected set item');
}

/**
 * '(' already read: a group, extension or inline flags. Returns the node to append, null when
 * nothing is appended (comments, backreferences pushed directly), or 'global' for global flags.
 */
function parseGroup(
  source: Tokenizer, state: ParseState, verbose: boolean, nested: number, first: boolean, sub: Node[],
): Node | null | 'global' {
  const start = source.tell() - 1;
  let capture = true, atomic = false;
  let name: string | null = null;
  let addFlags = 0, delFlags = 0;
  if (source.match('?')) {
    let ch = source.get();
    if (ch === null) throw source.error('unexpected end of pattern');
    if (ch === 'P') {
      if (source.match('<')) {
        name = source.getuntil('>', 'group name');
        source.checkgroupname(name, 1);
      } else if (source.match('=')) {
        const nm = source.getuntil(')', 'group name');
        source.checkgroupname(nm, 1);
        const gid = state.groupdict.get(nm);
        if (gid === undefined) throw source.error(`unknown group name ${quote(nm)}`, [...nm].length + 1);
        if (!state.checkgroup(gid)) throw source.error('cannot refer to an open group', [...nm].length + 1);
        state.checklookbehindgroup(gid, source);
        sub.push({ op: 'GROUPREF', g: gid });
        return null;
      } else {
        const c2 = source.get();
        if (c2 === null) throw source.error('unexpected end of pattern');
        throw source.error('unknown extension ?P' + c2, cpLen(c2) + 2);
      }
    } else if (ch === ':') {
      capture = false;
    } else if (ch === '#') {
      for (;;) {
        if (source.next === null) throw source.error('missing ), unterminated comment', source.tell() - start);
        if (source.get() === ')') break;
      }
      return null;
    } else if (ch === '=' || ch === '!' || ch === '<') {
      let behind = false;
      let saved: number | null = null;
      if (ch === '<') {
        ch = source.get();
        if (ch === null) throw source.error('unexpected end of pattern');
        if (ch !== '=' && ch !== '!') throw source.error('unknown extension ?<' + ch, cpLen(ch) + 2);
        behind = true;
        saved = state.lookbehindgroups;
        if (saved === null) state.lookbehindgroups = state.groups;
      }
      const p = parseSub(source, state, verbose, nested + 1);
      if (behind && saved === null) state.lookbehindgroups = null;
      if (!source.match(')')) throw source.error('missing ), unterminated subpattern', source.tell() - start);
      return { op: 'ASSERT', negative: ch === '!', behind, p };
    } else if (ch === '(') {
      return parseConditional(source, state, verbose, nested, start);
    } else if (ch === '>') {
      capture = false;
      atomic = true;
    } else if (FLAGS[ch] !== undefined || ch === '-') {
      const flags = parseFlags(source, state, ch);
      if (flags === null) {
        if (!first || sub.length > 0) {
          throw source.error('global flags not at the start of the expression', source.tell() - start);
        }
        return 'global';
      }
      [addFlags, delFlags] = flags;
      capture = false;
    } else {
      throw source.error('unknown extension ?' + ch, cpLen(ch) + 1);
    }
  }
  let group: number | null = null;
  if (capture) {
    try {
      group = state.opengroup(name);
    } catch (e) {
      if (e instanceof RegexError) throw source.error(e.msg, [...(name ?? '')].length + 1);
      throw e;
    }
  }
  const subVerbose = (verbose || (addFlags & FLAG_VERBOSE) !== 0) && !(delFlags & FLAG_VERBOSE);
  const p = parseSub(source, state, subVerbose, nested + 1);
  if (!source.match(')')) throw source.error('missing ), unterminated subpattern', source.tell() - start);
  if (group !== null) state.closegroup(group, p);
  if (atomic) return { op: 'ATOMIC_GROUP', p };
  return { op: 'SUBPATTERN', group, addFlags, delFlags, p };
}

/** (?(id/name)yes|no) — a conditional group; re_emit.ts hands patterns with one to the backtracking matcher (re_backtrack.ts). */
function parseConditional(source: Tokenizer, state: ParseState, verbose: boolean, nested: number, start: number): Node {
  const condname = source.getuntil(')', 'group name');
  let condgroup: number;
  const n = [...condname].length;
  if (isIdentifier(condname)) {
    source.checkgroupname(condname, 1);
    const g = state.groupdict.get(condname);
    if (g === undefined) throw source.error(`unknown group name ${quote(condname)}`, n + 1);
    condgroup = g;
  } else {
    if (!/^\s*[+]?[0-9]+(_[0-9]+)*\s*$/.test(condname)) throw source.error(`bad character in group name ${quote(condname)}`, n + 1);
    condgroup = Number(condname.replace(/_/g, ''));
    if (!condgroup) throw source.error('bad group number', n + 1);
    if (condgroup >= MAXGROUPS) throw source.error(`invalid group reference ${condgroup}`, n + 1);
    if (!state.grouprefpos.has(condgroup)) state.grouprefpos.set(condgroup, source.tell() - n - 1);
  }
  state.checklookbehindgroup(condgroup, source);
  const yes = parseSeq(source, state, verbose, nested + 1, false);
  let no: Node[] | null = null;
  if (source.match('|')) {
    no = parseSeq(source, state, verbose, nested + 1, false);
    if (source.next === '|') throw source.error('conditional backref with more than two branches');
  }
  if (!source.match(')')) throw source.error('missing ), unterminated subpattern', source.tell() - start);
  return { op: 'GROUPREF_EXISTS', g: condgroup, yes, no };
}

/** CPython: _parse_flags — null for global flags `(?i)`, else [add, del] for `(?i-m:...)`. */
function parseFlags(source: Tokenizer, state: ParseState, ch: string | null): [number, number] | null {
  let addFlags = 0, delFlags = 0;
  if (ch !== '-') {
    for (;;) {
      const flag = FLAGS[ch!];
      if (source.istext) {
        if (ch === 'L') throw source.error("bad inline flags: cannot use 'L' flag with a str pattern");
      } else if (ch === 'u') {
        throw source.error("bad inline flags: cannot use 'u' flag with a bytes pattern");
      }
      addFlags |= flag;
      if ((flag & TYPE_FLAGS) && (addFlags & TYPE_FLAGS) !== flag) {
        throw source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
      }
      ch = source.get();
      if (ch === null) throw source.error('missing -, : or )');
      if (ch === ')' || ch === '-' || ch === ':') break;
      if (FLAGS[ch] === undefined) throw source.error(/^\p{L}$/u.test(ch) ? 'unknown flag' : 'missing -, : or )', cpLen(ch));
    }
  }
  if (ch === ')') {
    state.flags |= addFlags;
    return null;
  }
  if (addFlags & GLOBAL_FLAGS) throw source.error('bad inline flags: cannot turn on global flag', 1);
  if (ch === '-') {
    ch = source.get();
    if (ch === null) throw source.error('missing flag');
    if (FLAGS[ch] === undefined) throw source.error(/^\p{L}$/u.test(ch) ? 'unknown flag' : 'missing flag', cpLen(ch));
    for (;;) {
      const flag = FLAGS[ch!];
      if (flag & TYPE_FLAGS) throw source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
      delFlags |= flag;
      ch = source.get();
      if (ch === null) throw source.error('missing :');
      if (ch === ':') break;
      if (FLAGS[ch] === undefined) throw source.error(/^\p{L}$/u.test(ch) ? 'unknown flag' : 'missing :', cpLen(ch));
    }
  }
  if (delFlags & GLOBAL_FLAGS) throw source.error('bad inline flags: cannot turn off global flag', 1);
  if (addFlags & delFlags) throw source.error('bad inline flags: flag turned on and off', 1);
  return [addFlags, delFlags];
}

/** What the compiler needs from a parse: the tree, the final flags and the group table. */
export interface Parsed {
  p: Node[];
  flags: number;
  state: ParseState;
}

/**
 * CPython: _parser.parse + fix_flags. `chars` are the pattern's code points (bytes decoded as
 * latin-1). A ValueError from fix_flags comes back as a plain string.
 */
export function parse(chars: string[], istext: boolean, flags: number): Parsed | string {
  const source = new Tokenizer(chars, istext);
  const state = new ParseState();
  state.flags = flags;
  const p = parseSub(source, state, (flags & FLAG_VERBOSE) !== 0, 0);
  const fixed = fixFlags(istext, state.flags);
  if (typeof fixed === 'string') return fixed;
  state.flags = fixed;
  if (source.next !== null) throw source.error('unbalanced parenthesis');
  for (const [g, pos] of state.grouprefpos) {
    if (g >= state.groups) throw new RegexError(`invalid group reference ${g}`, pos);
  }
  return { p, flags: fixed, state };
}

/** CPython: _parser.fix_flags — the type flags a pattern gets; a string is a ValueError. */
export function fixFlags(istext: boolean, flags: number): number | string {
  if (istext) {
    if (flags & FLAG_LOCALE) return 'cannot use LOCALE flag with a str pattern';
    if (!(flags & FLAG_ASCII)) flags |= FLAG_UNICODE;
    else if (flags & FLAG_UNICODE) return 'ASCII and UNICODE flags are incompatible';
  } else {
    if (flags & FLAG_UNICODE) return 'cannot use UNICODE flag with a bytes pattern';
    if (flags & FLAG_LOCALE && flags & FLAG_ASCII) return 'ASCII and LOCALE flags are incompatible';
  }
  return flags;
}

/**
 * A backtracking matcher over the parsed tree, for the few patterns a JS RegExp cannot match
 * as sre does: conditional groups `(?(1)a|b)`, a backreference to a group that may not have
 * matched (sre fails it, JS matches empty), a case-insensitive backreference in a pattern that
 * is not case-insensitive throughout, and groups inside a repeat that may skip them or match
 * empty (sre keeps a group's last value across iterations; JS clears it). It follows sre's
 * repeat rules (a repeat stops after an iteration that matched empty), restores marks on
 * backtracking, and tracks lastindex as sre does. Positions are code points.
 * CPython: Modules/_sre/sre_lib.h (SRE(match): MAX_UNTIL, MIN_UNTIL, ASSERT, GROUPREF…).
 */
import {
  FLAG_ASCII, FLAG_IGNORECASE, FLAG_LOCALE, FLAG_MULTILINE, MAXREPEAT, getWidth, type Node, type Parsed,
} from './re_parse.js';
import { caseVariants, charRegExp, wordRegExp } from './re_emit.js';

type Cont = (i: number) => boolean;
type Matcher = (i: number, k: Cont) => boolean;

/** The subject as code points, with the JS index of each (the last text is kept). */
class Cps {
  readonly cps: Int32Array;
  readonly u16: Int32Array;
  constructor(readonly text: string) {
    const cps: number[] = [], u16: number[] = [];
    for (let i = 0; i < text.length;) {
      const c = text.codePointAt(i)!;
      cps.push(c);
      u16.push(i);
      i += c > 0xffff ? 2 : 1;
    }
    u16.push(text.length);
    this.cps = Int32Array.from(cps);
    this.u16 = Int32Array.from(u16);
  }
  /** Code point index of JS index `i` (a code point boundary). */
  cpIndex(i: number): number {
    const a = this.u16;
    let lo = 0, hi = a.length - 1;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (a[m] < i) lo = m + 1;
      else hi = m;
    }
    return lo;
  }
}

export class Backtracker {
  private t: Int32Array = new Int32Array(0);
  private end = 0;
  /** [start, end] of each group in code points, -1 when unset. */
  private marks: Int32Array;
  private lastindex = 0;
  private readonly root: Matcher;
  private last: Cps | null = null;

  constructor(private readonly parsed: Parsed, private readonly bytes: boolean) {
    this.marks = new Int32Array(2 * parsed.state.groups).fill(-1);
    this.root = this.seq(parsed.p, parsed.flags);
  }

  private unicode(flags: number): boolean {
    return !this.bytes && !(flags & (FLAG_ASCII | FLAG_LOCALE));
  }

  private seq(p: Node[], flags: number): Matcher {
    const ms = p.map(n => this.node(n, flags));
    if (ms.length === 0) return (i, k) => k(i);
    let rest = ms[ms.length - 1];
    for (let x = ms.length - 2; x >= 0; x--) {
      const m = ms[x], r = rest;
      rest = (i, k) => m(i, j => r(j, k));
    }
    return rest;
  }

  private charTest(n: Node, flags: number): Matcher {
    const re = charRegExp(n, flags, this.parsed, this.bytes);
    const cache = new Map<number, boolean>();
    return (i, k) => {
      if (i >= this.end) return false;
      const c = this.t[i];
      let ok = cache.get(c);
      if (ok === undefined) cache.set(c, ok = re.test(String.fromCodePoint(c)));
      return ok && k(i + 1);
    };
  }

  private isWordAt(i: number, word: RegExp): boolean {
    return i >= 0 && i < this.end && word.test(String.fromCodePoint(this.t[i]));
  }

  private at(n: Extract<Node, { op: 'AT' }>, flags: number): Matcher {
    const word = wordRegExp(flags, this.bytes);
    switch (n.at) {
      case 'BEGINNING':
        return flags & FLAG_MULTILINE ? (i, k) => (i === 0 || this.t[i - 1] === 10) && k(i) : (i, k) => i === 0 && k(i);
      case 'BEGINNING_STRING': return (i, k) => i === 0 && k(i);
      case 'END':
        return flags & FLAG_MULTILINE
          ? (i, k) => (i === this.end || this.t[i] === 10) && k(i)
          : (i, k) => (i === this.end || (i === this.end - 1 && this.t[i] === 10)) && k(i);
      case 'END_STRING': return (i, k) => i === this.end && k(i);
      case 'BOUNDARY':
        return (i, k) => this.end > 0 && this.isWordAt(i - 1, word) !== this.isWordAt(i, word) && k(i);
      case 'NON_BOUNDARY':
        return (i, k) => this.end > 0 && this.isWordAt(i - 1, word) === this.isWordAt(i, word) && k(i);
    }
  }

  /** Runs `body` with marks restored if what follows fails. */
  private setGroup(g: number, body: Matcher): Matcher {
    const marks = this.marks;
    return (i, k) => body(i, j => {
      const os = marks[2 * g], oe = marks[2 * g + 1], ol = this.lastindex;
      marks[2 * g] = i;
      marks[2 * g + 1] = j;
      this.lastindex = g;
      if (k(j)) return true;
      marks[2 * g] = os;
      marks[2 * g + 1] = oe;
      this.lastindex = ol;
      return false;
    });
  }

  private node(n: Node, flags: number): Matcher {
    switch (n.op) {
      case 'LITERAL': case 'NOT_LITERAL': case 'ANY': case 'IN':
        return this.charTest(n, flags);
      case 'AT':
        return this.at(n, flags);
      case 'BRANCH': {
        const alts = n.alts.map(a => this.seq(a, flags));
        return (i, k) => {
          for (const a of alts) if (a(i, k)) return true;
          return false;
        };
      }
      case 'SUBPATTERN': {
        const body = this.seq(n.p, (flags | n.addFlags) & ~n.delFlags);
        return n.group === null ? body : this.setGroup(n.group, body);
      }
      case 'ATOMIC_GROUP':
        return this.atomic(this.seq(n.p, flags));
      case 'REPEAT':
        return this.repeat(n, flags);
      case 'GROUPREF':
        return this.groupref(n.g, (flags & FLAG_IGNORECASE) !== 0, this.unicode(flags));
      case 'GROUPREF_EXISTS': {
        const yes = this.seq(n.yes, flags), no = n.no === null ? null : this.seq(n.no, flags);
        return (i, k) => {
          if (this.marks[2 * n.g + 1] >= 0) return yes(i, k);
          return no === null ? k(i) : no(i, k);
        };
      }
      case 'ASSERT':
        return this.assert(n, flags);
    }
  }

  /** Commits to the body's first way of matching (atomic groups, possessive repeats). */
  private atomic(body: Matcher): Matcher {
    return (i, k) => {
      const saved = this.marks.slice(), ol = this.lastindex;
      let e = -1;
      if (!body(i, j => { e = j; return true; })) return false;
      if (k(e)) return true;
      this.marks.set(saved);
      this.lastindex = ol;
      return false;
    };
  }

  private assert(n: Extract<Node, { op: 'ASSERT' }>, flags: number): Matcher {
    const body = this.seq(n.p, flags);
    const width = n.behind ? getWidth(n.p, this.parsed.state)[0] : 0;
    return (i, k) => {
      const saved = this.marks.slice(), ol = this.lastindex;
      const from = i - width;
      const ok = from >= 0 && body(from, j => !n.behind || j === i);
      if (n.negative) {
        this.marks.set(saved);
        this.lastindex = ol;
        return !ok && k(i);
      }
      if (!ok) return false;
      if (k(i)) return true;
      this.marks.set(saved);
      this.lastindex = ol;
      return false;
    };
  }

  private groupref(g: number, fold: boolean, unicode: boolean): Matcher {
    const same = fold
      ? (a: number, b: number): boolean => a === b || caseVariants(a, unicode).includes(b)
      : (a: number, b: number): boolean => a === b;
    return (i, k) => {
      const s = this.marks[2 * g], e = this.marks[2 * g + 1];
      if (s < 0 || e < 0 || e < s) return false;
      const len = e - s;
      if (i + len > this.end) return false;
      for (let d = 0; d < len; d++) if (!same(this.t[s + d], this.t[i + d])) return false;
      return k(i + len);
    };
  }

  /** sre's MAX_UNTIL / MIN_UNTIL: no further iteration after one that matched empty. */
  private repeat(n: Extract<Node, { op: 'REPEAT' }>, flags: number): Matcher {
    const body = this.seq(n.item, flags);
    const { min } = n;
    const max = n.max === MAXREPEAT ? Infinity : n.max;
    if (n.kind === 'MIN') {
      const until = (i: number, count: number, lastStart: number, k: Cont): boolean => {
        if (count < min) return body(i, j => until(j, count + 1, lastStart, k));
        if (k(i)) return true;
        if (count >= max || i === lastStart) return false;
        return body(i, j => until(j, count + 1, i, k));
      };
      return (i, k) => until(i, 0, -1, k);
    }
    const until = (i: number, count: number, lastStart: number, k: Cont): boolean => {
      if (count < min) return body(i, j => until(j, count + 1, lastStart, k));
      if (count < max && i !== lastStart && body(i, j => until(j, count + 1, i, k))) return true;
      return k(i);
    };
    const greedy: Matcher = (i, k) => until(i, 0, -1, k);
    return n.kind === 'POSSESSIVE' ? this.atomic(greedy) : greedy;
  }

  /**
   * One attempt at each start from JS index `at` (only `at` unless searching); `full` needs
   * the match to reach the end, `advance` a non-empty one. Returns spans as JS indices, then
   * lastindex.
   */
  exec(text: string, at: number, search: boolean, full: boolean, advance: boolean, ngroups: number): { spans: Int32Array } | null {
    let cps = this.last;
    if (cps === null || cps.text !== text) this.last = cps = new Cps(text);
    this.t = cps.cps;
    this.end = cps.cps.length;
    const first = cps.cpIndex(at);
    for (let start = first; start <= this.end; start++) {
      this.marks.fill(-1);
      this.lastindex = 0;
      let endAt = -1;
      const ok = this.root(start, j => {
        if (full && j !== this.end) return false;
        if (advance && j === start) return false;
        endAt = j;
        return true;
      });
      if (ok) {
        const spans = new Int32Array(2 * (ngroups + 1) + 1);
        spans[2 * (ngroups + 1)] = this.lastindex;
        spans[0] = cps.u16[start];
        spans[1] = cps.u16[endAt];
        for (let g = 1; g <= ngroups; g++) {
          const s = this.marks[2 * g], e = this.marks[2 * g + 1];
          spans[2 * g] = s < 0 || e < 0 ? -1 : cps.u16[s];
          spans[2 * g + 1] = s < 0 || e < 0 ? -1 : cps.u16[e];
        }
        return { spans };
      }
      if (!search) break;
    }
    return null;
  }
}

/** Where groups sit, to decide whether a pattern needs the backtracker. */
function conditionalGroups(p: Node[], under: boolean, out: Set<number>): void {
  for (const n of p) {
    switch (n.op) {
      case 'SUBPATTERN':
        if (n.group !== null && under) out.add(n.group);
        conditionalGroups(n.p, under, out);
        break;
      case 'BRANCH':
        for (const a of n.alts) conditionalGroups(a, true, out);
        break;
      case 'REPEAT':
        conditionalGroups(n.item, under || n.min === 0, out);
        break;
      case 'ASSERT':
        conditionalGroups(n.p, true, out);
        break;
      case 'ATOMIC_GROUP':
        conditionalGroups(n.p, under, out);
        break;
      case 'GROUPREF_EXISTS':
        conditionalGroups(n.yes, true, out);
        if (n.no !== null) conditionalGroups(n.no, true, out);
        break;
      default:
        break;
    }
  }
}

function hasGroup(p: Node[]): boolean {
  return p.some(n => {
    switch (n.op) {
      case 'SUBPATTERN': return n.group !== null || hasGroup(n.p);
      case 'BRANCH': return n.alts.some(hasGroup);
      case 'REPEAT': return hasGroup(n.item);
      case 'ASSERT': case 'ATOMIC_GROUP': return hasGroup(n.p);
      case 'GROUPREF_EXISTS': return hasGroup(n.yes) || (n.no !== null && hasGroup(n.no));
      default: return false;
    }
  });
}

/**
 * True when a JS RegExp would not match as sre does: a conditional group, a backreference to a
 * group that may be unset, a repeat over groups whose body may match empty, or a repeat (more
 * than once) over groups an iteration may skip. Case-insensitive backreferences are decided by
 * the caller.
 */
export function needsBacktracker(parsed: Parsed): boolean {
  const conditional = new Set<number>();
  conditionalGroups(parsed.p, false, conditional);
  const walk = (p: Node[]): boolean => p.some(n => {
    switch (n.op) {
      case 'GROUPREF_EXISTS': return true;
      case 'GROUPREF': return conditional.has(n.g);
      case 'SUBPATTERN': case 'ATOMIC_GROUP': case 'ASSERT': return walk(n.p);
      case 'BRANCH': return n.alts.some(walk);
      case 'REPEAT': {
        if (hasGroup(n.item)) {
          // JS drops an iteration past the minimum that matched empty, and its groups with it.
          if (n.max > n.min && getWidth(n.item, parsed.state)[0] === 0) return true;
          const inner = new Set<number>();
          conditionalGroups(n.item, false, inner);
          if (n.max > 1 && inner.size > 0) return true;
        }
        return walk(n.item);
      }
      default: return false;
    }
  });
  return walk(parsed.p);
}

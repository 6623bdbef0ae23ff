/**
 * Replacement templates for sub(), subn() and Match.expand(): literal text with `\1`,
 * `\g<name>` and `\g<0>` group references, octal and letter escapes, with CPython's errors.
 * CPython: Lib/re/_parser.py (parse_template).
 */
import {
  DIGITS, ESCAPES, MAXGROUPS, OCTDIGITS, Tokenizer, isDigit, inSet, isAsciiLetter, isIdentifier, quote,
} from './re_parse.js';

/** A parsed replacement template: literal pieces with group numbers in between. */
export interface Template {
  /** [index into literals, group number] for each group reference. */
  groups: [number, number][];
  /** Literal text (latin-1 for bytes templates); null where a group goes. */
  literals: (string | null)[];
}

/** Raised for `\g<name>` with an unknown name (CPython raises IndexError there). */
export class TemplateIndexError {
  constructor(readonly msg: string) {}
}

/** CPython: _parser.parse_template. */
export function parseTemplate(chars: string[], istext: boolean, ngroups: number, groupindex: Map<string, number>): Template {
  const s = new Tokenizer(chars, istext);
  const groups: [number, number][] = [];
  const literals: (string | null)[] = [];
  let literal = '';
  const addgroup = (index: number, pos: number): void => {
    if (index > ngroups) throw s.error(`invalid group reference ${index}`, pos);
    if (literal) {
      literals.push(literal);
      literal = '';
    }
    groups.push([literals.length, index]);
    literals.push(null);
  };
  for (;;) {
    let t = s.get();
    if (t === null) break;
    if (t[0] === '\\') {
      const c = t[1];
      if (c === 'g') {
        if (!s.match('<')) throw s.error('missing <');
        const name = s.getuntil('>', 'group name');
        const n = [...name].length;
        let index: number;
        if (isIdentifier(name)) {
          s.checkgroupname(name, 1);
          const g = groupindex.get(name);
          if (g === undefined) throw new TemplateIndexError(`unknown group name ${quote(name)}`);
          index = g;
        } else {
          if (!/^\s*[+]?[0-9]+(_[0-9]+)*\s*$/.test(name)) throw s.error(`bad character in group name ${quote(name)}`, n + 1);
          index = Number(name.replace(/_/g, ''));
          if (index >= MAXGROUPS) throw s.error(`invalid group reference ${index}`, n + 1);
        }
        addgroup(index, n + 1);
      } else if (c === '0') {
        if (inSet(s.next, OCTDIGITS)) {
          t += s.get();
          if (inSet(s.next, OCTDIGITS)) t += s.get();
        }
        literal += String.fromCharCode(parseInt(t.slice(1), 8) & 0xff);
      } else if (DIGITS.includes(c)) {
        let isoctal = false;
        if (isDigit(s.next)) {
          t += s.get();
          if (OCTDIGITS.includes(c) && OCTDIGITS.includes(t[2]) && inSet(s.next, OCTDIGITS)) {
            t += s.get();
            isoctal = true;
            const v = parseInt(t.slice(1), 8);
            if (v > 0o377) throw s.error(`octal escape value ${t} outside of range 0-0o377`, t.length);
            literal += String.fromCharCode(v);
          }
        }
        if (!isoctal) addgroup(parseInt(t.slice(1), 10), t.length - 1);
      } else {
        const e = ESCAPES[t];
        if (e !== undefined) {
          literal += String.fromCharCode(e);
        } else {
          if (isAsciiLetter(c)) throw s.error(`bad escape ${t}`, t.length);
          literal += t;
        }
      }
    } else {
      literal += t;
    }
  }
  if (literal) literals.push(literal);
  return { groups, literals };
}

/**
 * fast-check arbitraries for the `re` property test: random patterns built from a safe subset
 * of the syntax (literals, classes, \d \w \s \b, anchors, groups, repeated groups, named
 * groups with a backreference after them, conditional groups, alternation, lookaround,
 * greedy/lazy/possessive repeats, inline and scoped flags, and a few deliberately bad ones) run over subject
 * strings from a small alphabet that includes a newline, non-ASCII letters and an astral
 * character. Each case prints search/match/fullmatch, findall, finditer spans, sub and split.
 */
import fc from 'fast-check';
import { pyStr } from './pysource.js';

type Arb = fc.Arbitrary<string>;

const CHARS = ['a', 'b', 'c', 'A', 'B', ' ', '-', '\n', '1', '2', 'é', 'É', '😀', 'k', 'K', '_', '.'];

/** Subject strings: mostly short, drawn from the same alphabet as the pattern literals. */
export const subjectArb: Arb = fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }).map(a => a.join(''));

const literal: Arb = fc.constantFrom('a', 'b', 'c', 'A', 'k', ' ', '-', '1', 'é', '😀', '\\.', '\\n', '\\-', '_', 'ab', 'ba');
const classAtom: Arb = fc.constantFrom(
  '[ab]', '[^a]', '[a-c]', '[^a-c\\n]', '[\\w-]', '[\\d ]', '[^\\W\\d]', '[A-Z]', '[é😀]', '[-a]', '[a-]', '[\\s\\S]', '[.]',
);
const escapeAtom: Arb = fc.constantFrom('\\d', '\\D', '\\w', '\\W', '\\s', '\\S', '.');
const anchor: Arb = fc.constantFrom('^', '$', '\\b', '\\B', '\\A', '\\Z');
/**
 * Repeats of groups leave out the possessive ones: 3.11's sre keeps the start mark of a group
 * from an iteration that failed inside a possessive repeat (`(?:(\s)|x?)++` on '\n\n' gives
 * group 1 the span (2, 2)), which is not worth imitating.
 */
const groupQuant: Arb = fc.constantFrom('*', '+', '?', '{2}', '{1,2}', '{,2}', '*?', '+?', '??', '{1,3}?');
const quant: Arb = fc.constantFrom('*', '+', '?', '{2}', '{1,2}', '{,2}', '{2,}', '*?', '+?', '??', '{1,3}?', '*+', '++', '?+');

/** An atom that holds no capturing group (so repeating it is safe to compare). */
const plainAtom: fc.Memo<string> = fc.memo(n => {
  const simple = fc.oneof(literal, classAtom, escapeAtom);
  if (n <= 1) return simple;
  return fc.oneof(
    { arbitrary: simple, weight: 4 },
    { arbitrary: fc.array(plainAtom(n - 1), { minLength: 1, maxLength: 3 }).map(a => `(?:${a.join('')})`), weight: 1 },
    { arbitrary: fc.tuple(plainAtom(n - 1), plainAtom(n - 1)).map(([a, b]) => `(?:${a}|${b})`), weight: 1 },
  );
});

let groupSerial = 0;

/** A sequence item: repeated plain atoms, anchors, groups, lookaround, alternation. */
const item: fc.Memo<string> = fc.memo(n => {
  const base = fc.oneof(
    { arbitrary: plainAtom(2), weight: 4 },
    { arbitrary: fc.tuple(plainAtom(2), quant).map(([a, q]) => a + q), weight: 4 },
    { arbitrary: anchor, weight: 1 },
  );
  if (n <= 1) return base;
  return fc.oneof(
    { arbitrary: base, weight: 5 },
    { arbitrary: seq(n - 1).map(s => `(${s})`), weight: 2 },
    { arbitrary: seq(n - 1).map(s => `(?P<g${groupSerial++}>${s})`), weight: 1 },
    { arbitrary: fc.tuple(plainAtom(1), fc.constantFrom('', '?', '*')).map(([a, q]) => { const g = `r${groupSerial++}`; return `(?P<${g}>${a})${q}(?P=${g})`; }), weight: 1 },
    { arbitrary: fc.tuple(seq(n - 1), groupQuant).map(([s, q]) => `(${s})${q}`), weight: 1 },
    { arbitrary: fc.tuple(seq(n - 1), seq(n - 1), groupQuant).map(([a, b, q]) => `(?:(${a})|${b})${q}`), weight: 1 },
    {
      arbitrary: fc.tuple(plainAtom(1), plainAtom(1), plainAtom(1)).map(([c, y, no]) => {
        const g = `c${groupSerial++}`;
        return `(?P<${g}>${c})?(?(${g})${y}|${no})`;
      }),
      weight: 1,
    },
    { arbitrary: fc.tuple(fc.constantFrom('?=', '?!'), seq(n - 1)).map(([k, s]) => `(${k}${s})`), weight: 1 },
    { arbitrary: fc.tuple(fc.constantFrom('?<=', '?<!'), fc.constantFrom('a', 'b', '\\w', '[ab]', 'ab', '\\s', '😀')).map(([k, s]) => `(${k}${s})`), weight: 1 },
    { arbitrary: fc.tuple(seq(n - 1), seq(n - 1)).map(([a, b]) => `(?:${a}|${b})`), weight: 1 },
    { arbitrary: fc.tuple(fc.constantFrom('i', 's', 'm', '-i', 'i-s'), seq(n - 1)).map(([f, s]) => `(?${f}:${s})`), weight: 1 },
  );
});

function seq(n: number): Arb {
  return fc.array(item(n), { minLength: 1, maxLength: 3 }).map(a => a.join(''));
}

/** A pattern: mostly well-formed, sometimes with a global flag prefix or a syntax error. */
export const patternArb: Arb = fc.oneof(
  { arbitrary: seq(2), weight: 6 },
  { arbitrary: seq(3), weight: 3 },
  { arbitrary: fc.tuple(seq(3), seq(2)).map(([a, b]) => `${a}|${b}`), weight: 2 },
  { arbitrary: fc.tuple(fc.constantFrom('(?i)', '(?m)', '(?s)', '(?a)', '(?ims)'), seq(3)).map(([f, s]) => f + s), weight: 2 },
  {
    arbitrary: fc.tuple(seq(2), fc.constantFrom('(', ')', '**', '[a', '\\', '{1,0}', '(?<=a*)', '(?P<>x)', '\\9', '(?x', '+?+', '\\q', '[b-a]')).map(([s, bad]) => s + bad),
    weight: 1,
  },
);

const flagsArb = fc.constantFrom('0', '0', '0', 're.I', 're.M', 're.S', 're.I | re.M', 're.A');

/** One case: compile, then every operation over a few subjects (errors print their message). */
export const reCase: Arb = fc.tuple(patternArb, flagsArb, fc.array(subjectArb, { minLength: 1, maxLength: 3 })).map(([p, f, subjects]) => [
  'import re',
  'try:',
  `    p = re.compile(${pyStr(p)}, ${f})`,
  'except Exception as e:',
  '    print(type(e).__name__, e)',
  '    return',
  `for s in [${subjects.map(pyStr).join(', ')}]:`,
  '    m = p.search(s)',
  '    print(repr(m), m and m.groups(), m and m.lastindex, repr(p.match(s)), repr(p.fullmatch(s)))',
  '    print(p.findall(s), [m.span() for m in p.finditer(s)])',
  "    print(repr(p.sub('<\\\\g<0>>', s)), p.split(s), p.subn(lambda m: str(m.start()), s, 2))",
].join('\n'));

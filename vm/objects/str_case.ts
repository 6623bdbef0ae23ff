/**
 * str case mapping (upper, lower, title, capitalize, swapcase, casefold) and the is* predicates,
 * using the host's Unicode tables through regex property escapes.
 * CPython: Objects/unicodeobject.c (do_upper, do_title, unicode_isalpha_impl…), Objects/unicodectype.c.
 */
import { PyMethodDescr, StrType, type PyValue } from './object.js';
import { typeError } from './exceptions.js';
import { strSelf, isSpaceChar } from './str_methods.js';
import { isPrintableCp } from './str.js';
import { LazyRegExp } from './lazy_regexp.js';

function def(name: string, fn: (s: string) => PyValue): void {
  const d = new PyMethodDescr(name, (self, args) => {
    if (args.length !== 0) throw typeError(`str.${name}() takes no arguments (${args.length} given)`);
    return fn(strSelf(self));
  }, StrType);
  d.fn0 = self => fn(strSelf(self));
  StrType.dict.set(name, d);
}

const CASED = new LazyRegExp(() => /[\p{Lowercase}\p{Uppercase}\p{Lt}]/u);
const UPPER = new LazyRegExp(() => /\p{Uppercase}/u);
const UPPERISH = new LazyRegExp(() => /[\p{Uppercase}\p{Lt}]/u);
const LOWER = new LazyRegExp(() => /\p{Lowercase}/u);
const ALPHA = new LazyRegExp(() => /^\p{L}$/u);
const DECIMAL = new LazyRegExp(() => /^\p{Nd}$/u);
// Numeric_Type=Digit characters outside Nd (superscripts, circled and parenthesised digits…)
const DIGIT_EXTRA = new LazyRegExp(() => /^[\u00b2\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792\u{10a40}-\u{10a43}\u{1f100}-\u{1f10a}]$/u);
const NUMERIC = new LazyRegExp(() => /^[\p{N}\u3007\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343\u4e07\u5104\u5146\u96f6\u58f9\u8cb3\u53c3\u8086\u4f0d\u9678\u67d2\u634c\u7396\u62fe]$/u);
const ID_START = new LazyRegExp(() => /^[\p{XID_Start}_]$/u);
const ID_CONTINUE = new LazyRegExp(() => /^\p{XID_Continue}$/u);

/** Title-cases one character (differs from upper for digraphs such as 'ǆ' → 'ǅ' and ligatures). */
function titleChar(c: string): string {
  switch (c) {
    case 'ǆ': case 'ǅ': case 'Ǆ': return 'ǅ';
    case 'ǉ': case 'ǈ': case 'Ǉ': return 'ǈ';
    case 'ǌ': case 'ǋ': case 'Ǌ': return 'ǋ';
    case 'ǳ': case 'ǲ': case 'Ǳ': return 'ǲ';
    case 'ŉ': return 'ʼN';
    case '\u1fb3': return '\u1fbc';
    case '\u1fc3': return '\u1fcc';
    case '\u1ff3': return '\u1ffc';
    default: break;
  }
  const cp = c.codePointAt(0)!;
  // Greek with ypogegrammeni: the titlecase form is the prosgegrammeni capital, one code point
  if (cp >= 0x1f80 && cp <= 0x1faf && (cp & 8) === 0) return String.fromCodePoint(cp + 8);
  if (cp >= 0x1f80 && cp <= 0x1faf) return c;
  const up = c.toUpperCase();
  if (up.length <= c.length) return up;
  // a full uppercase mapping of several letters ('ß' → 'SS', 'ﬁ' → 'FI'): title keeps the
  // first one upper and lowers the rest ('Ss', 'Fi')
  const first = String.fromCodePoint(up.codePointAt(0)!);
  return first + up.slice(first.length).toLowerCase();
}

const WORD_AFTER = new LazyRegExp(() => /^[\p{Mn}\p{Me}\p{Cf}\p{Lm}\p{Sk}'.:\u00ad\u2019]*\p{L}/u);

/** CPython: handle_capital_sigma — Σ after a cased letter and not before one lowers to ς. */
function lowerChar(c: string, prevCased: boolean, s: string, next: number): string {
  if (c === 'Σ') return prevCased && !WORD_AFTER.test(s.slice(next)) ? 'ς' : 'σ';
  return c.toLowerCase();
}

export function strTitle(s: string): string {
  let out = '';
  let prevCased = false;
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i)!;
    const c = String.fromCodePoint(cp);
    i += c.length;
    if (prevCased) out += lowerChar(c, true, s, i);
    else out += titleChar(c);
    prevCased = CASED.test(c);
  }
  return out;
}

export function strCapitalize(s: string): string {
  if (s.length === 0) return s;
  const first = String.fromCodePoint(s.codePointAt(0)!);
  return titleChar(first) + s.slice(first.length).toLowerCase();
}

/** CPython: do_swapcase — Lt letters (ǅ) are neither upper nor lower and stay as they are. */
export function strSwapcase(s: string): string {
  let out = '';
  let prevCased = false;
  for (let i = 0; i < s.length;) {
    const c = String.fromCodePoint(s.codePointAt(i)!);
    i += c.length;
    if (UPPER.test(c)) out += lowerChar(c, prevCased, s, i);
    else if (LOWER.test(c)) out += c.toUpperCase();
    else out += c;
    prevCased = CASED.test(c);
  }
  return out;
}

export function strCasefold(s: string): string {
  // Escaped: a literal non-ASCII character in a regex survives bundling and would make the whole
  // CLI bundle a two-byte string for V8 (slower to read and to scan at every start).
  return s.toLowerCase().replace(/\u00df/g, 'ss').replace(/\u03c2/g, '\u03c3').replace(/\u017f/g, 's')
    .replace(/\ufb01/g, 'fi').replace(/\ufb02/g, 'fl').replace(/\ufb00/g, 'ff');
}

function all(s: string, test: (c: string) => boolean): boolean {
  if (s.length === 0) return false;
  for (const c of s) if (!test(c)) return false;
  return true;
}

function isDigitChar(c: string): boolean {
  return DECIMAL.test(c) || DIGIT_EXTRA.test(c);
}

export function strIsLower(s: string): boolean {
  let cased = false;
  for (const c of s) {
    if (UPPERISH.test(c)) return false;
    if (!cased && LOWER.test(c)) cased = true;
  }
  return cased;
}

export function strIsUpper(s: string): boolean {
  let cased = false;
  for (const c of s) {
    if (LOWER.test(c) || /\p{Lt}/u.test(c)) return false;
    if (!cased && UPPERISH.test(c)) cased = true;
  }
  return cased;
}

export function strIsTitle(s: string): boolean {
  let cased = false, prevCased = false;
  for (const c of s) {
    if (UPPERISH.test(c)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (LOWER.test(c)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else {
      prevCased = false;
    }
  }
  return cased;
}

export function strIsIdentifier(s: string): boolean {
  const cps = Array.from(s);
  if (cps.length === 0 || !ID_START.test(cps[0])) return false;
  for (let i = 1; i < cps.length; i++) if (!ID_CONTINUE.test(cps[i])) return false;
  return true;
}

function install(): void {
  def('upper', s => s.toUpperCase());
  def('lower', s => s.toLowerCase());
  def('title', strTitle);
  def('capitalize', strCapitalize);
  def('swapcase', strSwapcase);
  def('casefold', strCasefold);
  def('isalpha', s => all(s, c => ALPHA.test(c)));
  def('isdecimal', s => all(s, c => DECIMAL.test(c)));
  def('isdigit', s => all(s, isDigitChar));
  def('isnumeric', s => all(s, c => NUMERIC.test(c)));
  def('isalnum', s => all(s, c => ALPHA.test(c) || NUMERIC.test(c)));
  def('isspace', s => all(s, isSpaceChar));
  def('islower', strIsLower);
  def('isupper', strIsUpper);
  def('istitle', strIsTitle);
  def('isidentifier', strIsIdentifier);
  def('isprintable', s => {
    for (const c of s) if (!isPrintableCp(c.codePointAt(0)!)) return false;
    return true;
  });
  def('isascii', s => /^[\x00-\x7f]*$/.test(s));
}

install();

/**
 * A Python tokenizer used only to explain a failed parse: it reproduces CPython's tokenizer
 * errors (unterminated strings, unmatched brackets, bad indentation, bad number literals,
 * invalid characters) with their messages and locations, and hands the token stream to the
 * syntax-error heuristics of parse_errors.ts. tree-sitter remains the parser.
 * CPython: Parser/tokenizer.c (tok_get, tok_decimal_tail, verify_end_of_number, syntaxerror).
 */
import type { SyntaxErrorKind } from './errors.js';

export type TokType = 'NAME' | 'NUMBER' | 'STRING' | 'OP' | 'NEWLINE' | 'INDENT' | 'DEDENT' | 'ENDMARKER';

export interface Tok {
  type: TokType;
  text: string;
  /** JS indices into the source. */
  start: number;
  end: number;
  /** 0-based line of `start`. */
  line: number;
  /** Bracket depth before this token. */
  level: number;
}

/** A tokenizer error: kind, message, 1-based line and CPython's offset (1-based column). */
export interface TokError {
  kind: SyntaxErrorKind;
  msg: string;
  line: number;
  offset: number;
  /** CPython's end_offset: the offset itself, or 0 / -1 where CPython gives no end. */
  endOffset: number;
}

export interface TokResult {
  tokens: Tok[];
  error: TokError | null;
  /** The innermost bracket left open at end of input: its 1-based line and offset. */
  unclosed: { ch: string; line: number; offset: number; outerLine: number; outerOffset: number } | null;
}

const OPERATORS = [
  '**=', '//=', '>>=', '<<=', '...', '!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=',
  '<<', '<=', '==', '>=', '>>', '@=', '^=', '|=', '<>',
  '%', '&', '(', ')', '*', '+', ',', '-', '.', '/', ':', ';', '<', '=', '>', '@', '[', ']', '^', '{', '|', '}', '~',
];

function isIdStart(c: string): boolean {
  return /[\p{L}\p{Nl}_\u1885\u1886\u2118\u212e\u309b\u309c]/u.test(c);
}
function isIdChar(c: string): boolean {
  return /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_\u00b7\u0387\u1369-\u1371\u19da]/u.test(c);
}
function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}
function isPotentialIdChar(c: string | undefined): boolean {
  return c !== undefined && (/[A-Za-z0-9_]/.test(c) || c.charCodeAt(0) >= 128);
}

/** CPython's tokenizer over the whole text; stops at the first error. */
export function tokenize(src: string): TokResult {
  const tokens: Tok[] = [];
  const lineStarts: number[] = [0];
  for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) lineStarts.push(i + 1);
  let line = 0;
  let pos = 0;
  const n = src.length;
  const indents = [0], altIndents = [0];
  const brackets: { ch: string; line: number; col: number }[] = [];
  let atLineStart = true;
  let contLine = false;
  const colOf = (i: number): number => charCount(src, lineStarts[lineOf(i)], i);
  const lineOf = (i: number): number => {
    let lo = 0, hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= i) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  const err = (msg: string, at: number, kind: SyntaxErrorKind = 'SyntaxError'): TokResult => ({
    // CPython reports a TabError at the start of the line
    tokens, error: {
      kind, msg, line: lineOf(at) + 1, offset: kind === 'TabError' ? 1 : colOf(at),
      endOffset: kind === 'TabError' ? 0 : kind === 'IndentationError' ? -1 : colOf(at),
    }, unclosed: null,
  });
  const push = (type: TokType, start: number, end: number): void => {
    tokens.push({ type, text: src.slice(start, end), start, end, line: lineOf(start), level: brackets.length });
  };

  while (true) {
    if (atLineStart && brackets.length === 0 && !contLine) {
      // Indentation: columns with tabs to multiples of 8 and, for TabError, tabs as 1.
      let col = 0, alt = 0, i = pos;
      for (; i < n; i++) {
        const c = src[i];
        if (c === ' ') { col++; alt++; } else if (c === '\t') { col = (Math.floor(col / 8) + 1) * 8; alt++; } else if (c === '\f') { col = alt = 0; } else break;
      }
      const c = src[i];
      const blank = i >= n || c === '#' || c === '\n' || c === '\r' || (c === '\\' && (src[i + 1] === '\n' || src[i + 1] === '\r'));
      if (!blank) {
        const top = indents[indents.length - 1];
        if (col === top) {
          if (alt !== altIndents[altIndents.length - 1]) return err('inconsistent use of tabs and spaces in indentation', i, 'TabError');
        } else if (col > top) {
          if (alt <= altIndents[altIndents.length - 1]) return err('inconsistent use of tabs and spaces in indentation', i, 'TabError');
          indents.push(col);
          altIndents.push(alt);
          push('INDENT', i, i);
        } else {
          while (indents.length > 1 && col < indents[indents.length - 1]) {
            indents.pop();
            altIndents.pop();
            push('DEDENT', i, i);
          }
          if (col !== indents[indents.length - 1]) {
            const r = err('unindent does not match any outer indentation level', i, 'IndentationError');
            const ln = lineOf(i);
            let e = ln + 1 < lineStarts.length ? lineStarts[ln + 1] - 1 : n;
            if (e > lineStarts[ln] && src[e - 1] === '\r') e--;
            r.error!.offset = charCount(src, lineStarts[ln], e) + 1;
            return r;
          }
          if (alt !== altIndents[altIndents.length - 1]) return err('inconsistent use of tabs and spaces in indentation', i, 'TabError');
        }
      }
      pos = i;
    }
    atLineStart = false;
    contLine = false;
    // Skip spaces and comments.
    while (pos < n && (src[pos] === ' ' || src[pos] === '\t' || src[pos] === '\f')) pos++;
    if (pos < n && src[pos] === '#') while (pos < n && src[pos] !== '\n' && src[pos] !== '\r') pos++;
    if (pos >= n) break;
    const start = pos;
    const c = src[pos];
    if (c === '\n' || c === '\r') {
      pos += c === '\r' && src[pos + 1] === '\n' ? 2 : 1;
      const prev = tokens.length > 0 ? tokens[tokens.length - 1] : null;
      const blankLine = prev === null || prev.type === 'NEWLINE' || prev.type === 'INDENT' || prev.type === 'DEDENT';
      if (brackets.length === 0 && !blankLine) push('NEWLINE', start, start);
      line++;
      atLineStart = true;
      continue;
    }
    if (c === '\\') {
      const next = src[pos + 1];
      if (next === '\n' || next === '\r') {
        pos += next === '\r' && src[pos + 2] === '\n' ? 3 : 2;
        line++;
        contLine = true;
        if (pos >= n) return err('unexpected EOF while parsing', start + 2);
        continue;
      }
      if (pos + 1 >= n) return err('unexpected EOF while parsing', start + 2);
      return err('unexpected character after line continuation character', start + 2);
    }
    // Names and string prefixes.
    if (isIdStart(c) || c === '_') {
      let i = pos + 1;
      while (i < n && isIdChar(src[i])) i++;
      const word = src.slice(pos, i);
      if ((src[i] === '"' || src[i] === "'") && /^(?:[rRbBfFuU]|[rR][bBfF]|[bBfF][rR])$/.test(word)) {
        const r = readString(src, pos, i);
        if (typeof r === 'string') return err(r, start + 1);
        pos = r;
        push('STRING', start, pos);
        continue;
      }
      pos = i;
      push('NAME', start, pos);
      continue;
    }
    if (c === '"' || c === "'") {
      const r = readString(src, pos, pos);
      if (typeof r === 'string') {
        const res = err(r, start + 1);
        return res;
      }
      pos = r;
      push('STRING', start, pos);
      continue;
    }
    if (isDigit(c) || (c === '.' && isDigit(src[pos + 1]))) {
      const r = readNumber(src, pos);
      if (typeof r !== 'number') {
        const off = colOf(r.at) + r.plus;
        return { tokens, error: { kind: 'SyntaxError', msg: r.msg, line: lineOf(r.at) + 1, offset: off, endOffset: off }, unclosed: null };
      }
      pos = r;
      push('NUMBER', start, pos);
      continue;
    }
    const levelBefore = brackets.length;
    let op = '';
    for (const o of OPERATORS) if (src.startsWith(o, pos)) { op = o; break; }
    if (op === '' || op === '<>') {
      if (c === '!' || c === '$' || c === '?' || c === '`' || c === '<') {
        pos++;
        push('OP', start, pos);
        continue;
      }
      const cp = src.codePointAt(pos)!;
      const ch = String.fromCodePoint(cp);
      const hex = cp.toString(16).toUpperCase().padStart(4, '0');
      if (/[\p{C}\p{Z}]/u.test(ch)) return err(`invalid non-printable character U+${hex}`, start + 1);
      return err(`invalid character '${ch}' (U+${hex})`, start + 1);
    }
    if (op === '(' || op === '[' || op === '{') {
      if (brackets.length >= 200) return err('too many nested parentheses', start + 1);
      brackets.push({ ch: op, line: lineOf(start), col: colOf(start) });
    } else if (op === ')' || op === ']' || op === '}') {
      const open = brackets.pop();
      if (open === undefined) return err(`unmatched '${op}'`, start + 1);
      const want = open.ch === '(' ? ')' : open.ch === '[' ? ']' : '}';
      if (want !== op) {
        const where = open.line !== lineOf(start) ? ` on line ${open.line + 1}` : '';
        return err(`closing parenthesis '${op}' does not match opening parenthesis '${open.ch}'${where}`, start + 1);
      }
    }
    pos += op.length;
    push('OP', start, pos);
    tokens[tokens.length - 1].level = levelBefore;
  }
  const last = tokens.length > 0 ? tokens[tokens.length - 1] : null;
  if (last !== null && last.type !== 'NEWLINE' && last.type !== 'DEDENT' && last.type !== 'INDENT' && brackets.length === 0) {
    push('NEWLINE', n, n);
  }
  while (indents.length > 1) { indents.pop(); push('DEDENT', n, n); }
  push('ENDMARKER', n, n);
  const open = brackets.length > 0 ? brackets[brackets.length - 1] : null;
  const outer = brackets.length > 0 ? brackets[0] : null;
  return {
    tokens, error: null,
    unclosed: open === null || outer === null ? null : {
      ch: open.ch, line: open.line + 1, offset: open.col + 1, outerLine: outer.line + 1, outerOffset: outer.col + 1,
    },
  };
}

function charCount(s: string, from: number, to: number): number {
  let k = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) k++;
  }
  return k;
}

/** Reads a string literal whose quote is at `q`; returns its end or CPython's error message. */
function readString(src: string, start: number, q: number): number | string {
  const quote = src[q];
  const triple = src[q + 1] === quote && src[q + 2] === quote;
  let i = q + (triple ? 3 : 1);
  const n = src.length;
  while (i < n) {
    const c = src[i];
    if (c === '\\') { i += 2; continue; }
    if (triple) {
      if (c === quote && src[i + 1] === quote && src[i + 2] === quote) return i + 3;
    } else {
      if (c === quote) return i + 1;
      if (c === '\n' || c === '\r') break;
    }
    i++;
  }
  void start;
  if (triple) {
    let lines = 1;
    for (let k = 0; k < n; k++) if (src[k] === '\n' && k + 1 < n) lines++;
    return `unterminated triple-quoted string literal (detected at line ${lines})`;
  }
  let lines = 1;
  for (let k = 0; k < q; k++) if (src[k] === '\n') lines++;
  return `unterminated string literal (detected at line ${lines})`;
}

interface NumErr { msg: string; at: number; plus: number }

/** Reads a number; returns its end or CPython's error (offset = column of `at` + `plus`). */
function readNumber(src: string, start: number): number | NumErr {
  let i = start;
  const tail = (isOk: (c: string | undefined) => boolean, kind: string): number | NumErr => {
    for (;;) {
      while (isOk(src[i])) i++;
      if (src[i] !== '_') return i;
      i++;
      if (!isOk(src[i])) return { msg: `invalid ${kind} literal`, at: i, plus: 0 };
    }
  };
  const endCheck = (kind: string): number | NumErr => {
    const c = src[i];
    if (!isPotentialIdChar(c)) return i;
    const rest = src.slice(i);
    if (/^(and|else|for|if|in|is|or|not)/.test(rest)) return i;
    return { msg: `invalid ${kind} literal`, at: i, plus: 0 };
  };
  if (src[i] === '0' && /[xXoObB]/.test(src[i + 1] ?? '')) {
    const k = src[i + 1].toLowerCase();
    const kind = k === 'x' ? 'hexadecimal' : k === 'o' ? 'octal' : 'binary';
    const ok = k === 'x' ? (c: string | undefined) => c !== undefined && /[0-9a-fA-F]/.test(c)
      : k === 'o' ? (c: string | undefined) => c !== undefined && /[0-7]/.test(c)
        : (c: string | undefined) => c === '0' || c === '1';
    i += 2;
    if (src[i] === '_') i++;
    if (!ok(src[i])) {
      if (isDigit(src[i])) return { msg: `invalid digit '${src[i]}' in ${kind} literal`, at: i + 1, plus: 0 };
      return { msg: `invalid ${kind} literal`, at: i, plus: 0 };
    }
    const r = tail(ok, kind);
    if (typeof r !== 'number') return r;
    if (isDigit(src[i])) return { msg: `invalid digit '${src[i]}' in ${kind} literal`, at: i + 1, plus: 0 };
    return endCheck(kind);
  }
  let isFloat = false;
  if (src[i] !== '.') {
    const r = tail(isDigit, 'decimal');
    if (typeof r !== 'number') return r;
  }
  const intText = src.slice(start, i).replace(/_/g, '');
  if (src[i] === '.') {
    isFloat = true;
    i++;
    if (isDigit(src[i])) {
      const r = tail(isDigit, 'decimal');
      if (typeof r !== 'number') return r;
    }
  }
  if (src[i] === 'e' || src[i] === 'E') {
    const save = i;
    i++;
    if (src[i] === '+' || src[i] === '-') i++;
    if (!isDigit(src[i])) {
      if (src[save + 1] === '+' || src[save + 1] === '-') return { msg: 'invalid decimal literal', at: i, plus: 0 };
      i = save;
      return endCheck('decimal');
    }
    isFloat = true;
    const r = tail(isDigit, 'decimal');
    if (typeof r !== 'number') return r;
  }
  if (src[i] === 'j' || src[i] === 'J') {
    i++;
    return endCheck('imaginary');
  }
  if (!isFloat && intText.length > 1 && intText[0] === '0' && /[^0]/.test(intText)) {
    return { msg: 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', at: start, plus: 1 };
  }
  return endCheck('decimal');
}

/**
 * Shared state of one lowering pass: the source text, its line table, and conversion from
 * tree-sitter positions (UTF-16 indices) to CPython's AST positions (1-based lines, UTF-8 byte
 * columns) and to SyntaxError offsets (1-based character columns).
 * CPython: the token position bookkeeping in Parser/pegen.c (initialize_token) and
 * _PyPegen_byte_offset_to_character_offset.
 */
import type { Pos } from './ast.js';
import { CompileError, type SyntaxErrorKind } from './errors.js';
import type { CstNode } from './parse.js';

/** Python 3 keywords: never names (tree-sitter's recovery sometimes reads them as identifiers). */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import',
  'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while',
  'with', 'yield',
]);

export class LowerCtx {
  readonly source: string;
  readonly filename: string;
  /** JS index where each line starts (line i + 1 in CPython's numbering). */
  readonly lineStarts: number[];
  /** Whether each line is pure ASCII, so byte columns equal JS index differences. */
  readonly lineAscii: boolean[];
  /** A leading `*` being hoisted over the expression it heads (see lower_expr.ts splatHead). */
  unsplat: CstNode | null = null;
  /** Set while lowering the generator expression that is a call's only argument. */
  genexpArg = false;
  /** The module node, for diagnosing structural errors found while lowering. */
  root: CstNode | null = null;

  constructor(source: string, filename: string) {
    this.source = source;
    this.filename = filename;
    const starts = [0];
    const ascii: boolean[] = [];
    let isAscii = true;
    for (let i = 0; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c > 127) isAscii = false;
      else if (c === 10) {
        starts.push(i + 1);
        ascii.push(isAscii);
        isAscii = true;
      }
    }
    ascii.push(isAscii);
    this.lineStarts = starts;
    this.lineAscii = ascii;
  }

  /** Line index (0-based) holding JS index `idx`. */
  rowOf(idx: number): number {
    const s = this.lineStarts;
    let lo = 0, hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= idx) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  /** UTF-8 byte column of JS index `idx` on line `row`. */
  byteCol(row: number, idx: number): number {
    const start = this.lineStarts[row];
    if (this.lineAscii[row]) return idx - start;
    return utf8Length(this.source, start, idx);
  }

  /** Character (code point) column of JS index `idx` on line `row`. */
  charCol(row: number, idx: number): number {
    const start = this.lineStarts[row];
    if (this.lineAscii[row]) return idx - start;
    let n = 0;
    for (let i = start; i < idx; i++) {
      const c = this.source.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff) n++;
    }
    return n;
  }

  /** Source line `row` (0-based) without its line ending. */
  lineText(row: number): string {
    const start = this.lineStarts[row];
    let end = row + 1 < this.lineStarts.length ? this.lineStarts[row + 1] - 1 : this.source.length;
    if (end > start && this.source.charCodeAt(end - 1) === 13) end--;
    return this.source.slice(start, end);
  }

  /** An identifier's name, NFKC-normalised as CPython's tokenizer does for non-ASCII names. */
  identifier(n: CstNode): string {
    const t = n.text;
    if (KEYWORDS.has(t)) throw this.error('invalid syntax', n);
    // eslint-disable-next-line no-control-regex
    return /^[\x00-\x7f]*$/.test(t) ? t : t.normalize('NFKC');
  }

  /** AST position of a CST node. */
  pos(n: CstNode): Pos {
    return this.span(n, n);
  }

  /** AST position from the start of `a` to the end of `b`. */
  span(a: CstNode, b: CstNode): Pos {
    const r0 = a.startPosition.row, r1 = b.endPosition.row;
    return {
      lineno: r0 + 1,
      col_offset: this.byteCol(r0, a.startIndex),
      end_lineno: r1 + 1,
      end_col_offset: this.byteCol(r1, b.endIndex),
    };
  }

  /** A SyntaxError located at JS indices [start, end). */
  errorAt(kind: SyntaxErrorKind, msg: string, start: number, end: number = start + 1): CompileError {
    const row = this.rowOf(start);
    const erow = this.rowOf(end);
    return new CompileError(
      kind, msg, this.filename, row + 1, this.charCol(row, start) + 1, this.lineText(row),
      erow + 1, this.charCol(erow, end) + 1,
    );
  }

  /** A SyntaxError covering CST node `n` (CPython: RAISE_SYNTAX_ERROR_KNOWN_LOCATION). */
  error(msg: string, n: CstNode, end: CstNode = n): CompileError {
    return this.errorAt('SyntaxError', msg, n.startIndex, end.endIndex);
  }

  /** A SyntaxError at an AST position (for errors found on already-lowered nodes). */
  errorPos(msg: string, p: Pos): CompileError {
    const row = p.lineno - 1, erow = p.end_lineno - 1;
    return new CompileError(
      'SyntaxError', msg, this.filename, p.lineno, this.byteToChar(row, p.col_offset) + 1,
      this.lineText(row), p.end_lineno, this.byteToChar(erow, p.end_col_offset) + 1,
    );
  }

  /** Converts a UTF-8 byte column on line `row` to a character column. */
  byteToChar(row: number, byteCol: number): number {
    if (row >= this.lineStarts.length || this.lineAscii[row]) return byteCol;
    const text = this.lineText(row);
    let bytes = 0, chars = 0;
    for (const ch of text) {
      if (bytes >= byteCol) break;
      const cp = ch.codePointAt(0)!;
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      chars++;
    }
    return chars;
  }
}

/** Number of UTF-8 bytes encoding s[start, end). */
export function utf8Length(s: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

/** Positions copied from an AST node (CPython: EXTRA built from existing nodes). */
export function posOf(p: Pos): Pos {
  return { lineno: p.lineno, col_offset: p.col_offset, end_lineno: p.end_lineno, end_col_offset: p.end_col_offset };
}

/** Position from the start of `a` to the end of `b`. */
export function posSpan(a: Pos, b: Pos): Pos {
  return { lineno: a.lineno, col_offset: a.col_offset, end_lineno: b.end_lineno, end_col_offset: b.end_col_offset };
}

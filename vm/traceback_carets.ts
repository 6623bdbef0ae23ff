/**
 * The `~~~^^^` line under a traceback's source line (PEP 657): the range of the instruction that
 * raised, or of the call a frame was making, from the code object's co_positions. For a binary
 * operation or a subscript alone in that range, the operator or the brackets get `^` and the
 * operands `~`, found by parsing the range's text. No line when `^` would cover the whole line.
 * CPython 3.11: Python/traceback.c (tb_displayline, extract_anchors_from_line).
 */
import type { CodeObject } from './code.js';

/** As much of a parsed expression as the anchors need (CPython's AST field names). */
export interface AnchorExpr {
  _type: string;
  col_offset: number;
  end_col_offset?: number;
  left?: AnchorExpr;
  right?: AnchorExpr;
  value?: AnchorExpr;
  slice?: AnchorExpr;
}

/** Parses a module's text to its statements, or throws for bad syntax. */
export type SegmentParser = (source: string) => { _type: string; value?: AnchorExpr }[];

let parseSegment: SegmentParser | null = null;

/** The compiler offers its parser here when it loads (the VM does not import the compiler). */
export function setSegmentParser(fn: SegmentParser): void {
  parseSegment = fn;
}

const INDENT = 4;

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0c;
}

/** The code points of `s` (a str's characters; astral ones are surrogate pairs in JS). */
function codePoints(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0) as number);
  return out;
}

function utf8Length(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** CPython: _PyPegen_byte_offset_to_character_offset, over code points. */
function byteToChar(cps: number[], byteOffset: number): number {
  let bytes = 0, i = 0;
  while (i < cps.length && bytes + utf8Length(cps[i]) <= byteOffset) bytes += utf8Length(cps[i++]);
  return i;
}

/** The text of code points (in slices: a spread of a very long line would exceed V8's argument limit). */
function textOf(cps: number[]): string {
  let s = '';
  for (let i = 0; i < cps.length; i += 4096) s += String.fromCodePoint(...cps.slice(i, i + 4096));
  return s;
}

/** Where the secondary characters go, and whether the primary is `~` (else both are `^`). */
type Anchors = { left: number; right: number; tilde: boolean };

/**
 * CPython: extract_anchors_from_expr, on the segment's UTF-8 bytes: byte offsets into the
 * segment, or null for an expression without anchors.
 */
function exprAnchors(seg: Uint8Array, e: AnchorExpr): Anchors | null {
  if (e._type === 'BinOp' && e.left !== undefined && e.right !== undefined && e.left.end_col_offset !== undefined) {
    let left = -1, right = -1, tilde = false;
    const stop = e.right.col_offset;
    for (let i = e.left.end_col_offset; i < stop; i++) {
      if (isWhitespace(seg[i])) continue;
      left = i;
      right = i + 1;
      // A two-character operator (`//`, `**`, `<<`)
      if (i + 1 < stop && !isWhitespace(seg[i + 1])) right++;
      // Past the closing parentheses of a parenthesised left operand
      if (i + 1 < stop && seg[i] === 0x29) continue;
      tilde = true;
      break;
    }
    return { left, right, tilde };
  }
  if (e._type === 'Subscript' && e.value?.end_col_offset !== undefined && e.slice?.end_col_offset !== undefined) {
    let left = e.value.end_col_offset, right = e.slice.end_col_offset + 1;
    while (left < seg.length && seg[left] !== 0x5b) left++;
    while (right < seg.length && seg[right] !== 0x5d) right++;
    if (right < seg.length) right++;
    return { left, right, tilde: true };
  }
  return null;
}

/** CPython: extract_anchors_from_line — char offsets in the line, or null. */
function lineAnchors(cps: number[], start: number, end: number): Anchors | null {
  if (parseSegment === null) return null;
  const segCps = cps.slice(start, end);
  const segment = textOf(segCps);
  let body;
  try {
    body = parseSegment(segment);
  } catch {
    return null;
  }
  if (body.length !== 1 || body[0]._type !== 'Expr' || body[0].value === undefined) return null;
  const a = exprAnchors(new TextEncoder().encode(segment), body[0].value);
  if (a === null) return null;
  const left = a.left < 0 ? -1 : byteToChar(segCps, a.left) + start;
  const right = a.right < 0 ? -1 : byteToChar(segCps, a.right) + start;
  return { left, right, tilde: a.tilde };
}

/**
 * The caret line for the source line `line` (line number `lineno`, as read from the file) of a
 * traceback entry at byte offset `lasti` of `code`, after `margin`; '' for none.
 */
export function caretLine(code: CodeObject, lasti: number, lineno: number, line: string, margin: string): string {
  const pos = code.co_positions;
  const at = (lasti >> 1) * 4;
  if (pos === null || at + 3 >= pos.length) return '';
  const startLine = pos[at], endLine = pos[at + 1], startCol = pos[at + 2], endCol = pos[at + 3];
  if (startLine < 0 || endLine < 0 || startCol < 0 || endCol < 0 || startLine !== lineno) return '';
  const cps = codePoints(line.endsWith('\n') ? line.slice(0, line.endsWith('\r\n') ? -2 : -1) : line);
  const start = byteToChar(cps, startCol);
  let end = byteToChar(cps, endCol);
  let anchors: Anchors | null = null;
  if (startLine === endLine) {
    anchors = lineAnchors(cps, start, end);
  } else {
    // A range over several lines is highlighted to the last non-blank of its first.
    let i = cps.length;
    while (--i >= 0 && isWhitespace(cps[i]));
    end = i + 1;
  }
  let leading = 0;
  while (leading < cps.length && isWhitespace(cps[leading])) leading++;
  const left = anchors === null ? -1 : anchors.left, right = anchors === null ? -1 : anchors.right;
  const special = left !== -1 || right !== -1;
  if (end - start === cps.length - leading && !special) return '';
  const primary = anchors !== null && anchors.tilde ? '~' : '^';
  let out = margin;
  for (let offset = leading - INDENT + 1; offset <= end; offset++) {
    if (offset <= start) out += ' ';
    else if (special && left < offset && offset <= right) out += '^';
    else out += primary;
  }
  return out + '\n';
}

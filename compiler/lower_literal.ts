/**
 * Literal nodes → Constant / JoinedStr: numbers, and (implicitly concatenated) str, bytes and
 * f-strings, with the positions CPython 3.11 gives them (every literal part and FormattedValue
 * of an f-string spans the whole concatenation; expressions inside keep their own place).
 * CPython: _PyPegen_concatenate_strings and the f-string parser in Parser/string_parser.c.
 */
import type * as A from './ast.js';
import { PyBytes, type PyValue } from '../vm/objects/object.js';
import type { LowerCtx } from './lower_ctx.js';
import type { CompileError } from './errors.js';
import type { CstNode } from './parse.js';
import { NumberError, parseNumber } from './numbers.js';
import { StringError, decodeBytes, decodeFStringLiteral, decodeRaw, decodeStrEscapes, parsePrefix } from './strings.js';
import { kids, lowerExpr, tokens } from './lower_expr.js';

export function constant(value: PyValue, pos: A.Pos): A.Constant {
  return { _type: 'Constant', value, ...pos };
}

export function lowerNumber(L: LowerCtx, n: CstNode): A.Constant {
  const v = parseNumber(n.text);
  if (v instanceof NumberError) throw L.errorAt('SyntaxError', v.msg, n.startIndex + v.at, n.startIndex + v.end);
  return constant(v, L.pos(n));
}

/** One string token: its prefix and the source range of its body. */
interface Piece {
  node: CstNode;
  raw: boolean;
  bytes: boolean;
  fmt: boolean;
  u: boolean;
  bodyStart: number;
  bodyEnd: number;
  /** The whole (concatenated) string atom this piece belongs to. */
  whole: CstNode;
}

/**
 * CPython reports most string errors with RAISE_SYNTAX_ERROR, i.e. at the token after the
 * string atom (often the NEWLINE).
 */
function errorAfter(L: LowerCtx, msg: string, whole: CstNode): CompileError {
  let i = whole.endIndex;
  while (i < L.source.length && (L.source[i] === ' ' || L.source[i] === '\t' || L.source[i] === '\f')) i++;
  return L.errorAt('SyntaxError', msg, i, i);
}

function piece(n: CstNode, whole: CstNode): Piece {
  const start = n.children[0];
  const startText = start.text;
  const prefix = startText.replace(/['"]+$/, '');
  const quoteLen = startText.length - prefix.length;
  // The body ends one quote before the node does (tree-sitter's string_end may also swallow
  // a backslash of a raw string, as in r'\'').
  return { node: n, ...parsePrefix(prefix), bodyStart: start.endIndex, bodyEnd: n.endIndex - quoteLen, whole };
}

// strings: STRING+ — concatenated into one Constant, or a JoinedStr when any part is an f-string
export function lowerStrings(L: LowerCtx, n: CstNode): A.expr {
  const nodes = n.type === 'string' ? [n] : kids(n);
  const pieces = nodes.map((x) => piece(x, n));
  const pos = L.pos(n);
  const anyBytes = pieces.some((p) => p.bytes);
  if (anyBytes && !pieces.every((p) => p.bytes)) throw errorAfter(L, 'cannot mix bytes and nonbytes literals', n);
  if (anyBytes) {
    const parts: Uint8Array[] = [];
    for (const p of pieces) {
      const b = decodeBytes(L.source.slice(p.bodyStart, p.bodyEnd), p.raw);
      if (b instanceof StringError) throw b.msg.startsWith('bytes can only') ? L.error(b.msg, p.node) : errorAfter(L, b.msg, n);
      parts.push(b);
    }
    let total = 0;
    for (const b of parts) total += b.length;
    const out = new Uint8Array(total);
    let off = 0;
    for (const b of parts) { out.set(b, off); off += b.length; }
    return constant(new PyBytes(out), pos);
  }
  if (!pieces.some((p) => p.fmt)) {
    let s = '';
    for (const p of pieces) s += decodePlain(L, p, p.bodyStart, p.bodyEnd);
    const c = constant(s, pos);
    if (pieces[0].u) c.kind = 'u';
    return c;
  }
  const b = new FStringBuilder(pos);
  for (const p of pieces) {
    if (!p.fmt) {
      b.addLiteral(decodePlain(L, p, p.bodyStart, p.bodyEnd));
      continue;
    }
    lowerFStringPiece(L, p, b, pos);
  }
  return { _type: 'JoinedStr', values: b.finish(), ...pos };
}

function decodePlain(L: LowerCtx, p: Piece, start: number, end: number): string {
  const body = L.source.slice(start, end);
  if (p.raw) return decodeRaw(body);
  const s = decodeStrEscapes(body);
  if (s instanceof StringError) throw errorAfter(L, s.msg, p.whole);
  return s;
}

/** Accumulates JoinedStr values, merging adjacent literal text (CPython: FstringParser). */
class FStringBuilder {
  values: A.expr[] = [];
  last = '';
  /**
   * Literal text flushed before an expression spans the whole concatenation; text left at the
   * end spans `finishPos` (the whole concatenation at top level, the current token in a spec).
   */
  constructor(readonly pos: A.Pos, readonly finishPos: A.Pos = pos) {}
  addLiteral(s: string): void {
    this.last += s;
  }
  addValue(v: A.FormattedValue): void {
    this.flush();
    this.values.push(v);
  }
  flush(): void {
    if (this.last.length > 0) this.values.push(constant(this.last, { ...this.pos }));
    this.last = '';
  }
  finish(): A.expr[] {
    if (this.last.length > 0) this.values.push(constant(this.last, { ...this.finishPos }));
    this.last = '';
    return this.values;
  }
}

/** Literal text of an f-string between two JS indices. */
function fLiteral(L: LowerCtx, p: Piece, start: number, end: number): string {
  const s = decodeFStringLiteral(L.source.slice(start, end), p.raw);
  if (s instanceof StringError) throw errorAfter(L, s.msg, p.whole);
  return s;
}

function lowerFStringPiece(L: LowerCtx, p: Piece, b: FStringBuilder, pos: A.Pos): void {
  let at = p.bodyStart;
  for (const c of p.node.children) {
    if (c.type !== 'interpolation') continue;
    b.addLiteral(fLiteral(L, p, at, c.startIndex));
    lowerInterpolation(L, p, c, b, pos);
    at = c.endIndex;
  }
  b.addLiteral(fLiteral(L, p, at, p.bodyEnd));
}

const CONVERSIONS: Record<string, number> = { '!s': 115, '!r': 114, '!a': 97 };

// '{' expression ['='] ['!' NAME] [':' format_spec] '}'
function lowerInterpolation(L: LowerCtx, p: Piece, n: CstNode, b: FStringBuilder, pos: A.Pos, level = 0): void {
  if (level >= 2) throw errorAfter(L, 'f-string: expressions nested too deeply', p.whole);
  const exprNode = n.childForFieldName('expression');
  if (exprNode === null) throw errorAfter(L, 'f-string: empty expression not allowed', p.whole);
  const toks = tokens(n);
  let conversion = -1;
  let spec: CstNode | null = null;
  let debugEnd = -1;
  let exprEnd = exprNode.endIndex;
  for (const t of toks) {
    if (t.type === '=' && t.startIndex >= exprNode.endIndex) debugEnd = t.endIndex;
    else if (t.type === 'type_conversion') {
      const conv = CONVERSIONS[t.text];
      if (conv === undefined) {
        throw errorAfter(L, "f-string: invalid conversion character: expected 's', 'r', or 'a'", p.whole);
      }
      conversion = conv;
      exprEnd = Math.max(exprEnd, t.startIndex);
    } else if (t.type === 'format_specifier') spec = t;
  }
  const exprText = L.source.slice(n.startIndex + 1, exprEnd);
  if (exprText.includes('\\')) throw errorAfter(L, 'f-string expression part cannot include a backslash', p.whole);
  if (/#/.test(exprText.replace(/(['"]).*?\1/g, ''))) throw errorAfter(L, "f-string expression part cannot include '#'", p.whole);
  const value = lowerExpr(L, exprNode);
  if (exprNode.type === 'expression_list' || exprNode.type === 'pattern_list') {
    // CPython compiles the text as '(' expr ')', the parentheses standing on '{' and on the
    // character that ends the expression, so a bare tuple spans both.
    let e = exprNode.endIndex;
    while (e < n.endIndex && /[ \t\f\r\n]/.test(L.source[e])) e++;
    const start = L.rowOf(n.startIndex), end = L.rowOf(e);
    value.lineno = start + 1;
    value.col_offset = L.byteCol(start, n.startIndex);
    value.end_lineno = end + 1;
    value.end_col_offset = L.byteCol(end, e + 1);
  }
  if (debugEnd >= 0) {
    let e = debugEnd;
    while (e < L.source.length && /[ \t\f\r\n]/.test(L.source[e])) e++;
    b.addLiteral(L.source.slice(n.startIndex + 1, e));
    if (conversion === -1 && spec === null) conversion = 114;
  }
  const format_spec = spec === null ? null : lowerFormatSpec(L, p, spec, pos, level + 1);
  b.addValue({ _type: 'FormattedValue', value, conversion, format_spec, ...pos });
}

// format_spec: the text after ':' is itself an f-string body, nested interpolations included
function lowerFormatSpec(L: LowerCtx, p: Piece, spec: CstNode, pos: A.Pos, level: number): A.JoinedStr {
  const tokenPos = L.pos(p.node);
  const inner = new FStringBuilder(pos, tokenPos);
  let at = spec.startIndex + 1;
  for (const c of spec.children) {
    if (c.type !== 'format_expression') continue;
    inner.addLiteral(fLiteral(L, p, at, c.startIndex));
    lowerInterpolation(L, p, c, inner, pos, level);
    at = c.endIndex;
  }
  inner.addLiteral(fLiteral(L, p, at, spec.endIndex));
  return { _type: 'JoinedStr', values: inner.finish(), ...tokenPos };
}

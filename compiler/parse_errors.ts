/**
 * Explains a failed parse the way CPython 3.11 does. Tokenizer errors (parse_tokens.ts) win,
 * as CPython re-tokenizes the rest of the file after a parser error; then the specific
 * messages of the grammar's invalid_* rules are recognised on the token stream (missing ':',
 * indentation, missing comma, Python 2 print, bad assignment targets…); otherwise the generic
 * "invalid syntax" points at the token tree-sitter could not place.
 * CPython: Parser/pegen_errors.c (_PyPegen_set_syntax_error, tokenize_full_source) and the
 * invalid_* rules of Grammar/python.gram.
 */
import { CompileError } from './errors.js';
import { KEYWORDS, LowerCtx } from './lower_ctx.js';
import type { CstNode } from './parse.js';
import { tokenize, type Tok } from './parse_tokens.js';
import { parseTree } from './parse.js';
import { lowerExpr, kids } from './lower_expr.js';
import { exprName, invalidTarget } from './lower_target.js';
import type * as A from './ast.js';



const CLAUSES = new Set(['elif', 'else', 'except', 'finally']);
const COMPOUND = new Set(['if', 'elif', 'else', 'while', 'for', 'try', 'except', 'finally', 'with', 'def', 'class', 'async']);

/** Throws the CompileError CPython would raise for a tree with ERROR or MISSING nodes. */
export function diagnose(root: CstNode, source: string, filename: string): void {
  if (!root.hasError) return;
  throw syntaxErrorFor(root, source, filename);
}

/**
 * The error CPython reports for `source`, for trees that are wrong in ways tree-sitter does not
 * flag (an empty block, a misplaced indent) as well as for ERROR/MISSING nodes.
 */
export function syntaxErrorFor(root: CstNode, source: string, filename: string): CompileError {
  const L = new LowerCtx(source, filename);
  const t = tokenize(source);
  if (t.error !== null) {
    const e = t.error;
    return new CompileError(e.kind, e.msg, filename, e.line, e.offset, L.lineText(e.line - 1), e.line, e.endOffset);
  }
  const found = parserError(L, root, t.tokens);
  const u = t.unclosed;
  if (u !== null) {
    // CPython reports the unclosed bracket when the error lies on a later line, or when its
    // parser had to look ahead to the end of input (every specific rule does).
    const sameStatement = found.lineno > u.outerLine || (found.lineno === u.outerLine && found.offset >= u.outerOffset);
    if (found.lineno > u.line || (sameStatement && found.msg !== 'invalid syntax')) {
      return new CompileError('SyntaxError', `'${u.ch}' was never closed`, filename, u.line, u.offset, L.lineText(u.line - 1), u.line, 0);
    }
  }
  return found;
}

/** An error at token `t` with CPython's 1-based offset (column + 1 unless `offsetIsCol`). */
function at(L: LowerCtx, kind: 'SyntaxError' | 'IndentationError', msg: string, t: Tok, endTok: Tok = t): CompileError {
  const row = L.rowOf(t.start);
  const col = L.charCol(row, t.start);
  const erow = L.rowOf(endTok.end);
  // CPython's NEWLINE token has no width in its error locations
  const ecol = L.charCol(erow, endTok.end);
  return new CompileError(kind, msg, L.filename, row + 1, col + 1, L.lineText(row), erow + 1, ecol + 1);
}

/** CPython's RAISE_INDENTATION_ERROR / tokenizer errors: no end column (-1). */
function atNoEnd(L: LowerCtx, kind: 'IndentationError', msg: string, t: Tok): CompileError {
  const row = L.rowOf(t.start);
  const col = L.charCol(row, t.start);
  return new CompileError(kind, msg, L.filename, row + 1, col, L.lineText(row), row + 1, -1);
}

interface Line {
  /** INDENT/DEDENT tokens before the line. */
  pre: Tok[];
  toks: Tok[];
}

function logicalLines(tokens: Tok[]): Line[] {
  const out: Line[] = [];
  let pre: Tok[] = [];
  let cur: Tok[] = [];
  for (const t of tokens) {
    if (t.type === 'INDENT' || t.type === 'DEDENT') {
      if (cur.length === 0) pre.push(t);
      continue;
    }
    if (t.type === 'ENDMARKER') break;
    cur.push(t);
    if (t.type === 'NEWLINE') {
      out.push({ pre, toks: cur });
      pre = [];
      cur = [];
    }
  }
  if (cur.length > 0 || pre.length > 0) out.push({ pre, toks: cur });
  return out;
}

function headerName(kw: string, toks: Tok[]): string {
  if (kw === 'def') return 'function definition';
  if (kw === 'class') return 'class definition';
  if (kw === 'async') {
    const next = toks[1]?.text;
    if (next === 'def') return 'function definition';
    return `'${next}' statement`;
  }
  return `'${kw}' statement`;
}

/** The header's ':' at bracket depth 0 (skipping the ':' of lambdas), or -1. */
function headerColon(toks: Tok[]): number {
  let lambdas = 0;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    if (t.level !== 0) continue;
    if (t.type === 'NAME' && t.text === 'lambda') lambdas++;
    if (t.type === 'OP' && t.text === ':') {
      if (lambdas > 0) { lambdas--; continue; }
      return i;
    }
  }
  return -1;
}

function parserError(L: LowerCtx, root: CstNode, tokens: Tok[]): CompileError {
  const lines = logicalLines(tokens);
  const blockKw: string[] = [];
  let prevHeader: { kw: string; line: number; toks: Tok[] } | null = null;
  let pendingTry = false;
  let afterDecorator = false;
  /** Per block depth: whether the previous statement there was a compound one. */
  const lastCompound: boolean[] = [false];
  for (const ln of lines) {
    const first = ln.toks[0];
    const indented = ln.pre.some((t) => t.type === 'INDENT');
    const dedents = ln.pre.filter((t) => t.type === 'DEDENT').length;
    if (first === undefined) break;
    if (prevHeader !== null && !indented) {
      // end = start: CPython's own display shows a single caret for this IndentationError
      const e = at(L, 'IndentationError', `expected an indented block after ${headerName(prevHeader.kw, prevHeader.toks)} on line ${prevHeader.line}`, first);
      return new CompileError(e.kind, e.msg, e.filename, e.lineno, e.offset, e.text, e.lineno, e.offset);
    }
    if (indented && prevHeader === null) return atNoEnd(L, 'IndentationError', 'unexpected indent', first);
    if (indented && prevHeader !== null) blockKw.push(prevHeader.kw);
    for (let d = 0; d < dedents; d++) {
      const kw = blockKw.pop();
      if (kw === 'try' && d === dedents - 1) pendingTry = true;
    }
    if (pendingTry && !(first.type === 'NAME' && (first.text === 'except' || first.text === 'finally'))) {
      return at(L, 'SyntaxError', "expected 'except' or 'finally' block", first);
    }
    pendingTry = false;
    prevHeader = null;
    const depth = blockKw.length;
    lastCompound.length = depth + 1;
    if (afterDecorator && !(first.text === '@' || first.text === 'def' || first.text === 'class' || first.text === 'async')) {
      return at(L, 'SyntaxError', 'invalid syntax', first);
    }
    afterDecorator = first.text === '@';
    if (first.type === 'NAME' && CLAUSES.has(first.text) && lastCompound[depth] !== true) {
      return at(L, 'SyntaxError', 'invalid syntax', first);
    }
    if (first.type === 'NAME' && (first.text === 'def' || first.text === 'class') && ln.toks[1]?.type !== 'NAME') {
      return at(L, 'SyntaxError', 'invalid syntax', ln.toks[1] ?? first);
    }
    if (first.type === 'NAME' && first.text === 'async' && !['def', 'for', 'with'].includes(ln.toks[1]?.text ?? '')) {
      return at(L, 'SyntaxError', 'invalid syntax', ln.toks[1] ?? first);
    }
    lastCompound[depth] = first.type === 'NAME' && COMPOUND.has(first.text);
    const lineErr = checkLine(L, ln.toks);
    if (lineErr !== null) return lineErr;
    const complete = ln.toks[ln.toks.length - 1].type === 'NEWLINE';
    if (complete && first.type === 'NAME' && COMPOUND.has(first.text)) {
      const colon = headerColon(ln.toks);
      if (colon < 0) {
        return at(L, 'SyntaxError', "expected ':'", ln.toks[ln.toks.length - 1]);
      }
      if (ln.toks[colon + 1]?.type === 'NEWLINE') {
        prevHeader = { kw: first.text, line: first.line + 1, toks: ln.toks };
      } else if (first.text === 'try') pendingTry = true;
    }
  }
  return genericError(L, root, tokens);
}

const AUGOPS = new Set(['+=', '-=', '*=', '@=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>=', '**=', '//=']);
const ATOM_END = new Set(['NAME', 'NUMBER', 'STRING']);

function endsAtom(t: Tok): boolean {
  if (t.type === 'NAME') return !KEYWORDS.has(t.text) || t.text === 'True' || t.text === 'False' || t.text === 'None';
  if (ATOM_END.has(t.type)) return true;
  return t.type === 'OP' && (t.text === ')' || t.text === ']' || t.text === '}' || t.text === '...');
}

function startsAtom(prev: Tok, t: Tok, next: Tok | undefined): boolean {
  if (t.type === 'NAME') {
    if (!KEYWORDS.has(t.text)) return true;
    if (t.text === 'True' || t.text === 'False' || t.text === 'None' || t.text === 'lambda' || t.text === 'await') return true;
    return t.text === 'not' && !(next?.type === 'NAME' && next.text === 'in');
  }
  if (t.type === 'NUMBER') return true;
  if (t.type === 'STRING') return prev.type !== 'STRING';
  if (t.type === 'OP') {
    if (t.text === '{') return true;
    if (t.text === '(' || t.text === '[') return false;
    return t.text === '~';
  }
  return false;
}

const BOUNDARY = new Set([',', ':', '=', ':=', '(', '[', '{', ')', ']', '}', ';', '->', '+=', '-=', '*=', '/=']);
const BOUNDARY_KW = new Set(['if', 'else', 'for', 'in', 'lambda', 'yield', 'return', 'from', 'import', 'assert', 'del', 'async', 'while', 'elif', 'with', 'as', 'raise']);

/** Start of the expression that ends at toks[i] (walking back over same-depth tokens). */
function exprStart(toks: Tok[], i: number): number {
  const level = toks[i].type === 'OP' && /[)\]}]/.test(toks[i].text) ? toks[i].level - 1 : toks[i].level;
  let j = i;
  while (j > 0) {
    const p = toks[j - 1];
    if (p.level > level || (p.level === level + 1 && p.type === 'OP' && /[([{]/.test(p.text) === false && /[)\]}]/.test(p.text))) { j--; continue; }
    if (p.level < level) break;
    if (p.type === 'OP' && BOUNDARY.has(p.text)) {
      if (/[)\]}]/.test(p.text)) { j--; continue; }
      if (/[([{]/.test(p.text) && p.level === level) {
        // a call or subscript on the expression: part of it
        const before = toks[j - 2];
        if (before !== undefined && before.level === level && endsAtom(before)) { j--; continue; }
      }
      break;
    }
    if (p.type === 'NAME' && BOUNDARY_KW.has(p.text)) break;
    if (p.type === 'NEWLINE') break;
    j--;
  }
  return j;
}

/** End (inclusive index) of the expression starting at toks[i], stopping at same-depth separators. */
function exprEnd(toks: Tok[], i: number): number {
  const level = toks[i].level;
  let j = i;
  while (j + 1 < toks.length) {
    const n = toks[j + 1];
    if (n.type === 'NEWLINE' || n.level < level) break;
    if (n.level === level) {
      if (n.type === 'OP' && (n.text === ',' || n.text === ':' || n.text === '=' || /^[)\]}]$/.test(n.text))) break;
      if (n.type === 'NAME' && (n.text === 'for' || n.text === 'if' || n.text === 'else' || n.text === 'as' || n.text === 'async')) break;
      if (endsAtom(toks[j]) && startsAtom(toks[j], n, toks[j + 2]) && toks[j].level === level) break;
    }
    j++;
  }
  return j;
}

/** Per-line checks for the messages of CPython's invalid_* rules. */
function checkLine(L: LowerCtx, toks: Tok[]): CompileError | null {
  const first = toks[0];
  // print "x" / exec "code"
  if (first.type === 'NAME' && (first.text === 'print' || first.text === 'exec') && toks.length > 2) {
    const next = toks[1];
    if (startsAtom(first, next, toks[2]) || next.type === 'STRING') {
      return at(L, 'SyntaxError', `Missing parentheses in call to '${first.text}'. Did you mean ${first.text}(...)?`, first);
    }
  }
  const early = checkDicts(L, toks) ?? checkOperands(L, toks) ?? checkSimpleForms(L, toks);
  if (early !== null) return early;
  for (let i = 0; i + 1 < toks.length; i++) {
    const a = toks[i], b = toks[i + 1];
    const levelAfterA = a.type === 'OP' && /[([{]/.test(a.text) ? a.level + 1 : a.type === 'OP' && /[)\]}]/.test(a.text) ? a.level - 1 : a.level;
    if (b.level !== levelAfterA || !endsAtom(a) || !startsAtom(a, b, toks[i + 2])) continue;
    if (i === 0 && a.type === 'NAME' && (a.text === 'match' || a.text === 'case' || a.text === 'type')) continue;
    if (b.level === 0 || inParameterList(toks, i)) return at(L, 'SyntaxError', 'invalid syntax', b);
    const s = exprStart(toks, i);
    if (toks[s].type === 'NAME' && (toks[s].text === 'print' || toks[s].text === 'exec') && s === i) continue;
    return at(L, 'SyntaxError', 'invalid syntax. Perhaps you forgot a comma?', toks[s], toks[exprEnd(toks, i + 1)]);
  }
  return checkStrings(L, toks) ?? checkEquals(L, toks) ?? checkFor(L, toks) ?? checkIfElse(L, toks);
}

/** Whether toks[i] is inside the parameter list of a `def`. */
function inParameterList(toks: Tok[], i: number): boolean {
  const level = toks[i].level;
  for (let j = i; j >= 0; j--) {
    const t = toks[j];
    if (t.level === level - 1 && t.text === '(') return j >= 2 && toks[j - 2].text === 'def';
  }
  return false;
}

/** `{k: v, x}`: CPython's "':' expected after dictionary key" (at the key's last character). */
function checkDicts(L: LowerCtx, toks: Tok[]): CompileError | null {
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].text !== '{' || toks[i].type !== 'OP') continue;
    const level = toks[i].level + 1;
    const items: Tok[][] = [[]];
    let j = i + 1;
    for (; j < toks.length && toks[j].level >= level; j++) {
      const t = toks[j];
      if (t.level === level && t.type === 'OP' && /^[)\]}]$/.test(t.text)) break;
      if (t.level === level && t.text === ',') items.push([]);
      else items[items.length - 1].push(t);
    }
    const hasColon = (it: Tok[]): boolean => it.some((t) => t.level === level && t.text === ':');
    if (items[0].length === 0 || !hasColon(items[0])) continue;
    if (items[0].some((t) => t.level === level && t.text === 'for')) continue;
    for (const it of items) {
      if (it.length === 0 || hasColon(it) || it[0].text === '**') continue;
      // the key is the expression the item starts with
      let k = 1;
      while (k < it.length && !(it[k].level === level && endsAtom(it[k - 1]) && startsAtom(it[k - 1], it[k], it[k + 1]))) k++;
      const last = it[k - 1];
      const row = L.rowOf(last.end);
      const col = L.charCol(row, last.end);
      return new CompileError('SyntaxError', "':' expected after dictionary key", L.filename, row + 1, col, L.lineText(row), row + 1, 0);
    }
  }
  return null;
}

const BINARY = new Set(['+', '-', '*', '/', '%', '@', '<<', '>>', '&', '|', '^', '//', '**', '<', '>', '<=', '>=', '==', '!=', '=', '+=', '-=', '*=', '/=', '%=', '@=', '&=', '|=', '^=', '<<=', '>>=', '**=', '//=', ':=']);
const BINARY_KW = new Set(['and', 'or', 'not', 'in', 'is', 'if', 'else', 'for', 'as']);

function startsOperand(t: Tok, prev: Tok): boolean {
  if (t.type === 'NAME') {
    if (!KEYWORDS.has(t.text)) return true;
    if (['True', 'False', 'None', 'lambda', 'not', 'await', 'yield'].includes(t.text)) return true;
    return (prev.text === 'not' && t.text === 'in') || (prev.text === 'is' && t.text === 'not');
  }
  if (t.type === 'NUMBER' || t.type === 'STRING') return true;
  if (t.type !== 'OP') return false;
  if (['(', '[', '{', '-', '+', '~', '...'].includes(t.text)) return true;
  // star targets and unpacking after '=' (a, *b = c; x = *a, b)
  return (t.text === '*') && (prev.text === '=' || prev.text === 'in');
}

/** After a binary operator an operand must follow; a stray `else` has no `if`. */
function checkOperands(L: LowerCtx, toks: Tok[]): CompileError | null {
  const ifs = new Map<number, number>();
  let sawFor = -1;
  for (let i = 1; i + 1 < toks.length; i++) {
    const t = toks[i], next = toks[i + 1];
    if (t.type === 'NAME' && t.text === 'for') sawFor = t.level;
    if (t.type === 'NAME' && t.text === 'if' && sawFor !== t.level) ifs.set(t.level, (ifs.get(t.level) ?? 0) + 1);
    if (t.type === 'NAME' && t.text === 'else') {
      const n = ifs.get(t.level) ?? 0;
      if (n === 0) return at(L, 'SyntaxError', 'invalid syntax', t);
      ifs.set(t.level, n - 1);
    }
    const isOp = (t.type === 'OP' && BINARY.has(t.text)) || (t.type === 'NAME' && BINARY_KW.has(t.text));
    if (!isOp) continue;
    if (t.text === 'if' && sawFor === t.level) continue;
    if (t.text === 'not' && (next.text === 'in')) continue;
    if (t.text === '*' || t.text === '**') {
      // unpacking in a call or display needs an operand too; parameter markers do not
      const prev = toks[i - 1];
      if (!endsAtom(prev)) {
        const unpacking = prev.type === 'OP' && (prev.text === '(' || prev.text === ',' || prev.text === '[' || prev.text === '{');
        if (unpacking && !inParameterList(toks, i) && next.type === 'OP' && (next.text === ')' || next.text === ',')) {
          return at(L, 'SyntaxError', 'invalid syntax', next);
        }
        continue;
      }
    }
    if (next.type === 'NEWLINE') {
      if (toks[i - 1].type === 'NAME' && toks[i - 1].text === 'import' && t.text === '*') continue;
      return at(L, 'SyntaxError', 'invalid syntax', next);
    }
    if (startsOperand(next, t)) continue;
    if (t.text === '=' && next.text === '*') continue;
    if ((t.text === 'in' || t.text === '=') && next.text === '*') continue;
    return at(L, 'SyntaxError', 'invalid syntax', next);
  }
  return null;
}

/** Statements with a fixed shape: global/nonlocal names, a second '=' after an augmented one. */
function checkSimpleForms(L: LowerCtx, toks: Tok[]): CompileError | null {
  const first = toks[0];
  if (first.type === 'NAME' && (first.text === 'global' || first.text === 'nonlocal')) {
    for (let i = 1; i < toks.length; i++) {
      const want = i % 2 === 1 ? 'NAME' : ',';
      const t = toks[i];
      if (t.type === 'NEWLINE' && i % 2 === 0) return null;
      if (want === 'NAME' ? t.type !== 'NAME' || KEYWORDS.has(t.text) : t.text !== ',') return at(L, 'SyntaxError', 'invalid syntax', t);
    }
  }
  let aug = false;
  for (const t of toks) {
    if (t.level !== 0 || t.type !== 'OP') continue;
    if (AUGOPS.has(t.text)) aug = true;
    else if (aug && t.text === '=') return at(L, 'SyntaxError', 'invalid syntax', t);
    if (t.text === ',' ) continue;
  }
  for (let i = 0; i < toks.length; i++) {
    // a[x:y:z:w]: at most two ':' per subscript item
    if (toks[i].text !== '[' || i === 0 || !endsAtom(toks[i - 1])) continue;
    const level = toks[i].level + 1;
    let colons = 0;
    for (let j = i + 1; j < toks.length && toks[j].level >= level; j++) {
      const t = toks[j];
      if (t.level !== level) continue;
      if (t.text === ',' || t.text === ']') colons = 0;
      else if (t.text === ':' && ++colons === 3) return at(L, 'SyntaxError', 'invalid syntax', t);
      else if (t.text === 'lambda') colons--;
    }
  }
  for (let i = 0; i + 1 < toks.length; i++) {
    const a = toks[i], b = toks[i + 1];
    if (b.text === ',' && b.type === 'OP' && ((a.type === 'OP' && (a.text === ',' || a.text === '(' || a.text === '[' || a.text === '{')))) {
      return at(L, 'SyntaxError', 'invalid syntax', b);
    }
  }
  return null;
}

/** f-string structure errors; CPython reports them at the token after the string atom. */
function checkStrings(L: LowerCtx, toks: Tok[]): CompileError | null {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.type !== 'STRING') continue;
    const m = /^([A-Za-z]*)(['"]{3}|['"])/.exec(t.text)!;
    if (!/[fF]/.test(m[1])) continue;
    const body = t.text.slice(m[0].length, t.text.length - m[2].length);
    const msg = fstringProblem(body, /[rR]/.test(m[1]));
    if (msg === null) continue;
    let j = i + 1;
    while (toks[j] !== undefined && toks[j].type === 'STRING') j++;
    return at(L, 'SyntaxError', msg, toks[j] ?? t);
  }
  return null;
}

/** CPython: fstring_find_literal / fstring_find_expr — the first structural error, or null. */
function fstringProblem(s: string, raw: boolean): string | null {
  // `\N{NAME}` escapes contain braces that are not replacement fields
  const text = raw ? s : s.replace(/\\N\{[^}]*\}/g, (m) => 'N'.repeat(m.length));
  const r = fstringLiteral(text, 0, 0);
  return typeof r === 'string' ? r : null;
}

/** Literal text up to the end (or, in a format spec, up to its closing '}'). */
function fstringLiteral(s: string, i: number, level: number): number | string {
  while (i < s.length) {
    const c = s[i];
    if (c === '{') {
      if (level === 0 && s[i + 1] === '{') { i += 2; continue; }
      const r = fstringField(s, i, level);
      if (typeof r === 'string') return r;
      i = r;
      continue;
    }
    if (c === '}') {
      if (level > 0) return i;
      if (s[i + 1] === '}') { i += 2; continue; }
      return "f-string: single '}' is not allowed";
    }
    i++;
  }
  return level > 0 ? "f-string: expecting '}'" : i;
}

/** A replacement field starting at s[i] === '{'; returns the index after its '}'. */
function fstringField(s: string, i: number, level: number): number | string {
  if (level >= 2) return 'f-string: expressions nested too deeply';
  let j = i + 1;
  let depth = 0;
  let quote = '';
  for (; j < s.length; j++) {
    const c = s[j];
    if (quote !== '') {
      if (s.startsWith(quote, j)) { j += quote.length - 1; quote = ''; }
      continue;
    }
    if (c === "'" || c === '"') {
      quote = s.startsWith(c.repeat(3), j) ? c.repeat(3) : c;
      if (quote.length === 3) j += 2;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || (c === '}' && depth > 0)) depth--;
    else if (depth === 0 && (c === '}' || c === ':')) break;
    else if (depth === 0 && c === '!' && s[j + 1] !== '=') break;
  }
  let expr = s.slice(i + 1, j);
  if (/=\s*$/.test(expr) && !/[=!<>]=\s*$/.test(expr)) expr = expr.replace(/=\s*$/, '');
  if (expr.trim() === '') return 'f-string: empty expression not allowed';
  if (j >= s.length) return "f-string: expecting '}'";
  if (s[j] === '!') {
    const conv = s[j + 1];
    if (conv === undefined) return "f-string: expecting '}'";
    if (!'sra'.includes(conv) || (s[j + 2] !== ':' && s[j + 2] !== '}')) {
      return "f-string: invalid conversion character: expected 's', 'r', or 'a'";
    }
    j += 2;
  }
  if (s[j] === ':') {
    const r = fstringLiteral(s, j + 1, level + 1);
    if (typeof r === 'string') return r;
    j = r;
  }
  if (s[j] !== '}') return "f-string: expecting '}'";
  return j + 1;
}

/** `for` targets (statements and comprehensions), and unparenthesised generator arguments. */
function checkFor(L: LowerCtx, toks: Tok[]): CompileError | null {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.type !== 'NAME' || t.text !== 'for') continue;
    let j = i + 1;
    while (j < toks.length && !(toks[j].level === t.level && toks[j].type === 'NAME' && toks[j].text === 'in')) j++;
    if (j >= toks.length || j === i + 1) continue;
    const target = reparseExpr(L, toks[i + 1].start, toks[j - 1].end);
    if (target !== null) {
      const bad = invalidTarget(target, 'for');
      if (bad !== null) return L.errorPos(`cannot assign to ${exprName(bad)}`, bad);
    }
    if (t.level > 0 && i > 0) {
      // a generator argument next to other arguments in a call
      let open = i - 1;
      while (open >= 0 && !(toks[open].level === t.level - 1 && toks[open].text === '(')) open--;
      const isCall = open > 0 && endsAtom(toks[open - 1]);
      if (isCall) {
        let comma = false;
        for (let k = open + 1; k < toks.length && toks[k].level >= t.level; k++) {
          if (toks[k].level === t.level && toks[k].text === ',') comma = true;
        }
        if (comma) {
          let last = i;
          while (last + 1 < toks.length && !(toks[last + 1].level === t.level && toks[last + 1].text === ',')) last++;
          return at(L, 'SyntaxError', 'Generator expression must be parenthesized', toks[exprStart(toks, i - 1)], toks[last]);
        }
      }
    }
  }
  return null;
}

/** `=` where an expression is expected, and invalid assignment targets. */
function checkEquals(L: LowerCtx, toks: Tok[]): CompileError | null {
  const first = toks[0];
  const eqs: number[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.type !== 'OP' || t.text !== '=') continue;
    if (t.level === 0) { eqs.push(i); continue; }
    const s = exprStart(toks, i - 1);
    let open = s - 1;
    while (open >= 0 && !(toks[open].level === t.level - 1 && /^[([{]$/.test(toks[open].text))) open--;
    const inCall = open > 0 && toks[open].text === '(' && endsAtom(toks[open - 1]);
    const single = s === i - 1 && toks[s].type === 'NAME';
    if (inCall) {
      // keyword argument: only NAME '=' is allowed inside a call
      if (single && !KEYWORDS.has(toks[s].text)) {
        for (let k = i + 1; k < toks.length && toks[k].level >= t.level; k++) {
          if (toks[k].level === t.level && toks[k].text === ',') break;
          if (toks[k].level === t.level && toks[k].text === 'for') {
            return at(L, 'SyntaxError', "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", toks[s], t);
          }
        }
        continue;
      }
      if (single && ['True', 'False', 'None'].includes(toks[s].text)) {
        return at(L, 'SyntaxError', `cannot assign to ${toks[s].text}`, toks[s], t);
      }
      if (s < i) return at(L, 'SyntaxError', 'expression cannot contain assignment, perhaps you meant "=="?', toks[s], t);
      continue;
    }
    // `=` inside a display or parentheses (CPython: invalid_named_expression)
    if (single && !KEYWORDS.has(toks[s].text)) {
      return at(L, 'SyntaxError', "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", toks[s], toks[exprEnd(toks, i + 1)]);
    }
    if (s < i) {
      const target = reparseExpr(L, toks[s].start, toks[i - 1].end);
      if (target !== null && isBitwiseOr(target) && !isDisplay(target)) {
        return L.errorPos(`cannot assign to ${exprName(target)} here. Maybe you meant '==' instead of '='?`, target);
      }
    }
  }
  // walrus targets: only a name (CPython: invalid_named_expression)
  for (let i = 1; i < toks.length; i++) {
    if (toks[i].text !== ':=') continue;
    const s = exprStart(toks, i - 1);
    if (s === i - 1 && toks[s].type === 'NAME') continue;
    const target = reparseExpr(L, toks[s].start, toks[i - 1].end);
    if (target !== null) return L.errorPos(`cannot use assignment expressions with ${exprName(target)}`, target);
  }
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    if (t.level === 0 && t.type === 'OP' && AUGOPS.has(t.text)) {
      const target = reparseExpr(L, toks[0].start, toks[i - 1].end);
      if (target !== null && target._type !== 'Name' && target._type !== 'Attribute' && target._type !== 'Subscript') {
        return L.errorPos(`'${exprName(target)}' is an illegal expression for augmented assignment`, target);
      }
      break;
    }
  }
  if (eqs.length === 0) return null;
  if (first.type === 'NAME' && (first.text === 'if' || first.text === 'elif' || first.text === 'while')) {
    const nameTok = toks[eqs[0] - 1];
    if (eqs[0] === 2 && nameTok.type === 'NAME') {
      return at(L, 'SyntaxError', "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", nameTok, toks[exprEnd(toks, eqs[0] + 1)]);
    }
    return null;
  }
  if (first.type === 'NAME' && KEYWORDS.has(first.text) && first.text !== 'None' && first.text !== 'True' && first.text !== 'False') return null;
  // Targets: the segments before each top-level '='.
  let segStart = 0;
  const segs: [number, number][] = [];
  for (const e of eqs) { segs.push([segStart, e]); segStart = e + 1; }
  const valueEnd = toks.length - 1;
  for (let k = 0; k < segs.length; k++) {
    const [s, e] = segs[k];
    if (e <= s) continue;
    if (toks[s].text === 'yield') return at(L, 'SyntaxError', 'assignment to yield expression not possible', toks[s], toks[e - 1]);
    const target = reparseExpr(L, toks[s].start, toks[e - 1].end);
    if (target === null) continue;
    const bad = invalidTarget(target, 'assign');
    if (bad === null) continue;
    const simpleTarget = segs.length === 1 && !isDisplay(target) && isBitwiseOr(target) && !toks.slice(s, e).some((t) => t.level === 0 && t.text === ',');
    const value = toks[segs[0][1] + 1];
    const valueOk = value !== undefined && !(value.type === 'NAME' && ['not', 'lambda', 'yield'].includes(value.text)) && value.text !== '*';
    if (simpleTarget && valueOk && segStart < valueEnd) {
      return L.errorPos(`cannot assign to ${exprName(target)} here. Maybe you meant '==' instead of '='?`, target);
    }
    return L.errorPos(`cannot assign to ${exprName(bad)}`, bad);
  }
  return null;
}

function isDisplay(e: A.expr): boolean {
  if (e._type === 'List' || e._type === 'Tuple' || e._type === 'GeneratorExp') return true;
  if (e._type === 'Constant') return e.value === true || e.value === false || exprName(e) === 'None';
  return false;
}

function isBitwiseOr(e: A.expr): boolean {
  switch (e._type) {
    case 'BoolOp': case 'Compare': case 'IfExp': case 'Lambda': case 'NamedExpr': case 'Starred':
    case 'Yield': case 'YieldFrom':
      return false;
    case 'UnaryOp':
      return e.op !== 'Not';
    default:
      return true;
  }
}

/** `a if b` without `else` (CPython: invalid_expression). */
function checkIfElse(L: LowerCtx, toks: Tok[]): CompileError | null {
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    if (t.type !== 'NAME' || t.text !== 'if' || !endsAtom(toks[i - 1])) continue;
    // a comprehension's `if` follows a `for` at the same depth
    let comp = false;
    for (let j = i - 1; j >= 0 && toks[j].level >= t.level; j--) {
      if (toks[j].level === t.level && toks[j].text === 'for') comp = true;
    }
    if (comp) continue;
    let hasElse = false;
    for (let j = i + 1; j < toks.length && toks[j].level >= t.level; j++) {
      if (toks[j].level === t.level && (toks[j].text === ',' || toks[j].text === ':')) break;
      if (toks[j].level === t.level && toks[j].text === 'else') hasElse = true;
    }
    if (!hasElse) return at(L, 'SyntaxError', "expected 'else' after 'if' expression", toks[exprStart(toks, i - 1)], toks[exprEnd(toks, i + 1)]);
  }
  return null;
}

/**
 * Parses source[start, end) as an expression in place (other text blanked, parentheses around
 * it) so its AST has the positions it has in the file; null when it is not an expression.
 */
function reparseExpr(L: LowerCtx, start: number, end: number): A.expr | null {
  const src = L.source;
  const chars: string[] = new Array(src.length);
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    chars[i] = (i >= start && i < end) || c === '\n' || c === '\r' ? c : ' ';
  }
  const row = L.rowOf(start);
  const lineStart = L.lineStarts[row];
  const wrap = lineStart < start;
  if (wrap) chars[lineStart] = '(';
  const text = chars.join('') + (wrap ? ')' : '');
  const tree = parseTree(text);
  if (tree.hasError) return null;
  const stmts = kids(tree);
  if (stmts.length !== 1 || stmts[0].type !== 'expression_statement') return null;
  let e = kids(stmts[0])[0];
  if (e === undefined) return null;
  if (wrap) {
    if (e.type !== 'parenthesized_expression' && e.type !== 'tuple') return null;
    if (e.type === 'parenthesized_expression') e = kids(e)[0];
  }
  try {
    const sub = new LowerCtx(text, L.filename);
    const out = lowerExpr(sub, e);
    if (wrap && e.type === 'tuple') {
      // the parentheses were ours: the tuple spans its items
      const items = kids(e);
      const p = sub.span(items[0], items[items.length - 1]);
      Object.assign(out, p);
    }
    return out;
  } catch {
    return null;
  }
}

/** The first ERROR/MISSING node in document order, descending into nested errors. */
function firstError(n: CstNode): CstNode | null {
  if (n.isMissing) return n;
  if (n.type === 'ERROR') {
    for (const c of n.children) {
      const inner = firstError(c);
      if (inner !== null) return inner;
    }
    return n;
  }
  if (!n.hasError) return null;
  for (const c of n.children) {
    const e = firstError(c);
    if (e !== null) return e;
  }
  return null;
}

/** CPython's fallback: "invalid syntax" at the first token the parser could not use. */
function genericError(L: LowerCtx, root: CstNode, tokens: Tok[]): CompileError {
  const e = firstError(root);
  const real = tokens.filter((t) => t.type !== 'INDENT' && t.type !== 'DEDENT');
  if (e === null) return at(L, 'SyntaxError', 'invalid syntax', real[0] ?? tokens[0]);
  let target = e.startIndex;
  if (!e.isMissing) {
    const startsLine = real.some((t, i) => t.start === e.startIndex && (i === 0 || real[i - 1].type === 'NEWLINE'));
    if (startsLine && e.children.length > 0) target = e.endIndex;
  }
  const tok = real.find((t) => t.start >= target && (t.type !== 'NEWLINE' || true)) ?? real[real.length - 1];
  return at(L, 'SyntaxError', 'invalid syntax', tok);
}

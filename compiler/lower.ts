/**
 * CST → AST: the entry point and the statements. Produces exactly the tree CPython 3.11's
 * `ast.parse` builds (node names, fields, 1-based lines and UTF-8 byte columns), so everything
 * after it can follow CPython. Compound statements end where their last body statement ends
 * (tree-sitter's blocks may also cover trailing comments). Expressions: lower_expr.ts.
 * CPython: the statement rules of Grammar/python.gram and their actions (Parser/parser.c).
 */
import type * as A from './ast.js';
import { LowerCtx, posSpan } from './lower_ctx.js';
import type { CstNode } from './parse.js';
import type { CompileError } from './errors.js';
import { syntaxErrorFor } from './parse_errors.js';
import { parseTree } from './parse.js';
import { binop, kids, lowerExpr, lowerStarExpressions, tokens } from './lower_expr.js';
import { lowerCallArgs, lowerParameters } from './lower_args.js';
import { toAnnTarget, toAugTarget, toTarget } from './lower_target.js';
import { lowerMatch } from './lower_match.js';

export type CompileMode = 'exec' | 'eval' | 'single';

/** Lowers a parsed module to the AST for `mode`; throws CompileError for rejected syntax. */
export function lower(root: CstNode, source: string, filename: string, mode: CompileMode): A.mod {
  const L = new LowerCtx(source, filename);
  L.root = root;
  if (mode === 'eval') return { _type: 'Expression', body: lowerEvalInput(L, root) };
  const body = lowerStatements(L, kids(root));
  if (mode === 'single') return { _type: 'Interactive', body };
  return { _type: 'Module', body };
}

// eval: expressions NEWLINE* ENDMARKER
function lowerEvalInput(L: LowerCtx, root: CstNode): A.expr {
  const stmts = kids(root);
  if (stmts.length !== 1 || stmts[0].type !== 'expression_statement') {
    throw L.error('invalid syntax', stmts.length > 1 ? stmts[1] : stmts.length === 1 ? stmts[0] : root);
  }
  const items = kids(stmts[0]);
  for (const it of items) {
    if (it.type === 'assignment' || it.type === 'augmented_assignment') throw L.error('invalid syntax', tokens(it)[1]);
  }
  return lowerStarExpressions(L, stmts[0], items);
}

/**
 * A suite's statements. tree-sitter accepts some misindented code (a first line indented, a
 * statement dedented to no known level): each statement that starts a line must start at the
 * suite's column, else CPython's indentation error is worked out from the tokens.
 */
export function lowerStatements(L: LowerCtx, nodes: CstNode[], column = 0): A.stmt[] {
  const out: A.stmt[] = [];
  let col = column;
  for (const n of nodes) {
    const row = n.startPosition.row;
    const lead = L.lineText(row).search(/\S/);
    const here = n.startIndex - L.lineStarts[row];
    if (here === lead) {
      if (col < 0) col = here;
      else if (here !== col) throw structuralError(L);
    }
    out.push(lowerStmt(L, n));
  }
  return out;
}

function structuralError(L: LowerCtx): CompileError {
  return syntaxErrorFor(L.root!, L.source, L.filename);
}

/** A block's statements; an empty block (tree-sitter recovers some) is CPython's error. */
export function lowerBlock(L: LowerCtx, n: CstNode | null, owner: CstNode): A.stmt[] {
  void owner;
  const stmts = n === null ? [] : kids(n);
  if (stmts.length === 0) throw structuralError(L);
  return lowerStatements(L, stmts, -1);
}

/**
 * Position from the start of `n` to the end of the last statement of `body`; a `;` ending
 * that statement's line is included, as CPython's block ends with the simple_stmts token.
 */
export function compoundPos(L: LowerCtx, n: CstNode, body: A.stmt[]): A.Pos {
  const last = body[body.length - 1];
  const p = posSpan(L.pos(n), last);
  const row = last.end_lineno - 1;
  const text = L.lineText(row);
  let i = L.lineAscii[row] ? last.end_col_offset : L.byteToChar(row, last.end_col_offset);
  if (!L.lineAscii[row]) i = Array.from(text).slice(0, i).join('').length;
  while (text[i] === ' ' || text[i] === '\t' || text[i] === '\f') i++;
  if (text[i] === ';') p.end_col_offset = L.byteCol(row, L.lineStarts[row] + i + 1);
  return p;
}

function bodyOf(n: CstNode): CstNode | null {
  return n.childForFieldName('body') ?? kids(n).find((c) => c.type === 'block') ?? null;
}

/** Clause keywords (else, elif, except, finally) that start a line must align with their statement. */
function checkClauseColumns(L: LowerCtx, n: CstNode): void {
  const col = n.startIndex - L.lineStarts[n.startPosition.row];
  for (const c of kids(n)) {
    if (c.type !== 'elif_clause' && c.type !== 'else_clause' && c.type !== 'except_clause' && c.type !== 'finally_clause') continue;
    const row = c.startPosition.row;
    const here = c.startIndex - L.lineStarts[row];
    if (here === L.lineText(row).search(/\S/) && here !== col) throw structuralError(L);
  }
}

function lowerStmt(L: LowerCtx, n: CstNode): A.stmt {
  const pos = L.pos(n);
  if (n.type === 'if_statement' || n.type === 'try_statement' || n.type === 'for_statement' || n.type === 'while_statement') {
    checkClauseColumns(L, n);
  }
  switch (n.type) {
    case 'expression_statement':
      return lowerExpressionStatement(L, n);
    case 'return_statement': {
      const k = kids(n);
      return { _type: 'Return', value: k.length === 0 ? null : lowerStarExpressions(L, n, k), ...pos };
    }
    case 'delete_statement':
      return lowerDelete(L, n);
    case 'raise_statement': {
      const cause = n.childForFieldName('cause');
      const k = kids(n).filter((c) => c !== cause && (cause === null || c.startIndex !== cause.startIndex));
      return {
        _type: 'Raise',
        exc: k.length === 0 ? null : lowerStarExpressions(L, n, k),
        cause: cause === null ? null : lowerExpr(L, cause),
        ...pos,
      };
    }
    case 'pass_statement': return { _type: 'Pass', ...pos };
    case 'break_statement': return { _type: 'Break', ...pos };
    case 'continue_statement': return { _type: 'Continue', ...pos };
    case 'global_statement':
      return { _type: 'Global', names: kids(n).map((c) => L.identifier(c)), ...pos };
    case 'nonlocal_statement':
      return { _type: 'Nonlocal', names: kids(n).map((c) => L.identifier(c)), ...pos };
    case 'assert_statement': {
      const k = kids(n);
      if (k.length > 2) throw L.error('invalid syntax', tokens(n)[4]);
      return { _type: 'Assert', test: lowerExpr(L, k[0]), msg: k.length > 1 ? lowerExpr(L, k[1]) : null, ...pos };
    }
    case 'import_statement':
      return { _type: 'Import', names: n.childrenForFieldName('name').map((c) => lowerAlias(L, c)), ...pos };
    case 'import_from_statement':
    case 'future_import_statement':
      return lowerImportFrom(L, n);
    case 'print_statement':
      if (kids(n).some((c) => c.type === 'chevron')) return lowerPrintChevron(L, n);
      if (isParenthesizedPrint(n)) return lowerParenthesizedPrint(L, n);
      throw missingParens(L, n, 'print');
    case 'exec_statement':
      throw missingParens(L, n, 'exec');
    case 'if_statement':
      return lowerIf(L, n, n.childForFieldName('condition')!, n.childForFieldName('consequence'), n.childrenForFieldName('alternative'));
    case 'while_statement': {
      const body = lowerBlock(L, bodyOf(n), n);
      const orelse = lowerElse(L, n.childForFieldName('alternative'));
      return {
        _type: 'While', test: lowerExpr(L, n.childForFieldName('condition')!), body, orelse,
        ...compoundPos(L, n, orelse.length > 0 ? orelse : body),
      };
    }
    case 'for_statement':
      return lowerFor(L, n);
    case 'try_statement':
      return lowerTry(L, n);
    case 'with_statement':
      return lowerWith(L, n);
    case 'function_definition':
      return lowerFunction(L, n, []);
    case 'class_definition':
      return lowerClass(L, n, []);
    case 'type_alias_statement':
      return lowerTypeStatement(L, n);
    case 'match_statement':
      return lowerMatch(L, n);
    case 'decorated_definition': {
      const decorators = kids(n).filter((c) => c.type === 'decorator').map((d) => lowerExpr(L, kids(d)[0]));
      const def = n.childForFieldName('definition')!;
      return def.type === 'class_definition' ? lowerClass(L, def, decorators) : lowerFunction(L, def, decorators);
    }
    default:
      throw L.error('invalid syntax', n);
  }
}

/** Python 2 `print x` / `exec code`: CPython's invalid_expression hint. */
function missingParens(L: LowerCtx, n: CstNode, name: string): CompileError {
  return L.error(`Missing parentheses in call to '${name}'. Did you mean ${name}(...)?`, tokens(n)[0], n);
}

/**
 * tree-sitter reads `type(x).y = 1` as a 3.12 `type` alias statement (a syntax error in 3.11).
 * The statement is parsed again with the name spelled differently, then the name restored.
 */
function lowerTypeStatement(L: LowerCtx, n: CstNode): A.stmt {
  const placeholder = 'tYpE';
  const virt = L.source.slice(0, n.startIndex) + placeholder + L.source.slice(n.startIndex + 4);
  const tree = parseTree(virt);
  const stmt = findStatementAt(tree, n.startIndex);
  if (stmt === null || stmt.hasError || stmt.type !== 'expression_statement') {
    throw L.error('invalid syntax', tokens(n)[1]);
  }
  const out = lowerStmt(L, stmt);
  renameAt(out, L.pos(n), placeholder, 'type');
  return out;
}

function findStatementAt(n: CstNode, start: number): CstNode | null {
  for (const c of kids(n)) {
    if (c.startIndex === start && c.type.endsWith('statement')) return c;
    if (c.startIndex <= start && c.endIndex > start) return findStatementAt(c, start);
  }
  return null;
}

/** Renames the Name node at position `p` (walking the whole statement tree). */
function renameAt(node: unknown, p: A.Pos, from: string, to: string): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const x of node) renameAt(x, p, from, to);
    return;
  }
  const rec = node as Record<string, unknown>;
  if (rec._type === 'Name' && rec.id === from && rec.lineno === p.lineno && rec.col_offset === p.col_offset) rec.id = to;
  for (const k in rec) {
    const v = rec[k];
    if (v !== null && typeof v === 'object' && !(k === 'value' && rec._type === 'Constant')) renameAt(v, p, from, to);
  }
}

/** tree-sitter sometimes reads the call `print (x)` as a Python 2 print statement. */
function isParenthesizedPrint(n: CstNode): boolean {
  const args = n.childrenForFieldName('argument');
  const toks = tokens(n);
  if (args.length !== 1 || toks.length !== 2) return false;
  const t = args[0].type;
  return t === 'parenthesized_expression' || t === 'tuple' || t === 'generator_expression';
}

function lowerParenthesizedPrint(L: LowerCtx, n: CstNode): A.Expr {
  const toks = tokens(n);
  const arg = toks[1];
  const func: A.Name = { _type: 'Name', id: 'print', ctx: 'Load', ...L.pos(toks[0]) };
  let args: A.expr[];
  if (arg.type === 'generator_expression') args = [lowerExpr(L, arg)];
  else if (arg.type === 'tuple') args = kids(arg).map((c) => lowerExpr(L, c));
  else args = [lowerExpr(L, kids(arg)[0])];
  const call: A.Call = { _type: 'Call', func, args, keywords: [], ...L.pos(n) };
  return { _type: 'Expr', value: call, ...L.pos(n) };
}

/** `print >>f, x` is valid Python 3: a tuple whose first item is `print >> f`. */
function lowerPrintChevron(L: LowerCtx, n: CstNode): A.Expr {
  const toks = tokens(n);
  const chevron = toks[1];
  const first: A.BinOp = {
    _type: 'BinOp',
    left: { _type: 'Name', id: 'print', ctx: 'Load', ...L.pos(toks[0]) },
    op: 'RShift',
    right: lowerExpr(L, kids(chevron)[0]),
    ...L.span(toks[0], chevron),
  };
  const rest = n.childrenForFieldName('argument').map((c) => lowerExpr(L, c));
  const hasComma = toks.some((t) => t.type === ',');
  const value: A.expr = hasComma ? { _type: 'Tuple', elts: [first, ...rest], ctx: 'Load', ...L.pos(n) } : first;
  return { _type: 'Expr', value, ...L.pos(n) };
}

// expression statements, assignment (chained), annotated and augmented assignment
function lowerExpressionStatement(L: LowerCtx, n: CstNode): A.stmt {
  const pos = L.pos(n);
  const items = kids(n);
  const first = items[0];
  if (items.length === 1 && first.type === 'assignment') return lowerAssignment(L, first, pos);
  if (items.length === 1 && first.type === 'augmented_assignment') {
    const op = first.childForFieldName('operator')!.type;
    return {
      _type: 'AugAssign',
      target: toAugTarget(L, lowerExpr(L, first.childForFieldName('left')!)),
      op: binop(op.slice(0, -1)),
      value: lowerRhs(L, first.childForFieldName('right')!),
      ...pos,
    };
  }
  return { _type: 'Expr', value: lowerStarExpressions(L, n, items), ...pos };
}

/** Right-hand side of an assignment: expression, bare tuple, or yield. */
function lowerRhs(L: LowerCtx, n: CstNode): A.expr {
  if (n.type === 'assignment' || n.type === 'augmented_assignment') throw L.error('invalid syntax', tokens(n)[1]);
  return lowerExpr(L, n);
}

// assignment: (star_targets '=')+ (yield_expr | star_expressions)  |  target ':' expression ['=' rhs]
function lowerAssignment(L: LowerCtx, n: CstNode, pos: A.Pos): A.stmt {
  const type = n.childForFieldName('type');
  if (type !== null) {
    const left = n.childForFieldName('left')!;
    const target = toAnnTarget(L, lowerExpr(L, left));
    const right = n.childForFieldName('right');
    const simple = left.type === 'identifier' || left.type === 'keyword_identifier' ? 1 : 0;
    return {
      _type: 'AnnAssign', target, annotation: lowerExpr(L, type),
      value: right === null ? null : lowerRhs(L, right), simple, ...pos,
    };
  }
  const targets: A.expr[] = [];
  let cur: CstNode = n;
  for (;;) {
    targets.push(toTarget(L, lowerExpr(L, cur.childForFieldName('left')!), 'Store', 'assign'));
    const right = cur.childForFieldName('right')!;
    if (right.type === 'assignment' && right.childForFieldName('type') === null) {
      cur = right;
      continue;
    }
    if (right.type === 'assignment' || right.type === 'augmented_assignment') throw L.error('invalid syntax', tokens(right)[1]);
    return { _type: 'Assign', targets, value: lowerExpr(L, right), ...pos };
  }
}

// del_stmt: 'del' del_targets
function lowerDelete(L: LowerCtx, n: CstNode): A.Delete {
  const k = kids(n);
  let targets: A.expr[];
  if (k.length === 1 && k[0].type === 'expression_list') {
    targets = kids(k[0]).map((c) => toTarget(L, lowerExpr(L, c), 'Del', 'del'));
  } else {
    targets = k.map((c) => toTarget(L, lowerExpr(L, c), 'Del', 'del'));
  }
  return { _type: 'Delete', targets, ...L.pos(n) };
}

// dotted_as_name: dotted_name ['as' NAME]
function lowerAlias(L: LowerCtx, n: CstNode): A.alias {
  if (n.type === 'aliased_import') {
    return {
      _type: 'alias', name: dotted(L, n.childForFieldName('name')!),
      asname: L.identifier(n.childForFieldName('alias')!), ...L.pos(n),
    };
  }
  return { _type: 'alias', name: dotted(L, n), asname: null, ...L.pos(n) };
}

function dotted(L: LowerCtx, n: CstNode): string {
  return kids(n).map((c) => L.identifier(c)).join('.');
}

// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
function lowerImportFrom(L: LowerCtx, n: CstNode): A.ImportFrom {
  let module: string | null = '__future__';
  let level = 0;
  const modNode = n.childForFieldName('module_name');
  if (modNode !== null) {
    if (modNode.type === 'relative_import') {
      const prefix = kids(modNode).find((c) => c.type === 'import_prefix')!;
      level = prefix.endIndex - prefix.startIndex;
      const name = kids(modNode).find((c) => c.type === 'dotted_name');
      module = name === undefined ? null : dotted(L, name);
    } else module = dotted(L, modNode);
  }
  const wild = kids(n).find((c) => c.type === 'wildcard_import');
  const names = wild !== undefined
    ? [{ _type: 'alias' as const, name: '*', asname: null, ...L.pos(wild) }]
    : n.childrenForFieldName('name').map((c) => lowerAlias(L, c));
  const toks = tokens(n);
  const lastTok = toks[toks.length - 1];
  if (lastTok.type === ',') {
    let i = lastTok.endIndex;
    while (i < L.source.length && (L.source[i] === ' ' || L.source[i] === '\t')) i++;
    throw L.errorAt('SyntaxError', 'trailing comma not allowed without surrounding parentheses', i, i);
  }
  return { _type: 'ImportFrom', module, names, level, ...L.pos(n) };
}

// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
function lowerIf(L: LowerCtx, n: CstNode, cond: CstNode, conseq: CstNode | null, alts: CstNode[]): A.If {
  const body = lowerBlock(L, conseq, n);
  let orelse: A.stmt[] = [];
  if (alts.length > 0) {
    const first = alts[0];
    if (first.type === 'elif_clause') {
      orelse = [lowerIf(L, first, first.childForFieldName('condition')!, first.childForFieldName('consequence'), alts.slice(1))];
    } else orelse = lowerElse(L, first);
  }
  return { _type: 'If', test: lowerExpr(L, cond), body, orelse, ...compoundPos(L, n, orelse.length > 0 ? orelse : body) };
}

function lowerElse(L: LowerCtx, n: CstNode | null): A.stmt[] {
  if (n === null) return [];
  return lowerBlock(L, bodyOf(n), n);
}

function isAsync(n: CstNode): boolean {
  return n.children.length > 0 && n.children[0].type === 'async';
}

// for_stmt: [ASYNC] 'for' star_targets 'in' star_expressions ':' block [else_block]
function lowerFor(L: LowerCtx, n: CstNode): A.For {
  const target = toTarget(L, lowerExpr(L, n.childForFieldName('left')!), 'Store', 'for');
  const right = n.childForFieldName('right')!;
  const body = lowerBlock(L, bodyOf(n), n);
  const orelse = lowerElse(L, n.childForFieldName('alternative'));
  return {
    _type: isAsync(n) ? 'AsyncFor' : 'For', target, iter: lowerExpr(L, right), body, orelse,
    ...compoundPos(L, n, orelse.length > 0 ? orelse : body),
  };
}

// try_stmt: 'try' ':' block (finally_block | except_block+ [else_block] [finally_block])
function lowerTry(L: LowerCtx, n: CstNode): A.Try {
  const body = lowerBlock(L, bodyOf(n), n);
  const handlers: A.ExceptHandler[] = [];
  let orelse: A.stmt[] = [];
  let finalbody: A.stmt[] = [];
  for (const c of kids(n)) {
    if (c.type === 'except_clause') handlers.push(lowerHandler(L, c));
    else if (c.type === 'else_clause') orelse = lowerElse(L, c);
    else if (c.type === 'finally_clause') finalbody = lowerBlock(L, bodyOf(c), c);
    else if (c.type === 'except_group_clause') throw L.error('invalid syntax', tokens(c)[0]);
  }
  for (let i = 0; i < handlers.length - 1; i++) {
    if (handlers[i].type === null) throw L.errorPos("default 'except:' must be last", handlers[i]);
  }
  const last = finalbody.length > 0 ? finalbody : orelse.length > 0 ? orelse : handlers.length > 0 ? handlers[handlers.length - 1].body : body;
  return { _type: 'Try', body, handlers, orelse, finalbody, ...compoundPos(L, n, last) };
}

// except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
function lowerHandler(L: LowerCtx, n: CstNode): A.ExceptHandler {
  const block = bodyOf(n);
  const body = lowerBlock(L, block, n);
  const k = kids(n).filter((c) => c !== block && (block === null || c.startIndex !== block.startIndex));
  let type: A.expr | null = null;
  let name: string | null = null;
  const toks = tokens(n);
  if (toks.some((t) => t.type === ',' && t.startIndex < (block ?? n).startIndex && !isInside(t, k))) {
    throw L.error('multiple exception types must be parenthesized', k[0], k[k.length - 1]);
  }
  if (k.length > 0) {
    let e = k[0];
    if (e.type === 'as_pattern') {
      const target = e.childForFieldName('alias')!;
      const inner = kids(target)[0];
      if (inner.type !== 'identifier') throw L.errorPos(`cannot use ${'except'} statement with ${exprNameOf(L, inner)}`, L.pos(inner));
      name = L.identifier(inner);
      e = kids(e)[0];
    } else if (k.length > 1) {
      name = L.identifier(k[1]);
    }
    type = lowerExpr(L, e);
  }
  return { _type: 'ExceptHandler', type, name, body, ...compoundPos(L, n, body) };
}

function isInside(t: CstNode, nodes: CstNode[]): boolean {
  for (const n of nodes) if (t.startIndex >= n.startIndex && t.endIndex <= n.endIndex) return true;
  return false;
}

function exprNameOf(L: LowerCtx, n: CstNode): string {
  const e = lowerExpr(L, n);
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    default: return 'expression';
  }
}

// with_stmt: [ASYNC] 'with' ','.with_item+ ':' block  (optionally parenthesised items)
function lowerWith(L: LowerCtx, n: CstNode): A.With {
  const clause = kids(n).find((c) => c.type === 'with_clause')!;
  const items: A.withitem[] = [];
  for (const it of kids(clause)) {
    const v = kids(it)[0];
    if (v.type === 'as_pattern') {
      const target = kids(v.childForFieldName('alias')!)[0];
      items.push({
        _type: 'withitem', context_expr: lowerExpr(L, kids(v)[0]),
        optional_vars: toTarget(L, lowerExpr(L, target), 'Store', 'with'),
      });
    } else items.push({ _type: 'withitem', context_expr: lowerExpr(L, v), optional_vars: null });
  }
  const body = lowerBlock(L, bodyOf(n), n);
  return { _type: isAsync(n) ? 'AsyncWith' : 'With', items, body, ...compoundPos(L, n, body) };
}

// function_def: decorators? [ASYNC] 'def' NAME '(' [params] ')' ['->' expression] ':' block
function lowerFunction(L: LowerCtx, n: CstNode, decorator_list: A.expr[]): A.FunctionDef {
  const nameNode = n.childForFieldName('name')!;
  if (n.childForFieldName('type_parameters') !== null) throw L.error('invalid syntax', n.childForFieldName('type_parameters')!);
  const params = n.childForFieldName('parameters')!;
  const args = lowerParameters(L, params, false);
  const ret = n.childForFieldName('return_type');
  const body = lowerBlock(L, bodyOf(n), n);
  return {
    _type: isAsync(n) ? 'AsyncFunctionDef' : 'FunctionDef',
    name: L.identifier(nameNode),
    args,
    body,
    decorator_list,
    returns: ret === null ? null : lowerExpr(L, ret),
    ...compoundPos(L, n, body),
  };
}

// class_def: decorators? 'class' NAME ['(' [arguments] ')'] ':' block
function lowerClass(L: LowerCtx, n: CstNode, decorator_list: A.expr[]): A.ClassDef {
  const nameNode = n.childForFieldName('name')!;
  if (n.childForFieldName('type_parameters') !== null) throw L.error('invalid syntax', n.childForFieldName('type_parameters')!);
  const sup = n.childForFieldName('superclasses');
  const { args, keywords } = sup === null ? { args: [], keywords: [] } : lowerCallArgs(L, sup);
  const body = lowerBlock(L, bodyOf(n), n);
  return {
    _type: 'ClassDef', name: L.identifier(nameNode), bases: args, keywords, body, decorator_list,
    ...compoundPos(L, n, body),
  };
}

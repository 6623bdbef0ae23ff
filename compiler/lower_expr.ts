/**
 * CST → AST for expressions: every tree-sitter-python expression node becomes the node
 * CPython 3.11's parser builds (Python/Python.asdl names, positions as `ast.parse` gives them).
 * Target contexts (Store/Del) and their checks live in lower_target.ts, literals in
 * lower_literal.ts, call arguments and parameters in lower_args.ts.
 * CPython: the expression rules of Grammar/python.gram and their actions in Parser/action_helpers.c.
 */
import type * as A from './ast.js';
import { Ellipsis, None } from '../vm/objects/object.js';
import type { LowerCtx } from './lower_ctx.js';
import { posSpan } from './lower_ctx.js';
import type { CstNode } from './parse.js';
import { lowerNumber, lowerStrings, constant } from './lower_literal.js';
import { lowerCallArgs, lowerParameters, emptyArguments } from './lower_args.js';
import { toTarget } from './lower_target.js';

/** Named children that carry syntax (comments and line continuations are extras). */
export function kids(n: CstNode): CstNode[] {
  const out: CstNode[] = [];
  for (const c of n.namedChildren) {
    const t = c.type;
    if (t !== 'comment' && t !== 'line_continuation') out.push(c);
  }
  return out;
}

/** All children except extras (keeps anonymous tokens such as ',' and operators). */
export function tokens(n: CstNode): CstNode[] {
  const out: CstNode[] = [];
  for (const c of n.children) {
    const t = c.type;
    if (t !== 'comment' && t !== 'line_continuation') out.push(c);
  }
  return out;
}

const BINOPS: Record<string, A.operator> = {
  '+': 'Add', '-': 'Sub', '*': 'Mult', '@': 'MatMult', '/': 'Div', '%': 'Mod', '**': 'Pow',
  '<<': 'LShift', '>>': 'RShift', '|': 'BitOr', '^': 'BitXor', '&': 'BitAnd', '//': 'FloorDiv',
};

const CMPOPS: Record<string, A.cmpop> = {
  '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE',
  'is': 'Is', 'is not': 'IsNot', 'in': 'In', 'not in': 'NotIn',
};

export function binop(text: string): A.operator {
  return BINOPS[text];
}

/** Lowers any expression node in Load context. */
export function lowerExpr(L: LowerCtx, n: CstNode): A.expr {
  switch (n.type) {
    case 'identifier':
    case 'keyword_identifier':
      return { _type: 'Name', id: L.identifier(n), ctx: 'Load', ...L.pos(n) };
    case 'integer':
    case 'float':
      return lowerNumber(L, n);
    case 'true': return constant(true, L.pos(n));
    case 'false': return constant(false, L.pos(n));
    case 'none': return constant(None, L.pos(n));
    case 'ellipsis': return constant(Ellipsis, L.pos(n));
    case 'string':
    case 'concatenated_string':
      return lowerStrings(L, n);
    case 'parenthesized_expression':
      return lowerParenthesized(L, n);
    case 'tuple':
    case 'tuple_pattern': {
      // `(x)` as a target is tree-sitter's one-element tuple_pattern; CPython sees just `x`
      const k = kids(n);
      if (k.length === 1 && !tokens(n).some((t) => t.type === ',')) return lowerExpr(L, k[0]);
      return { _type: 'Tuple', elts: lowerElements(L, n), ctx: 'Load', ...L.pos(n) };
    }
    case 'list':
    case 'list_pattern':
      return { _type: 'List', elts: lowerElements(L, n), ctx: 'Load', ...L.pos(n) };
    case 'expression_list':
    case 'pattern_list':
      return { _type: 'Tuple', elts: lowerElements(L, n), ctx: 'Load', ...L.pos(n) };
    case 'set':
      return { _type: 'Set', elts: lowerElements(L, n), ...L.pos(n) };
    case 'dictionary':
      return lowerDict(L, n);
    case 'list_comprehension':
    case 'set_comprehension':
    case 'generator_expression':
    case 'dictionary_comprehension':
      return lowerComprehension(L, n);
    case 'binary_operator': {
      const star = splatHead(L, n);
      if (star !== null) return lowerUnderStar(L, n, star);
      return lowerBinary(L, n);
    }
    case 'unary_operator': {
      const op = n.childForFieldName('operator')!.type;
      return {
        _type: 'UnaryOp',
        op: op === '-' ? 'USub' : op === '+' ? 'UAdd' : 'Invert',
        operand: lowerExpr(L, n.childForFieldName('argument')!),
        ...L.pos(n),
      };
    }
    case 'not_operator':
      return { _type: 'UnaryOp', op: 'Not', operand: lowerExpr(L, n.childForFieldName('argument')!), ...L.pos(n) };
    case 'boolean_operator':
      return lowerBoolOp(L, n);
    case 'comparison_operator':
      return lowerCompare(L, n);
    case 'conditional_expression': {
      const k = kids(n);
      return {
        _type: 'IfExp', test: lowerExpr(L, k[1]), body: lowerExpr(L, k[0]), orelse: lowerExpr(L, k[2]), ...L.pos(n),
      };
    }
    case 'named_expression': {
      const name = n.childForFieldName('name')!;
      const target: A.Name = { _type: 'Name', id: L.identifier(name), ctx: 'Store', ...L.pos(name) };
      if (target.id === '__debug__') throw L.error('cannot assign to __debug__', name);
      return { _type: 'NamedExpr', target, value: lowerExpr(L, n.childForFieldName('value')!), ...L.pos(n) };
    }
    case 'lambda':
      return lowerLambda(L, n);
    case 'await':
      return lowerAwait(L, n);
    case 'attribute': {
      const star = splatHead(L, n);
      if (star !== null) return lowerUnderStar(L, n, star);
      return {
        _type: 'Attribute',
        value: lowerExpr(L, n.childForFieldName('object')!),
        attr: L.identifier(n.childForFieldName('attribute')!),
        ctx: 'Load',
        ...L.pos(n),
      };
    }
    case 'subscript':
    case 'call': {
      const star = splatHead(L, n);
      if (star !== null) return lowerUnderStar(L, n, star);
      return n.type === 'call' ? lowerCall(L, n) : lowerSubscript(L, n);
    }
    case 'list_splat':
    case 'list_splat_pattern': {
      const k = kids(n);
      if (L.unsplat !== null && sameNode(n, L.unsplat)) return lowerExpr(L, k[0]);
      return { _type: 'Starred', value: lowerExpr(L, k[0]), ctx: 'Load', ...L.pos(n) };
    }
    case 'yield':
      return lowerYield(L, n);
    case 'slice':
      return lowerSlice(L, n);
    case 'as_pattern':
      throw L.error('invalid syntax', tokens(n)[1]);
    case 'dictionary_splat':
      throw L.error('invalid syntax', n);
    case 'type':
      return lowerExpr(L, kids(n)[0]);
    case 'generic_type':
      return lowerGenericType(L, n);
    case 'union_type': {
      const k = kids(n);
      return { _type: 'BinOp', left: lowerExpr(L, k[0]), op: 'BitOr', right: lowerExpr(L, k[1]), ...L.pos(n) };
    }
    case 'member_type': {
      const k = kids(n);
      return { _type: 'Attribute', value: lowerExpr(L, k[0]), attr: L.identifier(k[1]), ctx: 'Load', ...L.pos(n) };
    }
    case 'splat_type': {
      if (tokens(n)[0].type !== '*') throw L.error('invalid syntax', n);
      return { _type: 'Starred', value: lowerExpr(L, kids(n)[0]), ctx: 'Load', ...L.pos(n) };
    }
    default:
      throw L.error('invalid syntax', n);
  }
}

function sameNode(a: CstNode, b: CstNode): boolean {
  return a.startIndex === b.startIndex && a.endIndex === b.endIndex && a.type === b.type;
}

/**
 * tree-sitter reads `*a.b(c) + d` as a call/attribute/operator whose leftmost operand is `*a`;
 * CPython's star_named_expression is '*' bitwise_or. Returns that leading splat, if any.
 */
function splatHead(L: LowerCtx, n: CstNode): CstNode | null {
  let cur: CstNode | null = n;
  while (cur !== null) {
    switch (cur.type) {
      case 'call': cur = cur.childForFieldName('function'); break;
      case 'attribute': cur = cur.childForFieldName('object'); break;
      case 'subscript': cur = cur.childForFieldName('value'); break;
      case 'binary_operator': cur = cur.childForFieldName('left'); break;
      case 'list_splat':
        if (L.unsplat !== null && sameNode(cur, L.unsplat)) return null;
        return cur;
      default: return null;
    }
  }
  return null;
}

/** Lowers `n` with its leading splat removed, then wraps the whole in Starred. */
function lowerUnderStar(L: LowerCtx, n: CstNode, star: CstNode): A.Starred {
  const saved = L.unsplat;
  L.unsplat = star;
  const value = lowerExpr(L, n);
  L.unsplat = saved;
  // Nodes that began at '*' begin at the starred operand in CPython's tree.
  const inner = L.pos(kids(star)[0]);
  const from = L.pos(star);
  let e: A.expr | null = value;
  while (e !== null && e.lineno === from.lineno && e.col_offset === from.col_offset) {
    e.lineno = inner.lineno;
    e.col_offset = inner.col_offset;
    e = e._type === 'Call' ? e.func : e._type === 'Attribute' || e._type === 'Subscript' ? e.value : e._type === 'BinOp' ? e.left : null;
  }
  return { _type: 'Starred', value, ctx: 'Load', ...L.pos(n) };
}

/** Python's binary operator precedence (tree-sitter-python ranks '^' above '&'). */
const BINPREC: Record<string, number> = {
  '|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5, '*': 6, '@': 6, '/': 6, '//': 6, '%': 6, '**': 8,
};

interface Operand { e: A.expr; first: CstNode; last: CstNode }

/**
 * bitwise_or … power: the unparenthesised chain of binary operators is flattened and rebuilt
 * with Python's precedence and associativity. A BinOp spans its operands' source, parentheses
 * included, as in CPython.
 */
function lowerBinary(L: LowerCtx, n: CstNode): A.expr {
  const operands: CstNode[] = [];
  const ops: string[] = [];
  const pending: (CstNode | string)[] = [n];
  while (pending.length > 0) {
    const x = pending.pop()!;
    if (typeof x === 'string') { ops.push(x); continue; }
    if (x.type === 'binary_operator' && (x === n || splatHead(L, x) === null)) {
      pending.push(x.childForFieldName('right')!, x.childForFieldName('operator')!.type, x.childForFieldName('left')!);
    } else operands.push(x);
  }
  let i = 0;
  const climb = (minPrec: number): Operand => {
    const node = operands[i];
    let lhs: Operand = { e: lowerExpr(L, node), first: node, last: node };
    while (i < ops.length) {
      const op = ops[i];
      const p = BINPREC[op];
      if (p < minPrec) break;
      i++;
      const rhs = climb(op === '**' ? p : p + 1);
      lhs = {
        e: { _type: 'BinOp', left: lhs.e, op: BINOPS[op], right: rhs.e, ...L.span(lhs.first, rhs.last) },
        first: lhs.first,
        last: rhs.last,
      };
    }
    return lhs;
  };
  const out = climb(0);
  return out.e;
}

/** `( expr )`: the inner node keeps its own position (CPython drops the parentheses). */
function lowerParenthesized(L: LowerCtx, n: CstNode): A.expr {
  const inner = kids(n)[0];
  if (inner.type === 'list_splat' || (inner.type === 'parenthesized_expression' && kids(inner)[0].type === 'list_splat')) {
    throw L.error('cannot use starred expression here', inner);
  }
  return lowerExpr(L, inner);
}

/** Elements of a tuple/list/set display or target list. */
export function lowerElements(L: LowerCtx, n: CstNode): A.expr[] {
  const out: A.expr[] = [];
  for (const c of kids(n)) out.push(lowerExpr(L, c));
  return out;
}

// dict: '{' [double_starred_kvpairs] '}'
function lowerDict(L: LowerCtx, n: CstNode): A.Dict {
  const keys: (A.expr | null)[] = [];
  const values: A.expr[] = [];
  for (const c of kids(n)) {
    if (c.type === 'pair') {
      keys.push(lowerExpr(L, c.childForFieldName('key')!));
      values.push(lowerExpr(L, c.childForFieldName('value')!));
    } else {
      keys.push(null);
      values.push(lowerExpr(L, kids(c)[0]));
    }
  }
  return { _type: 'Dict', keys, values, ...L.pos(n) };
}

// listcomp / setcomp / genexp / dictcomp: '[' named_expression for_if_clauses ']'
function lowerComprehension(L: LowerCtx, n: CstNode): A.expr {
  const genexpArg = L.genexpArg;
  L.genexpArg = false;
  const body = n.childForFieldName('body')!;
  const generators: A.comprehension[] = [];
  for (const c of kids(n)) {
    if (c.type === 'for_in_clause') {
      let isAsync = 0;
      for (const t of c.children) if (t.type === 'async') isAsync = 1;
      const left = c.childForFieldName('left')!;
      const rights = c.childrenForFieldName('right').filter((r) => r.type !== 'comment');
      const trailingComma = tokens(c).some((t, i, all) => t.type === ',' && i === all.length - 1);
      if (rights.length > 1 || trailingComma) {
        if (n.type === 'generator_expression' && genexpArg) {
          throw L.error('Generator expression must be parenthesized', n.childForFieldName('body')!, rights[0]);
        }
        throw L.error('invalid syntax', tokens(c).find((t) => t.type === ',' && t.startIndex > rights[0].startIndex)!);
      }
      generators.push({
        _type: 'comprehension',
        target: toTarget(L, lowerExpr(L, left), 'Store', 'for'),
        iter: lowerExpr(L, rights[0]),
        ifs: [],
        is_async: isAsync,
      });
    } else if (c.type === 'if_clause') {
      generators[generators.length - 1].ifs.push(lowerExpr(L, kids(c)[0]));
    }
  }
  const pos = L.pos(n);
  switch (n.type) {
    case 'list_comprehension':
      return { _type: 'ListComp', elt: lowerCompElt(L, body, 'list comprehension'), generators, ...pos };
    case 'set_comprehension':
      return { _type: 'SetComp', elt: lowerCompElt(L, body, 'set comprehension'), generators, ...pos };
    case 'generator_expression':
      return { _type: 'GeneratorExp', elt: lowerCompElt(L, body, 'generator expression'), generators, ...pos };
    default:
      return {
        _type: 'DictComp',
        key: lowerExpr(L, body.childForFieldName('key')!),
        value: lowerExpr(L, body.childForFieldName('value')!),
        generators,
        ...pos,
      };
  }
}

function lowerCompElt(L: LowerCtx, body: CstNode, what: string): A.expr {
  if (body.type === 'list_splat') throw L.error(`iterable unpacking cannot be used in comprehension`, body);
  void what;
  return lowerExpr(L, body);
}

// disjunction: conjunction ('or' conjunction)+ — one BoolOp per unparenthesised chain
function lowerBoolOp(L: LowerCtx, n: CstNode): A.BoolOp {
  const opText = n.childForFieldName('operator')!.type;
  const values: A.expr[] = [];
  const collect = (e: CstNode): void => {
    if (e.type === 'boolean_operator' && e.childForFieldName('operator')!.type === opText) {
      collect(e.childForFieldName('left')!);
      collect(e.childForFieldName('right')!);
    } else values.push(lowerExpr(L, e));
  };
  collect(n.childForFieldName('left')!);
  collect(n.childForFieldName('right')!);
  return { _type: 'BoolOp', op: opText === 'and' ? 'And' : 'Or', values, ...L.pos(n) };
}

// comparison: bitwise_or compare_op_bitwise_or_pair+
function lowerCompare(L: LowerCtx, n: CstNode): A.Compare {
  const ops: A.cmpop[] = [];
  const comparators: A.expr[] = [];
  let left: A.expr | null = null;
  for (const c of tokens(n)) {
    if (c.isNamed) {
      const e = lowerExpr(L, c);
      if (left === null) left = e; else comparators.push(e);
    } else {
      const op = CMPOPS[c.type];
      if (op === undefined) throw L.error('invalid syntax', c);
      ops.push(op);
    }
  }
  return { _type: 'Compare', left: left!, ops, comparators, ...L.pos(n) };
}

// lambdef: 'lambda' [lambda_params] ':' expression
function lowerLambda(L: LowerCtx, n: CstNode): A.Lambda {
  const params = n.childForFieldName('parameters');
  const args = params === null ? emptyArguments() : lowerParameters(L, params, true);
  return { _type: 'Lambda', args, body: lowerExpr(L, n.childForFieldName('body')!), ...L.pos(n) };
}

// await_primary: AWAIT primary — binds tighter than '**', which tree-sitter gets backwards
function lowerAwait(L: LowerCtx, n: CstNode): A.expr {
  const arg = kids(n)[0];
  if (arg.type === 'binary_operator' && arg.childForFieldName('operator')!.type === '**') {
    const left = arg.childForFieldName('left')!;
    const awaitStart = n;
    const inner: A.Await = { _type: 'Await', value: lowerExpr(L, left), ...L.span(awaitStart, left) };
    return rebuildPow(L, inner, arg);
  }
  return { _type: 'Await', value: lowerExpr(L, arg), ...L.pos(n) };
}

function rebuildPow(L: LowerCtx, left: A.expr, pow: CstNode): A.expr {
  const right = pow.childForFieldName('right')!;
  return { _type: 'BinOp', left, op: 'Pow', right: lowerExpr(L, right), ...posSpan(left, L.pos(right)) };
}

// annotations: tree-sitter's generic_type `Name[T, ...]` is a subscript
function lowerGenericType(L: LowerCtx, n: CstNode): A.Subscript {
  const k = kids(n);
  const params = k[1];
  const items = kids(params);
  const commas = tokens(params).filter((t) => t.type === ',');
  let slice: A.expr;
  if (items.length === 1 && commas.length === 0) slice = lowerExpr(L, items[0]);
  else {
    const last = items[items.length - 1];
    const lastComma = commas.length > 0 ? commas[commas.length - 1] : null;
    const end = lastComma !== null && lastComma.startIndex > last.startIndex ? lastComma : last;
    slice = { _type: 'Tuple', elts: items.map((c) => lowerExpr(L, c)), ctx: 'Load', ...L.span(items[0], end) };
  }
  return { _type: 'Subscript', value: lowerExpr(L, k[0]), slice, ctx: 'Load', ...L.pos(n) };
}

// primary '[' slices ']'
function lowerSubscript(L: LowerCtx, n: CstNode): A.Subscript {
  const subs = n.childrenForFieldName('subscript').filter((c) => c.type !== 'comment');
  const toks = tokens(n);
  let lastComma: CstNode | null = null;
  let commas = 0;
  for (const t of toks) if (t.type === ',') { commas++; lastComma = t; }
  let slice: A.expr;
  const single = commas === 0 ? lowerExpr(L, subs[0]) : null;
  if (single !== null && single._type !== 'Starred') {
    slice = single;
  } else if (single !== null) {
    // a[*b] is a one-element tuple (PEP 646)
    slice = { _type: 'Tuple', elts: [single], ctx: 'Load', ...L.pos(subs[0]) };
  } else {
    const elts = subs.map((s) => lowerExpr(L, s));
    const last = subs[subs.length - 1];
    const end = lastComma !== null && lastComma.startIndex > last.startIndex ? lastComma : last;
    slice = { _type: 'Tuple', elts, ctx: 'Load', ...L.span(subs[0], end) };
  }
  return { _type: 'Subscript', value: lowerExpr(L, n.childForFieldName('value')!), slice, ctx: 'Load', ...L.pos(n) };
}

// slice: [expression] ':' [expression] [':' [expression]]
function lowerSlice(L: LowerCtx, n: CstNode): A.Slice {
  const parts: (A.expr | null)[] = [null, null, null];
  let idx = 0;
  for (const c of tokens(n)) {
    if (c.type === ':') idx++;
    else parts[idx] = lowerExpr(L, c);
  }
  return { _type: 'Slice', lower: parts[0], upper: parts[1], step: parts[2], ...L.pos(n) };
}

// primary '(' [arguments] ')'  |  primary genexp
function lowerCall(L: LowerCtx, n: CstNode): A.Call {
  const func = lowerExpr(L, n.childForFieldName('function')!);
  const argNode = n.childForFieldName('arguments')!;
  if (argNode.type === 'generator_expression') {
    L.genexpArg = true;
    const arg = lowerExpr(L, argNode);
    return { _type: 'Call', func, args: [arg], keywords: [], ...L.pos(n) };
  }
  const { args, keywords } = lowerCallArgs(L, argNode);
  return { _type: 'Call', func, args, keywords, ...L.pos(n) };
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
function lowerYield(L: LowerCtx, n: CstNode): A.expr {
  const toks = tokens(n);
  if (toks.length > 1 && toks[1].type === 'from') {
    return { _type: 'YieldFrom', value: lowerExpr(L, toks[2]), ...L.pos(n) };
  }
  const k = kids(n);
  if (k.length === 0) return { _type: 'Yield', value: null, ...L.pos(n) };
  return { _type: 'Yield', value: lowerStarExpressions(L, n, k), ...L.pos(n) };
}

/**
 * star_expressions: a bare comma list is a Tuple spanning its items (and a trailing comma);
 * one item without a comma is itself. `parent` holds the items and the commas.
 */
export function lowerStarExpressions(L: LowerCtx, parent: CstNode, items: CstNode[]): A.expr {
  if (items.length === 1 && items[0].type !== 'expression_list' && items[0].type !== 'pattern_list') {
    let hasComma = false;
    for (const t of tokens(parent)) if (t.type === ',' && t.startIndex > items[0].startIndex) hasComma = true;
    const e = lowerExpr(L, items[0]);
    if (!hasComma) return e;
    const comma = tokens(parent).find((t) => t.type === ',' && t.startIndex > items[0].startIndex)!;
    return { _type: 'Tuple', elts: [e], ctx: 'Load', ...L.span(items[0], comma) };
  }
  if (items.length === 1) return lowerExpr(L, items[0]);
  const elts = items.map((c) => lowerExpr(L, c));
  let end = items[items.length - 1];
  for (const t of tokens(parent)) if (t.type === ',' && t.startIndex > end.startIndex) end = t;
  return { _type: 'Tuple', elts, ctx: 'Load', ...L.span(items[0], end) };
}

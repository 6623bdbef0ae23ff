/**
 * Expressions → symbolic instructions, as CPython 3.7's compiler_visit_expr and its helpers
 * (compiler_nameop, compiler_boolop, compiler_compare, compiler_jump_if, compiler_call_helper,
 * starunpack_helper, compiler_dict, compiler_visit_slice, f-strings). The AST is 3.9-shaped;
 * where 3.7 had Index/ExtSlice or Str/Num nodes this file emits what 3.7 emitted for them.
 */
import type * as A from './ast.js';
import type { BasicBlock } from './block.js';
import { Op, CmpOp, FVS_HAVE_SPEC, FVC_NONE, FVC_STR, FVC_REPR, FVC_ASCII } from '../vm/opcode.js';
import { Ellipsis, None, PyBytes, PyTuple, type PyValue } from '../vm/objects/object.js';
import { CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL, mangle } from './symtable.js';
import { Scope, type Compiler } from './codegen_unit.js';
import { compileLambda, compileComprehension } from './codegen_func.js';

type Ctx = A.expr_context | 'AugLoad' | 'AugStore';

// ---- constants ----

/** CPython 3.7: is_const — literals, and the name __debug__. */
export function isConst(e: A.expr): boolean {
  return e._type === 'Constant' || (e._type === 'Name' && e.id === '__debug__');
}

export function constValue(e: A.expr): PyValue {
  if (e._type === 'Constant') return e.value;
  return true; // __debug__ without -O
}

/** CPython: expr_constant — 1 true, 0 false, -1 not a constant. */
export function exprConstant(e: A.expr): number {
  if (!isConst(e)) return -1;
  return truthy(constValue(e)) ? 1 : 0;
}

function truthy(v: PyValue): boolean {
  switch (typeof v) {
    case 'number': return v !== 0;
    case 'bigint': return v !== 0n;
    case 'boolean': return v;
    case 'string': return v.length > 0;
    default: break;
  }
  if (v === None) return false;
  if (v === Ellipsis) return true;
  if (v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PyBytes) return v.data.length > 0;
  const r = v as unknown as { value?: unknown; real?: unknown; imag?: unknown };
  if (typeof r.value === 'number') return r.value !== 0;
  if (typeof r.real === 'number') return r.real !== 0 || r.imag !== 0;
  return true;
}

/**
 * The line 3.7's parser gave a node, where it differs from 3.8+: a string literal spanning
 * lines carried the line its token ended on; a parenthesized tuple, a list comprehension and a
 * generator expression started at their first element, not at the bracket; and in a chain of
 * same-precedence binary operators (a + b + c) each outer BinOp sat at its operator.
 */
export function exprLine(c: Compiler, e: A.expr): number {
  switch (e._type) {
    case 'Constant':
      if (e.end_lineno > e.lineno && ((typeof e.value === 'string' && e.value.includes('\n')) || e.value instanceof PyBytes)) {
        return e.end_lineno;
      }
      return e.lineno;
    case 'JoinedStr':
      return e.end_lineno > e.lineno ? e.end_lineno : e.lineno;
    case 'Tuple':
      return e.elts.length ? e.elts[0].lineno : e.lineno;
    case 'ListComp':
    case 'GeneratorExp':
      return e.elt.lineno;
    case 'BinOp': {
      const l = e.left;
      if (l._type === 'BinOp' && l.lineno === e.lineno && l.col_offset === e.col_offset
          && precedence(l.op) === precedence(e.op) && e.op !== 'Pow') {
        return operatorLine(c, l, e.right);
      }
      return e.lineno;
    }
    default:
      return e.lineno;
  }
}

function precedence(op: A.operator): number {
  switch (op) {
    case 'Add': case 'Sub': return 1;
    case 'Mult': case 'MatMult': case 'Div': case 'Mod': case 'FloorDiv': return 2;
    case 'LShift': case 'RShift': return 3;
    case 'BitAnd': return 4;
    case 'BitXor': return 5;
    case 'BitOr': return 6;
    case 'Pow': return 7;
  }
}

/** The line of the operator between two operands: scan the source past `)`, blanks and comments. */
function operatorLine(c: Compiler, left: A.expr, right: A.expr): number {
  if (left.end_lineno === right.lineno) return right.lineno;
  const lines = c.sourceLines();
  if (lines === null) return right.lineno;
  let line = left.end_lineno, col = left.end_col_offset;
  while (line < right.lineno) {
    const text = lines[line - 1] ?? '';
    while (col < text.length && (text[col] === ' ' || text[col] === '\t' || text[col] === ')' || text[col] === '\f')) col++;
    if (col < text.length && text[col] !== '#' && text[col] !== '\\') return line;
    line++;
    col = 0;
  }
  return right.lineno;
}

// ---- names ----

/** CPython: compiler_nameop. */
export function nameOp(c: Compiler, name: string, ctx: Ctx): void {
  const u = c.u;
  const mangled = mangle(u.private_, name);
  const scope = u.ste.getScope(mangled);
  const isFunc = u.ste.type === 'function';
  let kind: 'fast' | 'global' | 'deref' | 'name' = 'name';
  let derefIndex = -1;
  switch (scope) {
    case FREE:
      kind = 'deref';
      derefIndex = u.freevars.get(mangled) ?? -1;
      break;
    case CELL:
      kind = 'deref';
      derefIndex = u.cellvars.get(mangled) ?? -1;
      break;
    case LOCAL:
      if (isFunc) kind = 'fast';
      break;
    case GLOBAL_IMPLICIT:
      if (isFunc) kind = 'global';
      break;
    case GLOBAL_EXPLICIT:
      kind = 'global';
      break;
    default:
      break;
  }
  const load = ctx === 'Load' || ctx === 'AugLoad';
  const store = ctx === 'Store' || ctx === 'AugStore';
  switch (kind) {
    case 'deref':
      if (derefIndex < 0) throw new Error(`codegen: no cell or free slot for ${mangled}`);
      c.addOpI(load ? (u.ste.type === 'class' ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF)
        : store ? Op.STORE_DEREF : Op.DELETE_DEREF, derefIndex);
      return;
    case 'fast':
      c.addOpI(load ? Op.LOAD_FAST : store ? Op.STORE_FAST : Op.DELETE_FAST, c.addVarname(mangled));
      return;
    case 'global':
      c.addOpI(load ? Op.LOAD_GLOBAL : store ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, c.addName(mangled));
      return;
    case 'name':
      c.addOpI(load ? Op.LOAD_NAME : store ? Op.STORE_NAME : Op.DELETE_NAME, c.addName(mangled));
      return;
  }
}

// ---- the visitor ----

/** CPython 3.7: compiler_visit_expr (lines only move forward within a statement). */
export function visitExpr(c: Compiler, e: A.expr): void {
  visitExprCtx(c, e, e._type === 'Name' || e._type === 'Attribute' || e._type === 'Subscript'
    || e._type === 'List' || e._type === 'Tuple' || e._type === 'Starred' ? e.ctx : 'Load');
}

/**
 * Visits an expression in an explicit context (used for AugLoad/AugStore targets). Its
 * instructions carry its range, and the enclosing node's once it is done (3.11's SET_LOC).
 */
export function visitExprCtx(c: Compiler, e: A.expr, ctx: Ctx): void {
  c.setExprLine(exprLine(c, e));
  const u = c.u, outer = u.loc;
  u.loc = e;
  visitExpr1(c, e, ctx);
  u.loc = outer;
}

export function visitExprs(c: Compiler, list: A.expr[]): void {
  for (const e of list) visitExpr(c, e);
}

function visitExpr1(c: Compiler, e: A.expr, ctx: Ctx): void {
  switch (e._type) {
    case 'NamedExpr':
      visitExpr(c, e.value);
      c.addOp(Op.DUP_TOP);
      visitExpr(c, e.target);
      return;
    case 'BoolOp':
      return compileBoolOp(c, e);
    case 'BinOp':
      visitExpr(c, e.left);
      visitExpr(c, e.right);
      c.addOp(binop(e.op, false));
      return;
    case 'UnaryOp':
      visitExpr(c, e.operand);
      c.addOp(e.op === 'Invert' ? Op.UNARY_INVERT : e.op === 'Not' ? Op.UNARY_NOT
        : e.op === 'UAdd' ? Op.UNARY_POSITIVE : Op.UNARY_NEGATIVE);
      return;
    case 'Lambda':
      return compileLambda(c, e);
    case 'IfExp':
      return compileIfExp(c, e);
    case 'Dict':
      return compileDict(c, e);
    case 'Set':
      return starunpackHelper(c, e.elts, Op.BUILD_SET, Op.BUILD_SET, Op.BUILD_SET_UNPACK);
    case 'GeneratorExp':
      return compileComprehension(c, e, 'genexpr', e.generators, e.elt, null);
    case 'ListComp':
      return compileComprehension(c, e, 'listcomp', e.generators, e.elt, null);
    case 'SetComp':
      return compileComprehension(c, e, 'setcomp', e.generators, e.elt, null);
    case 'DictComp':
      return compileComprehension(c, e, 'dictcomp', e.generators, e.key, e.value);
    case 'Yield':
      if (c.u.ste.type !== 'function') c.error("'yield' outside function", e);
      if (e.value !== null) visitExpr(c, e.value);
      else c.loadConst(None);
      c.addOp(Op.YIELD_VALUE);
      return;
    case 'YieldFrom':
      if (c.u.ste.type !== 'function') c.error("'yield' outside function", e);
      if (c.u.scopeType === Scope.ASYNC_FUNCTION) c.error("'yield from' inside async function", e);
      visitExpr(c, e.value);
      c.addOp(Op.GET_YIELD_FROM_ITER);
      c.loadConst(None);
      c.addOp(Op.YIELD_FROM);
      return;
    case 'Await':
      if (c.u.ste.type !== 'function') c.error("'await' outside function", e);
      if (c.u.scopeType !== Scope.ASYNC_FUNCTION && c.u.scopeType !== Scope.COMPREHENSION) {
        c.error("'await' outside async function", e);
      }
      visitExpr(c, e.value);
      c.addOp(Op.GET_AWAITABLE);
      c.loadConst(None);
      c.addOp(Op.YIELD_FROM);
      return;
    case 'Compare':
      return compileCompare(c, e);
    case 'Call':
      return compileCall(c, e);
    case 'FormattedValue':
      return compileFormattedValue(c, e);
    case 'JoinedStr':
      visitExprs(c, e.values);
      if (e.values.length !== 1) c.addOpI(Op.BUILD_STRING, e.values.length);
      return;
    case 'Constant':
      c.loadConst(e.value);
      return;
    case 'Attribute':
      if (ctx !== 'AugStore') visitExpr(c, e.value);
      switch (ctx) {
        case 'AugLoad':
          c.addOp(Op.DUP_TOP);
          c.addOpName(Op.LOAD_ATTR, e.attr);
          return;
        case 'Load':
          c.addOpName(Op.LOAD_ATTR, e.attr);
          return;
        case 'AugStore':
          c.addOp(Op.ROT_TWO);
          c.addOpName(Op.STORE_ATTR, e.attr);
          return;
        case 'Store':
          c.addOpName(Op.STORE_ATTR, e.attr);
          return;
        case 'Del':
          c.addOpName(Op.DELETE_ATTR, e.attr);
          return;
      }
      return;
    case 'Subscript':
      if (ctx !== 'AugStore') visitExpr(c, e.value);
      return visitSlice(c, e.slice, ctx);
    case 'Starred':
      if (ctx === 'Store') c.error('starred assignment target must be in a list or tuple', e);
      c.error("can't use starred expression here", e);
      return;
    case 'Name':
      if (e.id === '__debug__' && ctx === 'Load') {
        c.loadConst(true);
        return;
      }
      return nameOp(c, e.id, ctx);
    case 'List':
      if (ctx === 'Store') return assignmentHelper(c, e.elts, e);
      if (ctx === 'Load') return starunpackHelper(c, e.elts, Op.BUILD_LIST, Op.BUILD_TUPLE, Op.BUILD_LIST_UNPACK);
      visitExprs(c, e.elts);
      return;
    case 'Tuple':
      if (ctx === 'Store') return assignmentHelper(c, e.elts, e);
      if (ctx === 'Load') return starunpackHelper(c, e.elts, Op.BUILD_TUPLE, Op.BUILD_TUPLE, Op.BUILD_TUPLE_UNPACK);
      visitExprs(c, e.elts);
      return;
    case 'Slice':
      // Only reachable through a subscript; a bare slice is compiled as 3.7's compiler_slice.
      compileSlice(c, e);
      return;
  }
}

export function binop(op: A.operator, inplace: boolean): number {
  switch (op) {
    case 'Add': return inplace ? Op.INPLACE_ADD : Op.BINARY_ADD;
    case 'Sub': return inplace ? Op.INPLACE_SUBTRACT : Op.BINARY_SUBTRACT;
    case 'Mult': return inplace ? Op.INPLACE_MULTIPLY : Op.BINARY_MULTIPLY;
    case 'MatMult': return inplace ? Op.INPLACE_MATRIX_MULTIPLY : Op.BINARY_MATRIX_MULTIPLY;
    case 'Div': return inplace ? Op.INPLACE_TRUE_DIVIDE : Op.BINARY_TRUE_DIVIDE;
    case 'Mod': return inplace ? Op.INPLACE_MODULO : Op.BINARY_MODULO;
    case 'Pow': return inplace ? Op.INPLACE_POWER : Op.BINARY_POWER;
    case 'LShift': return inplace ? Op.INPLACE_LSHIFT : Op.BINARY_LSHIFT;
    case 'RShift': return inplace ? Op.INPLACE_RSHIFT : Op.BINARY_RSHIFT;
    case 'BitOr': return inplace ? Op.INPLACE_OR : Op.BINARY_OR;
    case 'BitXor': return inplace ? Op.INPLACE_XOR : Op.BINARY_XOR;
    case 'BitAnd': return inplace ? Op.INPLACE_AND : Op.BINARY_AND;
    case 'FloorDiv': return inplace ? Op.INPLACE_FLOOR_DIVIDE : Op.BINARY_FLOOR_DIVIDE;
  }
}

function cmpop(op: A.cmpop): number {
  switch (op) {
    case 'Eq': return CmpOp.EQ;
    case 'NotEq': return CmpOp.NE;
    case 'Lt': return CmpOp.LT;
    case 'LtE': return CmpOp.LE;
    case 'Gt': return CmpOp.GT;
    case 'GtE': return CmpOp.GE;
    case 'Is': return CmpOp.IS;
    case 'IsNot': return CmpOp.IS_NOT;
    case 'In': return CmpOp.IN;
    case 'NotIn': return CmpOp.NOT_IN;
  }
}

// ---- boolean operators, comparisons, conditionals ----

// or_test / and_test: a and b and c
// 3.7 shape: <a> JUMP_IF_FALSE_OR_POP end; <b> JUMP_IF_FALSE_OR_POP end; <c>; end:
function compileBoolOp(c: Compiler, e: A.BoolOp): void {
  const jump = e.op === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
  const end = c.newBlock();
  const n = e.values.length - 1;
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.values[i]);
    c.addOpJ(jump, end);
  }
  visitExpr(c, e.values[n]);
  c.useNextBlock(end);
}

// comparison: a < b < c
// 3.7 shape: <a> <b> DUP_TOP ROT_THREE COMPARE_OP JUMP_IF_FALSE_OR_POP cleanup; <c> COMPARE_OP
//            JUMP_FORWARD end; cleanup: ROT_TWO POP_TOP; end:
function compileCompare(c: Compiler, e: A.Compare): void {
  visitExpr(c, e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    visitExpr(c, e.comparators[0]);
    c.addOpI(Op.COMPARE_OP, cmpop(e.ops[0]));
    return;
  }
  const cleanup = c.newBlock();
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.comparators[i]);
    c.addOp(Op.DUP_TOP);
    c.addOp(Op.ROT_THREE);
    c.addOpI(Op.COMPARE_OP, cmpop(e.ops[i]));
    c.addOpJ(Op.JUMP_IF_FALSE_OR_POP, cleanup);
    c.nextBlock();
  }
  visitExpr(c, e.comparators[n]);
  c.addOpI(Op.COMPARE_OP, cmpop(e.ops[n]));
  const end = c.newBlock();
  c.addOpJ(Op.JUMP_FORWARD, end);
  c.useNextBlock(cleanup);
  c.addOp(Op.ROT_TWO);
  c.addOp(Op.POP_TOP);
  c.useNextBlock(end);
}

/**
 * CPython 3.7: compiler_jump_if — jump to `next` when `e` is `cond`, compiling `not`, and/or,
 * conditional expressions and comparison chains straight into jumps.
 */
export function jumpIf(c: Compiler, e: A.expr, next: BasicBlock, cond: boolean): void {
  switch (e._type) {
    case 'UnaryOp':
      if (e.op === 'Not') return jumpIf(c, e.operand, next, !cond);
      break;
    case 'BoolOp': {
      const s = e.values;
      const n = s.length - 1;
      const cond2 = e.op === 'Or';
      let next2 = next;
      if (cond2 !== cond) next2 = c.newBlock();
      for (let i = 0; i < n; i++) jumpIf(c, s[i], next2, cond2);
      jumpIf(c, s[n], next, cond);
      if (next2 !== next) c.useNextBlock(next2);
      return;
    }
    case 'IfExp': {
      const end = c.newBlock();
      const next2 = c.newBlock();
      jumpIf(c, e.test, next2, false);
      jumpIf(c, e.body, next, cond);
      c.addOpJ(Op.JUMP_FORWARD, end);
      c.useNextBlock(next2);
      jumpIf(c, e.orelse, next, cond);
      c.useNextBlock(end);
      return;
    }
    case 'Compare': {
      // As 3.11's compiler_jump_if: the comparison's range stays for what the statement emits
      // after it (an assert's raise points at its test).
      c.u.loc = e;
      const n = e.ops.length - 1;
      if (n > 0) {
        const cleanup = c.newBlock();
        visitExpr(c, e.left);
        for (let i = 0; i < n; i++) {
          visitExpr(c, e.comparators[i]);
          c.addOp(Op.DUP_TOP);
          c.addOp(Op.ROT_THREE);
          c.addOpI(Op.COMPARE_OP, cmpop(e.ops[i]));
          c.addOpJ(Op.POP_JUMP_IF_FALSE, cleanup);
          c.nextBlock();
        }
        visitExpr(c, e.comparators[n]);
        c.addOpI(Op.COMPARE_OP, cmpop(e.ops[n]));
        c.addOpJ(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
        const end = c.newBlock();
        c.addOpJ(Op.JUMP_FORWARD, end);
        c.useNextBlock(cleanup);
        c.addOp(Op.POP_TOP);
        if (!cond) c.addOpJ(Op.JUMP_FORWARD, next);
        c.useNextBlock(end);
        return;
      }
      break;
    }
    default:
      break;
  }
  visitExpr(c, e);
  c.addOpJ(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
}

// conditional_expression: body if test else orelse
// 3.7 shape: <jump_if test false → next> <body> JUMP_FORWARD end; next: <orelse>; end:
function compileIfExp(c: Compiler, e: A.IfExp): void {
  const end = c.newBlock();
  const next = c.newBlock();
  jumpIf(c, e.test, next, false);
  visitExpr(c, e.body);
  c.addOpJ(Op.JUMP_FORWARD, end);
  c.useNextBlock(next);
  visitExpr(c, e.orelse);
  c.useNextBlock(end);
}

// ---- displays ----

/** CPython: starunpack_helper — build a list/tuple/set, concatenating `*x` pieces. */
function starunpackHelper(c: Compiler, elts: A.expr[], singleOp: number, innerOp: number, outerOp: number): void {
  let nsubitems = 0, nseen = 0;
  for (const elt of elts) {
    if (elt._type === 'Starred') {
      if (nseen) {
        c.addOpI(innerOp, nseen);
        nseen = 0;
        nsubitems++;
      }
      visitExpr(c, elt.value);
      nsubitems++;
    } else {
      visitExpr(c, elt);
      nseen++;
    }
  }
  if (nsubitems) {
    if (nseen) {
      c.addOpI(innerOp, nseen);
      nsubitems++;
    }
    c.addOpI(outerOp, nsubitems);
  } else {
    c.addOpI(singleOp, nseen);
  }
}

/** CPython: assignment_helper — UNPACK_SEQUENCE, or UNPACK_EX around one starred target. */
function assignmentHelper(c: Compiler, elts: A.expr[], at: A.expr): void {
  const n = elts.length;
  let seenStar = false;
  const targets = elts.slice();
  for (let i = 0; i < n; i++) {
    const elt = elts[i];
    if (elt._type === 'Starred' && !seenStar) {
      if (i >= 256 || n - i - 1 >= (0x7fffffff >> 8)) {
        c.error('too many expressions in star-unpacking assignment', at);
      }
      c.addOpI(Op.UNPACK_EX, i + ((n - i - 1) << 8));
      seenStar = true;
      targets[i] = elt.value;
    } else if (elt._type === 'Starred') {
      c.error('multiple starred expressions in assignment', at);
    }
  }
  if (!seenStar) c.addOpI(Op.UNPACK_SEQUENCE, n);
  visitExprs(c, targets);
}

/** CPython: compiler_subdict — BUILD_CONST_KEY_MAP when every key is a constant. */
function compileSubdict(c: Compiler, e: A.Dict, begin: number, end: number): void {
  const n = end - begin;
  let allConst = n > 1;
  for (let i = begin; allConst && i < end; i++) if (!isConst(e.keys[i]!)) allConst = false;
  if (allConst) {
    for (let i = begin; i < end; i++) visitExpr(c, e.values[i]);
    const keys: PyValue[] = [];
    for (let i = begin; i < end; i++) keys.push(constValue(e.keys[i]!));
    c.loadConst(new PyTuple(keys));
    c.addOpI(Op.BUILD_CONST_KEY_MAP, n);
  } else {
    for (let i = begin; i < end; i++) {
      visitExpr(c, e.keys[i]!);
      visitExpr(c, e.values[i]);
    }
    c.addOpI(Op.BUILD_MAP, n);
  }
}

/** CPython: compiler_dict. */
function compileDict(c: Compiler, e: A.Dict): void {
  const n = e.values.length;
  let containers = 0, elements = 0;
  let isUnpacking = false;
  for (let i = 0; i < n; i++) {
    isUnpacking = e.keys[i] === null;
    if (elements === 0xffff || (elements && isUnpacking)) {
      compileSubdict(c, e, i - elements, i);
      containers++;
      elements = 0;
    }
    if (isUnpacking) {
      visitExpr(c, e.values[i]);
      containers++;
    } else {
      elements++;
    }
  }
  if (elements || containers === 0) {
    compileSubdict(c, e, n - elements, n);
    containers++;
  }
  if (containers > 1 || isUnpacking) c.addOpI(Op.BUILD_MAP_UNPACK, containers);
}

// ---- calls ----

/** CPython 3.7: compiler_call, with maybe_optimize_method_call's LOAD_METHOD/CALL_METHOD. */
function compileCall(c: Compiler, e: A.Call): void {
  const f = e.func;
  if (f._type === 'Attribute' && f.ctx === 'Load' && e.keywords.length === 0
      && !e.args.some(a => a._type === 'Starred')) {
    visitExpr(c, f.value);
    // The method lookup's errors point at `obj.name`, the call's at the whole call (3.11).
    c.u.loc = f;
    c.addOpName(Op.LOAD_METHOD, f.attr);
    c.u.loc = e;
    visitExprs(c, e.args);
    c.addOpI(Op.CALL_METHOD, e.args.length);
    return;
  }
  visitExpr(c, f);
  callHelper(c, 0, e.args, e.keywords);
}

/** CPython: compiler_subkwargs. */
function compileSubkwargs(c: Compiler, keywords: A.keyword[], begin: number, end: number): void {
  const n = end - begin;
  if (n > 1) {
    for (let i = begin; i < end; i++) visitExpr(c, keywords[i].value);
    c.loadConst(new PyTuple(keywords.slice(begin, end).map(k => k.arg!)));
    c.addOpI(Op.BUILD_CONST_KEY_MAP, n);
  } else {
    const kw = keywords[begin];
    c.loadConst(kw.arg!);
    visitExpr(c, kw.value);
    c.addOpI(Op.BUILD_MAP, 1);
  }
}

/**
 * CPython 3.7: compiler_call_helper. `n` callables/arguments are already on the stack
 * (2 for a class: the body function and the name).
 */
export function callHelper(c: Compiler, n: number, args: A.expr[], keywords: A.keyword[]): void {
  const mustDictUnpack = keywords.some(k => k.arg === null);
  let nsubargs = 0, nsubkwargs = 0;
  let nseen = n;
  for (const elt of args) {
    if (elt._type === 'Starred') {
      if (nseen) {
        c.addOpI(Op.BUILD_TUPLE, nseen);
        nseen = 0;
        nsubargs++;
      }
      visitExpr(c, elt.value);
      nsubargs++;
    } else {
      visitExpr(c, elt);
      nseen++;
    }
  }
  if (nsubargs || mustDictUnpack) {
    if (nseen) {
      c.addOpI(Op.BUILD_TUPLE, nseen);
      nsubargs++;
    }
    if (nsubargs > 1) c.addOpI(Op.BUILD_TUPLE_UNPACK_WITH_CALL, nsubargs);
    else if (nsubargs === 0) c.addOpI(Op.BUILD_TUPLE, 0);
    nseen = 0;
    for (let i = 0; i < keywords.length; i++) {
      const kw = keywords[i];
      if (kw.arg === null) {
        if (nseen) {
          compileSubkwargs(c, keywords, i - nseen, i);
          nsubkwargs++;
          nseen = 0;
        }
        visitExpr(c, kw.value);
        nsubkwargs++;
      } else {
        nseen++;
      }
    }
    if (nseen) {
      compileSubkwargs(c, keywords, keywords.length - nseen, keywords.length);
      nsubkwargs++;
    }
    if (nsubkwargs > 1) c.addOpI(Op.BUILD_MAP_UNPACK_WITH_CALL, nsubkwargs);
    c.addOpI(Op.CALL_FUNCTION_EX, nsubkwargs > 0 ? 1 : 0);
  } else if (keywords.length) {
    for (const kw of keywords) visitExpr(c, kw.value);
    c.loadConst(new PyTuple(keywords.map(k => k.arg!)));
    c.addOpI(Op.CALL_FUNCTION_KW, n + args.length + keywords.length);
  } else {
    c.addOpI(Op.CALL_FUNCTION, n + args.length);
  }
}

// ---- subscripts ----

/** 3.7's slice kinds, recovered from the 3.9 AST: Slice, ExtSlice (a tuple holding a slice), Index. */
function sliceKind(s: A.expr): 'slice' | 'ext' | 'index' {
  if (s._type === 'Slice') return 'slice';
  if (s._type === 'Tuple' && s.elts.some(x => x._type === 'Slice')) return 'ext';
  return 'index';
}

/** CPython: compiler_slice (only the BUILD_SLICE cases). */
function compileSlice(c: Compiler, s: A.Slice): void {
  let n = 2;
  if (s.lower !== null) visitExpr(c, s.lower);
  else c.loadConst(None);
  if (s.upper !== null) visitExpr(c, s.upper);
  else c.loadConst(None);
  if (s.step !== null) {
    n++;
    visitExpr(c, s.step);
  }
  c.addOpI(Op.BUILD_SLICE, n);
}

/** CPython 3.7: compiler_visit_slice + compiler_handle_subscr. */
function visitSlice(c: Compiler, s: A.expr, ctx: Ctx): void {
  if (ctx !== 'AugStore') {
    switch (sliceKind(s)) {
      case 'index':
        visitExpr(c, s);
        break;
      case 'slice':
        compileSlice(c, s as A.Slice);
        break;
      case 'ext': {
        const dims = (s as A.Tuple).elts;
        for (const d of dims) {
          if (d._type === 'Slice') compileSlice(c, d);
          else visitExpr(c, d);
        }
        c.addOpI(Op.BUILD_TUPLE, dims.length);
        break;
      }
    }
  }
  if (ctx === 'AugLoad') c.addOp(Op.DUP_TOP_TWO);
  else if (ctx === 'AugStore') c.addOp(Op.ROT_THREE);
  c.addOp(ctx === 'Load' || ctx === 'AugLoad' ? Op.BINARY_SUBSCR
    : ctx === 'Store' || ctx === 'AugStore' ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR);
}

// ---- f-strings ----

/** CPython 3.7: compiler_formatted_value. */
function compileFormattedValue(c: Compiler, e: A.FormattedValue): void {
  visitExpr(c, e.value);
  let oparg: number;
  switch (e.conversion) {
    case 115: oparg = FVC_STR; break;
    case 114: oparg = FVC_REPR; break;
    case 97: oparg = FVC_ASCII; break;
    default: oparg = FVC_NONE; break;
  }
  if (e.format_spec !== null) {
    visitExpr(c, e.format_spec);
    oparg |= FVS_HAVE_SPEC;
  }
  c.addOpI(Op.FORMAT_VALUE, oparg);
}

/**
 * AST constant folding: CPython 3.7's Python/ast_opt.c, run between lowering and code
 * generation. Folds unary and binary operations on constants (within 3.7's size limits),
 * constant subscripts, tuples of constants, `__debug__`, `not` over is/in comparisons, and
 * list/set displays of constants used as `in` operands or for-loop iterables (into a tuple or
 * frozenset). Values are computed with the VM's own operations; anything that raises stays
 * unfolded so the error happens at run time, as in CPython. Nodes are rewritten in place.
 */
import type {
  arguments_, comprehension, Constant, expr, ExceptHandler, keyword, mod, pattern, stmt, withitem,
} from './ast.js';
import {
  FrozenSetType, PyBytes, PyTuple, type PyValue,
} from '../vm/objects/object.js';
import { binaryOp, getItem, invert, negative, positive, NB } from '../vm/abstract.js';
import { PyException } from '../vm/objects/exceptions.js';
import { newFrozenSet } from '../vm/objects/set.js';
import { newTuple } from '../vm/objects/tuple.js';
import { strLen } from '../vm/objects/str.js';
import { constIsTrue } from './peephole.js';

/** 3.7's limits on folded results (ast_opt.c). */
const MAX_INT_SIZE = 128; // bits
const MAX_COLLECTION_SIZE = 256; // items
const MAX_STR_SIZE = 4096; // characters
const MAX_TOTAL_ITEMS = 1024; // including nested collections

/** Runs `f`; a Python exception means "leave the expression alone" (null). */
function attempt(f: () => PyValue | null): PyValue | null {
  try {
    return f();
  } catch (e) {
    if (e instanceof PyException) return null;
    throw e;
  }
}

function isInt(v: PyValue): v is number | bigint | boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
}
function intValue(v: number | bigint | boolean): bigint {
  return typeof v === 'boolean' ? (v ? 1n : 0n) : BigInt(v);
}
/** CPython: _PyLong_NumBits — bits in |v|. */
function numBits(v: number | bigint | boolean): number {
  const b = intValue(v);
  return (b < 0n ? -b : b).toString(2).length - (b === 0n ? 1 : 0);
}
function isFrozenSet(v: PyValue): boolean {
  return typeof v === 'object' && v.ob_type === FrozenSetType;
}
function collectionSize(v: PyValue): number {
  return v instanceof PyTuple ? v.items.length : (v as unknown as { used: number }).used;
}

/** CPython: check_complexity — the limit minus the items in nested tuples/frozensets. */
function checkComplexity(obj: PyValue, limit: number): number {
  if (obj instanceof PyTuple) {
    limit -= obj.items.length;
    for (let i = 0; limit >= 0 && i < obj.items.length; i++) limit = checkComplexity(obj.items[i], limit);
  } else if (isFrozenSet(obj)) {
    limit -= collectionSize(obj);
  }
  return limit;
}

/** CPython: safe_multiply — refuses results over the int, sequence and string limits. */
function safeMultiply(v: PyValue, w: PyValue): PyValue | null {
  if (isInt(v) && isInt(w) && intValue(v) !== 0n && intValue(w) !== 0n) {
    if (numBits(v) + numBits(w) > MAX_INT_SIZE) return null;
  } else if (isInt(v) && (w instanceof PyTuple || isFrozenSet(w))) {
    const size = collectionSize(w);
    if (size) {
      const n = intValue(v);
      if (n < 0n || n > BigInt(Math.trunc(MAX_COLLECTION_SIZE / size))) return null;
      if (n && checkComplexity(w, Math.trunc(MAX_TOTAL_ITEMS / Number(n))) < 0) return null;
    }
  } else if (isInt(v) && (typeof w === 'string' || w instanceof PyBytes)) {
    const size = typeof w === 'string' ? strLen(w) : w.data.length;
    if (size) {
      const n = intValue(v);
      if (n < 0n || n > BigInt(Math.trunc(MAX_STR_SIZE / size))) return null;
    }
  } else if (isInt(w) && (v instanceof PyTuple || isFrozenSet(v) || typeof v === 'string' || v instanceof PyBytes)) {
    return safeMultiply(w, v);
  }
  return attempt(() => binaryOp(v, w, NB.MULTIPLY));
}

/** CPython: safe_power. */
function safePower(v: PyValue, w: PyValue): PyValue | null {
  if (isInt(v) && isInt(w) && intValue(v) !== 0n && intValue(w) > 0n) {
    const wv = intValue(w);
    if (BigInt(numBits(v)) > BigInt(MAX_INT_SIZE) / wv) return null;
  }
  return attempt(() => binaryOp(v, w, NB.POWER));
}

/** CPython: safe_lshift. */
function safeLshift(v: PyValue, w: PyValue): PyValue | null {
  if (isInt(v) && isInt(w) && intValue(v) !== 0n && intValue(w) !== 0n) {
    const wv = intValue(w);
    if (wv < 0n) return null;
    if (wv > BigInt(MAX_INT_SIZE) || BigInt(numBits(v)) > BigInt(MAX_INT_SIZE) - wv) return null;
  }
  return attempt(() => binaryOp(v, w, NB.LSHIFT));
}

/** CPython: safe_mod — never folds `str % x` (it is formatting, with run-time effects). */
function safeMod(v: PyValue, w: PyValue): PyValue | null {
  if (typeof v === 'string' || v instanceof PyBytes) return null;
  return attempt(() => binaryOp(v, w, NB.REMAINDER));
}

const SIMPLE_BINOPS: Partial<Record<string, number>> = {
  Add: NB.ADD, Sub: NB.SUBTRACT, Div: NB.TRUE_DIVIDE, FloorDiv: NB.FLOOR_DIVIDE, RShift: NB.RSHIFT,
  BitOr: NB.OR, BitXor: NB.XOR, BitAnd: NB.AND,
};

function evalBinop(op: string, l: PyValue, r: PyValue): PyValue | null {
  switch (op) {
    case 'Mult': return safeMultiply(l, r);
    case 'Mod': return safeMod(l, r);
    case 'Pow': return safePower(l, r);
    case 'LShift': return safeLshift(l, r);
    default: {
      const nb = SIMPLE_BINOPS[op];
      return nb === undefined ? null : attempt(() => binaryOp(l, r, nb));
    }
  }
}

/** CPython: make_const — the node becomes a Constant at the same position. */
function makeConst(node: expr, value: PyValue | null): expr {
  if (value === null) return node;
  const c: Constant = {
    _type: 'Constant', value,
    lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.end_lineno, end_col_offset: node.end_col_offset,
  };
  return c;
}

/** CPython: make_const_tuple — a tuple of the elements' values if all are constants. */
function makeConstTuple(elts: expr[]): PyTuple | null {
  const items: PyValue[] = [];
  for (const e of elts) {
    if (e._type !== 'Constant') return null;
    items.push(e.value);
  }
  // `()` is the one empty tuple, as in CPython (`() is tuple()`).
  return newTuple(items);
}

/** CPython: fold_iter — a list/set display of constants as `in` operand or loop iterable. */
function foldIter(arg: expr): expr {
  if (arg._type === 'List') return makeConst(arg, makeConstTuple(arg.elts));
  if (arg._type === 'Set') {
    const t = makeConstTuple(arg.elts);
    return makeConst(arg, t === null ? null : attempt(() => newFrozenSet(t.items)));
  }
  return arg;
}

const NEGATED_CMP: Partial<Record<string, 'Is' | 'IsNot' | 'In' | 'NotIn'>> = {
  Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In',
};

/** CPython: fold_unaryop. `not` over a single is/in comparison inverts the comparison. */
function foldUnaryop(node: expr & { _type: 'UnaryOp' }): expr {
  const arg = node.operand;
  if (arg._type !== 'Constant') {
    if (node.op === 'Not' && arg._type === 'Compare' && arg.ops.length === 1) {
      const inv = NEGATED_CMP[arg.ops[0]];
      if (inv !== undefined) {
        arg.ops[0] = inv;
        return arg;
      }
    }
    return node;
  }
  const v = arg.value;
  switch (node.op) {
    case 'Not': return makeConst(node, !constIsTrue(v));
    case 'Invert': return makeConst(node, attempt(() => invert(v)));
    case 'UAdd': return makeConst(node, attempt(() => positive(v)));
    case 'USub': return makeConst(node, attempt(() => negative(v)));
  }
}

function foldExprs(xs: expr[]): void {
  for (let i = 0; i < xs.length; i++) xs[i] = foldExpr(xs[i]);
}
function foldOpt(x: expr | null): expr | null {
  return x === null ? null : foldExpr(x);
}

/** CPython: astfold_expr — children first, then the node's own fold. */
export function foldExpr(node: expr): expr {
  switch (node._type) {
    case 'BoolOp':
      foldExprs(node.values);
      return node;
    case 'NamedExpr':
      node.value = foldExpr(node.value);
      return node;
    case 'BinOp': {
      node.left = foldExpr(node.left);
      node.right = foldExpr(node.right);
      const l = node.left, r = node.right;
      if (l._type !== 'Constant' || r._type !== 'Constant') return node;
      return makeConst(node, evalBinop(node.op, l.value, r.value));
    }
    case 'UnaryOp':
      node.operand = foldExpr(node.operand);
      return foldUnaryop(node);
    case 'Lambda':
      foldArguments(node.args);
      node.body = foldExpr(node.body);
      return node;
    case 'IfExp':
      node.test = foldExpr(node.test);
      node.body = foldExpr(node.body);
      node.orelse = foldExpr(node.orelse);
      return node;
    case 'Dict':
      for (let i = 0; i < node.keys.length; i++) {
        const k = node.keys[i];
        if (k !== null) node.keys[i] = foldExpr(k);
      }
      foldExprs(node.values);
      return node;
    case 'Set':
      foldExprs(node.elts);
      return node;
    case 'ListComp':
    case 'SetComp':
    case 'GeneratorExp':
      node.elt = foldExpr(node.elt);
      node.generators.forEach(foldComprehension);
      return node;
    case 'DictComp':
      node.key = foldExpr(node.key);
      node.value = foldExpr(node.value);
      node.generators.forEach(foldComprehension);
      return node;
    case 'Await':
    case 'YieldFrom':
      node.value = foldExpr(node.value);
      return node;
    case 'Yield':
      node.value = foldOpt(node.value);
      return node;
    case 'Compare': {
      node.left = foldExpr(node.left);
      foldExprs(node.comparators);
      // Only the last operand of a chain is rewritten (CPython: fold_compare).
      const i = node.ops.length - 1;
      if (node.ops[i] === 'In' || node.ops[i] === 'NotIn') node.comparators[i] = foldIter(node.comparators[i]);
      return node;
    }
    case 'Call':
      node.func = foldExpr(node.func);
      foldExprs(node.args);
      node.keywords.forEach(foldKeyword);
      return node;
    case 'FormattedValue':
      node.value = foldExpr(node.value);
      if (node.format_spec !== null) foldExpr(node.format_spec);
      return node;
    case 'JoinedStr':
      foldExprs(node.values);
      return node;
    case 'Attribute':
    case 'Starred':
      node.value = foldExpr(node.value);
      return node;
    case 'Subscript': {
      node.value = foldExpr(node.value);
      node.slice = foldExpr(node.slice);
      const v = node.value, idx = node.slice;
      // 3.7 folds only a plain index (not a slice or an extended slice).
      if (node.ctx !== 'Load' || v._type !== 'Constant' || idx._type !== 'Constant') return node;
      return makeConst(node, attempt(() => getItem(v.value, idx.value)));
    }
    case 'List':
      foldExprs(node.elts);
      return node;
    case 'Tuple':
      foldExprs(node.elts);
      return node.ctx === 'Load' ? makeConst(node, makeConstTuple(node.elts)) : node;
    case 'Slice':
      node.lower = foldOpt(node.lower);
      node.upper = foldOpt(node.upper);
      node.step = foldOpt(node.step);
      return node;
    case 'Name':
      // `__debug__` is True (pyvm has no -O).
      return node.id === '__debug__' && node.ctx === 'Load' ? makeConst(node, true) : node;
    case 'Constant':
      return node;
  }
}

function foldComprehension(c: comprehension): void {
  c.target = foldExpr(c.target);
  c.iter = foldExpr(c.iter);
  foldExprs(c.ifs);
  c.iter = foldIter(c.iter);
}

function foldKeyword(k: keyword): void {
  k.value = foldExpr(k.value);
}

function foldArguments(a: arguments_): void {
  for (const p of [...a.posonlyargs, ...a.args]) p.annotation = foldOpt(p.annotation);
  if (a.vararg !== null) a.vararg.annotation = foldOpt(a.vararg.annotation);
  for (const p of a.kwonlyargs) p.annotation = foldOpt(p.annotation);
  for (let i = 0; i < a.kw_defaults.length; i++) a.kw_defaults[i] = foldOpt(a.kw_defaults[i]);
  if (a.kwarg !== null) a.kwarg.annotation = foldOpt(a.kwarg.annotation);
  foldExprs(a.defaults);
}

function foldWithitem(w: withitem): void {
  w.context_expr = foldExpr(w.context_expr);
  w.optional_vars = foldOpt(w.optional_vars);
}

function foldHandler(h: ExceptHandler): void {
  h.type = foldOpt(h.type);
  foldStmts(h.body);
}

function foldStmts(body: stmt[]): void {
  for (const s of body) foldStmt(s);
}

/** CPython: _PyAST_GetDocString — the body opens with a string-constant expression. */
function hasDocString(body: stmt[]): boolean {
  const st = body[0];
  return st !== undefined && st._type === 'Expr' && st.value._type === 'Constant' && typeof st.value.value === 'string';
}

/**
 * CPython: astfold_body. A first statement that only became a string through folding
 * (`'a' * 3`) must not turn into a docstring, so it is wrapped in a one-part JoinedStr.
 */
function foldBody(body: stmt[]): void {
  const docstring = hasDocString(body);
  foldStmts(body);
  if (!docstring && hasDocString(body)) {
    const st = body[0] as stmt & { _type: 'Expr' };
    st.value = {
      _type: 'JoinedStr', values: [st.value],
      lineno: st.lineno, col_offset: st.col_offset, end_lineno: st.end_lineno, end_col_offset: st.end_col_offset,
    };
  }
}

/** CPython: astfold_stmt. */
function foldStmt(node: stmt): void {
  switch (node._type) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      foldArguments(node.args);
      foldBody(node.body);
      foldExprs(node.decorator_list);
      node.returns = foldOpt(node.returns);
      return;
    case 'ClassDef':
      foldExprs(node.bases);
      node.keywords.forEach(foldKeyword);
      foldBody(node.body);
      foldExprs(node.decorator_list);
      return;
    case 'Return':
      node.value = foldOpt(node.value);
      return;
    case 'Delete':
      foldExprs(node.targets);
      return;
    case 'Assign':
      foldExprs(node.targets);
      node.value = foldExpr(node.value);
      return;
    case 'AugAssign':
      node.target = foldExpr(node.target);
      node.value = foldExpr(node.value);
      return;
    case 'AnnAssign':
      node.target = foldExpr(node.target);
      node.annotation = foldExpr(node.annotation);
      node.value = foldOpt(node.value);
      return;
    case 'For':
    case 'AsyncFor':
      node.target = foldExpr(node.target);
      node.iter = foldExpr(node.iter);
      foldStmts(node.body);
      foldStmts(node.orelse);
      // 3.7 rewrites the iterable of a plain `for` only.
      if (node._type === 'For') node.iter = foldIter(node.iter);
      return;
    case 'While':
    case 'If':
      node.test = foldExpr(node.test);
      foldStmts(node.body);
      foldStmts(node.orelse);
      return;
    case 'With':
    case 'AsyncWith':
      node.items.forEach(foldWithitem);
      foldStmts(node.body);
      return;
    case 'Raise':
      node.exc = foldOpt(node.exc);
      node.cause = foldOpt(node.cause);
      return;
    case 'Try':
      foldStmts(node.body);
      node.handlers.forEach(foldHandler);
      foldStmts(node.orelse);
      foldStmts(node.finalbody);
      return;
    case 'Assert':
      node.test = foldExpr(node.test);
      node.msg = foldOpt(node.msg);
      return;
    case 'Expr':
      node.value = foldExpr(node.value);
      return;
    case 'Match':
      node.subject = foldExpr(node.subject);
      for (const m of node.cases) {
        foldPattern(m.pattern);
        m.guard = foldOpt(m.guard);
        foldStmts(m.body);
      }
      return;
    case 'Import': case 'ImportFrom': case 'Global': case 'Nonlocal': case 'Pass': case 'Break': case 'Continue':
      return;
  }
}

/** CPython 3.11: astfold_pattern — value patterns (`-1`, `1+2j`, `a.b`) fold like expressions. */
function foldPattern(p: pattern): void {
  switch (p._type) {
    case 'MatchValue':
      p.value = foldExpr(p.value);
      return;
    case 'MatchSequence':
    case 'MatchOr':
      p.patterns.forEach(foldPattern);
      return;
    case 'MatchMapping':
      p.keys = p.keys.map(foldExpr);
      p.patterns.forEach(foldPattern);
      return;
    case 'MatchClass':
      p.cls = foldExpr(p.cls);
      p.patterns.forEach(foldPattern);
      p.kwd_patterns.forEach(foldPattern);
      return;
    case 'MatchAs':
      if (p.pattern !== null) foldPattern(p.pattern);
      return;
    case 'MatchSingleton':
    case 'MatchStar':
      return;
  }
}

/** CPython: _PyAST_Optimize / astfold_mod. Rewrites the tree in place and returns it. */
export function foldConstants(m: mod): mod {
  switch (m._type) {
    case 'Module':
      foldBody(m.body);
      break;
    case 'Interactive':
      foldStmts(m.body);
      break;
    case 'Expression':
      m.body = foldExpr(m.body);
      break;
  }
  return m;
}

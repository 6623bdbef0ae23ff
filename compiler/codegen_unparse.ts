/**
 * Expression → source text, for annotations under `from __future__ import annotations`
 * (PEP 563), which 3.7 stores as strings. Follows CPython 3.7's Python/ast_unparse.c:
 * precedence-driven parentheses, repr() of constants, f-strings re-quoted as one literal.
 */
import type * as A from './ast.js';
import { Ellipsis, None, PyBytes, PyComplex, PyFloat, PyTuple, type PyValue } from '../vm/objects/object.js';

const enum P { TUPLE, TEST, OR, AND, NOT, CMP, EXPR, BXOR, BAND, SHIFT, ARITH, TERM, FACTOR, POWER, AWAIT, ATOM }
const BOR = P.EXPR;

export function unparseAnnotation(e: A.expr): string {
  return expr(e, P.TEST);
}

/** Python's repr of a float: shortest round-trip digits, exponent form outside 1e-4 ≤ |x| < 1e16. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const [mant, e] = Math.abs(x).toExponential().split('e');
  const ei = parseInt(e, 10);
  const d = mant.replace('.', '');
  if (ei >= -4 && ei < 16) {
    const point = ei + 1;
    if (point >= d.length) return sign + d + '0'.repeat(point - d.length) + '.0';
    if (point <= 0) return sign + '0.' + '0'.repeat(-point) + d;
    return sign + d.slice(0, point) + '.' + d.slice(point);
  }
  return sign + d[0] + (d.length > 1 ? '.' + d.slice(1) : '') + 'e' + (ei < 0 ? '-' : '+') + String(Math.abs(ei)).padStart(2, '0');
}

/** Python's repr of a str. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp >= 0x80 && cp < 0xa0) out += '\\x' + cp.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

function bytesRepr(b: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (const x of b) {
    if (x === 0x27) hasSingle = true;
    if (x === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const x of b) {
    const ch = String.fromCharCode(x);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (x === 10) out += '\\n';
    else if (x === 13) out += '\\r';
    else if (x === 9) out += '\\t';
    else if (x < 0x20 || x >= 0x7f) out += '\\x' + x.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

function constRepr(v: PyValue): string {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v.toString();
    case 'boolean':
      return v ? 'True' : 'False';
    case 'string':
      return strRepr(v);
    default:
      break;
  }
  if (v === None) return 'None';
  if (v === Ellipsis) return '...';
  if (v instanceof PyFloat) return Number.isFinite(v.value) ? floatRepr(v.value) : '1e309';
  if (v instanceof PyComplex) {
    const im = Number.isFinite(v.imag) ? floatRepr(v.imag).replace(/\.0$/, '') : '1e309';
    return v.real === 0 && !Object.is(v.real, -0) ? im + 'j' : '(' + floatRepr(v.real) + '+' + im + 'j)';
  }
  if (v instanceof PyBytes) return bytesRepr(v.data);
  if (v instanceof PyTuple) {
    const items = v.items.map(constRepr);
    return '(' + items.join(', ') + (items.length === 1 ? ',' : '') + ')';
  }
  return '...';
}

const BINOP: Record<A.operator, [string, number]> = {
  Add: [' + ', P.ARITH], Sub: [' - ', P.ARITH], Mult: [' * ', P.TERM], MatMult: [' @ ', P.TERM],
  Div: [' / ', P.TERM], Mod: [' % ', P.TERM], FloorDiv: [' // ', P.TERM], Pow: [' ** ', P.POWER],
  LShift: [' << ', P.SHIFT], RShift: [' >> ', P.SHIFT], BitOr: [' | ', BOR], BitXor: [' ^ ', P.BXOR],
  BitAnd: [' & ', P.BAND],
};

const CMPOP: Record<A.cmpop, string> = {
  Eq: ' == ', NotEq: ' != ', Lt: ' < ', LtE: ' <= ', Gt: ' > ', GtE: ' >= ', Is: ' is ',
  IsNot: ' is not ', In: ' in ', NotIn: ' not in ',
};

function paren(cond: boolean, s: string): string {
  return cond ? '(' + s + ')' : s;
}

function args(a: A.arguments_): string {
  const parts: string[] = [];
  const pos = [...a.posonlyargs, ...a.args];
  const firstDefault = pos.length - a.defaults.length;
  pos.forEach((p, i) => {
    let s = argText(p);
    if (i >= firstDefault) s += '=' + expr(a.defaults[i - firstDefault], P.TEST);
    parts.push(s);
    if (a.posonlyargs.length && i === a.posonlyargs.length - 1) parts.push('/');
  });
  if (a.vararg !== null || a.kwonlyargs.length) parts.push('*' + (a.vararg !== null ? argText(a.vararg) : ''));
  a.kwonlyargs.forEach((p, i) => {
    const d = a.kw_defaults[i];
    parts.push(argText(p) + (d ? '=' + expr(d, P.TEST) : ''));
  });
  if (a.kwarg !== null) parts.push('**' + argText(a.kwarg));
  return parts.join(', ');
}

function argText(p: A.arg): string {
  return p.annotation !== null ? p.arg + ': ' + expr(p.annotation, P.TEST) : p.arg;
}

function comprehensions(gens: A.comprehension[]): string {
  let s = '';
  for (const g of gens) {
    s += (g.is_async ? ' async for ' : ' for ') + expr(g.target, P.TUPLE) + ' in ' + expr(g.iter, P.TEST + 1);
    for (const c of g.ifs) s += ' if ' + expr(c, P.TEST + 1);
  }
  return s;
}

function sliceText(s: A.expr): string {
  if (s._type === 'Slice') {
    let t = (s.lower !== null ? expr(s.lower, P.TEST) : '') + ':' + (s.upper !== null ? expr(s.upper, P.TEST) : '');
    if (s.step !== null) t += ':' + expr(s.step, P.TEST);
    return t;
  }
  if (s._type === 'Tuple' && s.elts.length) return s.elts.map(sliceText).join(', ');
  return expr(s, P.TUPLE);
}

function fstringBody(values: A.expr[]): string {
  let s = '';
  for (const v of values) {
    if (v._type === 'Constant' && typeof v.value === 'string') {
      s += v.value.replace(/{/g, '{{').replace(/}/g, '}}');
    } else if (v._type === 'FormattedValue') {
      let inner = expr(v.value, P.TEST + 1);
      if (inner.startsWith('{')) inner = ' ' + inner;
      s += '{' + inner;
      if (v.conversion > 0) s += '!' + String.fromCharCode(v.conversion);
      if (v.format_spec !== null) s += ':' + fstringBody(v.format_spec.values);
      s += '}';
    }
  }
  return s;
}

function expr(e: A.expr, level: number): string {
  switch (e._type) {
    case 'BoolOp': {
      const pr = e.op === 'And' ? P.AND : P.OR;
      return paren(level > pr, e.values.map(v => expr(v, pr + 1)).join(e.op === 'And' ? ' and ' : ' or '));
    }
    case 'NamedExpr':
      return '(' + expr(e.target, P.ATOM) + ' := ' + expr(e.value, P.ATOM) + ')';
    case 'BinOp': {
      const [op, pr] = BINOP[e.op];
      const rassoc = e.op === 'Pow' ? 1 : 0;
      return paren(level > pr, expr(e.left, pr + rassoc) + op + expr(e.right, pr + 1 - rassoc));
    }
    case 'UnaryOp': {
      const [op, pr] = e.op === 'Not' ? ['not ', P.NOT] : e.op === 'Invert' ? ['~', P.FACTOR]
        : e.op === 'UAdd' ? ['+', P.FACTOR] : ['-', P.FACTOR];
      return paren(level > pr, op + expr(e.operand, pr));
    }
    case 'Lambda': {
      const a = args(e.args);
      return paren(level > P.TEST, 'lambda' + (a ? ' ' + a : '') + ': ' + expr(e.body, P.TEST));
    }
    case 'IfExp':
      return paren(level > P.TEST, expr(e.body, P.TEST + 1) + ' if ' + expr(e.test, P.TEST + 1) + ' else ' + expr(e.orelse, P.TEST));
    case 'Dict':
      return '{' + e.keys.map((k, i) => k === null ? '**' + expr(e.values[i], P.EXPR)
        : expr(k, P.TEST) + ': ' + expr(e.values[i], P.TEST)).join(', ') + '}';
    case 'Set':
      return '{' + e.elts.map(x => expr(x, P.TEST)).join(', ') + '}';
    case 'GeneratorExp':
      return '(' + expr(e.elt, P.TEST) + comprehensions(e.generators) + ')';
    case 'ListComp':
      return '[' + expr(e.elt, P.TEST) + comprehensions(e.generators) + ']';
    case 'SetComp':
      return '{' + expr(e.elt, P.TEST) + comprehensions(e.generators) + '}';
    case 'DictComp':
      return '{' + expr(e.key, P.TEST) + ': ' + expr(e.value, P.TEST) + comprehensions(e.generators) + '}';
    case 'Yield':
      return e.value === null ? '(yield)' : '(yield ' + expr(e.value, P.TEST) + ')';
    case 'YieldFrom':
      return '(yield from ' + expr(e.value, P.TEST) + ')';
    case 'Await':
      return paren(level > P.AWAIT, 'await ' + expr(e.value, P.ATOM));
    case 'Compare':
      return paren(level > P.CMP, expr(e.left, P.CMP + 1)
        + e.ops.map((op, i) => CMPOP[op] + expr(e.comparators[i], P.CMP + 1)).join(''));
    case 'Call': {
      const f = expr(e.func, P.ATOM);
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]._type === 'GeneratorExp') {
        return f + expr(e.args[0], P.TEST);
      }
      const parts = e.args.map(a => a._type === 'Starred' ? '*' + expr(a.value, P.EXPR) : expr(a, P.TEST));
      for (const k of e.keywords) parts.push(k.arg === null ? '**' + expr(k.value, P.EXPR) : k.arg + '=' + expr(k.value, P.TEST));
      return f + '(' + parts.join(', ') + ')';
    }
    case 'FormattedValue':
      return 'f' + strRepr(fstringBody([e]));
    case 'JoinedStr':
      return 'f' + strRepr(fstringBody(e.values));
    case 'Constant':
      return constRepr(e.value);
    case 'Attribute': {
      const v = expr(e.value, P.ATOM);
      const isInt = e.value._type === 'Constant' && (typeof e.value.value === 'number' || typeof e.value.value === 'bigint');
      return v + (isInt ? ' .' : '.') + e.attr;
    }
    case 'Subscript':
      return expr(e.value, P.ATOM) + '[' + sliceText(e.slice) + ']';
    case 'Starred':
      return '*' + expr(e.value, P.EXPR);
    case 'Name':
      return e.id;
    case 'List':
      return '[' + e.elts.map(x => expr(x, P.TEST)).join(', ') + ']';
    case 'Tuple': {
      if (e.elts.length === 0) return '()';
      const body = e.elts.map(x => expr(x, P.TEST)).join(', ') + (e.elts.length === 1 ? ',' : '');
      return paren(level > P.TUPLE, body);
    }
    case 'Slice':
      return sliceText(e);
  }
}

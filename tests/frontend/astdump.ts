/**
 * Prints our AST exactly as CPython 3.11's `ast.dump(tree, include_attributes=True)` prints
 * its own (one line), so lowering can be compared with python3's output text for text.
 * Includes the reprs of the literal values the AST holds (CPython: Lib/ast.py dump, and
 * the repr of str/bytes/float/complex).
 */
import type { PyValue } from '../../vm/objects/object.js';
import { None, Ellipsis, PyBytes, PyComplex, PyFloat } from '../../vm/objects/object.js';

const FIELDS: Record<string, string[]> = {
  Module: ['body', 'type_ignores'], Interactive: ['body'], Expression: ['body'],
  FunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns', 'type_comment'],
  AsyncFunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns', 'type_comment'],
  ClassDef: ['name', 'bases', 'keywords', 'body', 'decorator_list'],
  Return: ['value'], Delete: ['targets'], Assign: ['targets', 'value', 'type_comment'],
  AugAssign: ['target', 'op', 'value'], AnnAssign: ['target', 'annotation', 'value', 'simple'],
  For: ['target', 'iter', 'body', 'orelse', 'type_comment'], AsyncFor: ['target', 'iter', 'body', 'orelse', 'type_comment'],
  While: ['test', 'body', 'orelse'], If: ['test', 'body', 'orelse'],
  With: ['items', 'body', 'type_comment'], AsyncWith: ['items', 'body', 'type_comment'],
  Raise: ['exc', 'cause'], Try: ['body', 'handlers', 'orelse', 'finalbody'], Assert: ['test', 'msg'],
  Import: ['names'], ImportFrom: ['module', 'names', 'level'], Global: ['names'], Nonlocal: ['names'],
  Expr: ['value'], Pass: [], Break: [], Continue: [],
  BoolOp: ['op', 'values'], NamedExpr: ['target', 'value'], BinOp: ['left', 'op', 'right'],
  UnaryOp: ['op', 'operand'], Lambda: ['args', 'body'], IfExp: ['test', 'body', 'orelse'],
  Dict: ['keys', 'values'], Set: ['elts'], ListComp: ['elt', 'generators'], SetComp: ['elt', 'generators'],
  DictComp: ['key', 'value', 'generators'], GeneratorExp: ['elt', 'generators'], Await: ['value'],
  Yield: ['value'], YieldFrom: ['value'], Compare: ['left', 'ops', 'comparators'],
  Call: ['func', 'args', 'keywords'], FormattedValue: ['value', 'conversion', 'format_spec'],
  JoinedStr: ['values'], Constant: ['value', 'kind'], Attribute: ['value', 'attr', 'ctx'],
  Subscript: ['value', 'slice', 'ctx'], Starred: ['value', 'ctx'], Name: ['id', 'ctx'],
  List: ['elts', 'ctx'], Tuple: ['elts', 'ctx'], Slice: ['lower', 'upper', 'step'],
  comprehension: ['target', 'iter', 'ifs', 'is_async'], ExceptHandler: ['type', 'name', 'body'],
  arguments: ['posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults'],
  arg: ['arg', 'annotation', 'type_comment'], keyword: ['arg', 'value'], alias: ['name', 'asname'],
  withitem: ['context_expr', 'optional_vars'],
  Match: ['subject', 'cases'], match_case: ['pattern', 'guard', 'body'], MatchValue: ['value'],
  MatchSingleton: ['value'], MatchSequence: ['patterns'], MatchMapping: ['keys', 'patterns', 'rest'],
  MatchClass: ['cls', 'patterns', 'kwd_attrs', 'kwd_patterns'], MatchStar: ['name'],
  MatchAs: ['pattern', 'name'], MatchOr: ['patterns'],
};
const ATTRS = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'];
const NO_ATTRS = new Set(['Module', 'Interactive', 'Expression', 'comprehension', 'arguments', 'withitem', 'match_case']);
/** Operator and context values are bare strings in our AST, singleton nodes in CPython's. */
const OPERATOR_FIELDS = new Set(['op', 'ctx']);

type Node = { _type: string } & Record<string, unknown>;

export function dumpAst(node: unknown): string {
  return fmt(node, '');
}

function fmt(v: unknown, field: string): string {
  if (Array.isArray(v)) return '[' + v.map((x) => fmt(x, field === 'ops' ? 'op' : '')).join(', ') + ']';
  if (typeof v === 'string' && (OPERATOR_FIELDS.has(field))) return v + '()';
  if (v !== null && typeof v === 'object' && '_type' in (v as object) && typeof (v as Node)._type === 'string') {
    const n = v as Node;
    const fields = FIELDS[n._type];
    if (fields === undefined) throw new Error(`dump: unknown node ${n._type}`);
    const parts: string[] = [];
    for (const f of fields) {
      const x = f === 'type_ignores' ? [] : n[f];
      if (x === undefined || x === null) continue;
      parts.push(`${f}=${f === 'value' && n._type === 'Constant' ? pyRepr(x as PyValue) : fmtField(x, f, n._type)}`);
    }
    if (!NO_ATTRS.has(n._type)) {
      for (const a of ATTRS) if (typeof n[a] === 'number') parts.push(`${a}=${n[a]}`);
    }
    return `${n._type}(${parts.join(', ')})`;
  }
  if (v === null) return 'None';
  return pyRepr(v as PyValue);
}

function fmtField(x: unknown, f: string, type: string): string {
  if (f === 'ops') return fmt(x, 'ops');
  if (f === 'value' && type === 'MatchSingleton') return pyRepr(x as PyValue);
  if (f === 'kwd_attrs') return '[' + (x as string[]).map(strRepr).join(', ') + ']';
  if (f === 'names' && (type === 'Global' || type === 'Nonlocal')) return '[' + (x as string[]).map(strRepr).join(', ') + ']';
  if (typeof x === 'string' && !OPERATOR_FIELDS.has(f)) return strRepr(x);
  return fmt(x, f);
}

/** Python's repr for the constant values an AST holds. */
export function pyRepr(v: PyValue): string {
  switch (typeof v) {
    case 'number': return String(v);
    case 'bigint': return v.toString();
    case 'boolean': return v ? 'True' : 'False';
    case 'string': return strRepr(v);
    default: break;
  }
  if (v === None) return 'None';
  if (v === Ellipsis) return 'Ellipsis';
  if (v instanceof PyFloat) return floatRepr(v.value);
  if (v instanceof PyComplex) {
    const im = floatRepr(v.imag);
    const imText = im.endsWith('.0') ? im.slice(0, -2) : im;
    if (v.real === 0 && !Object.is(v.real, -0)) return imText + 'j';
    return `(${floatRepr(v.real)}+${imText}j)`;
  }
  if (v instanceof PyBytes) return bytesRepr(v.data);
  return `<${v.ob_type.name}>`;
}

/** CPython: float_repr (repr style 'r': shortest round-trip, exponent outside 1e-4..1e16). */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expStr] = x.toExponential().split('e');
  const exp = Number(expStr);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  let out: string;
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    out = `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  } else if (exp < 0) {
    out = '0.' + '0'.repeat(-exp - 1) + digits;
  } else if (digits.length <= exp + 1) {
    out = digits + '0'.repeat(exp + 1 - digits.length) + '.0';
  } else {
    out = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  }
  return neg ? '-' + out : out;
}

function isPrintable(cp: number): boolean {
  if (cp === 32) return true;
  return !/[\p{C}\p{Z}]/u.test(String.fromCodePoint(cp));
}

/** CPython: unicode_repr. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x7f || isPrintable(cp)) out += ch;
    else if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out + quote;
}

/** CPython: bytes_repr. */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (const c of b) { if (c === 39) hasSingle = true; if (c === 34) hasDouble = true; }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

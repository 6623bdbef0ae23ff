/**
 * `match` statements (3.10) from the CST to CPython's pattern nodes (MatchValue, MatchSequence,
 * MatchMapping, MatchClass, MatchAs, MatchOr...). tree-sitter-python leaves some patterns as
 * flat token runs (`-1` is `-` then an integer inside a union), so patterns are read from runs
 * of sibling nodes split at `|` and `,`.
 * CPython: Grammar/python.gram (match_stmt, patterns), Python/ast.c (validate_pattern).
 */
import type * as A from './ast.js';
import { LowerCtx, posSpan } from './lower_ctx.js';
import type { CstNode } from './parse.js';
import { kids, lowerExpr, lowerStarExpressions } from './lower_expr.js';
import { compoundPos, lowerBlock } from './lower.js';
import { None, PyComplex } from '../vm/objects/object.js';
import { constant } from './lower_literal.js';

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
export function lowerMatch(L: LowerCtx, n: CstNode): A.Match {
  const subjects = n.childrenForFieldName('subject');
  const subject = lowerStarExpressions(L, n, subjects);
  const block = n.childForFieldName('body') ?? kids(n).find((c) => c.type === 'block')!;
  const cases = kids(block).filter((c) => c.type === 'case_clause').map((c) => lowerCase(L, c));
  if (cases.length === 0) throw L.error('invalid syntax', n);
  return { _type: 'Match', subject, cases, ...compoundPos(L, n, cases[cases.length - 1].body) };
}

// case_block: "case" patterns guard? ':' block
function lowerCase(L: LowerCtx, n: CstNode): A.match_case {
  const items = kids(n).filter((c) => c.type === 'case_pattern');
  const openSequence = items.length > 1 || n.children.some((c) => c.type === ',');
  let pattern: A.pattern;
  if (openSequence) {
    const patterns = items.map((c) => lowerPattern(L, [c]));
    let end = items[items.length - 1];
    for (const c of n.children) if (c.type === ',' && c.startIndex > end.startIndex) end = c;
    pattern = { _type: 'MatchSequence', patterns, ...L.span(items[0], end) };
  } else {
    pattern = lowerPattern(L, [items[0]]);
  }
  const guardNode = n.childForFieldName('guard');
  const guard = guardNode === null ? null : lowerExpr(L, kids(guardNode)[0]);
  const body = lowerBlock(L, n.childForFieldName('consequence'), n);
  return { _type: 'match_case', pattern, guard, body };
}

/** Splits a node's children into runs separated by the given anonymous tokens. */
function splitRuns(children: CstNode[], sep: string): CstNode[][] {
  const runs: CstNode[][] = [[]];
  for (const c of children) {
    if (!c.isNamed && c.type === sep) runs.push([]);
    else runs[runs.length - 1].push(c);
  }
  return runs.filter((r) => r.length > 0);
}

function isWildcard(n: CstNode): boolean {
  return n.type === 'case_pattern' && n.namedChildren.length === 0 && n.text === '_';
}

function runPos(L: LowerCtx, run: CstNode[]): A.Pos {
  return L.span(run[0], run[run.length - 1]);
}

/** One pattern from a run of sibling nodes. */
function lowerPattern(L: LowerCtx, run: CstNode[]): A.pattern {
  if (run.length === 1) return lowerPatternNode(L, run[0]);
  // A signed number: `-` number.
  if (run.length === 2 && run[0].type === '-') return { _type: 'MatchValue', value: signedNumber(L, run), ...runPos(L, run) };
  throw L.error('invalid syntax', run[0], run[run.length - 1]);
}

function signedNumber(L: LowerCtx, run: CstNode[]): A.expr {
  if (run.length === 1) return lowerExpr(L, run[0]);
  const operand = lowerExpr(L, run[1]);
  return { _type: 'UnaryOp', op: 'USub', operand, ...runPos(L, run) };
}

function lowerPatternNode(L: LowerCtx, n: CstNode): A.pattern {
  const pos = L.pos(n);
  switch (n.type) {
    case 'case_pattern':
      if (isWildcard(n)) return { _type: 'MatchAs', pattern: null, name: null, ...pos };
      return lowerPattern(L, n.children);
    case 'union_pattern': {
      const patterns = splitRuns(n.children, '|').map((r) => lowerPattern(L, r));
      return { _type: 'MatchOr', patterns, ...pos };
    }
    case 'as_pattern': {
      const k = kids(n);
      const name = L.identifier(k[k.length - 1]);
      if (name === '_') throw L.error("cannot use '_' as a target", k[k.length - 1]);
      return { _type: 'MatchAs', pattern: lowerPattern(L, [k[0]]), name, ...pos };
    }
    case 'dotted_name': {
      const ids = kids(n);
      if (ids.length === 1) {
        const name = L.identifier(ids[0]);
        return name === '_' ? { _type: 'MatchAs', pattern: null, name: null, ...pos } : { _type: 'MatchAs', pattern: null, name, ...pos };
      }
      return { _type: 'MatchValue', value: dottedValue(L, n), ...pos };
    }
    case '_': return { _type: 'MatchAs', pattern: null, name: null, ...pos };
    case 'none': return { _type: 'MatchSingleton', value: None, ...pos };
    case 'true': return { _type: 'MatchSingleton', value: true, ...pos };
    case 'false': return { _type: 'MatchSingleton', value: false, ...pos };
    case 'integer':
    case 'float':
    case 'string':
    case 'concatenated_string': {
      const value = lowerExpr(L, n);
      if (value._type === 'JoinedStr') throw L.error('patterns may only match literals and attribute lookups', n);
      return { _type: 'MatchValue', value, ...pos };
    }
    case 'complex_pattern':
      return { _type: 'MatchValue', value: complexValue(L, n), ...pos };
    case 'list_pattern':
    case 'tuple_pattern':
      return lowerSequencePattern(L, n);
    case 'splat_pattern': {
      const id = kids(n)[0];
      const name = id === undefined ? null : L.identifier(id);
      return { _type: 'MatchStar', name: name === '_' ? null : name, ...pos };
    }
    case 'dict_pattern':
      return lowerMappingPattern(L, n);
    case 'class_pattern':
      return lowerClassPattern(L, n);
    default:
      throw L.error('invalid syntax', n);
  }
}

/** `a.b.c` as an attribute chain (a value pattern). */
function dottedValue(L: LowerCtx, n: CstNode): A.expr {
  const ids = kids(n);
  let e: A.expr = { _type: 'Name', id: L.identifier(ids[0]), ctx: 'Load', ...L.pos(ids[0]) };
  for (let i = 1; i < ids.length; i++) {
    e = { _type: 'Attribute', value: e, attr: L.identifier(ids[i]), ctx: 'Load', ...L.span(ids[0], ids[i]) };
  }
  return e;
}

// complex_number: signed_real_number ('+' | '-') imaginary_number
function complexValue(L: LowerCtx, n: CstNode): A.expr {
  const c = n.children;
  const opAt = c.findIndex((t, i) => i > 0 && (t.type === '+' || t.type === '-'));
  const left = signedNumber(L, c.slice(0, opAt));
  const right = lowerExpr(L, c[opAt + 1]);
  const imaginary = (e: A.expr): boolean => {
    const v = e._type === 'UnaryOp' ? e.operand : e;
    return v._type === 'Constant' && v.value instanceof PyComplex;
  };
  if (imaginary(left)) throw L.error('real number required in complex literal', c[opAt - 1]);
  if (!imaginary(right)) throw L.error('imaginary number required in complex literal', c[opAt + 1]);
  return { _type: 'BinOp', left, op: c[opAt].type === '+' ? 'Add' : 'Sub', right, ...posSpan(left, right) };
}

// sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
function lowerSequencePattern(L: LowerCtx, n: CstNode): A.pattern {
  const inner = n.children.slice(1, -1);
  const runs = splitRuns(inner, ',');
  const hasComma = inner.some((c) => c.type === ',');
  // `(p)` is a group, not a sequence.
  if (n.type === 'tuple_pattern' && runs.length === 1 && !hasComma) return lowerPattern(L, runs[0]);
  const patterns = runs.map((r) => lowerPattern(L, r));
  return { _type: 'MatchSequence', patterns, ...L.pos(n) };
}

// mapping_pattern: '{' (key_value_pattern ',')* ['**' NAME] '}'
function lowerMappingPattern(L: LowerCtx, n: CstNode): A.MatchMapping {
  const keys: A.expr[] = [];
  const patterns: A.pattern[] = [];
  let rest: string | null = null;
  for (const run of splitRuns(n.children.slice(1, -1), ',')) {
    if (run.length === 1 && run[0].type === 'splat_pattern') {
      const id = kids(run[0])[0];
      rest = L.identifier(id);
      continue;
    }
    const colon = run.findIndex((c) => c.type === ':');
    if (colon < 0) throw L.error('invalid syntax', run[0]);
    const keyRun = run.slice(0, colon);
    keys.push(mappingKey(L, keyRun));
    patterns.push(lowerPattern(L, run.slice(colon + 1)));
  }
  return { _type: 'MatchMapping', keys, patterns, rest, ...L.pos(n) };
}

function mappingKey(L: LowerCtx, run: CstNode[]): A.expr {
  if (run.length === 2 && run[0].type === '-') return signedNumber(L, run);
  const k = run[0];
  switch (k.type) {
    case 'dotted_name': return dottedValue(L, k);
    case 'complex_pattern': return complexValue(L, k);
    case 'none': return constant(None, L.pos(k));
    case 'true': return constant(true, L.pos(k));
    case 'false': return constant(false, L.pos(k));
    default: return lowerExpr(L, k);
  }
}

// class_pattern: name_or_attr '(' [pattern_arguments ','?] ')'
function lowerClassPattern(L: LowerCtx, n: CstNode): A.MatchClass {
  const k = n.children;
  const clsNode = k[0];
  const cls = kids(clsNode).length === 1 ? { _type: 'Name', id: L.identifier(kids(clsNode)[0]), ctx: 'Load', ...L.pos(clsNode) } as A.expr : dottedValue(L, clsNode);
  const patterns: A.pattern[] = [];
  const kwd_attrs: string[] = [];
  const kwd_patterns: A.pattern[] = [];
  for (const run of splitRuns(k.slice(2, -1), ',')) {
    const kw = run.length === 1 && run[0].type === 'case_pattern' ? run[0].namedChildren.find((c) => c.type === 'keyword_pattern') : undefined;
    if (kw !== undefined) {
      const parts = kw.children;
      kwd_attrs.push(L.identifier(parts[0]));
      const value = parts.slice(2);
      kwd_patterns.push(lowerPattern(L, value));
      continue;
    }
    if (kwd_attrs.length > 0) throw L.error('positional patterns follow keyword patterns', run[0], run[run.length - 1]);
    patterns.push(lowerPattern(L, run));
  }
  return { _type: 'MatchClass', cls, patterns, kwd_attrs, kwd_patterns, ...L.pos(n) };
}

/**
 * `match` statements as a 3.7-style instruction sequence. 3.7 has no MATCH_* opcodes, so the
 * structural tests are calls to three native helpers held as constants (vm/match.ts) that answer
 * with a tuple of the values the sub-patterns see, or None; UNPACK_SEQUENCE spreads the tuple.
 * The control flow follows CPython 3.11's compiler_match: the subject stays on the stack, each
 * case works on a copy, and a failed test jumps to a "fail pop" label that pops exactly what the
 * pattern had pushed so far. Captured names are stored as they match (PEP 634 allows this).
 * CPython: Python/compile.c (compiler_match, compiler_pattern*, ensure_fail_pop).
 */
import type * as A from './ast.js';
import { Op, CmpOp } from '../vm/opcode.js';
import { None, PyTuple, type PyValue } from '../vm/objects/object.js';
import type { Compiler } from './codegen_unit.js';
import type { BasicBlock } from './block.js';
import { jumpIf, nameOp, visitExpr } from './codegen_expr.js';
import { visitStmts } from './codegen_stmt.js';
import { MATCH_CLASS, MATCH_MAPPING, MATCH_SEQUENCE } from '../vm/match.js';
import { repr } from '../vm/abstract.js';

/** Where failed tests go: pops[k] pops k values, then falls into what follows the pattern. */
interface FailPops { pops: BasicBlock[] }

interface PatternState {
  /** False for a top-level case pattern that must not be irrefutable (a later case follows). */
  allowIrrefutable: boolean;
  /** Names captured so far in this case's pattern. */
  stores: string[];
  /** The last pattern compiled: where CPython 3.11 reports an or-pattern's binding mismatch. */
  last: A.pattern | null;
}

function isWildcard(p: A.pattern): boolean {
  return p._type === 'MatchAs' && p.pattern === null && p.name === null;
}

/** CPython: ensure_fail_pop — the label that pops `k` values. */
function failTo(c: Compiler, fp: FailPops, k: number): BasicBlock {
  while (fp.pops.length <= k) fp.pops.push(c.newBlock());
  return fp.pops[k];
}

/** CPython: emit_and_reset_fail_pop. */
function emitFailPops(c: Compiler, fp: FailPops): void {
  if (fp.pops.length === 0) return;
  for (let k = fp.pops.length - 1; k >= 1; k--) {
    c.useNextBlock(fp.pops[k]);
    c.addOp(Op.POP_TOP);
  }
  c.useNextBlock(fp.pops[0]);
  fp.pops = [];
}

// match_stmt: "match" subject ':' case_block+
// shape: <subject> { DUP_TOP <pattern> [<guard> POP_JUMP_IF_FALSE fail] POP_TOP <body> JUMP_FORWARD end; fail: POP_TOP* }
//        (the last case works on the subject itself) [<default body>] end:
export function compileMatch(c: Compiler, s: A.Match): void {
  visitExpr(c, s.subject);
  const end = c.newBlock();
  const cases = s.cases.length;
  const last = s.cases[cases - 1];
  const hasDefault = cases > 1 && isWildcard(last.pattern);
  const n = cases - (hasDefault ? 1 : 0);
  for (let i = 0; i < n; i++) {
    const m = s.cases[i];
    c.setStmtLine(m.pattern.lineno);
    const copy = i !== n - 1;
    if (copy) c.addOp(Op.DUP_TOP);
    const fp: FailPops = { pops: [] };
    const state: PatternState = { allowIrrefutable: m.guard !== null || i === cases - 1, stores: [], last: null };
    compilePattern(c, m.pattern, fp, 1, state);
    if (m.guard !== null) jumpIf(c, m.guard, failTo(c, fp, 0), false);
    if (copy) c.addOp(Op.POP_TOP);
    visitStmts(c, m.body);
    c.addOpJ(Op.JUMP_FORWARD, end);
    emitFailPops(c, fp);
  }
  if (hasDefault) {
    c.setStmtLine(last.pattern.lineno);
    if (last.guard !== null) jumpIf(c, last.guard, end, false);
    visitStmts(c, last.body);
  }
  c.useNextBlock(end);
}

/**
 * Compiles one pattern against the value on top of the stack, consuming it. `depth` counts the
 * values above the case's base (the subject included) that a failure here must pop.
 */
function compilePattern(c: Compiler, p: A.pattern, fp: FailPops, depth: number, st: PatternState): void {
  c.setExprLine(p.lineno);
  st.last = p;
  switch (p._type) {
    case 'MatchValue':
      visitExpr(c, p.value);
      c.addOpI(Op.COMPARE_OP, CmpOp.EQ);
      c.addOpJ(Op.POP_JUMP_IF_FALSE, failTo(c, fp, depth - 1));
      return;
    case 'MatchSingleton':
      c.loadConst(p.value);
      c.addOpI(Op.COMPARE_OP, CmpOp.IS);
      c.addOpJ(Op.POP_JUMP_IF_FALSE, failTo(c, fp, depth - 1));
      return;
    case 'MatchAs':
      if (p.pattern === null) {
        if (!st.allowIrrefutable) {
          c.error(p.name === null ? 'wildcard makes remaining patterns unreachable' : `name capture '${p.name}' makes remaining patterns unreachable`, p);
        }
        storeCapture(c, p.name, st, p);
        return;
      }
      c.addOp(Op.DUP_TOP);
      compilePattern(c, p.pattern, fp, depth + 1, st);
      storeCapture(c, p.name, st, p);
      return;
    case 'MatchStar':
      storeCapture(c, p.name, st, p);
      return;
    case 'MatchOr':
      return compileOr(c, p, fp, depth, st);
    case 'MatchSequence':
      return compileSequence(c, p, fp, depth, st);
    case 'MatchMapping':
      return compileMapping(c, p, fp, depth, st);
    case 'MatchClass':
      return compileClass(c, p, fp, depth, st);
  }
}

/** CPython: pattern_helper_store_name (a null name is the wildcard: the value is dropped). */
function storeCapture(c: Compiler, name: string | null, st: PatternState, at: A.Pos): void {
  if (name === null) {
    c.addOp(Op.POP_TOP);
    return;
  }
  if (name === '__debug__') c.error('cannot assign to __debug__', at);
  if (st.stores.includes(name)) c.error(`multiple assignments to name '${name}' in pattern`, at);
  st.stores.push(name);
  nameOp(c, name, 'Store');
}

/**
 * Calls a helper on the subject (TOS) with `argc` more arguments pushed by `pushArgs`, fails
 * when it answers None, and spreads the `count` values it returned.
 */
function callHelper(c: Compiler, helper: PyValue, argc: number, pushArgs: () => void, fp: FailPops, depth: number, count: number): void {
  c.loadConst(helper);
  c.addOp(Op.ROT_TWO);
  pushArgs();
  c.addOpI(Op.CALL_FUNCTION, argc + 1);
  c.addOp(Op.DUP_TOP);
  c.loadConst(None);
  c.addOpI(Op.COMPARE_OP, CmpOp.IS);
  c.addOpJ(Op.POP_JUMP_IF_TRUE, failTo(c, fp, depth));
  if (count === 0) c.addOp(Op.POP_TOP);
  else c.addOpI(Op.UNPACK_SEQUENCE, count);
}

/** Sub-patterns against the `count` values UNPACK_SEQUENCE left (first on top). */
function compileSubpatterns(c: Compiler, pats: A.pattern[], fp: FailPops, depth: number, st: PatternState): void {
  const saved = st.allowIrrefutable;
  st.allowIrrefutable = true;
  const count = pats.length;
  for (let i = 0; i < count; i++) compilePattern(c, pats[i], fp, depth - 1 + count - i, st);
  st.allowIrrefutable = saved;
}

// sequence_pattern: '[' patterns ']' | '(' patterns ')' | open_sequence_pattern
function compileSequence(c: Compiler, p: A.MatchSequence, fp: FailPops, depth: number, st: PatternState): void {
  let star = -1;
  p.patterns.forEach((q, i) => {
    if (q._type !== 'MatchStar') return;
    if (star >= 0) c.error('multiple starred names in sequence pattern', q);
    star = i;
  });
  const n = p.patterns.length;
  callHelper(c, MATCH_SEQUENCE, 2, () => {
    c.loadConst(n);
    c.loadConst(star);
  }, fp, depth, n);
  compileSubpatterns(c, p.patterns, fp, depth, st);
}

// mapping_pattern: '{' (key ':' pattern ',')* ['**' NAME] '}'
function compileMapping(c: Compiler, p: A.MatchMapping, fp: FailPops, depth: number, st: PatternState): void {
  const constKeys: PyValue[] = [];
  const seen = new Set<string>();
  for (const k of p.keys) {
    if (k._type === 'Constant') {
      const key = typeof k.value === 'string' ? 's' + k.value : repr(k.value);
      if (seen.has(key)) c.error(`mapping pattern checks duplicate key (${repr(k.value)})`, p);
      seen.add(key);
      constKeys.push(k.value);
    } else if (k._type !== 'Attribute') {
      c.error('mapping pattern keys may only match literals and attribute lookups', k);
    }
  }
  const allConst = constKeys.length === p.keys.length;
  const count = p.keys.length + (p.rest === null ? 0 : 1);
  callHelper(c, MATCH_MAPPING, 2, () => {
    if (allConst) c.loadConst(new PyTuple(constKeys));
    else {
      for (const k of p.keys) visitExpr(c, k);
      c.addOpI(Op.BUILD_TUPLE, p.keys.length);
    }
    c.loadConst(p.rest !== null);
  }, fp, depth, count);
  const saved = st.allowIrrefutable;
  st.allowIrrefutable = true;
  for (let i = 0; i < p.patterns.length; i++) compilePattern(c, p.patterns[i], fp, depth - 1 + count - i, st);
  st.allowIrrefutable = saved;
  if (p.rest !== null) storeCapture(c, p.rest, st, p);
}

// class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] ')'
function compileClass(c: Compiler, p: A.MatchClass, fp: FailPops, depth: number, st: PatternState): void {
  const attrs = p.kwd_attrs;
  for (let i = 0; i < attrs.length; i++) {
    if (attrs.indexOf(attrs[i]) !== i) c.error(`attribute name repeated in class pattern: ${attrs[i]}`, p.kwd_patterns[i]);
  }
  const pats = [...p.patterns, ...p.kwd_patterns];
  callHelper(c, MATCH_CLASS, 3, () => {
    visitExpr(c, p.cls);
    c.loadConst(p.patterns.length);
    c.loadConst(new PyTuple(attrs.slice()));
  }, fp, depth, pats.length);
  compileSubpatterns(c, pats, fp, depth, st);
}

// or_pattern: '|'.closed_pattern+ — every alternative must bind the same names
function compileOr(c: Compiler, p: A.MatchOr, fp: FailPops, depth: number, st: PatternState): void {
  const end = c.newBlock();
  const before = st.stores.slice();
  let bound: string[] | null = null;
  const n = p.patterns.length;
  for (let i = 0; i < n; i++) {
    const alt = p.patterns[i];
    const altState: PatternState = { allowIrrefutable: i === n - 1 && st.allowIrrefutable, stores: before.slice(), last: null };
    if (i < n - 1) {
      const altFail: FailPops = { pops: [] };
      c.addOp(Op.DUP_TOP);
      compilePattern(c, alt, altFail, 1, altState);
      c.addOp(Op.POP_TOP);
      c.addOpJ(Op.JUMP_FORWARD, end);
      emitFailPops(c, altFail);
    } else {
      compilePattern(c, alt, fp, depth, altState);
    }
    const names = altState.stores.slice(before.length);
    if (bound === null) bound = names;
    else if (names.length !== bound.length || names.some((x) => !bound!.includes(x))) {
      const at = altState.last ?? alt;
      c.error('alternative patterns bind different names', { lineno: at.lineno, col_offset: at.col_offset });
    }
  }
  st.stores.push(...(bound ?? []));
  st.last = p;
  c.useNextBlock(end);
}

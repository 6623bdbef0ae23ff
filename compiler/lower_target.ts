/**
 * Assignment, deletion and loop targets: sets Store/Del context through tuples, lists and
 * starred items, and rejects what CPython rejects with its wording ("cannot assign to function
 * call", "cannot delete literal", "'tuple' is an illegal expression for augmented assignment"…).
 * CPython: _PyPegen_set_expr_context, _PyPegen_get_invalid_target, _PyPegen_get_expr_name
 * (Parser/action_helpers.c, pegen_errors.c) and compile.c's forbidden_name for `__debug__`.
 */
import type * as A from './ast.js';
import type { LowerCtx } from './lower_ctx.js';
import { None } from '../vm/objects/object.js';

/** Which statement the target belongs to, as CPython's TARGETS_TYPE distinguishes them. */
export type TargetKind = 'assign' | 'for' | 'del';

/** CPython: _PyPegen_get_expr_name — how error messages name an expression. */
export function exprName(e: A.expr): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === None) return 'None';
      if (v === true) return 'True';
      if (v === false) return 'False';
      if (typeof v === 'object' && v.ob_type.name === 'ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
    default: return 'expression';
  }
}

/** CPython: _PyPegen_get_invalid_target — the first sub-expression that cannot be a target. */
export function invalidTarget(e: A.expr, kind: TargetKind): A.expr | null {
  switch (e._type) {
    case 'List':
    case 'Tuple':
      for (const x of e.elts) {
        const bad = invalidTarget(x, kind);
        if (bad !== null) return bad;
      }
      return null;
    case 'Starred':
      return kind === 'del' ? e : invalidTarget(e.value, kind);
    case 'Compare':
      if (kind === 'for') return e.ops[0] === 'In' ? invalidTarget(e.left, kind) : null;
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

/**
 * Turns a Load expression into a target with context `ctx`, or throws CPython's error.
 * CPython: RAISE_SYNTAX_ERROR_INVALID_TARGET then _PyPegen_set_expr_context.
 */
export function toTarget(L: LowerCtx, e: A.expr, ctx: A.expr_context, kind: TargetKind | 'with'): A.expr {
  const k: TargetKind = kind === 'with' ? 'assign' : kind;
  const bad = invalidTarget(e, k);
  if (bad !== null) {
    const verb = k === 'del' ? 'cannot delete' : 'cannot assign to';
    throw L.errorPos(`${verb} ${exprName(bad)}`, bad);
  }
  setContext(L, e, ctx);
  return e;
}

/** Sets ctx through containers; also CPython's compile-time `__debug__` check. */
function setContext(L: LowerCtx, e: A.expr, ctx: A.expr_context): void {
  switch (e._type) {
    case 'Name':
      if (e.id === '__debug__') {
        throw L.errorPos(ctx === 'Del' ? 'cannot delete __debug__' : 'cannot assign to __debug__', e);
      }
      e.ctx = ctx;
      return;
    case 'Attribute':
      if (e.attr === '__debug__' && ctx === 'Store') throw L.errorPos('cannot assign to __debug__', e);
      e.ctx = ctx;
      return;
    case 'Subscript':
      e.ctx = ctx;
      return;
    case 'Starred':
      e.ctx = ctx;
      setContext(L, e.value, ctx);
      return;
    case 'List':
    case 'Tuple':
      e.ctx = ctx;
      for (const x of e.elts) setContext(L, x, ctx);
      return;
    default:
      return;
  }
}

/** Augmented assignment accepts only a name, attribute or subscript. */
export function toAugTarget(L: LowerCtx, e: A.expr): A.expr {
  if (e._type !== 'Name' && e._type !== 'Attribute' && e._type !== 'Subscript') {
    throw L.errorPos(`'${exprName(e)}' is an illegal expression for augmented assignment`, e);
  }
  setContext(L, e, 'Store');
  return e;
}

/** Annotated assignment: one name, attribute or subscript. */
export function toAnnTarget(L: LowerCtx, e: A.expr): A.expr {
  if (e._type === 'Tuple' || e._type === 'List') {
    throw L.errorPos(`only single target (not ${e._type === 'Tuple' ? 'tuple' : 'list'}) can be annotated`, e);
  }
  if (e._type !== 'Name' && e._type !== 'Attribute' && e._type !== 'Subscript') {
    throw L.errorPos('illegal target for annotation', e);
  }
  setContext(L, e, 'Store');
  return e;
}

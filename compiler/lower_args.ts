/**
 * Call arguments and def/lambda parameter lists. tree-sitter accepts arguments and parameters
 * in any order; the ordering rules CPython's grammar enforces are checked here with its
 * messages ("positional argument follows keyword argument", "non-default argument follows
 * default argument", "named arguments must follow bare *"…).
 * CPython: args/kwargs and parameters rules of Grammar/python.gram, invalid_arguments,
 * invalid_parameters, and compile.c's validate_keywords ("keyword argument repeated").
 */
import type * as A from './ast.js';
import type { LowerCtx } from './lower_ctx.js';
import type { CstNode } from './parse.js';
import { kids, lowerExpr, tokens } from './lower_expr.js';

export function emptyArguments(): A.arguments_ {
  return { _type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
}

/** The token right after `n` among its parent's tokens (CPython points errors at it). */
function nextToken(toks: CstNode[], n: CstNode): CstNode {
  for (const t of toks) if (t.startIndex >= n.endIndex) return t;
  return n;
}

// arguments: positional and *iterable, then keyword and *iterable, then keyword and **mapping
export function lowerCallArgs(L: LowerCtx, n: CstNode): { args: A.expr[]; keywords: A.keyword[] } {
  const args: A.expr[] = [];
  const keywords: A.keyword[] = [];
  const toks = tokens(n);
  const items = kids(n);
  let sawKeyword = false, sawDoubleStar = false;
  const seen = new Set<string>();
  if (items.length === 0) {
    const comma = toks.find((t) => t.type === ',');
    if (comma !== undefined) throw L.error('invalid syntax', comma);
  }
  for (const c of items) {
    switch (c.type) {
      case 'keyword_argument': {
        const name = c.childForFieldName('name')!;
        const value = c.childForFieldName('value')!;
        const id = L.identifier(name);
        if (seen.has(id)) throw L.error(`keyword argument repeated: ${id}`, c);
        seen.add(id);
        keywords.push({ _type: 'keyword', arg: id, value: lowerExpr(L, value), ...L.pos(c) });
        sawKeyword = true;
        break;
      }
      case 'dictionary_splat':
        keywords.push({ _type: 'keyword', arg: null, value: lowerExpr(L, kids(c)[0]), ...L.pos(c) });
        sawDoubleStar = true;
        break;
      case 'list_splat':
        if (sawDoubleStar) throw L.error('iterable argument unpacking follows keyword argument unpacking', c, tokens(c)[0]);
        args.push(lowerExpr(L, c));
        break;
      default: {
        if (sawKeyword || sawDoubleStar) {
          const msg = sawDoubleStar
            ? 'positional argument follows keyword argument unpacking'
            : 'positional argument follows keyword argument';
          throw L.error(msg, nextToken(toks, c));
        }
        if (c.type === 'parenthesized_expression' && kids(c)[0].type === 'list_splat') {
          throw L.error('cannot use starred expression here', kids(c)[0]);
        }
        args.push(lowerExpr(L, c));
      }
    }
  }
  return { args, keywords };
}

/** One parameter as CPython's `arg` (the position covers the annotation when there is one). */
function makeArg(L: LowerCtx, name: CstNode, end: CstNode, annotation: CstNode | null): A.arg {
  const id = L.identifier(name);
  if (id === '__debug__') throw L.error('cannot assign to __debug__', name);
  return { _type: 'arg', arg: id, annotation: annotation === null ? null : lowerExpr(L, annotation), ...L.span(name, end) };
}

// parameters: slash_no_default / slash_with_default / param_no_default* param_with_default*
//             ['*' [param] param_maybe_default* ] ['**' param]
export function lowerParameters(L: LowerCtx, n: CstNode, isLambda: boolean): A.arguments_ {
  const a = emptyArguments();
  let afterStar = false;
  let starNode: CstNode | null = null;
  let sawDefault = false;
  const positional: A.arg[] = [];
  const params = kids(n);
  for (const p of params) {
    if (a.kwarg !== null) throw L.error('arguments cannot follow var-keyword argument', p);
    switch (p.type) {
      case 'positional_separator': {
        if (afterStar) throw L.error('/ must be ahead of *', p);
        if (positional.length === 0) throw L.error('at least one argument must precede /', p);
        if (a.posonlyargs.length > 0) throw L.error('/ may appear only once', p);
        a.posonlyargs = positional.splice(0);
        break;
      }
      case 'keyword_separator':
      case 'list_splat_pattern': {
        if (afterStar) throw L.error('* argument may appear only once', tokens(p)[0] ?? p);
        afterStar = true;
        starNode = p;
        if (p.type === 'list_splat_pattern') {
          const name = kids(p)[0];
          a.vararg = makeArg(L, name, name, null);
        }
        break;
      }
      case 'typed_parameter': {
        if (isLambda) throw L.error('invalid syntax', p);
        const inner = kids(p)[0];
        const ann = p.childForFieldName('type')!;
        if (inner.type === 'list_splat_pattern') {
          if (afterStar) throw L.error('* argument may appear only once', tokens(inner)[0]);
          afterStar = true;
          starNode = inner;
          a.vararg = makeArg(L, kids(inner)[0], p, ann);
        } else if (inner.type === 'dictionary_splat_pattern') {
          a.kwarg = makeArg(L, kids(inner)[0], p, ann);
        } else {
          addPlain(L, a, positional, makeArg(L, inner, p, ann), null, afterStar, sawDefault, inner);
        }
        break;
      }
      case 'dictionary_splat_pattern': {
        const name = kids(p)[0];
        a.kwarg = makeArg(L, name, name, null);
        break;
      }
      case 'default_parameter':
      case 'typed_default_parameter': {
        const name = p.childForFieldName('name')!;
        if (name.type !== 'identifier') throw L.error('invalid syntax', name);
        if (p.type === 'typed_default_parameter' && isLambda) throw L.error('invalid syntax', p);
        const ann = p.childForFieldName('type');
        const arg = makeArg(L, name, ann ?? name, ann);
        addPlain(L, a, positional, arg, lowerExpr(L, p.childForFieldName('value')!), afterStar, false, name);
        if (!afterStar) sawDefault = true;
        break;
      }
      case 'identifier':
        addPlain(L, a, positional, makeArg(L, p, p, null), null, afterStar, sawDefault, p);
        break;
      default:
        throw L.error('invalid syntax', p);
    }
  }
  if (starNode !== null && starNode.type === 'keyword_separator' && a.kwonlyargs.length === 0) {
    throw L.error('named arguments must follow bare *', starNode);
  }
  a.args = positional;
  return a;
}

function addPlain(
  L: LowerCtx, a: A.arguments_, positional: A.arg[], arg: A.arg, dflt: A.expr | null,
  afterStar: boolean, sawDefault: boolean, at: CstNode,
): void {
  if (afterStar) {
    a.kwonlyargs.push(arg);
    a.kw_defaults.push(dflt);
    return;
  }
  if (dflt === null && sawDefault) throw L.error('non-default argument follows default argument', at);
  positional.push(arg);
  if (dflt !== null) a.defaults.push(dflt);
}

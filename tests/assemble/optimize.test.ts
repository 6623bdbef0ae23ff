/**
 * AST constant folding (CPython 3.7's ast_opt.c) on hand-built trees; the end-to-end checks
 * against python3.7 are in e2e.test.ts (programs folding.py, folding2.py, compares.py…).
 */
import { describe, expect, test } from 'vitest';
import type * as A from '../../compiler/ast.js';
import { foldConstants, foldExpr } from '../../compiler/optimize.js';
import { PyFloat, PyTuple, type PyValue } from '../../vm/objects/object.js';

const P = { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 1 };
const k = (value: PyValue): A.Constant => ({ _type: 'Constant', value, ...P });
const name = (id: string): A.Name => ({ _type: 'Name', id, ctx: 'Load', ...P });
const bin = (left: A.expr, op: A.operator, right: A.expr): A.BinOp => ({ _type: 'BinOp', left, op, right, ...P });
const value = (e: A.expr): PyValue => {
  expect(e._type).toBe('Constant');
  return (e as A.Constant).value;
};

describe('foldConstants', () => {
  test('binary operations on constants, innermost first', () => {
    expect(value(foldExpr(bin(k(2), 'Add', bin(k(3), 'Mult', k(4)))))).toBe(14);
    expect(value(foldExpr(bin(k('ab'), 'Mult', k(3))))).toBe('ababab');
    expect((value(foldExpr(bin(k(1), 'Div', k(4)))) as PyFloat).value).toBe(0.25);
  });

  test("3.7's size limits and unfoldable operations stay as they are", () => {
    expect(foldExpr(bin(k(2), 'Pow', k(200)))._type).toBe('BinOp');
    expect(foldExpr(bin(k(1), 'LShift', k(128)))._type).toBe('BinOp');
    expect(value(foldExpr(bin(k(1), 'LShift', k(127))))).toBe(2n ** 127n);
    expect(foldExpr(bin(k('ab'), 'Mult', k(2049)))._type).toBe('BinOp');
    expect(foldExpr(bin(k(1), 'Div', k(0)))._type).toBe('BinOp');
    expect(foldExpr(bin(k('%s'), 'Mod', k(1)))._type).toBe('BinOp');
    expect(foldExpr(bin(k(3), 'MatMult', k(4)))._type).toBe('BinOp');
    expect(foldExpr(bin(name('x'), 'Add', k(1)))._type).toBe('BinOp');
  });

  test('tuples of constants, subscripts, unary operators, __debug__', () => {
    const t = value(foldExpr({ _type: 'Tuple', elts: [k(1), { _type: 'Tuple', elts: [k(2)], ctx: 'Load', ...P }], ctx: 'Load', ...P }));
    expect(t).toBeInstanceOf(PyTuple);
    expect(value(foldExpr({ _type: 'Subscript', value: k('abc'), slice: k(1), ctx: 'Load', ...P }))).toBe('b');
    expect(value(foldExpr({ _type: 'UnaryOp', op: 'USub', operand: k(5), ...P }))).toBe(-5);
    expect(value(foldExpr({ _type: 'UnaryOp', op: 'Not', operand: k(0), ...P }))).toBe(true);
    expect(value(foldExpr(name('__debug__')))).toBe(true);
  });

  test('`not` over a single is/in comparison inverts it; == is left alone', () => {
    const cmp = (op: A.cmpop): A.Compare => ({ _type: 'Compare', left: name('a'), ops: [op], comparators: [name('b')], ...P });
    const inv = foldExpr({ _type: 'UnaryOp', op: 'Not', operand: cmp('In'), ...P });
    expect(inv._type).toBe('Compare');
    expect((inv as A.Compare).ops).toEqual(['NotIn']);
    expect(foldExpr({ _type: 'UnaryOp', op: 'Not', operand: cmp('Eq'), ...P })._type).toBe('UnaryOp');
  });

  test('`in` a list of constants becomes a tuple constant; with a non-constant it stays a list', () => {
    const inList = (elts: A.expr[]): A.Compare => ({
      _type: 'Compare', left: name('x'), ops: ['In'], comparators: [{ _type: 'List', elts, ctx: 'Load', ...P }], ...P,
    });
    expect((foldExpr(inList([k(1), k(2)])) as A.Compare).comparators[0]._type).toBe('Constant');
    expect((foldExpr(inList([k(1), name('y')])) as A.Compare).comparators[0]._type).toBe('List');
  });

  test('a first statement that folds into a string is not a docstring', () => {
    const m: A.Module = { _type: 'Module', body: [{ _type: 'Expr', value: bin(k('a'), 'Mult', k(3)), ...P }] };
    foldConstants(m);
    const v = (m.body[0] as A.Expr).value;
    expect(v._type).toBe('JoinedStr');
    expect(value((v as A.JoinedStr).values[0])).toBe('aaa');
    const doc: A.Module = { _type: 'Module', body: [{ _type: 'Expr', value: k('doc'), ...P }] };
    foldConstants(doc);
    expect((doc.body[0] as A.Expr).value._type).toBe('Constant');
  });
});

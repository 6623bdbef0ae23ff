import { describe, expect, it, vi } from 'vitest';

vi.mock('../../vm/call.js', async () => {
  const o = await import('../../vm/objects/object.js');
  const callObject = (c: unknown, args: unknown[], kw: readonly string[] | null): unknown => {
    if (c instanceof o.PyBuiltinFunction) return c.fn(c.self, args as never, kw);
    if (c instanceof o.PyMethodDescr) return c.fn(args[0] as never, args.slice(1) as never, kw);
    throw new Error('cannot call in test');
  };
  return {
    callObject,
    callUnbound: (d: unknown, self: unknown, args: unknown[], kw: readonly string[] | null) =>
      d instanceof o.PyMethodDescr ? d.fn(self as never, args as never, kw) : callObject(d, [self, ...args], kw),
  };
});

const A = await import('../../vm/abstract.js');
const O = await import('../../vm/objects/object.js');

describe('smoke', () => {
  it('ints', () => {
    expect(A.binaryOp(2, 3, A.NB.ADD)).toBe(5);
    expect(A.binaryOp(2 ** 52, 2 ** 52, A.NB.ADD)).toBe(2n ** 53n);
    expect(A.repr(A.binaryOp(1, 2, A.NB.TRUE_DIVIDE))).toBe('0.5');
    expect(A.repr(new O.PyFloat(1e16))).toBe('1e+16');
    expect(A.repr('a\'b')).toBe('"a\'b"');
    expect(A.richCompare(1, new O.PyFloat(1.5), 0)).toBe(true);
    expect(() => A.richCompare(1, 'a', 0)).toThrow();
    expect(A.getAttr(O.IntType, '__name__')).toBe('int');
    expect(A.repr(O.IntType)).toBe("<class 'int'>");
  });
});

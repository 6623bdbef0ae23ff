/**
 * The peephole pass (CPython 3.7's PyCode_Optimize) on hand-written wordcode: each rewrite,
 * NOP removal with jump and co_lnotab fix-up, and the cases where 3.7 leaves code alone.
 */
import { describe, expect, test } from 'vitest';
import { constIsTrue, instrSize, optimizeCode, writeOpArg } from '../../compiler/peephole.js';
import { None, PyTuple, type PyValue } from '../../vm/objects/object.js';
import { Op } from '../../vm/opcode.js';

type I = [number, number?];
/** Wordcode from [op, arg] pairs, EXTENDED_ARG prefixes added for big arguments. */
function code(...ins: I[]): Uint8Array {
  const out: number[] = [];
  for (const [op, arg = 0] of ins) {
    const n = instrSize(arg);
    const b = new Uint8Array(n * 2);
    writeOpArg(b, 0, op, arg, n);
    out.push(...b);
  }
  return Uint8Array.from(out);
}
const run = (c: Uint8Array, consts: PyValue[], lnotab: number[] = []) => {
  const tab = Uint8Array.from(lnotab);
  return { out: Array.from(optimizeCode(c, consts, tab)), tab: Array.from(tab), consts };
};
const arr = (c: Uint8Array): number[] => Array.from(c);

describe('PyCode_Optimize', () => {
  test('LOAD_CONSTs + BUILD_TUPLE fold into one appended constant', () => {
    const consts: PyValue[] = [1, 2];
    const r = run(code([Op.LOAD_CONST, 0], [Op.LOAD_CONST, 1], [Op.BUILD_TUPLE, 2], [Op.RETURN_VALUE]), consts);
    expect(r.out).toEqual(arr(code([Op.LOAD_CONST, 2], [Op.RETURN_VALUE])));
    expect(consts[2]).toBeInstanceOf(PyTuple);
    expect((consts[2] as PyTuple).items).toEqual([1, 2]);
  });

  test('BUILD_TUPLE n + UNPACK_SEQUENCE n become rotations', () => {
    const two = run(code([Op.LOAD_NAME, 0], [Op.LOAD_NAME, 1], [Op.BUILD_TUPLE, 2], [Op.UNPACK_SEQUENCE, 2],
      [Op.STORE_NAME, 0], [Op.STORE_NAME, 1], [Op.LOAD_CONST, 0], [Op.RETURN_VALUE]), [None]);
    expect(two.out).toEqual(arr(code([Op.LOAD_NAME, 0], [Op.LOAD_NAME, 1], [Op.ROT_TWO],
      [Op.STORE_NAME, 0], [Op.STORE_NAME, 1], [Op.LOAD_CONST, 0], [Op.RETURN_VALUE])));
    const three = run(code([Op.LOAD_NAME, 0], [Op.LOAD_NAME, 1], [Op.LOAD_NAME, 2], [Op.BUILD_TUPLE, 3],
      [Op.UNPACK_SEQUENCE, 3], [Op.RETURN_VALUE]), [None]);
    expect(three.out).toEqual(arr(code([Op.LOAD_NAME, 0], [Op.LOAD_NAME, 1], [Op.LOAD_NAME, 2],
      [Op.ROT_THREE], [Op.ROT_TWO], [Op.RETURN_VALUE])));
  });

  test('a true constant tested by POP_JUMP_IF_FALSE disappears; jumps are retargeted', () => {
    // 0 LOAD_CONST True; 2 POP_JUMP_IF_FALSE 8; 4 LOAD_NAME; 6 POP_TOP; 8 LOAD_CONST None; 10 RETURN
    const r = run(code([Op.LOAD_CONST, 0], [Op.POP_JUMP_IF_FALSE, 8], [Op.LOAD_NAME, 0], [Op.POP_TOP],
      [Op.LOAD_CONST, 1], [Op.RETURN_VALUE]), [true, None], [4, 1]);
    expect(r.out).toEqual(arr(code([Op.LOAD_NAME, 0], [Op.POP_TOP], [Op.LOAD_CONST, 1], [Op.RETURN_VALUE])));
    expect(r.tab).toEqual([0, 1]);
  });

  test('false constants stay', () => {
    const c = code([Op.LOAD_CONST, 0], [Op.POP_JUMP_IF_FALSE, 6], [Op.LOAD_NAME, 0], [Op.LOAD_CONST, 0], [Op.RETURN_VALUE]);
    expect(run(c, [0]).out).toEqual(arr(c));
  });

  test('a jump to an unconditional jump takes its target; JUMP_FORWARD becomes JUMP_ABSOLUTE', () => {
    // 0 JUMP_FORWARD +2 (→4); 2 LOAD_CONST; 4 JUMP_ABSOLUTE 2
    const c = code([Op.JUMP_FORWARD, 2], [Op.LOAD_CONST, 0], [Op.JUMP_ABSOLUTE, 2]);
    expect(run(c, [None]).out).toEqual(arr(code([Op.JUMP_ABSOLUTE, 2], [Op.LOAD_CONST, 0], [Op.JUMP_ABSOLUTE, 2])));
  });

  test('an unconditional jump to RETURN_VALUE becomes RETURN_VALUE', () => {
    const c = code([Op.LOAD_NAME, 0], [Op.POP_JUMP_IF_FALSE, 8], [Op.LOAD_CONST, 0], [Op.JUMP_FORWARD, 2],
      [Op.LOAD_CONST, 1], [Op.RETURN_VALUE]);
    expect(run(c, [1, 2]).out).toEqual(arr(code([Op.LOAD_NAME, 0], [Op.POP_JUMP_IF_FALSE, 8], [Op.LOAD_CONST, 0],
      [Op.RETURN_VALUE], [Op.LOAD_CONST, 1], [Op.RETURN_VALUE])));
  });

  test('JUMP_IF_FALSE_OR_POP to a like jump threads; to the opposite one it pops past it', () => {
    // 0 LOAD a; 2 JIF_OR_POP 6; 4 LOAD b; 6 JIF_OR_POP 10; 8 LOAD c; 10 RETURN
    const same = code([Op.LOAD_NAME, 0], [Op.JUMP_IF_FALSE_OR_POP, 6], [Op.LOAD_NAME, 1],
      [Op.JUMP_IF_FALSE_OR_POP, 10], [Op.LOAD_NAME, 2], [Op.RETURN_VALUE]);
    expect(run(same, []).out).toEqual(arr(code([Op.LOAD_NAME, 0], [Op.JUMP_IF_FALSE_OR_POP, 10], [Op.LOAD_NAME, 1],
      [Op.JUMP_IF_FALSE_OR_POP, 10], [Op.LOAD_NAME, 2], [Op.RETURN_VALUE])));
    const opposite = code([Op.LOAD_NAME, 0], [Op.JUMP_IF_FALSE_OR_POP, 6], [Op.LOAD_NAME, 1],
      [Op.JUMP_IF_TRUE_OR_POP, 10], [Op.LOAD_NAME, 2], [Op.RETURN_VALUE]);
    expect(run(opposite, []).out).toEqual(arr(code([Op.LOAD_NAME, 0], [Op.POP_JUMP_IF_FALSE, 8], [Op.LOAD_NAME, 1],
      [Op.JUMP_IF_TRUE_OR_POP, 10], [Op.LOAD_NAME, 2], [Op.RETURN_VALUE])));
  });

  test('code after RETURN_VALUE in the same block is dropped, up to the next jump target', () => {
    // 0 LOAD a; 2 POP_JUMP_IF_FALSE 10; 4 LOAD_CONST; 6 RETURN; 8 POP_TOP (dead); 10 LOAD_CONST; 12 RETURN
    const c = code([Op.LOAD_NAME, 0], [Op.POP_JUMP_IF_FALSE, 10], [Op.LOAD_CONST, 0], [Op.RETURN_VALUE],
      [Op.POP_TOP], [Op.LOAD_CONST, 0], [Op.RETURN_VALUE]);
    const r = run(c, [None], [4, 1, 4, 1, 2, 1]);
    expect(r.out).toEqual(arr(code([Op.LOAD_NAME, 0], [Op.POP_JUMP_IF_FALSE, 8], [Op.LOAD_CONST, 0], [Op.RETURN_VALUE],
      [Op.LOAD_CONST, 0], [Op.RETURN_VALUE])));
    expect(r.tab).toEqual([4, 1, 4, 1, 0, 1]);
  });

  test('a relative jump is not threaded backwards', () => {
    // 0 JUMP_ABSOLUTE 4... SETUP_LOOP at 2 → 6 (JUMP_ABSOLUTE 0): would be backwards, stays.
    const c = code([Op.NOP], [Op.SETUP_LOOP, 2], [Op.LOAD_CONST, 0], [Op.JUMP_ABSOLUTE, 0]);
    expect(run(c, [None]).out).toEqual(arr(code([Op.SETUP_LOOP, 2], [Op.LOAD_CONST, 0], [Op.JUMP_ABSOLUTE, 0])));
  });

  test('a co_lnotab with a 255 byte leaves everything unchanged', () => {
    const c = code([Op.LOAD_CONST, 0], [Op.LOAD_CONST, 0], [Op.BUILD_TUPLE, 2], [Op.RETURN_VALUE]);
    const consts: PyValue[] = [1];
    const r = run(c, consts, [255, 0, 1, 1]);
    expect(r.out).toEqual(arr(c));
    expect(consts.length).toBe(1);
  });

  test('a shrunk argument keeps its EXTENDED_ARG prefix (as 0)', () => {
    // A jump over 300 bytes whose span shrinks below 256 once NOPs go.
    const body: I[] = [];
    for (let i = 0; i < 40; i++) body.push([Op.LOAD_CONST, 0], [Op.LOAD_CONST, 0], [Op.BUILD_TUPLE, 2], [Op.POP_TOP]);
    // 0: LOAD_NAME; 2: EXTENDED_ARG 1; 4: POP_JUMP_IF_FALSE → end; body; end: LOAD_CONST; RETURN
    const end = 6 + body.length * 2;
    const c = code([Op.LOAD_NAME, 0], [Op.POP_JUMP_IF_FALSE, end], ...body, [Op.LOAD_CONST, 0], [Op.RETURN_VALUE]);
    const r = run(c, [None]);
    const newEnd = 6 + 40 * 4;
    expect(newEnd >> 8).toBe(0);
    expect(r.out.slice(2, 6)).toEqual([Op.EXTENDED_ARG, newEnd >> 8, Op.POP_JUMP_IF_FALSE, newEnd & 0xff]);
    expect(r.out.length).toBe(newEnd + 4);
  });

  test('constant truth', () => {
    expect([0, 1, 0n, '', 'a', None, true, false, new PyTuple([])].map(constIsTrue))
      .toEqual([false, true, false, false, true, false, true, false, false]);
  });
});

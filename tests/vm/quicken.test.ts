/**
 * vm/quicken.ts: the copy of co_code the dispatch loop runs, with the first opcode of common
 * instruction sequences replaced by a superinstruction and every other byte left as it was.
 */
import { expect, it } from 'vitest';
import { OPCODES } from '../../vm/opcode.js';
import { Quick, quicken } from '../../vm/quicken.js';

const op = (name: keyof typeof OPCODES) => OPCODES[name].code;
const code = (...pairs: [keyof typeof OPCODES, number][]) => Uint8Array.from(pairs.flatMap(([n, a]) => [op(n), a]));

it('changes only the first byte of a fused sequence', () => {
  const co = code(['LOAD_FAST', 0], ['LOAD_FAST', 1], ['BINARY_ADD', 0], ['RETURN_VALUE', 0]);
  const q = quicken(co);
  expect(q[0]).toBe(Quick.LOAD_FAST_LOAD_FAST);
  expect(Array.from(q.slice(1))).toEqual(Array.from(co.slice(1)));
});

it('fuses a comparison of a local with a constant or a local and the jump on it', () => {
  const withConst = quicken(code(['LOAD_FAST', 0], ['LOAD_CONST', 1], ['COMPARE_OP', 0], ['POP_JUMP_IF_FALSE', 12],
    ['LOAD_CONST', 0], ['RETURN_VALUE', 0]));
  expect(withConst[0]).toBe(Quick.LOAD_FAST_CONST_COMPARE_JUMP);
  // The COMPARE_OP keeps its own superinstruction: a jump to it, or tracing, runs the pair.
  expect(withConst[4]).toBe(Quick.COMPARE_OP_POP_JUMP_IF_FALSE);
  const withLocal = quicken(code(['LOAD_FAST', 0], ['LOAD_FAST', 1], ['COMPARE_OP', 5], ['POP_JUMP_IF_TRUE', 12],
    ['LOAD_CONST', 0], ['RETURN_VALUE', 0]));
  expect(withLocal[0]).toBe(Quick.LOAD_FAST_FAST_COMPARE_JUMP);
  expect(withLocal[4]).toBe(Quick.COMPARE_OP_POP_JUMP_IF_TRUE);
});

it('leaves the pair when the comparison or the jump does not qualify', () => {
  // `in` is not one of the comparisons done on two ints
  const contains = quicken(code(['LOAD_FAST', 0], ['LOAD_CONST', 1], ['COMPARE_OP', 6], ['POP_JUMP_IF_FALSE', 12]));
  expect(contains[0]).toBe(Quick.LOAD_FAST_LOAD_CONST);
  // a jump target past 255 needs EXTENDED_ARG between the comparison and the jump
  const farJump = quicken(code(['LOAD_FAST', 0], ['LOAD_CONST', 1], ['COMPARE_OP', 0], ['EXTENDED_ARG', 1],
    ['POP_JUMP_IF_FALSE', 12]));
  expect(farJump[0]).toBe(Quick.LOAD_FAST_LOAD_CONST);
  expect(farJump[4]).toBe(op('COMPARE_OP'));
  // a sequence cut short by the end of the code
  expect(quicken(code(['LOAD_FAST', 0], ['LOAD_CONST', 1], ['COMPARE_OP', 0]))[0]).toBe(Quick.LOAD_FAST_LOAD_CONST);
});

/**
 * vm/quicken.ts: the words the dispatch loop runs, one per instruction, with EXTENDED_ARG
 * prefixes folded into the argument and common pairs fused.
 */
import { expect, it } from 'vitest';
import { OPCODES } from '../../vm/opcode.js';
import { MAX_QUICK_ARG, Quick, quicken } from '../../vm/quicken.js';

const op = (name: keyof typeof OPCODES) => OPCODES[name].code;
const code = (...pairs: [keyof typeof OPCODES, number][]) => Uint8Array.from(pairs.flatMap(([n, a]) => [op(n), a]));
const decode = (words: Int32Array) => Array.from(words, w => [w & 0xff, w >>> 8]);

it('keeps every instruction at its index, its argument above the opcode', () => {
  const words = quicken(code(['LOAD_CONST', 1], ['RETURN_VALUE', 0])) as Int32Array;
  expect(decode(words)).toEqual([[op('LOAD_CONST'), 1], [op('RETURN_VALUE'), 0]]);
});

it('folds EXTENDED_ARG prefixes into the argument of the instruction they prefix', () => {
  const words = quicken(code(
    ['EXTENDED_ARG', 0x01], ['EXTENDED_ARG', 0x02], ['LOAD_CONST', 0x03],
    ['EXTENDED_ARG', 0x01], ['JUMP_ABSOLUTE', 0x04],
    ['POP_TOP', 0],
  )) as Int32Array;
  expect(decode(words)).toEqual([
    [op('EXTENDED_ARG'), 0], [op('EXTENDED_ARG'), 0], [op('LOAD_CONST'), 0x010203],
    [op('EXTENDED_ARG'), 0], [op('JUMP_ABSOLUTE'), 0x0104],
    [op('POP_TOP'), 0],
  ]);
});

it('fuses pairs in the first word only, and a COMPARE_OP with a prefixed argument too', () => {
  const words = quicken(code(
    ['LOAD_FAST', 0], ['LOAD_FAST', 1],
    ['EXTENDED_ARG', 0], ['COMPARE_OP', 0], ['POP_JUMP_IF_FALSE', 0],
    ['COMPARE_OP', 6], ['POP_JUMP_IF_TRUE', 0],
  )) as Int32Array;
  expect(decode(words)).toEqual([
    [Quick.LOAD_FAST_LOAD_FAST, 0], [op('LOAD_FAST'), 1],
    [op('EXTENDED_ARG'), 0], [Quick.COMPARE_OP_POP_JUMP_IF_FALSE, 0], [op('POP_JUMP_IF_FALSE'), 0],
    // `in` is not one of the comparisons the superinstruction does
    [op('COMPARE_OP'), 6], [op('POP_JUMP_IF_TRUE'), 0],
  ]);
});

it('holds 24-bit arguments and refuses wider ones', () => {
  const widest = quicken(code(['EXTENDED_ARG', 0xff], ['EXTENDED_ARG', 0xff], ['LOAD_CONST', 0xff])) as Int32Array;
  expect(decode(widest)[2]).toEqual([op('LOAD_CONST'), MAX_QUICK_ARG]);
  expect(quicken(code(['EXTENDED_ARG', 1], ['EXTENDED_ARG', 0], ['EXTENDED_ARG', 0], ['LOAD_CONST', 0]))).toBeNull();
});

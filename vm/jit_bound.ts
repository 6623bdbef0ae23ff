/**
 * Which locals are certainly bound where (CPython 3.12's compiler makes the same analysis to
 * choose LOAD_FAST over LOAD_FAST_CHECK): a local is bound at an instruction when every way
 * there from the start of the code passes a STORE_FAST to it, or it is a parameter, and nothing
 * in the code deletes it. The translation (vm/jit.ts) then reads it without the unbound test.
 *
 * One forward pass suffices: with no DELETE_FAST of a local, what is bound only grows along any
 * path, so a backward jump (a loop's next iteration) brings a loop head no fewer bound locals
 * than it had on the way in, and the way in decides. A handler (SETUP_EXCEPT, SETUP_FINALLY,
 * SETUP_WITH) and the end of a loop block (SETUP_LOOP, where BREAK_LOOP goes) get what was
 * bound at their SETUP instruction, which every point of the block has too. An END_FINALLY is
 * taken to fall through even where it only re-raises (after except clauses): fewer locals
 * counted bound there, never more.
 */
import { jumpTarget, type Instr } from './jit_decode.js';

/**
 * For each instruction offset reached from the start: a bit per local (bit i of word i >> 5)
 * set when the local is bound there. `params` are bound at the start; `deleted` are never
 * counted as bound.
 */
export function boundLocals(instrs: readonly Instr[], nlocals: number, params: number, deleted: ReadonlySet<number>): Map<number, Uint32Array> {
  const words = (nlocals + 31) >> 5;
  const at = new Map<number, Uint32Array>();
  const meet = (off: number, bits: Uint32Array): void => {
    const known = at.get(off);
    if (known === undefined) at.set(off, bits.slice());
    else for (let w = 0; w < words; w++) known[w] &= bits[w];
  };
  const entry = new Uint32Array(words);
  for (let i = 0; i < params; i++) if (!deleted.has(i)) entry[i >> 5] |= 1 << (i & 31);
  at.set(0, entry);
  for (const ins of instrs) {
    const bits = at.get(ins.start);
    // Reached only by a backward jump, or not at all: the translation does not run it.
    if (bits === undefined) continue;
    const t = jumpTarget(ins);
    if (t > ins.start) meet(t, bits);
    let after = bits;
    if (ins.name === 'STORE_FAST' && !deleted.has(ins.arg)) {
      after = bits.slice();
      after[ins.arg >> 5] |= 1 << (ins.arg & 31);
    }
    const falls = ins.name !== 'RETURN_VALUE' && ins.name !== 'JUMP_FORWARD' && ins.name !== 'JUMP_ABSOLUTE' &&
      ins.name !== 'BREAK_LOOP' && ins.name !== 'CONTINUE_LOOP' && ins.name !== 'RAISE_VARARGS';
    if (falls) meet(ins.next, after);
  }
  return at;
}

/** Whether `bits` (from boundLocals) has local `i` bound. */
export function isBound(bits: Uint32Array | undefined, i: number): boolean {
  return bits !== undefined && (bits[i >> 5] & (1 << (i & 31))) !== 0;
}

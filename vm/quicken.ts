/**
 * Superinstructions: the dispatch loop runs a copy of co_code in which the first opcode of some
 * common instruction pairs is replaced by a private opcode that does the work of both, saving one
 * trip through the dispatch header (CPython 3.11 has the same idea in LOAD_FAST__LOAD_FAST,
 * COMPARE_OP_INT_JUMP… of specialize.c). co_code itself never changes: dis, tracing, f_lasti and
 * tracebacks see CPython 3.7's bytecode.
 *
 * Only the first opcode byte of a pair changes. A jump to the second instruction therefore runs
 * it alone, and a superinstruction whose fast path does not apply (an operand of another type, an
 * unbound local, tracing switched on) runs its first instruction alone and lets the second be
 * dispatched as usual. The private numbers are unused in CPython 3.7 (30-49), which keeps the
 * loop's jump table no larger.
 */

export const enum Quick {
  /** LOAD_FAST a; LOAD_FAST b */
  LOAD_FAST_LOAD_FAST = 30,
  /** LOAD_FAST a; LOAD_CONST c */
  LOAD_FAST_LOAD_CONST = 31,
  /** STORE_FAST a; LOAD_FAST b */
  STORE_FAST_LOAD_FAST = 32,
  /** COMPARE_OP (<, <=, ==, !=, >, >=); POP_JUMP_IF_FALSE */
  COMPARE_OP_POP_JUMP_IF_FALSE = 33,
  /** COMPARE_OP (<, <=, ==, !=, >, >=); POP_JUMP_IF_TRUE */
  COMPARE_OP_POP_JUMP_IF_TRUE = 34,
  /** LOAD_FAST a; LOAD_ATTR name */
  LOAD_FAST_LOAD_ATTR = 35,
  /** LOAD_FAST a; LOAD_METHOD name */
  LOAD_FAST_LOAD_METHOD = 36,
  /** POP_JUMP_IF_FALSE target; LOAD_FAST a (the fall-through) */
  POP_JUMP_IF_FALSE_LOAD_FAST = 37,
  /** STORE_FAST a; JUMP_ABSOLUTE target */
  STORE_FAST_JUMP_ABSOLUTE = 38,
  /** LOAD_FAST a; LOAD_CONST c; COMPARE_OP (< … >=); POP_JUMP_IF_FALSE/TRUE */
  LOAD_FAST_CONST_COMPARE_JUMP = 39,
  /** LOAD_FAST a; LOAD_FAST b; COMPARE_OP (< … >=); POP_JUMP_IF_FALSE/TRUE */
  LOAD_FAST_FAST_COMPARE_JUMP = 40,
}

// The numbers of vm/opcode.ts, restated: code.ts imports this module early, and importing the
// `Op` enum of ceval.ts here would make the esbuild bundle (which keeps the import) initialise
// the whole VM from inside code.ts, in an order under which coroutine functions return None.
const LOAD_FAST = 124;
const LOAD_CONST = 100;
const STORE_FAST = 125;
const COMPARE_OP = 107;
const POP_JUMP_IF_FALSE = 114;
const POP_JUMP_IF_TRUE = 115;
const LOAD_ATTR = 106;
const LOAD_METHOD = 160;
const JUMP_ABSOLUTE = 113;
const EXTENDED_ARG = 144;

/**
 * For LOAD_FAST followed by LOAD_CONST or LOAD_FAST at i: `quad` when a comparison the
 * COMPARE_OP superinstruction does and a conditional jump on its result follow them (`n < 2`
 * in an `if` or `while`), else -1. Operators after the two loads are not fused: that was
 * measured, and dispatching them is no slower than testing for them inside a superinstruction.
 */
function compareJumpFusion(code: Uint8Array, i: number, quad: Quick): number {
  if (i + 6 >= code.length || code[i + 4] !== COMPARE_OP || code[i + 5] >= 6) return -1;
  return code[i + 6] === POP_JUMP_IF_FALSE || code[i + 6] === POP_JUMP_IF_TRUE ? quad : -1;
}

/** The private opcode for the pair (first, second) at i, or -1 when the pair is not fused. */
function fusedOpcode(code: Uint8Array, i: number): number {
  const second = code[i + 2];
  switch (code[i]) {
    case LOAD_FAST: {
      if (second === LOAD_FAST) {
        const q = compareJumpFusion(code, i, Quick.LOAD_FAST_FAST_COMPARE_JUMP);
        return q >= 0 ? q : Quick.LOAD_FAST_LOAD_FAST;
      }
      if (second === LOAD_CONST) {
        const q = compareJumpFusion(code, i, Quick.LOAD_FAST_CONST_COMPARE_JUMP);
        return q >= 0 ? q : Quick.LOAD_FAST_LOAD_CONST;
      }
      if (second === LOAD_ATTR) return Quick.LOAD_FAST_LOAD_ATTR;
      if (second === LOAD_METHOD) return Quick.LOAD_FAST_LOAD_METHOD;
      return -1;
    }
    case STORE_FAST:
      if (second === LOAD_FAST) return Quick.STORE_FAST_LOAD_FAST;
      if (second === JUMP_ABSOLUTE) return Quick.STORE_FAST_JUMP_ABSOLUTE;
      return -1;
    case POP_JUMP_IF_FALSE:
      return second === LOAD_FAST ? Quick.POP_JUMP_IF_FALSE_LOAD_FAST : -1;
    case COMPARE_OP:
      // The superinstruction reads the first argument through the loop (EXTENDED_ARG included),
      // the second one from its byte, so the second must carry no prefix: it follows directly.
      if (code[i + 1] >= 6 || (i >= 2 && code[i - 2] === EXTENDED_ARG)) return -1;
      if (second === POP_JUMP_IF_FALSE) return Quick.COMPARE_OP_POP_JUMP_IF_FALSE;
      if (second === POP_JUMP_IF_TRUE) return Quick.COMPARE_OP_POP_JUMP_IF_TRUE;
      return -1;
    default:
      return -1;
  }
}

/** The code the dispatch loop runs for `co_code`. */
export function quicken(co_code: Uint8Array): Uint8Array {
  const code = co_code.slice();
  for (let i = 0; i + 2 < co_code.length; i += 2) {
    const q = fusedOpcode(co_code, i);
    if (q >= 0) code[i] = q;
  }
  return code;
}

/**
 * The instructions of a code object as the translation (vm/jit.ts) reads them: EXTENDED_ARG
 * prefixes folded into their instruction's argument, jump targets resolved.
 */
import { EXTENDED_ARG, OPNAME, argKind } from './opcode.js';

export interface Instr {
  /** Where the instruction starts: its first EXTENDED_ARG prefix, if it has any (jumps go there). */
  start: number;
  /** The opcode's own offset (f_lasti while it runs, as in the loop). */
  off: number;
  op: number;
  name: string;
  arg: number;
  /** Offset of the next instruction. */
  next: number;
}

export function decode(code: Uint8Array): Instr[] {
  const out: Instr[] = [];
  let ext = 0, start = 0;
  for (let i = 0; i < code.length; i += 2) {
    const op = code[i], arg = code[i + 1] | ext;
    if (op === EXTENDED_ARG) {
      ext = arg << 8;
      continue;
    }
    ext = 0;
    out.push({ start, off: i, op, name: OPNAME[op], arg, next: i + 2 });
    start = i + 2;
  }
  return out;
}

/** Where a jump instruction goes (CPython: hasjrel/hasjabs), else -1. */
export function jumpTarget(ins: Instr): number {
  const kind = argKind(ins.op);
  return kind === 'jrel' ? ins.next + ins.arg : kind === 'jabs' ? ins.arg : -1;
}

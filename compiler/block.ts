/**
 * Symbolic instructions and basic blocks: what codegen emits and the assembler consumes,
 * shaped as CPython 3.7's compile.c (struct instr, struct basicblock_). Jumps point at blocks,
 * never at offsets; only the assembler knows offsets.
 */
import type { PyValue } from '../vm/objects/object.js';

export class Instr {
  constructor(
    public i_opcode: number,
    public i_oparg: number,
    /** Jump target, for opcodes whose argument kind is jrel or jabs. */
    public i_target: BasicBlock | null,
    /**
     * Line number, or 0 when this instruction does not start a new line: as in 3.7, only
     * the first instruction emitted after the line changes carries it (compiler_set_lineno),
     * and the assembler writes a co_lnotab entry only for instructions that carry one.
     */
    public i_lineno: number,
    /**
     * The source range of the innermost node being compiled when it was emitted (CPython 3.11's
     * instruction location), for the `^^^` lines of tracebacks; null for none.
     */
    public i_loc: Located | null = null,
  ) {}
}

/** A node's source range: 1-based lines, 0-based UTF-8 byte columns (as CPython's AST). */
export type Located = { lineno: number; col_offset: number; end_lineno?: number; end_col_offset?: number };

export class BasicBlock {
  b_instr: Instr[] = [];
  /** Block that follows in the fall-through order (CPython: b_next). */
  b_next: BasicBlock | null = null;
  /** Used by the assembler's depth-first ordering and stack-depth pass. */
  b_seen = false;
  /** Ends with RETURN_VALUE: the assembler need not fall through. */
  b_return = false;
  b_startdepth = -1;
  /** Offset in code units, set by the assembler. */
  b_offset = 0;
  /** Allocation order, for stable ordering and debugging. */
  constructor(readonly b_id: number) {}
}

/** Everything the assembler needs to turn one compiler unit into a CodeObject. */
export interface AssemblerInput {
  /** The first block (entry); b_next links the blocks in emission order. */
  entry: BasicBlock;
  consts: PyValue[];
  names: string[];
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  name: string;
  filename: string;
  firstlineno: number;
}

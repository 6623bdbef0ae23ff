/**
 * Basic blocks → CodeObject: CPython 3.7's assemble() and makecode() (Python/compile.c).
 * Orders blocks depth-first from the entry (dfs), sizes instructions with EXTENDED_ARG until
 * jump offsets stop changing (assemble_jump_offsets), writes wordcode and co_lnotab
 * (assemble_emit, assemble_lnotab), runs the peephole pass (PyCode_Optimize) and computes
 * co_stacksize on the symbolic blocks (stackdepth), all with 3.7's exact rules so co_code,
 * co_lnotab and co_stacksize match python3.7 byte for byte.
 */
import type { AssemblerInput, BasicBlock, Instr } from './block.js';
import { CodeObject, CO_NOFREE } from '../vm/code.js';
import type { PyValue } from '../vm/objects/object.js';
import { argKind, Op, stackEffect } from '../vm/opcode.js';
import { instrSize, optimizeCode, writeOpArg as writeOpArgInto } from './peephole.js';

export { instrSize, writeOpArg } from './peephole.js';

function isJumpInstr(i: Instr): boolean {
  const k = argKind(i.i_opcode);
  return k === 'jrel' || k === 'jabs';
}

/** Every block reachable from the entry along b_next or a jump (CPython walks u_blocks). */
function collectBlocks(entry: BasicBlock): BasicBlock[] {
  const out: BasicBlock[] = [];
  const seen = new Set<BasicBlock>();
  const work: BasicBlock[] = [entry];
  while (work.length > 0) {
    let b: BasicBlock | null = work.pop()!;
    for (; b !== null && !seen.has(b); b = b.b_next) {
      seen.add(b);
      out.push(b);
      for (const ins of b.b_instr) if (ins.i_target !== null && isJumpInstr(ins)) work.push(ins.i_target);
    }
  }
  return out;
}

/**
 * CPython: dfs. Walks the fall-through chain first, then each block's jump targets, and
 * records a postorder; the code is emitted in reverse postorder. The free tail of `post`
 * (from `count` up to `end`) serves as the stack of blocks still to order, as in 3.7.
 */
class Orderer {
  readonly post: BasicBlock[];
  count = 0;
  constructor(n: number) {
    this.post = new Array<BasicBlock>(n);
  }

  dfs(start: BasicBlock | null, end: number): void {
    let j = end;
    for (let b = start; b !== null && !b.b_seen; b = b.b_next) {
      b.b_seen = true;
      this.post[--j] = b;
    }
    while (j < end) {
      const b = this.post[j++];
      for (const ins of b.b_instr) {
        if (ins.i_target !== null && isJumpInstr(ins)) this.dfs(ins.i_target, j);
      }
      this.post[this.count++] = b;
    }
  }
}

/**
 * CPython: assemble_jump_offsets. Lays the blocks out in emission order and turns each jump's
 * target block into a byte offset (absolute, or relative to the next instruction), repeating
 * until no argument changes its EXTENDED_ARG count. Writes the offsets into i_oparg, as 3.7 does.
 */
function assembleJumpOffsets(order: BasicBlock[], all: BasicBlock[]): void {
  let recompile: boolean;
  do {
    let totsize = 0;
    for (const b of order) {
      b.b_offset = totsize;
      for (const ins of b.b_instr) totsize += instrSize(ins.i_oparg);
    }
    recompile = false;
    for (const b of all) {
      let pos = b.b_offset;
      for (const ins of b.b_instr) {
        const isize = instrSize(ins.i_oparg);
        pos += isize;
        if (ins.i_target === null) continue;
        const kind = argKind(ins.i_opcode);
        if (kind !== 'jrel' && kind !== 'jabs') continue;
        let arg = ins.i_target.b_offset;
        if (kind === 'jrel') arg -= pos;
        ins.i_oparg = arg * 2;
        if (instrSize(ins.i_oparg) !== isize) recompile = true;
      }
    }
  } while (recompile);
}

/** Growable byte buffer for co_code and co_lnotab. */
class ByteBuf {
  bytes = new Uint8Array(64);
  len = 0;
  ensure(extra: number): void {
    if (this.len + extra <= this.bytes.length) return;
    let n = this.bytes.length * 2;
    while (n < this.len + extra) n *= 2;
    const b = new Uint8Array(n);
    b.set(this.bytes.subarray(0, this.len));
    this.bytes = b;
  }
  push2(a: number, b: number): void {
    this.ensure(2);
    this.bytes[this.len++] = a & 0xff;
    this.bytes[this.len++] = b & 0xff;
  }
  result(): Uint8Array {
    return this.bytes.slice(0, this.len);
  }
}

/** CPython: struct assembler — the emission state. Offsets are in code units. */
class Emitter {
  readonly code = new ByteBuf();
  readonly lnotab = new ByteBuf();
  /** Each code unit's source range: lineno, end_lineno, col_offset, end_col_offset (-1: none). */
  readonly positions: number[] = [];
  offset = 0;
  lineno: number;
  linenoOff = 0;
  constructor(firstlineno: number) {
    this.lineno = firstlineno;
  }

  /** CPython: assemble_emit. */
  emit(ins: Instr): void {
    const arg = ins.i_oparg;
    const size = instrSize(arg);
    if (ins.i_lineno) this.addLine(ins.i_lineno);
    this.code.ensure(size * 2);
    writeOpArgInto(this.code.bytes, this.offset, ins.i_opcode, arg, size);
    const loc = ins.i_loc;
    for (let k = 0; k < size; k++) {
      if (loc === null) this.positions.push(-1, -1, -1, -1);
      else this.positions.push(loc.lineno, loc.end_lineno ?? loc.lineno, loc.col_offset, loc.end_col_offset ?? -1);
    }
    this.offset += size;
    this.code.len = this.offset * 2;
  }

  /**
   * CPython: assemble_lnotab. Byte deltas over 255 become (255, 0) pairs; line deltas outside
   * a signed byte become (d, 127)/(d, -128) pairs, the byte delta carried by the first of them.
   */
  private addLine(lineno: number): void {
    let dBytecode = (this.offset - this.linenoOff) * 2;
    let dLineno = lineno - this.lineno;
    if (dBytecode === 0 && dLineno === 0) return;
    const tab = this.lnotab;
    while (dBytecode > 255) {
      tab.push2(255, 0);
      dBytecode -= 255;
    }
    if (dLineno < -128 || dLineno > 127) {
      const k = dLineno < 0 ? -128 : 127;
      const ncodes = dLineno < 0 ? Math.trunc(-dLineno / 128) : Math.trunc(dLineno / 127);
      dLineno -= ncodes * k;
      tab.push2(dBytecode, k);
      dBytecode = 0;
      for (let j = 1; j < ncodes; j++) tab.push2(0, k);
    }
    tab.push2(dBytecode, dLineno);
    this.lineno = lineno;
    this.linenoOff = this.offset;
  }
}

/**
 * CPython: stackdepth (3.7). Propagates entry depths through the flow graph with an explicit
 * stack of blocks: the fall-through effect along b_next, the taken-branch effect into jump
 * targets; code after an unconditional transfer in a block is dead.
 */
export function stackDepth(entry: BasicBlock, all: BasicBlock[]): number {
  for (const b of all) b.b_startdepth = -1;
  let maxdepth = 0;
  const stack: BasicBlock[] = [];
  const push = (b: BasicBlock, depth: number): void => {
    if (b.b_startdepth < depth) {
      b.b_startdepth = depth;
      stack.push(b);
    }
  };
  push(entry, 0);
  while (stack.length > 0) {
    const b = stack.pop()!;
    let depth = b.b_startdepth;
    let next = b.b_next;
    for (const ins of b.b_instr) {
      const op = ins.i_opcode;
      const newDepth = depth + stackEffect(op, ins.i_oparg, false);
      if (newDepth > maxdepth) maxdepth = newDepth;
      if (ins.i_target !== null && isJumpInstr(ins)) {
        const targetDepth = depth + stackEffect(op, ins.i_oparg, true);
        if (targetDepth > maxdepth) maxdepth = targetDepth;
        if (op === Op.CONTINUE_LOOP) {
          // Pops a variable number of values; its target has been reached already.
          next = null;
          break;
        }
        push(ins.i_target, targetDepth);
      }
      depth = newDepth;
      if (op === Op.JUMP_ABSOLUTE || op === Op.JUMP_FORWARD || op === Op.RETURN_VALUE ||
          op === Op.RAISE_VARARGS || op === Op.BREAK_LOOP) {
        next = null;
        break;
      }
    }
    if (next !== null) push(next, depth);
  }
  return maxdepth;
}

/** The assembled, peephole-optimised code of one unit, before it becomes a CodeObject. */
export interface Assembled {
  code: Uint8Array;
  lnotab: Uint8Array;
  /** Four numbers per code unit (see Emitter.positions). */
  positions: Int32Array;
  consts: PyValue[];
  stacksize: number;
}

/**
 * CPython: assemble() minus makecode(). The unit must already end in RETURN_VALUE where it can
 * fall off the end (3.7's assemble adds `LOAD_CONST None; RETURN_VALUE`; codegen does that).
 * Overwrites the jump instructions' i_oparg with byte offsets.
 */
export function assembleCode(u: AssemblerInput): Assembled {
  const all = collectBlocks(u.entry);
  for (const b of all) b.b_seen = false;
  const orderer = new Orderer(all.length);
  orderer.dfs(u.entry, all.length);
  const order: BasicBlock[] = [];
  for (let i = orderer.count - 1; i >= 0; i--) order.push(orderer.post[i]);

  assembleJumpOffsets(order, all);
  const em = new Emitter(firstLineOf(u));
  for (const b of order) for (const ins of b.b_instr) em.emit(ins);

  const consts = u.consts.slice();
  const lnotab = em.lnotab.result();
  const positions = em.positions;
  const code = optimizeCode(em.code.result(), consts, lnotab, positions);
  const stacksize = stackDepth(u.entry, all);
  return { code, lnotab, positions: Int32Array.from(positions), consts, stacksize };
}

/** 3.7 falls back to the first instruction's line, then 1, when the unit has no line. */
function firstLineOf(u: AssemblerInput): number {
  if (u.firstlineno) return u.firstlineno;
  const first = u.entry.b_instr[0];
  return first !== undefined && first.i_lineno ? first.i_lineno : 1;
}

/** CPython: assemble() + makecode() + PyCode_New. */
export function assemble(u: AssemblerInput): CodeObject {
  const a = assembleCode(u);
  let flags = u.flags;
  // PyCode_New sets CO_NOFREE exactly when there are no cell or free variables.
  if (u.cellvars.length === 0 && u.freevars.length === 0) flags |= CO_NOFREE;
  else flags &= ~CO_NOFREE;
  return new CodeObject({
    co_argcount: u.argcount,
    co_posonlyargcount: u.posonlyargcount,
    co_kwonlyargcount: u.kwonlyargcount,
    co_nlocals: u.varnames.length,
    co_stacksize: a.stacksize,
    co_flags: flags,
    co_code: a.code,
    co_consts: a.consts,
    co_names: u.names.slice(),
    co_varnames: u.varnames.slice(),
    co_freevars: u.freevars.slice(),
    co_cellvars: u.cellvars.slice(),
    co_filename: u.filename,
    co_name: u.name,
    co_firstlineno: firstLineOf(u),
    co_lnotab: a.lnotab,
    co_positions: a.positions,
  });
}

/**
 * The bytecode peephole pass: CPython 3.7's PyCode_Optimize (Python/peephole.c), run by the
 * assembler on finished wordcode. Rewrites stay within one basic block and never grow the code:
 * a removed instruction becomes NOP, and a last pass drops the NOPs and fixes jump arguments
 * and co_lnotab. Folds `LOAD_CONST…; BUILD_TUPLE n` into one constant, turns
 * `BUILD_TUPLE n; UNPACK_SEQUENCE n` into rotations, threads jumps to jumps, drops
 * `LOAD_CONST true; POP_JUMP_IF_FALSE` and dead code after RETURN_VALUE.
 */
import {
  None, Ellipsis, PyBytes, PyComplex, PyFloat, PyObject, PyTuple, type PyValue,
} from '../vm/objects/object.js';
import { EXTENDED_ARG, Op } from '../vm/opcode.js';

const NOP = Op.NOP;

/** CPython: instrsize — code units an instruction takes, EXTENDED_ARG prefixes included. */
export function instrSize(oparg: number): number {
  return oparg <= 0xff ? 1 : oparg <= 0xffff ? 2 : oparg <= 0xffffff ? 3 : 4;
}

/**
 * CPython: write_op_arg — writes `op arg` as `ilen` code units at `off` (a code-unit index),
 * the high bytes of the argument in EXTENDED_ARG prefixes.
 */
export function writeOpArg(code: Uint8Array, off: number, op: number, oparg: number, ilen: number): void {
  let p = off * 2;
  for (let shift = (ilen - 1) * 8; shift > 0; shift -= 8) {
    code[p++] = EXTENDED_ARG;
    code[p++] = (oparg >>> shift) & 0xff;
  }
  code[p++] = op;
  code[p] = oparg & 0xff;
}


function isUnconditionalJump(op: number): boolean {
  return op === Op.JUMP_ABSOLUTE || op === Op.JUMP_FORWARD;
}
function isConditionalJump(op: number): boolean {
  return op === Op.POP_JUMP_IF_FALSE || op === Op.POP_JUMP_IF_TRUE ||
    op === Op.JUMP_IF_FALSE_OR_POP || op === Op.JUMP_IF_TRUE_OR_POP;
}
function isAbsoluteJump(op: number): boolean {
  return op === Op.JUMP_ABSOLUTE || op === Op.CONTINUE_LOOP || isConditionalJump(op);
}
function jumpsOnTrue(op: number): boolean {
  return op === Op.POP_JUMP_IF_TRUE || op === Op.JUMP_IF_TRUE_OR_POP;
}
/** The opcodes whose argument is a jump target (markblocks and the final fix-up use this set). */
function isJumpOp(op: number): boolean {
  switch (op) {
    case Op.FOR_ITER: case Op.JUMP_FORWARD: case Op.JUMP_IF_FALSE_OR_POP:
    case Op.JUMP_IF_TRUE_OR_POP: case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE:
    case Op.JUMP_ABSOLUTE: case Op.CONTINUE_LOOP: case Op.SETUP_LOOP: case Op.SETUP_EXCEPT:
    case Op.SETUP_FINALLY: case Op.SETUP_WITH: case Op.SETUP_ASYNC_WITH:
      return true;
    default:
      return false;
  }
}

/**
 * Truth of a constant (CPython: PyObject_IsTrue), for the constant kinds co_consts can hold;
 * code objects and other objects are true.
 */
export function constIsTrue(v: PyValue): boolean {
  switch (typeof v) {
    case 'number': return v !== 0;
    case 'bigint': return v !== 0n;
    case 'boolean': return v;
    case 'string': return v.length > 0;
    default:
      if (v === None) return false;
      if (v === Ellipsis) return true;
      if (v instanceof PyFloat) return v.value !== 0;
      if (v instanceof PyComplex) return v.real !== 0 || v.imag !== 0;
      if (v instanceof PyBytes) return v.data.length > 0;
      if (v instanceof PyTuple) return v.items.length > 0;
      return sizedTruth(v);
  }
}

/**
 * frozenset constants come from vm/objects/set.ts (PySet, whose `used` counts the items); read
 * the count without importing the set implementation into the compiler.
 */
function sizedTruth(v: PyObject): boolean {
  const o = v as unknown as { used?: unknown; items?: unknown };
  if (typeof o.used === 'number') return o.used > 0;
  if (Array.isArray(o.items)) return o.items.length > 0;
  if (o.items instanceof Map || o.items instanceof Set) return o.items.size > 0;
  return true;
}

/** Wordcode viewed as code units: opcode and argument byte of unit i. */
class Units {
  constructor(readonly b: Uint8Array) {}
  get length(): number { return this.b.length >> 1; }
  op(i: number): number { return this.b[i * 2]; }
  arg(i: number): number { return this.b[i * 2 + 1]; }
  set(i: number, op: number, arg: number): void {
    this.b[i * 2] = op;
    this.b[i * 2 + 1] = arg;
  }
  /** CPython: fill_nops over units [start, end). */
  fillNops(start: number, end: number): void {
    for (let i = start; i < end; i++) this.set(i, NOP, NOP);
  }
  /** CPython: find_op — skips EXTENDED_ARG prefixes to the effective opcode. */
  findOp(i: number): number {
    while (i < this.length && this.op(i) === EXTENDED_ARG) i++;
    return i;
  }
  /** CPython: get_arg — the full argument of the effective opcode at i. */
  getArg(i: number): number {
    let oparg = this.arg(i);
    if (i >= 1 && this.op(i - 1) === EXTENDED_ARG) {
      oparg |= this.arg(i - 1) << 8;
      if (i >= 2 && this.op(i - 2) === EXTENDED_ARG) {
        oparg |= this.arg(i - 2) << 16;
        if (i >= 3 && this.op(i - 3) === EXTENDED_ARG) oparg = (oparg | (this.arg(i - 3) << 24)) >>> 0;
      }
    }
    return oparg;
  }
  /** CPython: GETJUMPTGT — target of the jump at i, in code units. */
  jumpTarget(i: number): number {
    return (this.getArg(i) >> 1) + (isAbsoluteJump(this.op(i)) ? 0 : i + 1);
  }
  /** CPython: set_arg — returns the new index of the op, or -1 if the argument needs more units. */
  setArg(i: number, oparg: number): number {
    const cur = this.getArg(i);
    if (cur === oparg) return i;
    const curLen = instrSize(cur), newLen = instrSize(oparg);
    if (curLen < newLen) return -1;
    writeOpArg(this.b, i + 1 - curLen, this.op(i), oparg, newLen);
    this.fillNops(i + 1 - curLen + newLen, i + 1);
    return i - curLen + newLen;
  }
  /** CPython: copy_op_arg — writes op/arg ending at maxi, NOPs before it; -1 if it won't fit. */
  copyOpArg(i: number, op: number, oparg: number, maxi: number): number {
    const ilen = instrSize(oparg);
    if (i + ilen > maxi) return -1;
    writeOpArg(this.b, maxi - ilen, op, oparg, ilen);
    this.fillNops(i, maxi - ilen);
    return maxi - 1;
  }
  /** CPython: lastn_const_start — start (with prefixes) of the n-th LOAD_CONST back from i. */
  lastnConstStart(i: number, n: number): number {
    for (;;) {
      i--;
      if (this.op(i) === Op.LOAD_CONST && --n === 0) {
        while (i > 0 && this.op(i - 1) === EXTENDED_ARG) i--;
        return i;
      }
    }
  }
}

/** CPython: markblocks — a block number per code unit, bumped at every jump target. */
function markBlocks(u: Units): Uint32Array {
  const n = u.length;
  const blocks = new Uint32Array(n);
  for (let i = 0; i < n; i++) if (isJumpOp(u.op(i))) blocks[u.jumpTarget(i)] = 1;
  let count = 0;
  for (let i = 0; i < n; i++) {
    count += blocks[i];
    blocks[i] = count;
  }
  return blocks;
}

/** CPython: fold_tuple_on_constants — n LOAD_CONSTs from cStart up to opEnd become one. */
function foldTuple(u: Units, cStart: number, opEnd: number, consts: PyValue[], n: number): number {
  const items: PyValue[] = [];
  for (let i = 0, pos = cStart; i < n; i++, pos++) {
    pos = u.findOp(pos);
    items.push(consts[u.getArg(pos)]);
  }
  const index = consts.length;
  consts.push(new PyTuple(items));
  return u.copyOpArg(cStart, Op.LOAD_CONST, index, opEnd);
}

/**
 * CPython: PyCode_Optimize. Returns the optimised co_code; appends any folded constants to
 * `consts` and rewrites `lnotab` in place. Leaves the code unchanged when co_lnotab has a
 * 255 byte (multi-entry gaps) or when a jump would need a longer argument than it had.
 */
export function optimizeCode(
  code: Uint8Array, consts: PyValue[], lnotab: Uint8Array, positions: number[] | null = null,
): Uint8Array {
  if (lnotab.indexOf(255) >= 0) return code;
  const u = new Units(code.slice());
  const codelen = u.length;
  const blocks = markBlocks(u);
  let cumlc = 0, lastlc = 0;

  for (let i = u.findOp(0), nexti = 0; i < codelen; i = nexti) {
    const opcode = u.op(i);
    let opStart = i;
    while (opStart >= 1 && u.op(opStart - 1) === EXTENDED_ARG) opStart--;
    nexti = i + 1;
    while (nexti < codelen && u.op(nexti) === EXTENDED_ARG) nexti++;
    const nextop = nexti < codelen ? u.op(nexti) : 0;
    lastlc = cumlc;
    cumlc = 0;

    switch (opcode) {
      // `while 1:` — a true constant tested by POP_JUMP_IF_FALSE never jumps.
      case Op.LOAD_CONST:
        cumlc = lastlc + 1;
        if (nextop !== Op.POP_JUMP_IF_FALSE || blocks[opStart] !== blocks[i + 1] ||
            !constIsTrue(consts[u.getArg(i)])) break;
        u.fillNops(opStart, nexti + 1);
        cumlc = 0;
        break;

      // LOAD_CONST×n BUILD_TUPLE n → LOAD_CONST tuple; BUILD_TUPLE n UNPACK_SEQUENCE n → rotations.
      case Op.BUILD_TUPLE: {
        const j = u.getArg(i);
        if (j > 0 && lastlc >= j) {
          const h = u.lastnConstStart(opStart, j);
          if (blocks[h] === blocks[opStart]) {
            foldTuple(u, h, i + 1, consts, j);
            break;
          }
        }
        if (nextop !== Op.UNPACK_SEQUENCE || blocks[opStart] !== blocks[i + 1] ||
            j !== u.getArg(nexti)) break;
        if (j < 2) {
          u.fillNops(opStart, nexti + 1);
        } else if (j === 2) {
          u.set(opStart, Op.ROT_TWO, 0);
          u.fillNops(opStart + 1, nexti + 1);
        } else if (j === 3) {
          u.set(opStart, Op.ROT_THREE, 0);
          u.set(opStart + 1, Op.ROT_TWO, 0);
          u.fillNops(opStart + 2, nexti + 1);
        }
        break;
      }

      // x: JUMP_IF_X_OR_POP y  where y is a conditional jump: go straight to its target when
      // it must jump too, or past it (popping) when it cannot.
      case Op.JUMP_IF_FALSE_OR_POP:
      case Op.JUMP_IF_TRUE_OR_POP: {
        const tgt = u.findOp(u.getArg(i) >> 1);
        let j = u.op(tgt);
        if (isConditionalJump(j)) {
          let h: number;
          if (jumpsOnTrue(j) === jumpsOnTrue(opcode)) {
            h = u.setArg(i, u.getArg(tgt));
          } else {
            h = u.setArg(i, (tgt + 1) * 2);
            j = opcode === Op.JUMP_IF_TRUE_OR_POP ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE;
          }
          if (h >= 0) {
            nexti = h;
            u.set(nexti, j, u.arg(nexti));
            break;
          }
        }
        threadJump(u, i, opStart, opcode);
        break;
      }

      case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.FOR_ITER:
      case Op.JUMP_FORWARD: case Op.JUMP_ABSOLUTE: case Op.CONTINUE_LOOP: case Op.SETUP_LOOP:
      case Op.SETUP_EXCEPT: case Op.SETUP_FINALLY: case Op.SETUP_WITH: case Op.SETUP_ASYNC_WITH:
        threadJump(u, i, opStart, opcode);
        break;

      // Whatever follows a return in the same basic block is unreachable.
      case Op.RETURN_VALUE: {
        let h = i + 1;
        while (h < codelen && blocks[i] === blocks[h]) h++;
        if (h > i + 1) {
          u.fillNops(i + 1, h);
          nexti = u.findOp(h);
        }
        break;
      }
      default:
        break;
    }
  }

  fixLnotab(u, blocks, lnotab);
  const out = removeNops(u, blocks);
  if (out === null) return code;
  if (positions !== null) dropNopPositions(u, blocks, positions);
  return out;
}

/**
 * Moves each kept code unit's source range (four numbers) to its new index, through the
 * old→new map fixLnotab made; the NOPs' go.
 */
function dropNopPositions(u: Units, blocks: Uint32Array, positions: number[]): void {
  let n = 0;
  for (let i = 0; i < u.length; i++) {
    if (u.op(i) === NOP) continue;
    n = blocks[i] + 1;
    for (let k = 0; k < 4; k++) positions[blocks[i] * 4 + k] = positions[i * 4 + k];
  }
  positions.length = n * 4;
}

/**
 * A jump to RETURN_VALUE becomes RETURN_VALUE (unconditional jumps only); a jump to an
 * unconditional jump takes that jump's target (a JUMP_FORWARD becoming JUMP_ABSOLUTE, and no
 * relative jump backwards).
 */
function threadJump(u: Units, i: number, opStart: number, opcode: number): void {
  const tgt = u.findOp(u.jumpTarget(i));
  if (isUnconditionalJump(opcode) && u.op(tgt) === Op.RETURN_VALUE) {
    u.set(opStart, Op.RETURN_VALUE, 0);
    u.fillNops(opStart + 1, i + 1);
  } else if (isUnconditionalJump(u.op(tgt))) {
    let j = u.jumpTarget(tgt);
    if (opcode === Op.JUMP_FORWARD) {
      opcode = Op.JUMP_ABSOLUTE;
    } else if (!isAbsoluteJump(opcode)) {
      if (j < i + 1) return;
      j -= i + 1;
    }
    u.copyOpArg(opStart, opcode, j * 2, i + 1);
  }
}

/** Maps every old code unit to its index once NOPs are gone, and rewrites lnotab's offsets. */
function fixLnotab(u: Units, blocks: Uint32Array, lnotab: Uint8Array): void {
  let nops = 0;
  for (let i = 0; i < u.length; i++) {
    blocks[i] = i - nops;
    if (u.op(i) === NOP) nops++;
  }
  let cumOrig = 0, last = 0;
  for (let i = 0; i < lnotab.length; i += 2) {
    cumOrig += lnotab[i];
    const unit = cumOrig >> 1;
    const newOffset = (unit < u.length ? blocks[unit] : unit - nops) * 2;
    lnotab[i] = newOffset - last;
    last = newOffset;
  }
}

/** Drops NOPs and retargets jumps through the old→new index map; null to keep the original. */
function removeNops(u: Units, blocks: Uint32Array): Uint8Array | null {
  const out = new Uint8Array(u.b.length);
  const codelen = u.length;
  let h = 0;
  for (let i = 0, opStart = 0; i < codelen; i++, opStart = i) {
    let j = u.arg(i);
    while (u.op(i) === EXTENDED_ARG) {
      i++;
      j = ((j << 8) | u.arg(i)) >>> 0;
    }
    const opcode = u.op(i);
    switch (opcode) {
      case NOP:
        continue;
      case Op.JUMP_ABSOLUTE: case Op.CONTINUE_LOOP: case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE: case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP:
        j = blocks[j >> 1] * 2;
        break;
      case Op.FOR_ITER: case Op.JUMP_FORWARD: case Op.SETUP_LOOP: case Op.SETUP_EXCEPT:
      case Op.SETUP_FINALLY: case Op.SETUP_WITH: case Op.SETUP_ASYNC_WITH:
        j = (blocks[(j >> 1) + i + 1] - blocks[i] - 1) * 2;
        break;
      default:
        break;
    }
    const ilen = i - opStart + 1;
    if (instrSize(j) > ilen) return null;
    // A shorter argument keeps its EXTENDED_ARG 0 prefixes, as in CPython.
    writeOpArg(out, h, opcode, j, ilen);
    h += ilen;
  }
  return out.slice(0, h * 2);
}

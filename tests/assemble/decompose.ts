/**
 * Test helper: turns a finished CodeObject (CPython 3.7's, loaded from tools/dump37.py JSON)
 * back into basic blocks — split at jump targets and after jumps/returns, jumps pointing at
 * blocks, i_lineno from co_lnotab — so the assembler can be checked by reassembling it.
 */
import { BasicBlock, Instr, type AssemblerInput } from '../../compiler/block.js';
import type { CodeObject } from '../../vm/code.js';
import { argKind, EXTENDED_ARG, HAVE_ARGUMENT, Op } from '../../vm/opcode.js';

interface Raw { offset: number; op: number; arg: number; target: number }

export function decompose(co: CodeObject): AssemblerInput {
  const code = co.co_code;
  const raws: Raw[] = [];
  let ext = 0, start = 0;
  for (let i = 0; i < code.length; i += 2) {
    const op = code[i];
    const arg = op >= HAVE_ARGUMENT ? (code[i + 1] | ext) : 0;
    if (op === EXTENDED_ARG) { ext = arg << 8; continue; }
    ext = 0;
    const k = argKind(op);
    const target = k === 'jrel' ? i + 2 + arg : k === 'jabs' ? arg : -1;
    raws.push({ offset: start, op, arg, target });
    start = i + 2;
  }
  // Lines: the last lnotab entry at each offset wins.
  const lines = new Map<number, number>();
  let addr = 0, line = co.co_firstlineno;
  const tab = co.co_lnotab;
  for (let k = 0; k + 1 < tab.length; k += 2) {
    addr += tab[k];
    line += tab[k + 1] >= 128 ? tab[k + 1] - 256 : tab[k + 1];
    lines.set(addr, line);
  }
  const starts = new Set<number>(raws.filter(r => r.target >= 0).map(r => r.target));
  let id = 0;
  const byOffset = new Map<number, BasicBlock>();
  const blocks: BasicBlock[] = [];
  let cur: BasicBlock | null = null;
  let breakAfter = false;
  for (const r of raws) {
    if (cur === null || breakAfter || starts.has(r.offset)) {
      const b = new BasicBlock(id++);
      if (cur !== null) cur.b_next = b;
      blocks.push(b);
      cur = b;
    }
    byOffset.set(r.offset, cur);
    cur.b_instr.push(new Instr(r.op, r.target >= 0 ? r.target : r.arg, null, lines.get(r.offset) ?? 0));
    const k = argKind(r.op);
    breakAfter = k === 'jrel' || k === 'jabs' || r.op === Op.RETURN_VALUE || r.op === Op.RAISE_VARARGS;
  }
  for (const b of blocks) {
    for (const ins of b.b_instr) {
      const k = argKind(ins.i_opcode);
      if (k === 'jrel' || k === 'jabs') {
        const t = byOffset.get(ins.i_oparg);
        if (t === undefined) throw new Error(`no block at ${ins.i_oparg}`);
        // The target must start its block; jump targets always do here.
        ins.i_target = t;
        ins.i_oparg = 0;
      }
    }
  }
  return {
    entry: blocks[0], consts: co.co_consts.slice(), names: co.co_names.slice(),
    varnames: co.co_varnames.slice(), cellvars: co.co_cellvars.slice(), freevars: co.co_freevars.slice(),
    argcount: co.co_argcount, posonlyargcount: 0, kwonlyargcount: co.co_kwonlyargcount,
    flags: co.co_flags, name: co.co_name, filename: co.co_filename, firstlineno: co.co_firstlineno,
  };
}

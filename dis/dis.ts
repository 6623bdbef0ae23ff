/**
 * The disassembler's text: exactly what `python3.7 -m dis FILE` prints — the module's code,
 * then each code object found in co_consts (recursively) after a blank line and a
 * "Disassembly of <code object …>:" header. CPython 3.7: Lib/dis.py (Instruction._disassemble,
 * _disassemble_bytes, _disassemble_recursive).
 */
import type { CodeObject } from '../vm/code.js';
import { CodeType } from '../vm/objects/object.js';
import { codeRepr } from '../vm/objects/codeobject.js';
import { constRepr, getInstructions, type Instruction, type ReprFn } from './instructions.js';

export { constRepr, getInstructions, findLabels, unpackOpargs, type Instruction, type ReprFn } from './instructions.js';

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;

/** Column widths of one disassembly listing. */
export interface Layout {
  /** Width of the line-number column; 0 leaves the column out. */
  linenoWidth: number;
  offsetWidth: number;
}

/**
 * CPython: Instruction._disassemble — one line: line number, current marker (`-->`), jump
 * target marker (`>>`), offset, opcode name, argument and `(argrepr)`.
 */
export function formatInstruction(ins: Instruction, layout: Layout = { linenoWidth: 3, offsetWidth: 4 },
  current = false): string {
  const fields: string[] = [];
  if (layout.linenoWidth) {
    fields.push(ins.starts_line !== null
      ? String(ins.starts_line).padStart(layout.linenoWidth)
      : ' '.repeat(layout.linenoWidth));
  }
  fields.push(current ? '-->' : '   ');
  fields.push(ins.is_jump_target ? '>>' : '  ');
  fields.push(String(ins.offset).padStart(layout.offsetWidth));
  fields.push(ins.opname.padEnd(OPNAME_WIDTH));
  if (ins.arg !== null) {
    fields.push(String(ins.arg).padStart(OPARG_WIDTH));
    if (ins.argrepr) fields.push('(' + ins.argrepr + ')');
  }
  return fields.join(' ').trimEnd();
}

/** The column widths 3.7 picks for a code object's listing. */
export function layoutFor(co: CodeObject, instrs: readonly Instruction[]): Layout {
  let maxLine = 0;
  for (const ins of instrs) if (ins.starts_line !== null && ins.starts_line > maxLine) maxLine = ins.starts_line;
  const maxOffset = co.co_code.length - 2;
  return {
    linenoWidth: maxLine >= 1000 ? String(maxLine).length : 3,
    offsetWidth: maxOffset >= 10000 ? String(maxOffset).length : 4,
  };
}

/**
 * CPython: dis.disassemble(co, lasti) — the listing of one code object, one line per
 * instruction and a blank line before each new source line; `lasti` gets the `-->` marker.
 */
export function disassemble(co: CodeObject, lasti = -1, reprFn: ReprFn = constRepr): string {
  const instrs = getInstructions(co, reprFn);
  const layout = layoutFor(co, instrs);
  const lines: string[] = [];
  for (const ins of instrs) {
    if (ins.starts_line !== null && ins.offset > 0) lines.push('');
    lines.push(formatInstruction(ins, layout, ins.offset === lasti));
  }
  return lines.join('\n') + '\n';
}

/** CPython: dis._disassemble_recursive — `python3.7 -m dis` output for a module's code. */
export function dis(co: CodeObject, reprFn: ReprFn = constRepr): string {
  let out = disassemble(co, -1, reprFn);
  for (const c of co.co_consts) {
    if (typeof c === 'object' && c.ob_type === CodeType) {
      const sub = c as CodeObject;
      out += '\n' + 'Disassembly of ' + codeRepr(sub) + ':\n' + dis(sub, reprFn);
    }
  }
  return out;
}

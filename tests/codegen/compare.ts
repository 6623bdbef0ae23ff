/**
 * Test helper: compares two CodeObjects field by field, recursing into nested code objects, and
 * describes the first difference with a side-by-side disassembly when co_code differs.
 */
import { CodeObject } from '../../vm/code.js';
import { EXTENDED_ARG, HAVE_ARGUMENT, OPNAME } from '../../vm/opcode.js';
import { constKey } from '../../compiler/codegen_const.js';
import type { PyValue } from '../../vm/objects/object.js';

/** One line per instruction: offset, name, argument. */
export function disasm(code: Uint8Array): string[] {
  const out: string[] = [];
  let ext = 0;
  for (let i = 0; i < code.length; i += 2) {
    const op = code[i];
    const arg = code[i + 1] | ext;
    ext = op === EXTENDED_ARG ? arg << 8 : 0;
    out.push(`${String(i).padStart(4)} ${OPNAME[op]}${op >= HAVE_ARGUMENT ? ' ' + arg : ''}`);
  }
  return out;
}

function hex(a: Uint8Array): string {
  return [...a].map(x => x.toString(16).padStart(2, '0')).join('');
}

function sideBySide(a: string[], b: string[]): string {
  const n = Math.max(a.length, b.length);
  const lines: string[] = ['  ours' + ' '.repeat(30) + '  cpython 3.7'];
  for (let i = 0; i < n; i++) {
    const x = a[i] ?? '', y = b[i] ?? '';
    lines.push(`${x === y ? ' ' : '!'} ${x.padEnd(34)}${y}`);
  }
  return lines.join('\n');
}

function describeConst(v: PyValue): string {
  return v instanceof CodeObject ? `<code ${v.co_name}>` : constKey(v);
}

/** Returns null when equal, else a readable description of the first difference. */
export function diffCode(ours: CodeObject, ref: CodeObject, path = ''): string | null {
  const where = path + ref.co_name;
  const scalar = ['co_name', 'co_argcount', 'co_kwonlyargcount', 'co_nlocals', 'co_flags', 'co_firstlineno'] as const;
  for (const f of scalar) {
    if (ours[f] !== ref[f]) return `${where}.${f}: ours ${ours[f]}, cpython ${ref[f]}`;
  }
  for (const f of ['co_names', 'co_varnames', 'co_freevars', 'co_cellvars'] as const) {
    if (JSON.stringify(ours[f]) !== JSON.stringify(ref[f])) {
      return `${where}.${f}: ours ${JSON.stringify(ours[f])}, cpython ${JSON.stringify(ref[f])}`;
    }
  }
  if (ours.co_consts.length !== ref.co_consts.length
      || ours.co_consts.some((c, i) => !(c instanceof CodeObject && ref.co_consts[i] instanceof CodeObject)
        && describeConst(c) !== describeConst(ref.co_consts[i]))) {
    return `${where}.co_consts: ours [${ours.co_consts.map(describeConst).join(', ')}], cpython [${ref.co_consts.map(describeConst).join(', ')}]`;
  }
  if (hex(ours.co_code) !== hex(ref.co_code)) {
    return `${where}.co_code differs:\n${sideBySide(disasm(ours.co_code), disasm(ref.co_code))}`;
  }
  if (hex(ours.co_lnotab) !== hex(ref.co_lnotab)) {
    return `${where}.co_lnotab: ours ${hex(ours.co_lnotab)}, cpython ${hex(ref.co_lnotab)}\n${disasm(ref.co_code).join('\n')}`;
  }
  if (ours.co_stacksize !== ref.co_stacksize) return `${where}.co_stacksize: ours ${ours.co_stacksize}, cpython ${ref.co_stacksize}`;
  for (let i = 0; i < ref.co_consts.length; i++) {
    const a = ours.co_consts[i], b = ref.co_consts[i];
    if (a instanceof CodeObject && b instanceof CodeObject) {
      const d = diffCode(a, b, where + '.');
      if (d !== null) return d;
    }
  }
  return null;
}

/**
 * Decoding wordcode into instruction records: CPython 3.7's dis.get_instructions,
 * _unpack_opargs and findlabels (Lib/dis.py). The argument's meaning is chosen by its kind
 * in the opcode table (vm/opcode.ts), one renderer per kind, so there is no second opcode
 * switch here. Tracing and the step-through view reuse these records.
 */
import { findLineStarts, type CodeObject } from '../vm/code.js';
import { argKind, CMP_OP, EXTENDED_ARG, HAVE_ARGUMENT, Op, OPNAME } from '../vm/opcode.js';
import { CodeType, type PyValue } from '../vm/objects/object.js';
import { repr } from '../vm/abstract.js';
import { codeRepr } from '../vm/objects/codeobject.js';

/** CPython: dis.Instruction. */
export interface Instruction {
  opname: string;
  opcode: number;
  /** Full argument (EXTENDED_ARG prefixes folded in), or null for opcodes without one. */
  arg: number | null;
  /**
   * The resolved argument: the constant, the name, the jump target offset, the comparison
   * operator; for FORMAT_VALUE and plain ints the number itself; null when `arg` is null.
   */
  argval: PyValue | null;
  argrepr: string;
  offset: number;
  starts_line: number | null;
  is_jump_target: boolean;
}

/** How constants are shown; the object protocol's repr unless a caller supplies another. */
export type ReprFn = (v: PyValue) => string;

/** Code objects print through their own repr; everything else through the object protocol. */
export function constRepr(v: PyValue): string {
  return typeof v === 'object' && v.ob_type === CodeType ? codeRepr(v as CodeObject) : repr(v);
}

/** CPython: dis._unpack_opargs — [offset, opcode, arg or null] per code unit. */
export function unpackOpargs(code: Uint8Array): [number, number, number | null][] {
  const out: [number, number, number | null][] = [];
  let ext = 0;
  for (let i = 0; i + 1 < code.length; i += 2) {
    const op = code[i];
    let arg: number | null = null;
    if (op >= HAVE_ARGUMENT) {
      arg = (code[i + 1] | ext) >>> 0;
      ext = op === EXTENDED_ARG ? (arg * 256) >>> 0 : 0;
    }
    out.push([i, op, arg]);
  }
  return out;
}

/** CPython: dis.findlabels — offsets some jump lands on. */
export function findLabels(code: Uint8Array): Set<number> {
  const labels = new Set<number>();
  for (const [offset, op, arg] of unpackOpargs(code)) {
    if (arg === null) continue;
    const k = argKind(op);
    if (k === 'jrel') labels.add(offset + 2 + arg);
    else if (k === 'jabs') labels.add(arg);
  }
  return labels;
}

const FORMAT_CONVERSIONS = ['', 'str', 'repr', 'ascii'] as const;

/** The argument's value and text, by argument kind (CPython: the body of _get_instructions_bytes). */
function resolveArg(co: CodeObject, cells: readonly string[], offset: number, op: number, arg: number,
  reprFn: ReprFn): [PyValue, string] {
  switch (argKind(op)) {
    case 'const': {
      const v = co.co_consts[arg];
      return [v, reprFn(v)];
    }
    case 'name': return nameInfo(co.co_names, arg);
    case 'local': return nameInfo(co.co_varnames, arg);
    case 'free': return nameInfo(cells, arg);
    case 'jrel': {
      const to = offset + 2 + arg;
      return [to, 'to ' + to];
    }
    case 'compare': {
      const s = CMP_OP[arg] ?? String(arg);
      return [s, s];
    }
    case 'jabs':
    case 'int':
    case 'none':
      if (op === Op.FORMAT_VALUE) return [arg, formatValueRepr(arg)];
      return [arg, ''];
  }
}

/** An index out of range shows as the bare number, as dis does for a missing table. */
function nameInfo(names: readonly string[], i: number): [PyValue, string] {
  const n = names[i];
  return n === undefined ? [i, String(i)] : [n, n];
}

function formatValueRepr(arg: number): string {
  let s: string = FORMAT_CONVERSIONS[arg & 0x3];
  if (arg & 0x4) s += (s ? ', ' : '') + 'with format';
  return s;
}

/** CPython: dis.get_instructions(co). */
export function getInstructions(co: CodeObject, reprFn: ReprFn = constRepr): Instruction[] {
  const cells = [...co.co_cellvars, ...co.co_freevars];
  const linestarts = new Map<number, number>(findLineStarts(co));
  const labels = findLabels(co.co_code);
  const out: Instruction[] = [];
  for (const [offset, op, arg] of unpackOpargs(co.co_code)) {
    let argval: PyValue | null = null;
    let argrepr = '';
    if (arg !== null) [argval, argrepr] = resolveArg(co, cells, offset, op, arg, reprFn);
    out.push({
      opname: OPNAME[op],
      opcode: op,
      arg,
      argval,
      argrepr,
      offset,
      starts_line: linestarts.get(offset) ?? null,
      is_jump_target: labels.has(offset),
    });
  }
  return out;
}

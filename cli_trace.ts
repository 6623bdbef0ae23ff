/**
 * `pyvm run --trace FILE`: before each instruction, one line with the running function, the dis
 * line of the instruction (dis/dis.ts's formatInstruction, so it reads like `pyvm dis`), the
 * value stack (bottom first) and the block stack, like Byterun's `-v` log. Built on the host
 * hook `onInstruction`; the lines go to stderr so the program's stdout stays clean.
 * Values are shown without running Python code (a user `__repr__` would itself be traced).
 */
import { formatInstruction, getInstructions, type Instruction } from './dis/dis.js';
import { CodeObject } from './vm/code.js';
import { EXCEPT_HANDLER, type Frame, type TryBlock } from './vm/frame.js';
import { OPNAME } from './vm/opcode.js';
import { PyDict } from './vm/objects/dict.js';
import { PySet } from './vm/objects/set.js';
import { PyException } from './vm/objects/exceptions.js';
import {
  None, PyFloat, PyInstance, PyList, PyTuple, PyType, TPFLAGS_HEAPTYPE, typeOf, type PyValue,
} from './vm/objects/object.js';
import { repr as pyRepr } from './vm/abstract.js';
import { floatRepr } from './vm/objects/float.js';
import type { TraceHooks } from './vm/trace.js';

/** Longest shown repr of one stack value; longer ones end in '...'. */
export const VALUE_WIDTH = 40;
/** Values shown from the top of the stack. */
const STACK_ITEMS = 6;
/** Items of a container shown before '...'. */
const CONTAINER_ITEMS = 6;

function clip(s: string, width: number): string {
  return s.length <= width ? s : s.slice(0, width - 3) + '...';
}

/** A repr computed without calling into Python: builtin values in full, user objects by class. */
export function traceRepr(v: PyValue | null | undefined, depth = 0): string {
  if (v === null || v === undefined) return 'NULL';
  switch (typeof v) {
    case 'number': case 'bigint': return String(v);
    case 'boolean': return v ? 'True' : 'False';
    case 'string': return pyRepr(clip(v, VALUE_WIDTH));
  }
  if (v === None) return 'None';
  if (v instanceof PyFloat) return floatRepr(v.value);
  const t = typeOf(v);
  if (depth > 1 && (v instanceof PyList || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet)) return '[...]';
  if (v instanceof PyTuple && t.name === 'tuple') return seq('(', v.items, v.items.length === 1 ? ',)' : ')', depth);
  if (v instanceof PyList && t.name === 'list') return seq('[', v.items, ']', depth);
  if (v instanceof PyDict && t.name === 'dict') {
    const parts: string[] = [];
    const entries = v.entriesArray();
    for (const [k, x] of entries.slice(0, CONTAINER_ITEMS)) parts.push(`${traceRepr(k, depth + 1)}: ${traceRepr(x, depth + 1)}`);
    if (entries.length > CONTAINER_ITEMS) parts.push('...');
    return `{${parts.join(', ')}}`;
  }
  if (v instanceof PyException) return `${t.name}(...)`;
  if (v instanceof CodeObject) return `<code object ${v.co_name}>`;
  if (v instanceof PyType) return `<class '${v.name}'>`;
  if (v instanceof PyInstance || (t.flags & TPFLAGS_HEAPTYPE) !== 0) return `<${t.name} object>`;
  try {
    // Addresses are noise in a trace (and differ between runs of different programs).
    return pyRepr(v).replace(/ at 0x[0-9a-f]+/, '');
  } catch {
    return `<${t.name} object>`;
  }
}

function seq(open: string, items: readonly PyValue[], close: string, depth: number): string {
  const parts = items.slice(0, CONTAINER_ITEMS).map((x) => traceRepr(x, depth + 1));
  if (items.length > CONTAINER_ITEMS) parts.push('...');
  return open + parts.join(', ') + close;
}

/**
 * A block as `SETUP_LOOP(handler=40, level=0)`, the level counted from the bottom of the value
 * stack as CPython's b_level is (pyvm's frames keep locals and stack in one array starting at
 * `base`); EXCEPT_HANDLER has no opcode of its own.
 */
export function blockRepr(b: TryBlock, base = 0): string {
  const name = b.b_type === EXCEPT_HANDLER ? 'EXCEPT_HANDLER' : OPNAME[b.b_type] ?? String(b.b_type);
  return `${name}(handler=${b.b_handler}, level=${b.b_level - base})`;
}

/** The dis lines of each code object, by offset, made on first use. */
const disCache = new WeakMap<CodeObject, Map<number, string>>();

function disLine(code: CodeObject, offset: number): string {
  let lines = disCache.get(code);
  if (lines === undefined) {
    lines = new Map();
    const instrs: Instruction[] = getInstructions(code, (v) => clip(traceRepr(v), VALUE_WIDTH));
    for (const ins of instrs) lines.set(ins.offset, formatInstruction(ins));
    disCache.set(code, lines);
  }
  return lines.get(offset) ?? `${offset} ?`;
}

/** One trace line: `<function> | <dis line> | stack: [...] | blocks: [...]`. */
export function traceLine(frame: Frame, offset: number, stack: readonly PyValue[], blocks: readonly TryBlock[]): string {
  // The top of the stack is what the instruction works on; deeper values are elided.
  const shown = stack.length > STACK_ITEMS ? stack.slice(stack.length - STACK_ITEMS) : stack;
  const values = shown.map((v) => clip(traceRepr(v), VALUE_WIDTH));
  if (shown.length < stack.length) values.unshift(`...${stack.length - shown.length} more`);
  return `${frame.f_code.co_name.padEnd(12)} ${disLine(frame.f_code, offset).padEnd(56)} `
    + `stack=[${values.join(', ')}] blocks=[${blocks.map((b) => blockRepr(b, frame.stackBase)).join(', ')}]\n`;
}

/** Hooks that write a trace line before each instruction. */
export function traceHooks(write: (line: string) => void): TraceHooks {
  return {
    onInstruction(frame, offset, _opname, stack, blocks) {
      write(traceLine(frame, offset, stack, blocks));
    },
  };
}

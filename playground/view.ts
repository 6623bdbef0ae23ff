/**
 * Draws the machine: the dis listing of the running code object with `-->` at the next
 * instruction, the frame stack (innermost first) with each frame's locals, value stack and
 * block stack, and generator frames that are suspended rather than gone.
 */
import { getInstructions, formatInstruction, layoutFor } from '../dis/dis.js';
import type { CodeObject } from '../vm/code.js';
import { FRAME_SUSPENDED, Frame, type TryBlock } from '../vm/frame.js';
import { PyGenerator } from '../vm/generator.js';
import { PyDict } from '../vm/objects/dict.js';
import { PyCell, type PyValue } from '../vm/objects/object.js';
import { Op, OPNAME } from '../vm/opcode.js';
import { show } from './values.js';

const BLOCK_NAMES: Record<number, string> = {
  [Op.SETUP_LOOP]: 'SETUP_LOOP', [Op.SETUP_EXCEPT]: 'SETUP_EXCEPT', [Op.SETUP_FINALLY]: 'SETUP_FINALLY',
  257: 'EXCEPT_HANDLER',
};

function el(tag: string, cls: string | null, text?: string): HTMLElement {
  const e = document.createElement(tag);
  if (cls !== null) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The listing of `code` with the next instruction (`pc`) marked, as dis.disassemble(co, lasti) marks it. */
export function renderDis(target: HTMLElement, code: CodeObject | null, pc: number): void {
  target.replaceChildren();
  if (code === null) return;
  const instrs = getInstructions(code);
  const layout = layoutFor(code, instrs);
  target.append(el('div', 'dis-title', `Disassembly of ${code.co_name} (${code.co_filename}, line ${code.co_firstlineno})`));
  for (const ins of instrs) {
    if (ins.starts_line !== null && ins.offset > 0) target.append(el('div', 'dis-gap', ' '));
    const row = el('div', ins.offset === pc ? 'dis-line current' : 'dis-line', formatInstruction(ins, layout, ins.offset === pc));
    row.dataset.offset = String(ins.offset);
    target.append(row);
  }
  const cur = target.querySelector('.current');
  if (cur !== null) (cur as HTMLElement).scrollIntoView({ block: 'nearest' });
}

/** The value stack of a frame, bottom first. */
export function valueStack(f: Frame): PyValue[] {
  const out: PyValue[] = [];
  for (let i = f.stackBase; i < f.sp; i++) {
    const v = f.localsplus[i];
    if (v !== null && v !== undefined) out.push(v);
  }
  return out;
}

function blockText(b: TryBlock): string {
  return `${BLOCK_NAMES[b.b_type] ?? OPNAME[b.b_type] ?? b.b_type} handler=${b.b_handler} level=${b.b_level}`;
}

function locals(f: Frame): [string, PyValue | null][] {
  const co = f.f_code;
  const out: [string, PyValue | null][] = [];
  if (f.f_locals instanceof PyDict && co.co_varnames.length === 0) {
    for (const [k, v] of f.f_locals.entriesArray()) {
      if (typeof k === 'string' && !k.startsWith('__')) out.push([k, v]);
    }
    return out;
  }
  co.co_varnames.forEach((name, i) => out.push([name, f.localsplus[i] ?? null]));
  const cells = [...co.co_cellvars, ...co.co_freevars];
  cells.forEach((name, i) => {
    const c = f.localsplus[co.co_nlocals + i];
    out.push([name, c instanceof PyCell ? c.ob_ref : null]);
  });
  return out;
}

function stackBox(title: string, cls: string, items: string[]): HTMLElement {
  const box = el('div', 'stack ' + cls);
  box.append(el('div', 'stack-title', title));
  const list = el('ol', 'stack-items');
  // Top of stack first, as a stack is drawn.
  for (let i = items.length - 1; i >= 0; i--) list.append(el('li', null, items[i]));
  if (items.length === 0) list.append(el('li', 'empty', '(empty)'));
  box.append(list);
  return box;
}

function frameCard(f: Frame, running: boolean, suspended: boolean): HTMLElement {
  const card = el('div', 'frame' + (running ? ' running' : '') + (suspended ? ' suspended' : ''));
  const pc = f.pc;
  const line = f.f_code.addr2line(Math.max(pc, 0));
  const what = suspended ? 'suspended' : running ? 'running' : 'waiting';
  card.append(el('div', 'frame-title', `${f.f_code.co_name}  line ${line}  f_lasti=${f.f_lasti}  (${what})`));
  const vars = el('table', 'locals');
  for (const [k, v] of locals(f)) {
    const tr = el('tr', null);
    tr.append(el('td', 'name', k), el('td', 'value', v === null ? '<unbound>' : show(v)));
    vars.append(tr);
  }
  card.append(vars);
  const stacks = el('div', 'stacks');
  stacks.append(
    stackBox('data stack', 'data', valueStack(f).map((v) => show(v, 40))),
    stackBox('block stack', 'blocks', f.f_blockstack.map(blockText)),
  );
  card.append(stacks);
  return card;
}

/** Generator frames reachable from the visible frames' locals and stacks, suspended at a yield. */
function suspendedFrames(frames: Frame[]): Frame[] {
  const found: Frame[] = [];
  const seen = new Set<Frame>(frames);
  const consider = (v: PyValue | null | undefined): void => {
    if (v instanceof PyGenerator && v.gi_frame !== null && v.gi_frame.f_state === FRAME_SUSPENDED && !seen.has(v.gi_frame)) {
      seen.add(v.gi_frame);
      found.push(v.gi_frame);
    }
  };
  const scan = (f: Frame): void => {
    for (const v of f.localsplus) consider(v);
    if (f.f_locals instanceof PyDict) for (const v of f.f_locals.valuesArray()) consider(v);
  };
  for (const f of frames) scan(f);
  // A suspended generator can hold another (squares(numbers(5))): follow them too.
  for (let i = 0; i < found.length; i++) scan(found[i]);
  return found;
}

/** Frames from the running one out to the module frame. */
export function frameChain(top: Frame | null): Frame[] {
  const out: Frame[] = [];
  for (let f = top; f !== null; f = f.f_back) out.push(f);
  return out;
}

export function renderFrames(target: HTMLElement, top: Frame | null): void {
  target.replaceChildren();
  const chain = frameChain(top);
  chain.forEach((f, i) => target.append(frameCard(f, i === 0, false)));
  const gens = suspendedFrames(chain);
  if (gens.length > 0) {
    target.append(el('div', 'section', 'Suspended generator frames'));
    for (const g of gens) target.append(frameCard(g, false, true));
  }
}

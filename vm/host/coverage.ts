/**
 * Coverage measurement on the host hooks: executed lines, arcs as coverage.py records them
 * (pairs of consecutive lines in a frame; entering a code object is `-co_firstlineno`, a real
 * return `-co_firstlineno` as the arc's end), and which way each conditional jump went (from
 * onBranch). Statement lines are the line starts of co_lnotab in every code object of a file.
 * Counterpart: coverage.py's PyTracer (coverage/pytracer.py) and its arc/branch data.
 */
import type { CodeObject } from '../code.js';
import { findLineStarts } from '../code.js';
import { Op } from '../opcode.js';
import type { Frame } from '../frame.js';
import type { TraceHooks } from '../trace.js';

/** One conditional jump: where it is, and the line each direction leads to. */
export interface BranchPoint {
  /** `firstlineno:name:offset`, unique within a file for all practical code. */
  key: string;
  line: number;
  /** Line of the instruction run when the jump is taken / when it falls through. */
  takenLine: number;
  fallLine: number;
}

/** Everything measured for one source file (the JSON data file holds one per file). */
export interface FileCoverage {
  /** Lines with code (line starts of every code object), ascending. */
  statements: number[];
  executed: number[];
  /** coverage.py's arcs, [from, to], sorted. */
  arcs: [number, number][];
  branches: BranchPoint[];
  /** Per branch key, the directions seen: [taken, fell through]. */
  taken: Record<string, [boolean, boolean]>;
}

export interface CoverageData {
  version: 1;
  files: Record<string, FileCoverage>;
}

function branchKey(code: CodeObject, offset: number): string {
  return `${code.co_firstlineno}:${code.co_name}:${offset}`;
}

const CONDITIONAL = new Set<number>([
  Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP, Op.FOR_ITER,
]);

/** The code objects of a module, itself first, then nested ones depth first (co_consts order). */
export function allCodeObjects(code: CodeObject, out: CodeObject[] = []): CodeObject[] {
  out.push(code);
  for (const c of code.co_consts) {
    if (c !== null && typeof c === 'object' && 'co_code' in c && 'co_consts' in c) allCodeObjects(c as CodeObject, out);
  }
  return out;
}

/** Statement lines and conditional jumps of a module's code (all nested code objects). */
export function analyzeModule(code: CodeObject): { statements: number[]; branches: BranchPoint[] } {
  const lines = new Set<number>();
  const branches: BranchPoint[] = [];
  for (const co of allCodeObjects(code)) {
    for (const [, line] of findLineStarts(co)) lines.add(line);
    const bytes = co.co_code;
    let ext = 0;
    for (let pc = 0; pc < bytes.length; pc += 2) {
      const op = bytes[pc], arg = bytes[pc + 1] | ext;
      ext = op === Op.EXTENDED_ARG ? arg << 8 : 0;
      if (!CONDITIONAL.has(op)) continue;
      const target = op === Op.FOR_ITER ? pc + 2 + arg : arg;
      branches.push({
        key: branchKey(co, pc), line: co.addr2line(pc), takenLine: co.addr2line(target), fallLine: co.addr2line(pc + 2),
      });
    }
  }
  return { statements: [...lines].sort((a, b) => a - b), branches };
}

/** What is being measured in one file while the program runs. */
class FileRecord {
  readonly executed = new Set<number>();
  readonly arcs = new Set<string>();
  readonly taken = new Map<string, [boolean, boolean]>();
  statements: number[] = [];
  branches: BranchPoint[] = [];
}

/** Collects coverage through host hooks; `include` decides which files are measured. */
export class CoverageCollector {
  private readonly files = new Map<string, FileRecord>();
  /** Per active frame (innermost last): its file's record and the last line it ran. */
  private readonly stack: { rec: FileRecord | null; last: number }[] = [];
  private cur: { rec: FileRecord | null; last: number } = { rec: null, last: 0 };

  constructor(private readonly include: (filename: string) => boolean) {}

  private recordFor(code: CodeObject): FileRecord | null {
    const name = code.co_filename;
    let rec = this.files.get(name);
    if (rec === undefined) {
      if (!this.include(name)) return null;
      rec = new FileRecord();
      this.files.set(name, rec);
    }
    // A module's code object covers the whole file: analyse it when it first runs.
    if (code.co_name === '<module>' && rec.statements.length === 0) {
      const a = analyzeModule(code);
      rec.statements = a.statements;
      rec.branches = a.branches;
    }
    return rec;
  }

  /** The hooks to install (VirtualMachine option or setHooks). */
  hooks(): TraceHooks {
    return {
      onCall: (f: Frame) => {
        this.stack.push(this.cur);
        const rec = this.recordFor(f.f_code);
        // coverage.py: a resumed generator continues from its line; a new frame enters at -firstlineno.
        const resumed = f.f_lasti >= 0;
        this.cur = { rec, last: resumed ? f.f_code.addr2line(f.f_lasti) : -f.f_code.co_firstlineno };
      },
      onLine: (_f: Frame, lineno: number) => {
        const c = this.cur;
        if (c.rec === null) return;
        c.rec.executed.add(lineno);
        c.rec.arcs.add(`${c.last},${lineno}`);
        c.last = lineno;
      },
      onReturn: (f: Frame) => {
        const c = this.cur;
        if (c.rec !== null && !isYield(f)) c.rec.arcs.add(`${c.last},${-f.f_code.co_firstlineno}`);
        this.cur = this.stack.pop() ?? { rec: null, last: 0 };
      },
      onBranch: (code: CodeObject, offset: number, taken: boolean) => {
        const rec = this.files.get(code.co_filename);
        if (rec === undefined) return;
        const key = branchKey(code, offset);
        let seen = rec.taken.get(key);
        if (seen === undefined) rec.taken.set(key, seen = [false, false]);
        seen[taken ? 0 : 1] = true;
      },
    };
  }

  /** The measurements, ready for JSON. */
  data(): CoverageData {
    const files: Record<string, FileCoverage> = {};
    for (const [name, rec] of this.files) {
      const arcs = [...rec.arcs].map((s) => s.split(',').map(Number) as [number, number]);
      arcs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      files[name] = {
        statements: rec.statements,
        executed: [...rec.executed].sort((a, b) => a - b),
        arcs,
        branches: rec.branches,
        taken: Object.fromEntries(rec.taken),
      };
    }
    return { version: 1, files };
  }
}

/** A `return` event that is really a yield (the frame will be resumed). */
function isYield(f: Frame): boolean {
  const code = f.f_code.co_code, i = f.f_lasti;
  if (i < 0 || i >= code.length) return false;
  // 3.7 leaves f_lasti on YIELD_VALUE, or just before YIELD_FROM (re-executed on resumption).
  return code[i] === Op.YIELD_VALUE || code[i] === Op.YIELD_FROM || code[i + 2] === Op.YIELD_FROM;
}

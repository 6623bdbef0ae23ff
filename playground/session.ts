/**
 * One program being watched: compile, step with vm/execution.ts, collect output, answer
 * input() from the page, and step back. Stepping back replays: the VM is deterministic, so a
 * fresh run of the same source with the same input lines, stopped one instruction earlier,
 * reaches exactly the previous state.
 */
import { compile } from '../compiler/compile.js';
import { CompileError, formatCompileError } from '../compiler/errors.js';
import { installCompiler } from '../vm/interp.js';
import { setSinks } from '../vm/io.js';
import { Execution, type PauseState, type StepMode } from '../vm/execution.js';
import type { CodeObject } from '../vm/code.js';

export const FILENAME = 'main.py';

export interface Snapshot {
  state: PauseState;
  stdout: string;
  stderr: string;
}

/** Asks the page for an input() line (null = end of input). */
export type InputProvider = (prompt: string) => string | null;

export class Session {
  code: CodeObject | null = null;
  compileError: string | null = null;
  stdout = '';
  stderr = '';
  private exec: Execution | null = null;
  /** Every line input() received, so a replay answers the same. */
  private inputs: string[] = [];
  private replaying: string[] | null = null;
  readonly breakpoints = new Set<number>();

  constructor(readonly source: string, private readonly ask: InputProvider, readonly maxSteps: number) {
    installCompiler(compile);
    try {
      this.code = compile(source, FILENAME, 'exec');
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
      this.compileError = formatCompileError(e);
    }
    this.restart([]);
  }

  get state(): PauseState | null {
    return this.exec === null ? null : this.exec.state;
  }

  private restart(inputs: string[]): void {
    this.stdout = this.compileError ?? '';
    this.stderr = '';
    this.inputs = [];
    this.replaying = inputs.slice();
    if (this.code === null) {
      this.exec = null;
      return;
    }
    this.installSinks();
    this.exec = new Execution(this.code, { filename: FILENAME, source: this.source, argv: [FILENAME], maxSteps: this.maxSteps });
    for (const line of this.breakpoints) this.exec.addBreakpoint(FILENAME, line);
  }

  private installSinks(): void {
    setSinks({
      stdout: (t) => { this.stdout += t; },
      stderr: (t) => { this.stderr += t; },
      stdin: () => {
        const replay = this.replaying;
        const line = replay !== null && replay.length > 0 ? replay.shift()! : this.ask(lastLine(this.stdout));
        if (line !== null) this.inputs.push(line);
        return line === null ? null : line + '\n';
      },
    });
  }

  toggleBreakpoint(line: number): void {
    if (this.breakpoints.has(line)) {
      this.breakpoints.delete(line);
      this.exec?.removeBreakpoint(FILENAME, line);
    } else {
      this.breakpoints.add(line);
      this.exec?.addBreakpoint(FILENAME, line);
    }
  }

  step(mode: StepMode, count = 1): void {
    if (this.exec === null) return;
    this.installSinks();
    this.exec.step(mode, count);
  }

  /** Runs up to `chunk` instructions (the page keeps calling while running, so it stays responsive). */
  runChunk(chunk: number): boolean {
    if (this.exec === null) return false;
    this.installSinks();
    const before = this.exec.state.steps;
    const s = this.exec.runFor(chunk);
    if (s.status === 'finished') return false;
    // runFor stops early only at a breakpoint.
    return s.steps - before >= chunk;
  }

  back(): void {
    const s = this.state;
    if (s === null || s.steps === 0) return;
    const target = s.status === 'finished' ? s.steps - 1 : s.steps - 1;
    const inputs = this.inputs.slice();
    const bps = [...this.breakpoints];
    this.breakpoints.clear();
    this.restart(inputs);
    if (target > 0) this.exec!.runFor(target);
    for (const b of bps) this.toggleBreakpoint(b);
  }

  reset(): void {
    this.restart([]);
  }
}

function lastLine(text: string): string {
  const i = text.lastIndexOf('\n');
  return i < 0 ? text : text.slice(i + 1);
}

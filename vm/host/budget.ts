/**
 * The step budget and wall-clock limit of a VirtualMachine's run/exec/eval: a StepWatcher that
 * counts instructions and raises KeyboardInterrupt (not caught by `except Exception`, and raised
 * again before every further instruction, so no handler can keep the program going) once either
 * limit is passed. The same rule and messages as a stepping Execution (vm/execution.ts).
 * CPython has no counterpart (the nearest is a SIGINT arriving through the eval breaker).
 */
import { Exc, newException } from '../objects/exceptions.js';
import type { Frame } from '../frame.js';
import type { StepWatcher } from '../trace.js';

export class Budget implements StepWatcher {
  /** Never pauses, so no nesting level is special. */
  rootNesting = -1;
  steps = 0;
  private deadline = Infinity;
  private timedOut = false;

  constructor(readonly maxSteps: number, readonly timeout: number) {}

  /** Starts counting afresh (each run/exec/eval call has the whole budget). */
  start(): void {
    this.steps = 0;
    this.timedOut = false;
    this.deadline = this.timeout === Infinity ? Infinity : Date.now() + this.timeout;
  }

  countStep(): void {
    const n = ++this.steps;
    if (n > this.maxSteps) {
      throw newException(Exc.KeyboardInterrupt, `step budget of ${this.maxSteps} instructions exhausted`);
    }
    if ((n & 1023) === 0 && this.deadline !== Infinity && Date.now() > this.deadline) this.timedOut = true;
    if (this.timedOut) throw newException(Exc.KeyboardInterrupt, `timeout of ${this.timeout} ms exceeded`);
  }

  wantsPause(_f: Frame, _pc: number, _isLine: boolean, _pausable: boolean): boolean {
    return false;
  }
}

/**
 * Generators resumed by FOR_ITER inside the dispatch loop: instead of a nested evalFrame (a JS
 * call per resumption), the generator's frame is pushed onto the running frame chain like a
 * call. Its yield pops back to the loop with the value, its return ends the loop at the exit
 * target FOR_ITER would jump to, and an exception leaving it is finished here (PEP 479). Frames
 * resumed this way carry that target in f_resumeExit (-1 otherwise). A host stepping through
 * the program therefore sees, and can pause in, the generator's own instructions.
 * CPython: gen_send_ex (Objects/genobject.c), which CPython 3.11 likewise inlines for FOR_ITER
 * of generators (FOR_ITER_GEN in 3.12).
 */
import { None, isSubtype, type PyValue } from './objects/object.js';
import { Exc, PyException, newException } from './objects/exceptions.js';
import { ExcStackItem, FRAME_COMPLETED, FRAME_CREATED, FRAME_EXECUTING, tstate, type Frame } from './frame.js';
import { PyGenerator, setGenReturn } from './generator.js';
import { recursionError } from './ceval_helpers.js';
import { traceCall } from './trace_events.js';

/**
 * Makes `gen`'s frame the running frame above `caller`, to run until its next yield; null when
 * the generator is already finished (genReturn is then None). `exitPc` is where the caller's
 * FOR_ITER jumps when the generator returns.
 */
export function genResume(gen: PyGenerator, caller: Frame, exitPc: number): Frame | null {
  if (gen.gi_running) throw newException(Exc.ValueError, 'generator already executing');
  const f = gen.gi_frame;
  if (f === null || f.f_state === FRAME_COMPLETED) {
    setGenReturn(None);
    return null;
  }
  const ts = tstate;
  if (ts.depth >= ts.recursionLimit) throw recursionError();
  if (f.f_state !== FRAME_CREATED) f.localsplus[f.sp++] = None;
  gen.gi_running = true;
  gen.exc_state.previous = ts.exc_info;
  ts.exc_info = gen.exc_state;
  const d = ++ts.depth, fs = ts.frames;
  f.f_back = caller;
  if (fs[d] !== f) fs[d] = f;
  f.f_state = FRAME_EXECUTING;
  // As evalFrame: the line-event window starts afresh on every resumption.
  f.instr_lb = 0;
  f.instr_ub = -1;
  f.instr_prev = -1;
  f.f_resumeExit = exitPc;
  if (ts.tracing) {
    const err = traceCall(f);
    if (err !== null) {
      // The trace function refused the frame: it ends there, as genSend's error path.
      f.f_state = FRAME_COMPLETED;
      ts.depth--;
      ts.frame = caller;
      genLeave(f);
      gen.gi_frame = null;
      throw err;
    }
  }
  return f;
}

/** Hands the thread back from a generator frame that suspended or ended (genSend's finally). */
export function genLeave(f: Frame): void {
  const gen = f.f_gen as PyGenerator;
  gen.gi_running = false;
  tstate.exc_info = gen.exc_state.previous as ExcStackItem;
  gen.exc_state.previous = null;
  f.f_resumeExit = -1;
}

/** The generator returned `retval`: it is finished (StopIteration.value is retval). */
export function genFinish(f: Frame, retval: PyValue): void {
  genLeave(f);
  (f.f_gen as PyGenerator).gi_frame = null;
  setGenReturn(retval);
}

/**
 * `exc` leaves the generator frame `f`: the generator is finished, and a StopIteration becomes
 * RuntimeError (PEP 479). Returns the exception to go on unwinding the caller with.
 */
export function genRaised(f: Frame, exc: PyException): PyException {
  genFinish(f, None);
  if (!isSubtype(exc.ob_type, Exc.StopIteration)) return exc;
  const err = newException(Exc.RuntimeError, 'generator raised StopIteration');
  err.cause = exc;
  err.context = exc;
  err.suppressContext = true;
  return err;
}

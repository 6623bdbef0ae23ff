/**
 * Generators and coroutines over suspended frames: the object owns its frame; `send` pushes the
 * sent value and re-enters the loop with that frame as the entry, which returns at the next
 * YIELD_VALUE (frame left SUSPENDED) or at the end (COMPLETED). Also `yield from`/`await`
 * delegation, throw/close, PEP 479, and the await/async-for/async-with lookups.
 * CPython: Objects/genobject.c, the YIELD_FROM/GET_AWAITABLE/GET_AITER/GET_ANEXT bodies of ceval.c.
 */
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_ITERABLE_COROUTINE, type CodeObject } from './code.js';
import {
  None, ObjectType, PyIterator, PyMethod, PyMethodDescr, PyTuple, PyType, defGetSet, defMethod, isSubtype,
  lookupType, typeOf, type PyValue,
} from './objects/object.js';
import { PyException, Exc, newException, newExceptionArgs, isExceptionType, stopIterationValue } from './objects/exceptions.js';
import { hexId } from './objects/id.js';
import { checkArgCount } from './objects/native_args.js';
import type { PyFunction } from './objects/function.js';
import { getIter } from './abstract.js';
import { callObject, callUnbound } from './call.js';
import { ExcStackItem, FRAME_COMPLETED, FRAME_CREATED, FRAME_SUSPENDED, tstate, type Frame } from './frame.js';
import { evalFrame, evalTranslated } from './ceval.js';
import { PyTraceback } from './traceback.js';
import { PyAwaitIter } from './objects/awaititer.js';
import { PyAsyncGen } from './objects/asyncgen.js';

export const GeneratorType = new PyType('generator', ObjectType, 0);
export const CoroutineType = new PyType('coroutine', ObjectType, 0);
export const CoroutineWrapperType = new PyType('coroutine_wrapper', ObjectType, 0);

/**
 * What genSend/genThrow resume: a generator, a coroutine or an async generator (the last is no
 * PyIterator, so it lives in its own class, vm/objects/asyncgen.ts).
 */
export interface Resumable {
  gi_frame: Frame | null;
  gi_running: boolean;
  exc_state: ExcStackItem;
  /** 'generator', 'coroutine' or 'async generator': the word used in error messages. */
  readonly kind: string;
}

/** A generator or coroutine (CPython: PyGenObject / PyCoroObject). */
export class PyGenerator extends PyIterator implements Resumable {
  gi_frame: Frame | null;
  /** Kept after the frame is gone: gi_code outlives the run (CPython 3.11). */
  readonly gi_code: CodeObject;
  gi_running: boolean;
  name: string;
  qualname: string;
  /** The exception being handled inside the generator (CPython: gi_exc_state). */
  exc_state: ExcStackItem;
  /** What the generator is delegating to while suspended in YIELD_FROM, else null. */
  readonly isCoroutine: boolean;
  readonly kind: string;
  /**
   * Only a `for` loop's value stack holds it: it went from the call that created it straight
   * into GET_ITER. Leaving the loop early then finalizes it (vm/unwind.ts closeTransient).
   */
  gi_transient: boolean;

  constructor(frame: Frame, name: string, qualname: string, type: PyType) {
    super(type);
    this.gi_frame = frame;
    this.gi_code = frame.f_code;
    this.gi_running = false;
    this.name = name;
    this.qualname = qualname;
    this.exc_state = new ExcStackItem(null);
    this.isCoroutine = type === CoroutineType;
    this.kind = this.isCoroutine ? 'coroutine' : 'generator';
    this.gi_transient = false;
  }

  next(): PyValue | null {
    return genSend(this, None);
  }
}

/** Creates the generator (or coroutine) object for a call of a generator function. */
export function makeGenerator(frame: Frame, func: PyFunction): PyValue {
  const flags = frame.f_code.co_flags;
  const gen = flags & CO_ASYNC_GENERATOR
    ? new PyAsyncGen(frame, func.func_name, func.func_qualname)
    : new PyGenerator(frame, func.func_name, func.func_qualname, flags & CO_COROUTINE ? CoroutineType : GeneratorType);
  frame.f_gen = gen;
  // The generator owns its frame: never parked for reuse.
  frame.f_pool = null;
  return gen;
}

/** The value the last generator that finished returned (StopIteration.value). */
export let genReturn: PyValue = None;

/** For native awaitables finishing with a result (see PyAwaitIter). */
export function setGenReturn(v: PyValue): void {
  genReturn = v;
}

function kindName(gen: Resumable): string {
  return gen.kind;
}

/**
 * CPython: gen_send_ex. Resumes `gen` with `value` (or raises `exc` at its suspension point);
 * returns the yielded value, or null when the generator finished (return value in genReturn).
 */
export function genSend(gen: Resumable, value: PyValue, exc: PyException | null = null): PyValue | null {
  const f = gen.gi_frame;
  if (gen.gi_running) throw newException(Exc.ValueError, `${kindName(gen)} already executing`);
  if (f === null || f.f_state === FRAME_COMPLETED) {
    if (gen.kind === 'coroutine' && exc === null) throw newException(Exc.RuntimeError, 'cannot reuse already awaited coroutine');
    if (exc !== null) throw exc;
    genReturn = None;
    return null;
  }
  if (f.f_state === FRAME_CREATED) {
    if (value !== None && exc === null) {
      throw newException(Exc.TypeError, `can't send non-None value to a just-started ${kindName(gen)}`);
    }
  } else if (exc === null) {
    f.localsplus[f.sp++] = value;
  }
  const ts = tstate;
  gen.gi_running = true;
  gen.exc_state.previous = ts.exc_info;
  ts.exc_info = gen.exc_state;
  let result: PyValue;
  try {
    result = exc === null && f.f_code.co_jit !== null && !ts.tracing ? evalTranslated(f) : evalFrame(f, exc);
  } catch (e) {
    gen.gi_frame = null;
    if (e instanceof PyException && (isSubtype(e.ob_type, Exc.StopIteration) ||
        (gen.kind === 'async generator' && isSubtype(e.ob_type, Exc.StopAsyncIteration)))) {
      // PEP 479 (and PEP 525 for StopAsyncIteration in an async generator).
      const what = isSubtype(e.ob_type, Exc.StopIteration) ? 'StopIteration' : 'StopAsyncIteration';
      const err = newException(Exc.RuntimeError, `${kindName(gen)} raised ${what}`);
      err.cause = e;
      err.context = e;
      err.suppressContext = true;
      throw err;
    }
    throw e;
  } finally {
    gen.gi_running = false;
    ts.exc_info = gen.exc_state.previous as ExcStackItem;
    gen.exc_state.previous = null;
  }
  if (f.f_state === FRAME_SUSPENDED) return result;
  gen.gi_frame = null;
  genReturn = result;
  return null;
}

/** What a suspended generator delegates to (CPython: _PyGen_yf), or null. */
export function yieldingFrom(gen: Resumable): PyValue | null {
  const f = gen.gi_frame;
  if (f === null || f.f_state !== FRAME_SUSPENDED) return null;
  if (f.f_code.co_code[f.pc] !== 72 /* YIELD_FROM */) return null;
  return f.localsplus[f.sp - 1];
}

/** Set by yieldFromStep: true when the delegate finished (the result is its return value). */
export let delegateDone = false;

/** delegateDone, for code that holds this module's functions but not its live bindings (vm/jit.ts). */
export function isDelegateDone(): boolean {
  return delegateDone;
}

/** One step of YIELD_FROM: send `v` to `receiver`; the value to yield, or the final result. */
export function yieldFromStep(receiver: PyValue, v: PyValue): PyValue {
  let r: PyValue | null;
  if (receiver instanceof PyGenerator || receiver instanceof PyAwaitIter) {
    r = receiver instanceof PyGenerator ? genSend(receiver, v) : receiver.send(v);
    if (r === null) {
      delegateDone = true;
      return genReturn;
    }
    delegateDone = false;
    return r;
  }
  try {
    if (v === None && receiver instanceof PyIterator) {
      r = receiver.next();
      if (r === null) {
        delegateDone = true;
        return None;
      }
    } else if (v === None) {
      const next = lookupType(typeOf(receiver), '__next__');
      if (next === undefined) throw newException(Exc.TypeError, `'${typeOf(receiver).name}' object is not an iterator`);
      r = callUnbound(next, receiver, [], null);
    } else {
      const send = lookupType(typeOf(receiver), 'send');
      if (send === undefined) throw newException(Exc.AttributeError, `'${typeOf(receiver).name}' object has no attribute 'send'`);
      r = callUnbound(send, receiver, [v], null);
    }
  } catch (e) {
    if (e instanceof PyException && isSubtype(e.ob_type, Exc.StopIteration)) {
      delegateDone = true;
      return stopIterationValue(e);
    }
    throw e;
  }
  delegateDone = false;
  return r;
}

/** Builds the exception for gen.throw(typ[, val[, tb]]) (CPython: _gen_throw's normalisation). */
export function throwArgs(args: PyValue[]): PyException {
  checkArgCount('throw', args, 1, 3);
  const typ = args[0], val = args.length > 1 ? args[1] : None, tb = args.length > 2 ? args[2] : None;
  if (tb !== None && !(tb instanceof PyTraceback)) {
    throw newException(Exc.TypeError, 'throw() third argument must be a traceback object');
  }
  let exc: PyException;
  if (typ instanceof PyException) {
    if (val !== None) throw newException(Exc.TypeError, 'instance exception may not have a separate value');
    exc = typ;
  } else if (isExceptionType(typ)) {
    if (val instanceof PyException && isSubtype(val.ob_type, typ)) exc = val;
    else {
      const a = val === None ? [] : val instanceof PyTuple ? val.items : [val];
      const made = callObject(typ, a, null);
      if (!(made instanceof PyException)) throw newException(Exc.TypeError, 'exceptions must derive from BaseException');
      exc = made;
    }
  } else {
    throw newException(Exc.TypeError,
      `exceptions must be classes or instances deriving from BaseException, not ${typeOf(typ).name}`);
  }
  if (tb instanceof PyTraceback) exc.traceback = tb;
  return exc;
}

/**
 * CPython: _gen_throw — throws into the delegate first when suspended in `yield from`/`await`.
 * GeneratorExit closes the delegate instead, except for an async generator's athrow/aclose.
 */
export function genThrow(gen: Resumable, exc: PyException, closeOnGenExit = true): PyValue | null {
  const yf = yieldingFrom(gen);
  if (yf !== null) {
    let ret: PyValue | null;
    try {
      if (closeOnGenExit && isSubtype(exc.ob_type, Exc.GeneratorExit)) {
        gen.gi_running = true;
        try {
          closeIter(yf);
        } finally {
          gen.gi_running = false;
        }
        return genSend(gen, None, exc);
      }
      if (yf instanceof PyGenerator || yf instanceof PyAwaitIter) {
        gen.gi_running = true;
        try {
          ret = yf instanceof PyGenerator ? genThrow(yf, exc, closeOnGenExit) : yf.throwInto(exc);
        } finally {
          gen.gi_running = false;
        }
      } else {
        const thr = lookupType(typeOf(yf), 'throw');
        if (thr === undefined) return genSend(gen, None, exc);
        ret = callUnbound(thr, yf, [exc], null);
      }
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      if (isSubtype(e.ob_type, Exc.StopIteration)) return finishDelegation(gen, stopIterationValue(e));
      return genSend(gen, None, e);
    }
    if (ret !== null) return ret;
    return finishDelegation(gen, genReturn);
  }
  return genSend(gen, None, exc);
}

/** The delegate of a suspended YIELD_FROM finished with `value`: resume after the YIELD_FROM. */
function finishDelegation(gen: Resumable, value: PyValue): PyValue | null {
  const f = gen.gi_frame as Frame;
  f.localsplus[--f.sp] = null;
  f.pc += 2;
  return genSend(gen, value);
}

function closeIter(yf: PyValue): void {
  if (yf instanceof PyGenerator) {
    genClose(yf);
    return;
  }
  if (yf instanceof PyAwaitIter) {
    yf.close();
    return;
  }
  const close = lookupType(typeOf(yf), 'close');
  if (close !== undefined) callUnbound(close, yf, [], null);
}

/** CPython: gen_close. */
export function genClose(gen: PyGenerator): void {
  const f = gen.gi_frame;
  if (f === null || f.f_state === FRAME_COMPLETED) return;
  if (f.f_state === FRAME_CREATED) {
    f.f_state = FRAME_COMPLETED;
    gen.gi_frame = null;
    return;
  }
  let err: PyException | null = null;
  const yf = yieldingFrom(gen);
  if (yf !== null) {
    gen.gi_running = true;
    try {
      closeIter(yf);
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      err = e;
    } finally {
      gen.gi_running = false;
    }
  }
  const exc = err ?? newException(Exc.GeneratorExit, null);
  let r: PyValue | null;
  try {
    r = genSend(gen, None, exc);
  } catch (e) {
    if (e instanceof PyException && (isSubtype(e.ob_type, Exc.StopIteration) || isSubtype(e.ob_type, Exc.GeneratorExit))) {
      return;
    }
    throw e;
  }
  if (r !== null) throw newException(Exc.RuntimeError, `${kindName(gen)} ignored GeneratorExit`);
}

function asGen(self: PyValue): PyGenerator {
  if (self instanceof PyGenerator) return self;
  throw newException(Exc.TypeError, `descriptor requires a 'generator' object but received a '${typeOf(self).name}'`);
}

function stopWith(value: PyValue): PyException {
  return value === None ? newException(Exc.StopIteration, null) : newExceptionArgs(Exc.StopIteration, [value]);
}

for (const T of [GeneratorType, CoroutineType]) {
  defMethod(T, 'send', (self, args) => {
    if (args.length !== 1) throw newException(Exc.TypeError, `${T.name}.send() takes exactly one argument (${args.length} given)`);
    const r = genSend(asGen(self), args[0]);
    if (r === null) throw stopWith(genReturn);
    return r;
  });
  defMethod(T, 'throw', (self, args) => {
    const r = genThrow(asGen(self), throwArgs(args));
    if (r === null) throw stopWith(genReturn);
    return r;
  });
  defMethod(T, 'close', self => {
    genClose(asGen(self));
    return None;
  });
  defGetSet(T, '__name__', self => asGen(self).name, (self, v) => {
    if (typeof v !== 'string') throw newException(Exc.TypeError, '__name__ must be set to a string object');
    asGen(self).name = v;
  });
  defGetSet(T, '__qualname__', self => asGen(self).qualname, (self, v) => {
    if (typeof v !== 'string') throw newException(Exc.TypeError, '__qualname__ must be set to a string object');
    asGen(self).qualname = v;
  });
  defMethod(T, '__repr__', self => {
    const g = asGen(self);
    return `<${kindName(g)} object ${g.qualname} at ${hexId(g)}>`;
  });
}
defMethod(GeneratorType, '__iter__', self => self);
defMethod(GeneratorType, '__next__', self => {
  const r = genSend(asGen(self), None);
  if (r === null) throw stopWith(genReturn);
  return r;
});
defGetSet(GeneratorType, 'gi_frame', self => asGen(self).gi_frame ?? None);
defGetSet(GeneratorType, 'gi_running', self => asGen(self).gi_running);
defGetSet(GeneratorType, 'gi_code', self => asGen(self).gi_code);
defGetSet(CoroutineType, 'cr_code', self => asGen(self).gi_code);
defGetSet(GeneratorType, 'gi_yieldfrom', self => yieldingFrom(asGen(self)) ?? None);
defGetSet(CoroutineType, 'cr_frame', self => asGen(self).gi_frame ?? None);
defGetSet(CoroutineType, 'cr_running', self => asGen(self).gi_running);
defGetSet(CoroutineType, 'cr_await', self => yieldingFrom(asGen(self)) ?? None);

/** `coro.__await__()`: an iterator that drives the coroutine (CPython: coroutine_wrapper). */
class CoroWrapper extends PyAwaitIter {
  constructor(readonly coro: PyGenerator) {
    super(CoroutineWrapperType);
  }
  send(v: PyValue): PyValue | null {
    return genSend(this.coro, v);
  }
  throwInto(exc: PyException): PyValue | null {
    return genThrow(this.coro, exc);
  }
  close(): void {
    genClose(this.coro);
  }
}
defMethod(CoroutineType, '__await__', self => new CoroWrapper(asGen(self)));
installAwaitIterMethods(CoroutineWrapperType);

/** send/throw/close/__next__/__iter__ for a native awaitable iterator type. */
export function installAwaitIterMethods(T: PyType): void {
  const asIter = (self: PyValue): PyAwaitIter => {
    if (self instanceof PyAwaitIter && self.ob_type === T) return self;
    throw newException(Exc.TypeError, `descriptor requires a '${T.name}' object but received a '${typeOf(self).name}'`);
  };
  defMethod(T, '__iter__', self => self);
  defMethod(T, '__await__', self => self);
  defMethod(T, '__next__', self => {
    const r = asIter(self).send(None);
    if (r === null) throw stopWith(genReturn);
    return r;
  });
  defMethod(T, 'send', (self, args) => {
    if (args.length !== 1) throw newException(Exc.TypeError, `${T.name}.send() takes exactly one argument (${args.length} given)`);
    const r = asIter(self).send(args[0]);
    if (r === null) throw stopWith(genReturn);
    return r;
  });
  defMethod(T, 'throw', (self, args) => {
    const r = asIter(self).throwInto(throwArgs(args));
    if (r === null) throw stopWith(genReturn);
    return r;
  });
  defMethod(T, 'close', self => {
    asIter(self).close();
    return None;
  });
}

/** CPython: GET_YIELD_FROM_ITER. */
export function getYieldFromIter(v: PyValue, coFlags: number): PyValue {
  if (v instanceof PyGenerator) {
    if (v.isCoroutine && !(coFlags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
      throw newException(Exc.TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
    }
    return v;
  }
  return getIter(v);
}

function callSpecial0(o: PyValue, name: string): PyValue | undefined {
  const m = lookupType(typeOf(o), name);
  return m === undefined ? undefined : callUnbound(m, o, [], null);
}

/** CPython: _PyCoro_GetAwaitableIter plus GET_AWAITABLE's "already awaited" check. */
export function getAwaitable(o: PyValue): PyValue {
  if (o instanceof PyGenerator) {
    const isIterableCoro = !o.isCoroutine && (o.gi_code.co_flags & CO_ITERABLE_COROUTINE) !== 0;
    if (o.isCoroutine || isIterableCoro) {
      if (yieldingFrom(o) !== null) throw newException(Exc.RuntimeError, 'coroutine is being awaited already');
      return o;
    }
  }
  const r = callSpecial0(o, '__await__');
  if (r === undefined) throw newException(Exc.TypeError, `object ${typeOf(o).name} can't be used in 'await' expression`);
  if (r instanceof PyGenerator && r.isCoroutine) throw newException(Exc.TypeError, '__await__() returned a coroutine');
  if (!(r instanceof PyIterator) && lookupType(typeOf(r), '__next__') === undefined) {
    throw newException(Exc.TypeError, `__await__() returned non-iterator of type '${typeOf(r).name}'`);
  }
  return r;
}

/** CPython: GET_AITER. */
export function getAIter(o: PyValue): PyValue {
  const it = callSpecial0(o, '__aiter__');
  if (it === undefined) {
    throw newException(Exc.TypeError, `'async for' requires an object with __aiter__ method, got ${typeOf(o).name}`);
  }
  if (lookupType(typeOf(it), '__anext__') === undefined) {
    throw newException(Exc.TypeError,
      `'async for' received an object from __aiter__ that does not implement __anext__: ${typeOf(it).name}`);
  }
  return it;
}

/** CPython: GET_ANEXT — the awaitable of `ai.__anext__()`. */
export function getANext(ai: PyValue): PyValue {
  const next = callSpecial0(ai, '__anext__');
  if (next === undefined) {
    throw newException(Exc.TypeError, `'async for' requires an iterator with __anext__ method, got ${typeOf(ai).name}`);
  }
  try {
    return getAwaitable(next);
  } catch (e) {
    if (e instanceof PyException && e.ob_type === Exc.TypeError) {
      throw newException(Exc.TypeError, `'async for' received an invalid object from __anext__: ${typeOf(next).name}`);
    }
    throw e;
  }
}

function boundSpecial(o: PyValue, name: string): PyValue | undefined {
  const d = lookupType(typeOf(o), name);
  if (d === undefined) return undefined;
  if (d instanceof PyMethodDescr || (d as { ob_type?: PyType }).ob_type?.name === 'function') return new PyMethod(d, o);
  return d;
}

/** CPython: BEFORE_ASYNC_WITH — stores `__aexit__` at stack[idx], returns `__aenter__()`. */
export function asyncWithEnter(mgr: PyValue, stack: (PyValue | null)[], idx: number): PyValue {
  const enter = boundSpecial(mgr, '__aenter__');
  const exit = boundSpecial(mgr, '__aexit__');
  if (enter === undefined || exit === undefined) {
    throw newException(Exc.TypeError,
      `'${typeOf(mgr).name}' object does not support the asynchronous context manager protocol`);
  }
  stack[idx] = exit;
  return callObject(enter, [], null);
}

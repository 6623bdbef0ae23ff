/**
 * Async generators (PEP 525): an `async def` with `yield` owns a suspended frame like a generator,
 * but is driven through awaitables: `__anext__()`/`asend(v)` return an asend object, `athrow()`/
 * `aclose()` an athrow object; awaiting one runs the frame until its next value `yield` (which
 * finishes the awaitable with StopIteration(value)) while its `await`s pass through to the event
 * loop. CPython 3.7 wraps yielded values at YIELD_VALUE; pyvm instead tells the two apart by the
 * instruction the frame is suspended on (YIELD_FROM for an await).
 * CPython: Objects/genobject.c (PyAsyncGenObject, async_gen_asend_*, async_gen_athrow_*).
 */
import type { CodeObject } from '../code.js';
import {
  None, ObjectType, PyObject, PyTuple, PyType, defGetSet, defMethod, isSubtype, lookupType, typeOf, type NativeMethod,
  type PyValue,
} from './object.js';
import { PyException, Exc, newException } from './exceptions.js';
import { hexId } from './id.js';
import { checkArgCount, parseArgs } from './native_args.js';
import { PyAwaitIter } from './awaititer.js';
import { ExcStackItem, type Frame } from '../frame.js';
import { callObject } from '../call.js';
import {
  genSend, genThrow, installAwaitIterMethods, setGenReturn, throwArgs, yieldingFrom, type Resumable,
} from '../generator.js';

export const AsyncGeneratorType = new PyType('async_generator', ObjectType, 0);
export const AsyncGenASendType = new PyType('async_generator_asend', ObjectType, 0);
export const AsyncGenAThrowType = new PyType('async_generator_athrow', ObjectType, 0);

const YIELD_FROM = 72;

/** CPython: PyAsyncGenObject. */
export class PyAsyncGen extends PyObject implements Resumable {
  gi_frame: Frame | null;
  readonly gi_code: CodeObject;
  gi_running: boolean;
  name: string;
  qualname: string;
  exc_state: ExcStackItem;
  readonly kind: string;
  /** Set once it returned, raised, or aclose() started (CPython: ag_closed). */
  ag_closed: boolean;
  /** An asend/athrow awaitable is being driven (CPython: ag_running_async; `ag_running`). */
  ag_running_async: boolean;
  ag_hooks_inited: boolean;
  /** sys.get_asyncgen_hooks().finalizer when first iterated (pyvm has no finalization to call it). */
  ag_finalizer: PyValue;

  constructor(frame: Frame, name: string, qualname: string) {
    super(AsyncGeneratorType);
    this.gi_frame = frame;
    this.gi_code = frame.f_code;
    this.gi_running = false;
    this.name = name;
    this.qualname = qualname;
    this.exc_state = new ExcStackItem(null);
    this.kind = 'async generator';
    this.ag_closed = false;
    this.ag_running_async = false;
    this.ag_hooks_inited = false;
    this.ag_finalizer = None;
  }
}

// ---- sys.set_asyncgen_hooks / sys.get_asyncgen_hooks (CPython: sysmodule.c, per thread) ----

let hookFirstIter: PyValue = None;
/** CPython: PyCallable_Check (every callable type, `type` included, has __call__). */
const isCallable = (v: PyValue): boolean => lookupType(typeOf(v), '__call__') !== undefined;
let hookFinalizer: PyValue = None;

/** sys.set_asyncgen_hooks(firstiter=..., finalizer=...): arguments left out keep their value. */
export const setAsyncgenHooks: NativeMethod = (_self, args, kwnames) => {
  const [firstiter, finalizer] = parseArgs('set_asyncgen_hooks', args, kwnames, ['firstiter', 'finalizer'], 0);
  if (finalizer !== undefined && finalizer !== None && !isCallable(finalizer)) {
    throw newException(Exc.TypeError, `callable finalizer expected, got ${typeOf(finalizer).name}`);
  }
  if (firstiter !== undefined && firstiter !== None && !isCallable(firstiter)) {
    throw newException(Exc.TypeError, `callable firstiter expected, got ${typeOf(firstiter).name}`);
  }
  if (finalizer !== undefined) hookFinalizer = finalizer;
  if (firstiter !== undefined) hookFirstIter = firstiter;
  return None;
};

/** sys.get_asyncgen_hooks(): (firstiter, finalizer). */
export const getAsyncgenHooks: NativeMethod = () => new PyTuple([hookFirstIter, hookFinalizer]);

/** CPython: async_gen_init_hooks — the first asend/athrow/aclose reports the generator. */
function initHooks(gen: PyAsyncGen): void {
  if (gen.ag_hooks_inited) return;
  gen.ag_hooks_inited = true;
  gen.ag_finalizer = hookFinalizer;
  if (hookFirstIter !== None) callObject(hookFirstIter, [gen], null);
}

// ---- resuming the frame ----

/** Set by resume(): the last suspension was a value `yield` (not an `await`). */
let valueYield = false;

/**
 * gen_send / _gen_throw on the async generator: the value it suspended with (valueYield tells
 * which kind), or StopAsyncIteration raised when the body returned.
 */
function resume(gen: PyAsyncGen, v: PyValue, exc: PyException | null, closeOnGenExit: boolean): PyValue {
  const r = exc === null ? genSend(gen, v) : genThrow(gen, exc, closeOnGenExit);
  if (r === null) throw newException(Exc.StopAsyncIteration, null);
  const f = gen.gi_frame as Frame;
  valueYield = f.f_code.co_code[f.pc] !== YIELD_FROM;
  return r;
}

function isStopOrExit(e: unknown): boolean {
  return e instanceof PyException &&
    (isSubtype(e.ob_type, Exc.StopAsyncIteration) || isSubtype(e.ob_type, Exc.GeneratorExit));
}

/**
 * CPython: async_gen_unwrap_value. Runs resume(); a value yield finishes the awaitable (null,
 * the value left in genReturn), an await passes its value through, and the end or an error
 * leaves the generator not running (closed after StopAsyncIteration/GeneratorExit).
 */
function resumeUnwrap(gen: PyAsyncGen, v: PyValue, exc: PyException | null, closeOnGenExit: boolean): PyValue | null {
  let r: PyValue;
  try {
    r = resume(gen, v, exc, closeOnGenExit);
  } catch (e) {
    if (isStopOrExit(e)) gen.ag_closed = true;
    gen.ag_running_async = false;
    throw e;
  }
  if (!valueYield) return r;
  gen.ag_running_async = false;
  setGenReturn(r);
  return null;
}

const INIT = 0, ITER = 1, CLOSED = 2;

/** CPython: PyAsyncGenASend — the awaitable of `__anext__()` and `asend(v)`. */
class PyAsyncGenASend extends PyAwaitIter {
  state = INIT;
  constructor(readonly gen: PyAsyncGen, readonly sendval: PyValue) {
    super(AsyncGenASendType);
  }

  private start(): void {
    if (this.state === CLOSED) throw newException(Exc.RuntimeError, 'cannot reuse already awaited __anext__()/asend()');
    if (this.state === INIT) {
      if (this.gen.ag_running_async) {
        this.state = CLOSED;
        throw newException(Exc.RuntimeError, 'anext(): asynchronous generator is already running');
      }
    }
  }

  send(arg: PyValue): PyValue | null {
    this.start();
    if (this.state === INIT) {
      if (arg === None) arg = this.sendval;
      this.state = ITER;
    }
    this.gen.ag_running_async = true;
    try {
      const r = resumeUnwrap(this.gen, arg, null, true);
      if (r === null) this.state = CLOSED;
      return r;
    } catch (e) {
      this.state = CLOSED;
      throw e;
    }
  }

  throwInto(exc: PyException): PyValue | null {
    this.start();
    if (this.state === INIT) {
      this.state = ITER;
      this.gen.ag_running_async = true;
    }
    try {
      const r = resumeUnwrap(this.gen, None, exc, true);
      if (r === null) this.state = CLOSED;
      return r;
    } catch (e) {
      this.gen.ag_running_async = false;
      this.state = CLOSED;
      throw e;
    }
  }

  close(): void {
    this.state = CLOSED;
  }
}

/** CPython: PyAsyncGenAThrow — the awaitable of `athrow(...)` and (args null) `aclose()`. */
class PyAsyncGenAThrow extends PyAwaitIter {
  state = INIT;
  constructor(readonly gen: PyAsyncGen, readonly args: PyValue[] | null) {
    super(AsyncGenAThrowType);
  }

  private alreadyRunning(): PyException {
    this.state = CLOSED;
    return newException(Exc.RuntimeError,
      `${this.args === null ? 'aclose' : 'athrow'}(): asynchronous generator is already running`);
  }

  send(arg: PyValue): PyValue | null {
    const gen = this.gen;
    if (this.state === CLOSED) throw newException(Exc.RuntimeError, 'cannot reuse already awaited aclose()/athrow()');
    if (gen.gi_frame === null) {
      // The generator already finished: awaiting this is a no-op.
      this.state = CLOSED;
      setGenReturn(None);
      return null;
    }
    if (this.state === INIT) {
      if (gen.ag_running_async) throw this.alreadyRunning();
      if (gen.ag_closed) {
        this.state = CLOSED;
        throw newException(Exc.StopAsyncIteration, null);
      }
      if (arg !== None) throw newException(Exc.RuntimeError, "can't send non-None value to a just-started coroutine");
      this.state = ITER;
      gen.ag_running_async = true;
      if (this.args === null) {
        gen.ag_closed = true;
        return this.closeStep(None, newException(Exc.GeneratorExit, null));
      }
      // CPython quirk kept: a wrong argument count leaves ag_running set; a bad exception
      // argument goes through async_gen_unwrap_value, which clears it.
      checkArgCount('athrow', this.args, 1, 3);
      let exc: PyException;
      try {
        exc = throwArgs(this.args);
      } catch (e) {
        gen.ag_running_async = false;
        this.state = CLOSED;
        throw e;
      }
      return this.throwStep(None, exc, false);
    }
    if (this.args !== null) return this.throwStep(arg, null, true);
    return this.closeStep(arg, null);
  }

  /** athrow() mode: the generator's next value yield is the result. */
  private throwStep(v: PyValue, exc: PyException | null, closeOnGenExit: boolean): PyValue | null {
    try {
      return resumeUnwrap(this.gen, v, exc, closeOnGenExit);
    } catch (e) {
      this.state = CLOSED;
      throw e;
    }
  }

  /** aclose() mode: a value yield is an error; StopAsyncIteration or GeneratorExit mean done. */
  private closeStep(v: PyValue, exc: PyException | null): PyValue | null {
    const gen = this.gen;
    let r: PyValue;
    try {
      r = resume(gen, v, exc, false);
    } catch (e) {
      gen.ag_running_async = false;
      this.state = CLOSED;
      if (isStopOrExit(e)) {
        setGenReturn(None);
        return null;
      }
      throw e;
    }
    if (!valueYield) return r;
    gen.ag_running_async = false;
    this.state = CLOSED;
    throw newException(Exc.RuntimeError, 'async generator ignored GeneratorExit');
  }

  throwInto(exc: PyException): PyValue | null {
    const gen = this.gen;
    if (this.state === CLOSED) throw newException(Exc.RuntimeError, 'cannot reuse already awaited aclose()/athrow()');
    if (this.state === INIT) {
      if (gen.ag_running_async) throw this.alreadyRunning();
      this.state = ITER;
      gen.ag_running_async = true;
    }
    if (this.args !== null) return this.throwStep(None, exc, true);
    let r: PyValue;
    try {
      r = resume(gen, None, exc, true);
    } catch (e) {
      gen.ag_running_async = false;
      this.state = CLOSED;
      if (isStopOrExit(e)) {
        setGenReturn(None);
        return null;
      }
      throw e;
    }
    if (!valueYield) return r;
    gen.ag_running_async = false;
    this.state = CLOSED;
    throw newException(Exc.RuntimeError, 'async generator ignored GeneratorExit');
  }

  close(): void {
    this.state = CLOSED;
  }
}

installAwaitIterMethods(AsyncGenASendType);
installAwaitIterMethods(AsyncGenAThrowType);

function asAgen(self: PyValue): PyAsyncGen {
  if (self instanceof PyAsyncGen) return self;
  throw newException(Exc.TypeError,
    `descriptor requires a 'async_generator' object but received a '${typeOf(self).name}'`);
}

const T = AsyncGeneratorType;
defMethod(T, '__aiter__', self => asAgen(self));
defMethod(T, '__anext__', self => {
  const gen = asAgen(self);
  initHooks(gen);
  return new PyAsyncGenASend(gen, None);
});
defMethod(T, 'asend', (self, args) => {
  const gen = asAgen(self);
  if (args.length !== 1) throw newException(Exc.TypeError, `async_generator.asend() takes exactly one argument (${args.length} given)`);
  initHooks(gen);
  return new PyAsyncGenASend(gen, args[0]);
});
defMethod(T, 'athrow', (self, args) => {
  const gen = asAgen(self);
  initHooks(gen);
  return new PyAsyncGenAThrow(gen, args.slice());
});
defMethod(T, 'aclose', self => {
  const gen = asAgen(self);
  initHooks(gen);
  return new PyAsyncGenAThrow(gen, null);
});
defMethod(T, '__repr__', self => {
  const g = asAgen(self);
  return `<async_generator object ${g.qualname} at ${hexId(g)}>`;
});
defGetSet(T, '__name__', self => asAgen(self).name, (self, v) => {
  if (typeof v !== 'string') throw newException(Exc.TypeError, '__name__ must be set to a string object');
  asAgen(self).name = v;
});
defGetSet(T, '__qualname__', self => asAgen(self).qualname, (self, v) => {
  if (typeof v !== 'string') throw newException(Exc.TypeError, '__qualname__ must be set to a string object');
  asAgen(self).qualname = v;
});
defGetSet(T, 'ag_frame', self => asAgen(self).gi_frame ?? None);
defGetSet(T, 'ag_running', self => asAgen(self).ag_running_async);
defGetSet(T, 'ag_code', self => asAgen(self).gi_code);
defGetSet(T, 'ag_await', self => yieldingFrom(asAgen(self)) ?? None);

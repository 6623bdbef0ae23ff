/**
 * The builtins `aiter()` and `anext()` (3.10+), and `anext(it, default)`'s awaitable, which turns
 * the StopAsyncIteration of the awaited `__anext__()` into the default value.
 * CPython: Python/bltinmodule.c (builtin_aiter, builtin_anext), Objects/iterobject.c (anextawaitable).
 */
import {
  None, ObjectType, PyBuiltinFunction, PyType, isSubtype, lookupType, typeOf, type NativeMethod, type PyValue,
} from './objects/object.js';
import { PyException, Exc, newException, stopIterationValue } from './objects/exceptions.js';
import { checkArgCount, noKwargs } from './objects/native_args.js';
import { PyAwaitIter } from './objects/awaititer.js';
import { callUnbound } from './call.js';
import {
  PyGenerator, delegateDone, genThrow, getAwaitable, installAwaitIterMethods, setGenReturn, yieldFromStep,
} from './generator.js';
import { registerBuiltin } from './builtins/index.js';

const AnextAwaitableType = new PyType('anext_awaitable', ObjectType, 0);

/** CPython: anextawaitableobject. */
class AnextAwaitable extends PyAwaitIter {
  private it: PyValue | null = null;
  constructor(readonly wrapped: PyValue, readonly dflt: PyValue) {
    super(AnextAwaitableType);
  }

  private iter(): PyValue {
    if (this.it === null) this.it = getAwaitable(this.wrapped);
    return this.it;
  }

  /** StopAsyncIteration from the awaitable means: finish with the default. */
  private finish(e: unknown): PyValue | null {
    if (e instanceof PyException && isSubtype(e.ob_type, Exc.StopAsyncIteration)) {
      setGenReturn(this.dflt);
      return null;
    }
    throw e;
  }

  send(v: PyValue): PyValue | null {
    try {
      const r = yieldFromStep(this.iter(), v);
      if (delegateDone) {
        setGenReturn(r);
        return null;
      }
      return r;
    } catch (e) {
      return this.finish(e);
    }
  }

  throwInto(exc: PyException): PyValue | null {
    const it = this.iter();
    try {
      if (it instanceof PyGenerator) return genThrow(it, exc);
      if (it instanceof PyAwaitIter) return it.throwInto(exc);
      const thr = lookupType(typeOf(it), 'throw');
      if (thr === undefined) throw exc;
      return callUnbound(thr, it, [exc], null);
    } catch (e) {
      if (e instanceof PyException && isSubtype(e.ob_type, Exc.StopIteration)) {
        setGenReturn(stopIterationValue(e));
        return null;
      }
      return this.finish(e);
    }
  }

  close(): void {
    const it = this.it;
    if (it === null) return;
    if (it instanceof PyAwaitIter) it.close();
    else {
      const close = lookupType(typeOf(it), 'close');
      if (close !== undefined) callUnbound(close, it, [], null);
    }
  }
}
installAwaitIterMethods(AnextAwaitableType);

/** CPython: builtin_aiter. */
const aiter: NativeMethod = (_s, args, kwnames) => {
  noKwargs('aiter', kwnames);
  checkArgCount('aiter', args, 1, 1);
  const o = args[0];
  const m = lookupType(typeOf(o), '__aiter__');
  if (m === undefined) throw newException(Exc.TypeError, `'${typeOf(o).name}' object is not an async iterable`);
  const it = callUnbound(m, o, [], null);
  if (lookupType(typeOf(it), '__anext__') === undefined) {
    throw newException(Exc.TypeError, `aiter() returned not an async iterator of type '${typeOf(it).name}'`);
  }
  return it;
};

/** CPython: builtin_anext. */
const anext: NativeMethod = (_s, args, kwnames) => {
  noKwargs('anext', kwnames);
  checkArgCount('anext', args, 1, 2);
  const o = args[0];
  const m = lookupType(typeOf(o), '__anext__');
  if (m === undefined) throw newException(Exc.TypeError, `'${typeOf(o).name}' object is not an async iterator`);
  const awaitable = callUnbound(m, o, [], null);
  return args.length === 1 ? awaitable : new AnextAwaitable(awaitable, args[1]);
};

registerBuiltin('aiter', new PyBuiltinFunction('aiter', aiter, None));
registerBuiltin('anext', new PyBuiltinFunction('anext', anext, None));

/**
 * BaseExceptionGroup and ExceptionGroup (3.11): construction with its checks (a plain
 * BaseExceptionGroup of Exceptions becomes an ExceptionGroup), `message`, `exceptions`, and
 * `derive`/`split`/`subgroup`, which rebuild the nested structure around the leaves a matcher
 * selects and carry over traceback, cause, context and notes.
 * CPython: Objects/exceptions.c (BaseExceptionGroup_new, exceptiongroup_split_recursive).
 */
import {
  None, PyBuiltinFunction, PyList, PyMethod, PyMethodDescr, PyTuple, PyType, defGetSet, defMethod, isSubtype,
  lookupType, tupleCheckExact, typeOf, type PyValue,
} from './object.js';
import { PyFunction } from './function.js';
import {
  Exc, GROUP_EXCS, GROUP_MSG, PyException, allocException, newException, typeError,
} from './exceptions.js';
import { PyDict } from './dict.js';
import { getAttr, isTrue, toArray } from '../abstract.js';
import { callObject } from '../call.js';

const BEG = Exc.BaseExceptionGroup;

function asGroup(v: PyValue): PyException {
  if (v instanceof PyException && v.extra !== null && isSubtype(v.ob_type, BEG)) return v;
  throw typeError(`descriptor requires a 'BaseExceptionGroup' object but received a '${typeOf(v).name}'`);
}

/** The sub-exceptions of a group as a JS array. */
export function groupExceptions(e: PyException): PyValue[] {
  const excs = e.extra === null ? null : e.extra[GROUP_EXCS];
  return excs instanceof PyTuple ? excs.items : [];
}

/** True for an instance of BaseExceptionGroup (CPython: _PyBaseExceptionGroup_Check). */
export function isExceptionGroup(v: PyValue): v is PyException {
  return v instanceof PyException && v.extra !== null && isSubtype(v.ob_type, BEG);
}

/** CPython: PySequence_Check — has __getitem__ and is not a dict. */
function isSequence(v: PyValue): boolean {
  if (v instanceof PyDict) return false;
  return lookupType(typeOf(v), '__getitem__') !== undefined;
}

/** CPython: BaseExceptionGroup_new. */
function groupNew(_s: PyValue, allArgs: PyValue[], kwnames: readonly string[] | null): PyValue {
  const cls0 = allArgs[0];
  if (!(cls0 instanceof PyType) || !isSubtype(cls0, BEG)) {
    throw typeError('BaseExceptionGroup.__new__(X): X is not a subtype of BaseExceptionGroup');
  }
  const nkw = kwnames === null ? 0 : kwnames.length;
  const args = allArgs.slice(1, allArgs.length - nkw);
  if (args.length !== 2) throw typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [message, excsArg] = args;
  if (typeof message !== 'string') {
    throw typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${typeOf(message).name}`);
  }
  if (!isSequence(excsArg)) throw typeError('second argument (exceptions) must be a sequence');
  const excs = toArray(excsArg);
  if (excs.length === 0) throw newException(Exc.ValueError, 'second argument (exceptions) must be a non-empty sequence');
  let nestedBase = false;
  excs.forEach((e, i) => {
    if (!(e instanceof PyException)) {
      throw newException(Exc.ValueError, `Item ${i} of second argument (exceptions) is not an exception`);
    }
    if (!isSubtype(e.ob_type, Exc.Exception)) nestedBase = true;
  });
  let cls: PyType = cls0;
  if (cls === Exc.ExceptionGroup) {
    if (nestedBase) throw typeError('Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (cls === BEG) {
    // a group of Exceptions only is an ExceptionGroup
    if (!nestedBase) cls = Exc.ExceptionGroup;
  } else if (nestedBase && isSubtype(cls, Exc.Exception)) {
    throw typeError(`Cannot nest BaseExceptions in '${cls.name}'`);
  }
  const g = allocException(cls, args);
  g.extra![GROUP_MSG] = message;
  g.extra![GROUP_EXCS] = new PyTuple(excs);
  return g;
}

const MATCH_BY_TYPE = 0, MATCH_PREDICATE = 1;

function isExcClass(v: PyValue): boolean {
  return v instanceof PyType && isSubtype(v, Exc.BaseException);
}

/** CPython: get_matcher_type. */
function matcherType(m: PyValue): number {
  if (!(m instanceof PyType) && isCallableObject(m)) return MATCH_PREDICATE;
  if (isExcClass(m)) return MATCH_BY_TYPE;
  if (tupleCheckExact(m)) {
    if (m.items.every(isExcClass)) return MATCH_BY_TYPE;
  }
  throw typeError('expected a function, exception type or tuple of exception types');
}

function isCallableObject(v: PyValue): boolean {
  if (v instanceof PyFunction || v instanceof PyBuiltinFunction || v instanceof PyMethod || v instanceof PyMethodDescr) return true;
  return typeof v === 'object' && lookupType(v.ob_type, '__call__') !== undefined;
}

function matches(exc: PyException, kind: number, m: PyValue): boolean {
  if (kind === MATCH_PREDICATE) return isTrue(callObject(m, [exc], null));
  const types = m instanceof PyTuple ? m.items : [m];
  return types.some(t => isSubtype(exc.ob_type, t as PyType));
}

/** CPython: exceptiongroup_subset — `orig.derive(excs)` with orig's traceback, chain and notes. */
function subset(orig: PyException, excs: PyValue[]): PyException | null {
  if (excs.length === 0) return null;
  const eg = callObject(getAttr(orig, 'derive'), [new PyList(excs)], null);
  if (!isExceptionGroup(eg)) throw typeError('derive must return an instance of BaseExceptionGroup');
  eg.traceback = orig.traceback;
  eg.context = orig.context;
  eg.cause = orig.cause;
  eg.suppressContext = true;
  if (orig.notes instanceof PyList) eg.notes = new PyList(orig.notes.items.slice());
  return eg;
}

interface SplitResult { match: PyException | null; rest: PyException | null }

/** CPython: exceptiongroup_split_recursive. */
function splitRecursive(exc: PyException, kind: number, m: PyValue, withRest: boolean): SplitResult {
  if (matches(exc, kind, m)) return { match: exc, rest: null };
  if (!isExceptionGroup(exc)) return { match: null, rest: withRest ? exc : null };
  const matched: PyValue[] = [], rest: PyValue[] = [];
  for (const e of groupExceptions(exc)) {
    const r = splitRecursive(e as PyException, kind, m, withRest);
    if (r.match !== null) matched.push(r.match);
    if (r.rest !== null) rest.push(r.rest);
  }
  return { match: subset(exc, matched), rest: withRest ? subset(exc, rest) : null };
}

function oneArg(name: string, args: PyValue[]): PyValue {
  if (args.length !== 1) throw typeError(`${name} expected 1 argument, got ${args.length}`);
  return args[0];
}

function install(): void {
  BEG.dict.set('__new__', new PyBuiltinFunction('__new__', groupNew, BEG, 'BaseExceptionGroup.__new__'));
  const readonly = (): never => {
    throw newException(Exc.AttributeError, 'readonly attribute');
  };
  defGetSet(BEG, 'message', self => asGroup(self).extra![GROUP_MSG], readonly);
  defGetSet(BEG, 'exceptions', self => asGroup(self).extra![GROUP_EXCS], readonly);
  defMethod(BEG, 'derive', (self, args) => {
    const g = asGroup(self);
    if (args.length !== 1) throw typeError(`function takes exactly 1 argument (${args.length} given)`);
    return callObject(BEG, [g.extra![GROUP_MSG], args[0]], null);
  });
  defMethod(BEG, 'split', (self, args) => {
    const g = asGroup(self);
    const m = oneArg('split', args);
    const r = splitRecursive(g, matcherType(m), m, true);
    return new PyTuple([r.match ?? None, r.rest ?? None]);
  });
  defMethod(BEG, 'subgroup', (self, args) => {
    const g = asGroup(self);
    const m = oneArg('subgroup', args);
    return splitRecursive(g, matcherType(m), m, false).match ?? None;
  });
}

install();

/**
 * `__build_class__`, what LOAD_BUILD_CLASS pushes for a `class` statement: works out the
 * metaclass, prepares the namespace, runs the class body with that namespace as its locals,
 * calls the metaclass and fills the `__class__` cell used by zero-argument super().
 * CPython: Python/bltinmodule.c builtin___build_class__.
 */
import { None, PyBuiltinFunction, PyCell, PyTuple, PyType, TypeType, lookupType, typeOf, type PyValue } from './objects/object.js';
import { PyDict } from './objects/dict.js';
import { Exc, newException } from './objects/exceptions.js';
import { PyFunction } from './objects/function.js';
import { getAttr, repr } from './abstract.js';
import { callObject, callUnbound, runClassBody } from './call.js';
import { calculateMetaclass } from './objects/type_new.js';

/** CPython: update_bases — PEP 560 `__mro_entries__`. */
function updateBases(bases: PyValue[]): PyValue[] {
  let out: PyValue[] | null = null;
  for (let i = 0; i < bases.length; i++) {
    const b = bases[i];
    if (b instanceof PyType) {
      if (out !== null) out.push(b);
      continue;
    }
    const me = lookupType(typeOf(b), '__mro_entries__');
    if (me === undefined) {
      if (out !== null) out.push(b);
      continue;
    }
    if (out === null) out = bases.slice(0, i);
    const r = callUnbound(me, b, [new PyTuple(bases)], null);
    if (!(r instanceof PyTuple)) throw newException(Exc.TypeError, '__mro_entries__ must return a tuple');
    for (const x of r.items) out.push(x);
  }
  return out ?? bases;
}

/** builtins.__build_class__(func, name, *bases, metaclass=None, **kwds). */
export function buildClass(_self: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos < 2) throw newException(Exc.TypeError, '__build_class__: not enough arguments');
  const func = args[0];
  if (!(func instanceof PyFunction)) throw newException(Exc.TypeError, '__build_class__: func must be a function');
  const name = args[1];
  if (typeof name !== 'string') throw newException(Exc.TypeError, '__build_class__: name is not a string');
  const origBases = args.slice(2, npos);
  const bases = updateBases(origBases);
  let meta: PyValue | null = null;
  const kwNames: string[] = [];
  const kwValues: PyValue[] = [];
  for (let i = 0; i < nkw; i++) {
    const k = (kwnames as readonly string[])[i];
    if (k === 'metaclass') meta = args[npos + i];
    else {
      kwNames.push(k);
      kwValues.push(args[npos + i]);
    }
  }
  let isClass = false;
  if (meta === null) {
    meta = bases.length === 0 ? TypeType : typeOf(bases[0]);
    isClass = true;
  } else if (meta instanceof PyType) {
    isClass = true;
  }
  if (isClass) meta = calculateMetaclass(meta as PyType, bases);
  const basesTuple = new PyTuple(bases);
  let ns: PyValue;
  const prep = meta instanceof PyType ? lookupPrepare(meta) : getAttrOrNull(meta, '__prepare__');
  if (prep === null) ns = new PyDict();
  else ns = callObject(prep, [name, basesTuple, ...kwValues], kwNames.length > 0 ? kwNames : null);
  if (!(ns instanceof PyDict) && lookupType(typeOf(ns), '__getitem__') === undefined) {
    // CPython: PyMapping_Check on what __prepare__ returned
    const who = meta instanceof PyType ? meta.name : '<metaclass>';
    throw newException(Exc.TypeError, `${who}.__prepare__() must return a mapping, not ${typeOf(ns).name}`);
  }
  const cell = runClassBody(func, ns as PyDict);
  if (bases !== origBases && ns instanceof PyDict) ns.setStr('__orig_bases__', new PyTuple(origBases));
  const cls = callObject(meta, [name, basesTuple, ns, ...kwValues], kwNames.length > 0 ? kwNames : null);
  // type.__new__ fills the cell from ns['__classcell__']; a metaclass that dropped it is an error
  if (cell instanceof PyCell && cls instanceof PyType && cell.ob_ref !== cls) {
    if (cell.ob_ref === null) {
      throw newException(Exc.RuntimeError,
        `__class__ not set defining ${repr(name)} as ${repr(cls)}. Was __classcell__ propagated to type.__new__?`);
    }
    throw newException(Exc.TypeError, `__class__ set to ${repr(cell.ob_ref)} defining ${repr(name)} as ${repr(cls)}`);
  }
  return cls;
}

function lookupPrepare(meta: PyType): PyValue | null {
  try {
    return getAttr(meta, '__prepare__');
  } catch {
    return null;
  }
}

function getAttrOrNull(o: PyValue, name: string): PyValue | null {
  try {
    return getAttr(o, name);
  } catch {
    return null;
  }
}

/** The builtin function object to put in the builtins namespace. */
export const buildClassFunction = new PyBuiltinFunction('__build_class__', buildClass, None);

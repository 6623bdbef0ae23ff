/**
 * `super`: attribute lookup that starts after a given class in the MRO of the instance's type.
 * Zero-argument `super()` reads the `__class__` cell and the first argument of the calling
 * frame (vm/frame.ts superArgs). CPython: Objects/typeobject.c (super_init, super_getattro).
 */
import {
  ObjectType, PyBuiltinFunction, PyObject, PyType, defGetSet, defMethod, isSubtype, typeOf, type PyValue, None,
} from './objects/object.js';
import { Exc, newException } from './objects/exceptions.js';
import { descrGet, genericGetAttr } from './abstract.js';
import { superClass, superSelf, tstate } from './frame.js';
import { registerBuiltin } from './builtins/index.js';
import { superFast } from './super_fast.js';

export const SuperType = new PyType('super', ObjectType);

export class PySuper extends PyObject {
  constructor(
    readonly thisType: PyType,
    /** The instance or class the lookup binds to (CPython: obj). */
    readonly obj: PyValue,
    /** type(obj), or obj itself when obj is a class (CPython: obj_type). */
    readonly objType: PyType,
  ) {
    super(SuperType);
  }
}

/** CPython: supercheck — the type whose MRO is searched. */
function superCheck(type: PyType, obj: PyValue): PyType {
  if (obj instanceof PyType && isSubtype(obj, type)) return obj;
  const t = typeOf(obj);
  if (isSubtype(t, type)) return t;
  throw newException(Exc.TypeError, 'super(type, obj): obj must be an instance or subtype of type');
}

function makeSuper(args: PyValue[]): PySuper {
  if (args.length === 0) return newSuper();
  const type = args[0], obj = args.length > 1 ? args[1] : None;
  if (!(type instanceof PyType)) {
    throw newException(Exc.TypeError, `super() argument 1 must be a type, not ${typeOf(type).name}`);
  }
  if (obj === None) return new PySuper(type, None, type);
  return new PySuper(type, obj, superCheck(type, obj));
}

// super(...) is made by __new__ (args[0] is the class); the frame read is the caller's, as
// natives run without a frame of their own.
SuperType.dict.set('__new__', new PyBuiltinFunction('__new__', (_self, args) => makeSuper(args.slice(1)), SuperType));
defMethod(SuperType, '__init__', () => None);

/** `super()` with no arguments, called from the running frame (the CALL_FUNCTION fast path). */
export function newSuper(): PySuper {
  // The frame is only read, not kept: it stays reusable (currentFrame() would mark it escaped).
  const f = tstate.frame;
  if (f === null) throw newException(Exc.RuntimeError, 'super(): no current frame');
  const obj = superSelf(f), type = superClass(f);
  return new PySuper(type, obj, superCheck(type, obj));
}

/**
 * What super_getattro finds for `name` on the classes after thisType in objType's MRO, before
 * binding; undefined when none has it (or for `__class__` and unbound supers).
 */
export function superLookup(s: PySuper, name: string): PyValue | undefined {
  if (name === '__class__' || s.obj === None) return undefined;
  const mro = s.objType.mro;
  let i = mro.indexOf(s.thisType) + 1;
  for (; i > 0 && i < mro.length; i++) {
    const d = mro[i].dict.get(name);
    if (d !== undefined) return d;
  }
  return undefined;
}

defMethod(SuperType, '__getattribute__', (self, args) => {
  const s = self as PySuper;
  const name = args[0] as string;
  const d = superLookup(s, name);
  if (d !== undefined) return descrGet(d, s.obj === s.objType ? null : s.obj, s.objType);
  const v = genericGetAttr(s, name);
  if (v !== undefined) return v;
  throw newException(Exc.AttributeError, `'super' object has no attribute '${name}'`);
});
defGetSet(SuperType, '__thisclass__', self => (self as PySuper).thisType);
defGetSet(SuperType, '__self__', self => (self as PySuper).obj);
defGetSet(SuperType, '__self_class__', self => (self as PySuper).obj === None ? None : (self as PySuper).objType);
defMethod(SuperType, '__repr__', self => {
  const s = self as PySuper;
  if (s.obj === None) return `<super: <class '${s.thisType.name}'>, NULL>`;
  return `<super: <class '${s.thisType.name}'>, <${s.objType.name} object>>`;
});

registerBuiltin('super', SuperType);
superFast.type = SuperType;
superFast.make = newSuper;
superFast.lookup = superLookup;

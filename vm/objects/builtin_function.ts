/**
 * builtin_function_or_method: native functions (`len`) and native methods bound to an object
 * (`[].append`): repr, `__name__`, `__qualname__`, `__self__`, `__module__`, `__doc__`, equality.
 * CPython: Objects/methodobject.c (meth_repr, meth_get__self__, meth_get__qualname__, meth_richcompare).
 */
import { BuiltinFunctionType, MethodWrapperType, None, PyBuiltinFunction, PyType, defGetSet, defMethod, typeOf, type PyValue } from './object.js';
import { PyModule } from './module.js';
import { Exc, newException } from './exceptions.js';
import { hexId, objectId } from './id.js';

function asBuiltin(v: PyValue): PyBuiltinFunction {
  if (v instanceof PyBuiltinFunction) return v;
  throw newException(Exc.TypeError, `descriptor requires a 'builtin_function_or_method' object but received a '${typeOf(v).name}'`);
}

/** A plain function's m_self is its module (or nothing); a bound method's is the object. */
function isBound(f: PyBuiltinFunction): boolean {
  return f.self !== None && !(f.self instanceof PyModule);
}

const B = BuiltinFunctionType;
defMethod(B, '__repr__', (self) => {
  const f = asBuiltin(self);
  if (!isBound(f)) return `<built-in function ${f.name}>`;
  return `<built-in method ${f.name} of ${typeOf(f.self).name} object at ${hexId(f.self)}>`;
});
defMethod(MethodWrapperType, '__repr__', (self) => {
  const f = asBuiltin(self);
  return `<method-wrapper '${f.name}' of ${typeOf(f.self).name} object at ${hexId(f.self)}>`;
});
defGetSet(B, '__name__', (self) => asBuiltin(self).name);
defGetSet(B, '__qualname__', (self) => {
  const f = asBuiltin(self);
  if (!isBound(f) || f.qualname !== f.name) return f.qualname;
  const owner = f.self instanceof PyType ? f.self : typeOf(f.self);
  return `${owner.name}.${f.name}`;
});
defGetSet(B, '__self__', (self) => asBuiltin(self).self);
defGetSet(B, '__module__', (self) => {
  const f = asBuiltin(self);
  return f.self instanceof PyModule ? f.self.name : None;
});
defGetSet(B, '__doc__', (self) => asBuiltin(self).doc ?? None);
defMethod(B, '__eq__', (self, args) => {
  const a = asBuiltin(self), b = args[0];
  return b instanceof PyBuiltinFunction && a.fn === b.fn && a.self === b.self && a.name === b.name;
});
defMethod(B, '__hash__', (self) => {
  const f = asBuiltin(self);
  // Equal bound methods are distinct objects: hash what equality compares.
  return isBound(f) ? objectId(f.self) : objectId(f);
});

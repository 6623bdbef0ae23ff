/**
 * The `builtins` module: the builtin types, functions, constants and exception classes in one
 * dict, registered with the import system as 'builtins'. Other parts of the VM add their own
 * names (`__build_class__`, property, super…) with `registerBuiltin`, before or after the
 * module is made. CPython: Python/bltinmodule.c (_PyBuiltin_Init).
 */
import {
  BoolType, ByteArrayType, BytesType, ComplexType, DictType, Ellipsis, FloatType, FrozenSetType, IntType,
  ListType, None, NotImplemented, ObjectType, PyBuiltinFunction, RangeType, SetType, SliceType, StrType,
  TupleType, TypeType, type NativeMethod, type PyValue,
} from '../objects/object.js';
import { EXCEPTION_TYPES, Exc } from '../objects/exceptions.js';
import { PyDict } from '../objects/dict.js';
import { PyModule } from '../objects/module.js';
import { EnumerateType, FilterType, MapType, ReversedType, ZipType, setFilterBoolType } from '../objects/iter.js';
import { registerBuiltinModule } from '../modules/registry.js';
import { BUILTIN_FIXED_ARITY, BUILTIN_FUNCTIONS } from './functions.js';
import { FRAME_FUNCTIONS, setBuiltinsDictSource } from './frame_functions.js';
import { openFunction } from './file.js';
import { buildClassFunction } from '../build_class.js';
import { ClassMethodType, PropertyType, StaticMethodType } from '../objects/descriptors.js';
// Loading these installs the methods of their types.
import '../objects/list.js';
import '../objects/exception_group.js';
import '../objects/tuple.js';
import '../objects/dict_methods.js';
import '../objects/dict_views.js';
import '../objects/set.js';
import '../objects/genericalias.js';
import '../objects/unionobject.js';
import '../objects/range.js';
import '../objects/slice.js';

const extra = new Map<string, PyValue>();
let module: PyModule | null = null;

/** Adds (or replaces) a name in builtins, now or when the module is made. */
export function registerBuiltin(name: string, value: PyValue): void {
  extra.set(name, value);
  if (module !== null) module.dict.setStr(name, value);
}

/** The builtin namespace's contents in CPython's order (types, then functions). */
function fill(d: PyDict, m: PyModule): void {
  d.setStr('__name__', 'builtins');
  d.setStr('__doc__', 'Built-in functions, exceptions, and other objects.');
  d.setStr('__package__', '');
  d.setStr('__build_class__', buildClassFunction);
  const fns: Record<string, NativeMethod> = { ...BUILTIN_FUNCTIONS, ...FRAME_FUNCTIONS };
  for (const name of Object.keys(fns)) {
    const f = new PyBuiltinFunction(name, fns[name], m);
    const fixed = BUILTIN_FIXED_ARITY[name];
    if (fixed !== undefined) {
      f.fn1 = fixed.fn1 ?? null;
      f.fn2 = fixed.fn2 ?? null;
    }
    d.setStr(name, f);
  }
  d.setStr('open', new PyBuiltinFunction('open', openFunction, m));
  d.setStr('None', None);
  d.setStr('Ellipsis', Ellipsis);
  d.setStr('NotImplemented', NotImplemented);
  d.setStr('False', false);
  d.setStr('True', true);
  d.setStr('__debug__', true);
  const types = {
    bool: BoolType, bytearray: ByteArrayType, bytes: BytesType, complex: ComplexType, dict: DictType,
    enumerate: EnumerateType, filter: FilterType, float: FloatType, frozenset: FrozenSetType, int: IntType,
    list: ListType, map: MapType, object: ObjectType, range: RangeType, reversed: ReversedType, set: SetType,
    slice: SliceType, str: StrType, tuple: TupleType, type: TypeType, zip: ZipType,
    property: PropertyType, staticmethod: StaticMethodType, classmethod: ClassMethodType,
  };
  for (const [name, t] of Object.entries(types)) d.setStr(name, t);
  for (const t of EXCEPTION_TYPES) d.setStr(t.name, t);
  d.setStr('EnvironmentError', Exc.OSError);
  d.setStr('IOError', Exc.OSError);
  for (const [name, v] of extra) d.setStr(name, v);
}

/** CPython: _PyBuiltin_Init — the builtins module (made once). */
export function getBuiltinsModule(): PyModule {
  if (module === null) {
    const m = new PyModule('builtins');
    module = m;
    fill(m.dict, m);
  }
  return module;
}

/** A fresh builtins module, for a host VirtualMachine that must not share the process's. */
export function newBuiltinsModule(): PyModule {
  const m = new PyModule('builtins');
  fill(m.dict, m);
  return m;
}

/** The builtins dict (what frames use as f_builtins). */
export function makeBuiltins(): PyDict {
  return getBuiltinsModule().dict;
}

setFilterBoolType(BoolType);
setBuiltinsDictSource(makeBuiltins);
registerBuiltinModule('builtins', getBuiltinsModule);

/**
 * How Python values are represented in JS: the shapes every other module agrees on.
 * int is a JS number (always integral, never -0) and a bigint only beyond 2^53; bool is a JS
 * boolean; str is a JS string; everything else is a PyObject whose `ob_type` is its Python type.
 * Floats are boxed (PyFloat) so that 1 and 1.0 stay distinct. CPython: Include/object.h.
 * This module imports nothing: types fill their method tables from their own files.
 */

export type PyValue = number | bigint | boolean | string | PyObject;

/** Native callable: `self` is the bound object (or the module for module functions). */
export type NativeMethod = (self: PyValue, args: PyValue[], kwnames: readonly string[] | null) => PyValue;

export class PyObject {
  ob_type: PyType;
  constructor(type: PyType) {
    this.ob_type = type;
  }
}

/**
 * Puts PyObject's prototype under a constructor function's (`instanceof PyObject` holds for
 * its objects). The VM's most allocated objects are made by such functions rather than by
 * subclasses of PyObject: see PyFloat.
 */
function objectSubtype(ctor: unknown): void {
  Object.setPrototypeOf((ctor as { prototype: object }).prototype, PyObject.prototype);
}

/**
 * The generation of every type's cached lookups: bumped whenever any type dict or MRO changes
 * after creation (setattr on a class, `__bases__`, natives added to a builtin type), which
 * drops all caches at once (CPython keys its type cache on per-type version tags instead).
 */
export const typeCache = { epoch: 0 };

/** Type flags (CPython: Py_TPFLAGS_*), the subset the VM looks at. */
export const TPFLAGS_HEAPTYPE = 1 << 9;
export const TPFLAGS_BASETYPE = 1 << 10;
/** Set by assigning a non-empty `__abstractmethods__`; object.__new__ then refuses the class. */
export const TPFLAGS_IS_ABSTRACT = 1 << 20;
export const TPFLAGS_BASE_EXC_SUBCLASS = 1 << 30;

export class PyType extends PyObject {
  name: string;
  qualname: string;
  module: string;
  base: PyType | null;
  bases: PyType[];
  mro: PyType[];
  /** Attributes defined on this type itself (the `__dict__` a mappingproxy shows). */
  dict: Map<string, PyValue>;
  flags: number;
  /** Bumped whenever `dict` of this type or of a base changes; attribute caches key on it. */
  version: number;
  /** The native shape instances are built with (CPython: tp_basicsize); set for builtin bases. */
  native: PyType | null;
  /**
   * MRO lookups cached by attributes.ts's lookupAttr (null = no cache yet), valid while
   * `attrCacheEpoch` equals typeCache.epoch (CPython: the type attribute cache).
   */
  attrCache: Map<string, PyValue | null> | null;
  attrCacheEpoch: number;
  /**
   * How attribute reads and writes on instances go (attributes.ts's attrKind: generic, generic
   * with `__getattr__`, or an overridden hook), computed for `kindEpoch`.
   */
  getattrKind: number;
  setattrKind: number;
  kindEpoch: number;
  /**
   * A direct constructor for calls of exactly this builtin type, skipping `__new__`/`__init__`
   * lookup and argument copying (CPython: tp_vectorcall of range, list…); null for the rest.
   */
  vectorcall: ((args: PyValue[], kwnames: readonly string[] | null) => PyValue) | null;
  /**
   * iter(o) for instances of exactly this builtin type, what its `__iter__` returns, without the
   * method lookup and call (CPython: tp_iter); null for the rest, subclasses included.
   */
  tp_iter: ((o: PyValue) => PyValue) | null;
  /**
   * `__slots__` layout of instances (slots.ts): how many slot values they carry, counting
   * the bases' (CPython: the member area of tp_basicsize), and whether they may have a `__dict__`.
   */
  nslots: number;
  instanceHasDict: boolean;
  /**
   * For a plain class (object.__new__, `__init__` a Python function): that `__init__`, cached
   * by the dispatch loop's class-call path for `initEpoch` (typeCache epoch); null otherwise.
   */
  initFunc: PyObject | null;
  initEpoch: number;
  /**
   * The Python methods instances' operators call first, by operator (vm/abstract.ts,
   * leftMethodCached); null until an operator is used on an instance.
   */
  opCache: (OperatorEntry | undefined)[] | null;

  constructor(name: string, base: PyType | null, flags = TPFLAGS_BASETYPE, metatype?: PyType) {
    super(metatype ?? (TypeTypeRef as PyType));
    this.name = name;
    this.qualname = name;
    this.module = 'builtins';
    this.base = base;
    this.bases = base === null ? [] : [base];
    this.mro = base === null ? [this] : [this, ...base.mro];
    this.dict = new Map();
    this.flags = flags;
    this.version = 0;
    this.native = null;
    this.attrCache = null;
    this.attrCacheEpoch = -1;
    this.getattrKind = 0;
    this.setattrKind = 0;
    this.kindEpoch = -1;
    this.vectorcall = null;
    this.tp_iter = null;
    this.nslots = 0;
    this.instanceHasDict = true;
    this.initFunc = null;
    this.initEpoch = -1;
    this.opCache = null;
  }
}

/** What an operator on this type's instances calls first when the other operand's type is `tb`. */
export interface OperatorEntry {
  tb: PyType;
  /** typeCache.epoch when looked up. */
  epoch: number;
  fn: PyObject | null;
}

let TypeTypeRef: PyType | null = null;
export const TypeType: PyType = new PyType('type', null);
TypeTypeRef = TypeType;
TypeType.ob_type = TypeType;
export const ObjectType: PyType = new PyType('object', null);
TypeType.base = ObjectType;
TypeType.bases = [ObjectType];
TypeType.mro = [TypeType, ObjectType];

/** CPython: _PyType_Name — a builtin's tp_name after its last dot ('collections.deque' → 'deque'). */
export function shortTypeName(t: PyType): string {
  return (t.flags & TPFLAGS_HEAPTYPE) !== 0 ? t.name : t.name.slice(t.name.lastIndexOf('.') + 1);
}

/** CPython: PyType_IsSubtype (walks the MRO). */
export function isSubtype(a: PyType, b: PyType): boolean {
  if (a === b) return true;
  const mro = a.mro;
  for (let i = 0; i < mro.length; i++) if (mro[i] === b) return true;
  return false;
}

function builtinType(name: string, base: PyType = ObjectType, flags = TPFLAGS_BASETYPE): PyType {
  return new PyType(name, base, flags);
}

export const IntType = builtinType('int');
export const BoolType = builtinType('bool', IntType, 0);
export const FloatType = builtinType('float');
export const ComplexType = builtinType('complex');
export const StrType = builtinType('str');
export const BytesType = builtinType('bytes');
export const ByteArrayType = builtinType('bytearray');
export const TupleType = builtinType('tuple');
export const ListType = builtinType('list');
export const DictType = builtinType('dict');
export const SetType = builtinType('set');
export const FrozenSetType = builtinType('frozenset');
export const NoneType = builtinType('NoneType', ObjectType, 0);
export const NotImplementedType = builtinType('NotImplementedType', ObjectType, 0);
export const EllipsisType = builtinType('ellipsis', ObjectType, 0);
export const FunctionType = builtinType('function', ObjectType, 0);
export const BuiltinFunctionType = builtinType('builtin_function_or_method', ObjectType, 0);
export const MethodDescrType = builtinType('method_descriptor', ObjectType, 0);
/** Native dunders are slot wrappers (`object.__init__`), bound ones method-wrappers. */
export const WrapperDescrType = builtinType('wrapper_descriptor', MethodDescrType, 0);
export const MethodWrapperType = builtinType('method-wrapper', BuiltinFunctionType, 0);
export const MethodType = builtinType('method', ObjectType, 0);
export const CodeType = builtinType('code', ObjectType, 0);
export const CellType = builtinType('cell', ObjectType, 0);
export const ModuleType = builtinType('module');
export const FrameType = builtinType('frame', ObjectType, 0);
export const TracebackType = builtinType('traceback', ObjectType, 0);
export const RangeType = builtinType('range', ObjectType, 0);
export const SliceType = builtinType('slice', ObjectType, 0);

export class PySingleton extends PyObject {
  constructor(type: PyType, readonly repr: string) {
    super(type);
  }
}
export const None = new PySingleton(NoneType, 'None');
export const NotImplemented = new PySingleton(NotImplementedType, 'NotImplemented');
export const Ellipsis = new PySingleton(EllipsisType, 'Ellipsis');

/**
 * A float. Not a class: a derived class's constructor is 52 bytes of bytecode (the super
 * call's checks), more than TurboFan inlines at every `new` once a function has many of them
 * (nbody's advance makes 30 floats a step, and only 13 were inlined). This one is small
 * enough to be inlined everywhere, and escape analysis then removes the temporaries.
 */
export interface PyFloat extends PyObject {
  readonly value: number;
}
export const PyFloat = function PyFloat(this: { ob_type: PyType; value: number }, value: number): void {
  this.ob_type = FloatType;
  this.value = value;
} as unknown as new (value: number) => PyFloat;
objectSubtype(PyFloat);

// V8 gives a field the representation of the first value stored in it and changes it (making
// a new map and throwing away code optimised against the old one) when a value of another kind
// arrives. The first instances below settle those fields now, before any code is optimised:
// a float's value is a double even when integral, a cell holds ints and objects alike.
new PyFloat(0.5);

export class PyComplex extends PyObject {
  constructor(readonly real: number, readonly imag: number) {
    super(ComplexType);
  }
}

export class PyBytes extends PyObject {
  constructor(readonly data: Uint8Array) {
    super(BytesType);
  }
}

/** A tuple (or an instance of a tuple subclass); made by a constructor function, as PyFloat. */
export interface PyTuple extends PyObject {
  /** Never mutated after construction (except while being built by the VM). */
  readonly items: PyValue[];
}
export const PyTuple = function PyTuple(
  this: { ob_type: PyType; items: PyValue[] }, items: PyValue[], type?: PyType,
): void {
  this.ob_type = type === undefined ? TupleType : type;
  this.items = items;
} as unknown as new (items: PyValue[], type?: PyType) => PyTuple;
objectSubtype(PyTuple);

/**
 * An empty array in V8's PACKED_ELEMENTS kind, for item arrays built by pushing. Built from `[]`
 * or `new Array(n)`, an array of small ints is kept as SMI elements, of wide ints as unboxed
 * doubles (boxed afresh on every read), and a preallocated one as holey: the loop's subscript
 * and LOAD_CONST sites would meet arrays of all those kinds and stay polymorphic.
 */
export function objectArray(): PyValue[] {
  const a: PyValue[] = [None];
  a.pop();
  return a;
}

/** A list (or an instance of a list subclass); made by a constructor function, as PyFloat. */
export interface PyList extends PyObject {
  items: PyValue[];
}
export const PyList = function PyList(
  this: { ob_type: PyType; items: PyValue[] }, items: PyValue[], type?: PyType,
): void {
  this.ob_type = type === undefined ? ListType : type;
  this.items = items;
} as unknown as new (items: PyValue[], type?: PyType) => PyList;
objectSubtype(PyList);

// CPython's Py*_CheckExact: a builtin value of exactly that type (not a subclass), tested by its
// class alone. An `instanceof` on a value whose V8 map is unknown is a prototype-chain walk, a
// loop in TurboFan's graph; these classes cannot be subclassed in place or become another
// object's `__class__`, and a str or an int (a JavaScript primitive) has no ob_type.

export function floatCheckExact(v: PyValue): v is PyFloat {
  return (v as PyObject).ob_type === FloatType;
}

export function listCheckExact(v: PyValue): v is PyList {
  return (v as PyObject).ob_type === ListType;
}

export function tupleCheckExact(v: PyValue): v is PyTuple {
  return (v as PyObject).ob_type === TupleType;
}

/** A user-class instance or any object whose attributes live in a dict. */
export interface PyInstance extends PyObject {
  dict: PyObject | null;
}
/** Made by a constructor function, as PyFloat: every `Vec(x, y)` allocates one. */
export const PyInstance = function PyInstance(
  this: { ob_type: PyType; dict: PyObject | null }, type: PyType, dict: PyObject | null,
): void {
  this.ob_type = type;
  this.dict = dict;
} as unknown as new (type: PyType, dict: PyObject | null) => PyInstance;
objectSubtype(PyInstance);

export interface PyCell extends PyObject {
  /** null while empty (CPython: ob_ref == NULL). */
  ob_ref: PyValue | null;
}
/** Made by a constructor function, as PyFloat. */
export const PyCell = function PyCell(
  this: { ob_type: PyType; ob_ref: PyValue | null }, ob_ref: PyValue | null,
): void {
  this.ob_type = CellType;
  this.ob_ref = ob_ref;
} as unknown as new (ob_ref: PyValue | null) => PyCell;
objectSubtype(PyCell);
new PyCell(0).ob_ref = None;

/**
 * A native's entry for exactly zero, one or two positional arguments, without an argument
 * array or count checks: what translated code (vm/jit.ts) calls for `len(x)` or `xs.append(x)`,
 * as CPython 3.11 specialises those calls (PRECALL_NO_KW_LEN, PRECALL_NO_KW_LIST_APPEND).
 */
export type NativeMethod0 = (self: PyValue) => PyValue;
export type NativeMethod1 = (self: PyValue, a: PyValue) => PyValue;
export type NativeMethod2 = (self: PyValue, a: PyValue, b: PyValue) => PyValue;

export class PyBuiltinFunction extends PyObject {
  fn0: NativeMethod0 | null = null;
  fn1: NativeMethod1 | null = null;
  fn2: NativeMethod2 | null = null;
  constructor(
    readonly name: string,
    readonly fn: NativeMethod,
    /** The bound object (CPython: m_self); the module for plain functions. */
    readonly self: PyValue,
    readonly qualname: string = name,
    readonly doc: string | null = null,
  ) {
    super(BuiltinFunctionType);
  }
}

/** An unbound native method in a type's dict (CPython: PyMethodDescrObject). */
export class PyMethodDescr extends PyObject {
  /** As PyBuiltinFunction's, `self` an instance of objclass (the caller checks). */
  fn0: NativeMethod0 | null = null;
  fn1: NativeMethod1 | null = null;
  fn2: NativeMethod2 | null = null;
  constructor(
    readonly name: string,
    readonly fn: NativeMethod,
    readonly objclass: PyType,
    readonly doc: string | null = null,
  ) {
    super(isSlotName(name) ? WrapperDescrType : MethodDescrType);
  }
}

/** The native method `d` bound to `obj` (a method-wrapper for a slot wrapper). */
export function bindMethodDescr(d: PyMethodDescr, obj: PyValue): PyBuiltinFunction {
  const f = new PyBuiltinFunction(d.name, d.fn, obj, `${d.objclass.name}.${d.name}`, d.doc);
  if (d.ob_type === WrapperDescrType) f.ob_type = MethodWrapperType;
  return f;
}

const NON_SLOT_DUNDERS = new Set([
  '__format__', '__reduce__', '__reduce_ex__', '__dir__', '__sizeof__', '__getnewargs__', '__getstate__',
  '__subclasshook__', '__init_subclass__', '__round__', '__trunc__', '__floor__', '__ceil__', '__bytes__',
  '__complex__', '__length_hint__', '__reversed__', '__enter__', '__exit__', '__fspath__', '__copy__',
  '__deepcopy__', '__class_getitem__', '__instancecheck__', '__subclasscheck__', '__subclasses__',
  '__prepare__', '__getnewargs_ex__', '__setstate__',
]);

/** Dunders that are type slots show as `<slot wrapper …>` (CPython: wrapper_descriptor). */
export function isSlotName(name: string): boolean {
  return name.startsWith('__') && name.endsWith('__') && !NON_SLOT_DUNDERS.has(name);
}


/** A Python function bound to an object (CPython: PyMethodObject). */
export class PyMethod extends PyObject {
  constructor(readonly im_func: PyValue, readonly im_self: PyValue) {
    super(MethodType);
  }
}

/**
 * A native iterator (list_iterator, str_iterator, generators…): `next()` returns the next item
 * or null when exhausted, never throwing StopIteration for that (CPython: tp_iternext).
 * abstract.ts's iterNext calls it directly; `defIteratorType` there adds `__iter__`/`__next__`.
 */
export abstract class PyIterator extends PyObject {
  abstract next(): PyValue | null;
}

/** CPython: Py_TYPE(v). */
export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return IntType;
    case 'string':
      return StrType;
    case 'boolean':
      return BoolType;
    default:
      return v.ob_type;
  }
}

/** CPython: _PyType_Lookup — find `name` along the MRO, or undefined. */
export function lookupType(type: PyType, name: string): PyValue | undefined {
  const mro = type.mro;
  for (let i = 0; i < mro.length; i++) {
    const v = mro[i].dict.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** Adds a native method to a builtin type's dict. */
export function defMethod(type: PyType, name: string, fn: NativeMethod, doc: string | null = null): void {
  type.dict.set(name, new PyMethodDescr(name, fn, type, doc));
  typeCache.epoch++;
}

/** Gives the method `name` of builtin type `type` its fixed-arity entries. */
export function defFixedArity(
  type: PyType, name: string, fn0: NativeMethod0 | null, fn1: NativeMethod1 | null, fn2: NativeMethod2 | null = null,
): void {
  const d = type.dict.get(name) as PyMethodDescr;
  d.fn0 = fn0;
  d.fn1 = fn1;
  d.fn2 = fn2;
}

/** A native attribute on a builtin type (CPython: PyGetSetDescrObject), e.g. `f.__name__`. */
export class PyGetSetDescr extends PyObject {
  constructor(
    readonly name: string,
    readonly objclass: PyType,
    readonly get: (self: PyValue) => PyValue,
    readonly set: ((self: PyValue, value: PyValue | null) => void) | null = null,
  ) {
    super(GetSetDescrType);
  }
}
export const GetSetDescrType = builtinType('getset_descriptor', ObjectType, 0);

/** Adds a native attribute to a builtin type's dict. */
export function defGetSet(
  type: PyType,
  name: string,
  get: (self: PyValue) => PyValue,
  set: ((self: PyValue, value: PyValue | null) => void) | null = null,
): void {
  type.dict.set(name, new PyGetSetDescr(name, type, get, set));
  typeCache.epoch++;
}

/**
 * The outcome of rich-comparison `op` (CmpOp.LT..GE, 0..5) given a three-way result: negative,
 * zero, positive, or NaN when unordered (every comparison is then false except `!=`).
 */
export function compareResult(c: number, op: number): boolean {
  switch (op) {
    case 0: return c < 0;
    case 1: return c <= 0;
    case 2: return c === 0;
    case 3: return c !== 0;
    case 4: return c > 0;
    default: return c >= 0;
  }
}

export const RICH_COMPARE_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'] as const;

/**
 * Defines `__lt__` … `__ge__` on a builtin type from one three-way comparison (as for
 * compareResult), or null for NotImplemented.
 */
export function defRichCompare(type: PyType, compare: (self: PyValue, other: PyValue) => number | null): void {
  RICH_COMPARE_NAMES.forEach((name, op) => {
    defMethod(type, name, (self, args) => {
      const c = compare(self, args[0]);
      return c === null ? NotImplemented : compareResult(c, op);
    });
  });
}

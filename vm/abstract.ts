/**
 * The object protocol the VM's opcode handlers call (CPython: Objects/abstract.c, object.c).
 * Each function has fast paths for the builtin representations (JS number/string/boolean) and
 * falls back to the type's special methods.
 * (Signatures fixed; bodies to be filled in.)
 */
import type { PyType, PyValue } from './objects/object.js';

/** Binary operator numbers: the order of CPython 3.11's NB_* (nb_add…). */
export const NB = Object.freeze({
  ADD: 0, AND: 1, FLOOR_DIVIDE: 2, LSHIFT: 3, MATRIX_MULTIPLY: 4, MULTIPLY: 5, REMAINDER: 6,
  OR: 7, POWER: 8, RSHIFT: 9, SUBTRACT: 10, TRUE_DIVIDE: 11, XOR: 12,
} as const);

declare function unimplemented(): never;

/** CPython: PyNumber_Add and friends; `op` is an NB value. */
export function binaryOp(a: PyValue, b: PyValue, op: number): PyValue { void a; void b; void op; return unimplemented(); }
/** CPython: PyNumber_InPlaceAdd and friends (tries __iadd__ first). */
export function inplaceOp(a: PyValue, b: PyValue, op: number): PyValue { void a; void b; void op; return unimplemented(); }
export function negative(a: PyValue): PyValue { void a; return unimplemented(); }
export function positive(a: PyValue): PyValue { void a; return unimplemented(); }
export function invert(a: PyValue): PyValue { void a; return unimplemented(); }
/** CPython: PyObject_IsTrue. */
export function isTrue(v: PyValue): boolean { void v; return unimplemented(); }
/** CPython: PyObject_RichCompare; `op` is CmpOp.LT..GE (0..5). */
export function richCompare(a: PyValue, b: PyValue, op: number): PyValue { void a; void b; void op; return unimplemented(); }
/** CPython: PySequence_Contains (`item in container`). */
export function contains(container: PyValue, item: PyValue): boolean { void container; void item; return unimplemented(); }
/** CPython: PyObject_GetIter. */
export function getIter(v: PyValue): PyValue { void v; return unimplemented(); }
/** CPython: tp_iternext; null when exhausted (never throws StopIteration for that). */
export function iterNext(it: PyValue): PyValue | null { void it; return unimplemented(); }
export function getAttr(o: PyValue, name: string): PyValue { void o; void name; return unimplemented(); }
export function setAttr(o: PyValue, name: string, v: PyValue): void { void o; void name; void v; unimplemented(); }
export function delAttr(o: PyValue, name: string): void { void o; void name; unimplemented(); }
export function getItem(o: PyValue, key: PyValue): PyValue { void o; void key; return unimplemented(); }
export function setItem(o: PyValue, key: PyValue, v: PyValue): void { void o; void key; void v; unimplemented(); }
export function delItem(o: PyValue, key: PyValue): void { void o; void key; unimplemented(); }
export function repr(v: PyValue): string { void v; return unimplemented(); }
export function str(v: PyValue): string { void v; return unimplemented(); }
/** CPython: PyObject_Format (format(v, spec)). */
export function format(v: PyValue, spec: string): string { void v; void spec; return unimplemented(); }
export function hash(v: PyValue): number { void v; return unimplemented(); }
/** type(...)(args): __new__ then __init__. */
export function typeCall(type: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue { void type; void args; void kwnames; return unimplemented(); }

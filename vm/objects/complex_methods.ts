/**
 * The Python-visible methods of complex: operators (ints and floats are widened), equality,
 * `complex(real, imag)` and `complex('1+2j')`, `abs`, `conjugate`, `real`/`imag`.
 * CPython: Objects/complexobject.c (complex_new, complex_methods).
 */
import {
  ComplexType, NotImplemented, PyBuiltinFunction, PyComplex, PyFloat, PyMethodDescr, PyType,
  defGetSet, lookupType, typeOf, type PyValue,
} from './object.js';
import { Exc, newException, typeError, checkNewType } from './exceptions.js';
import { complexBinaryOp, complexParts, numKind, K_NONE } from './numeric.js';
import { complexHash, complexRepr } from './complex.js';
import { floatHash } from './float.js';
import { formatComplex } from './format.js';
import { floatFromValue, parseFloatText } from './float_methods.js';
import { callMethod } from '../abstract.js';
import { parseArgs } from './native_args.js';

function complexSelf(v: PyValue): [number, number] {
  if (v instanceof PyComplex) return [v.real, v.imag];
  throw typeError(`descriptor requires a 'complex' object but received a '${typeOf(v).name}'`);
}

function def(name: string, fn: (self: PyValue, args: PyValue[], kwnames: readonly string[] | null) => PyValue): void {
  ComplexType.dict.set(name, new PyMethodDescr(name, fn, ComplexType));
}

const COMPLEX_RE = /^\(?\s*([+-]?(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?|[+-]?(?:inf|infinity|nan))?\s*(?:([+-](?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)?(?:[eE][+-]?\d+)?|[+-](?:inf|infinity|nan))?([jJ]))?\s*\)?$/i;

/** Parses complex() text such as '1+2j', '-3.5j', '(1-1j)'; null when invalid. */
export function parseComplexText(text: string): [number, number] | null {
  const s = text.trim();
  if (s.startsWith('(') !== s.endsWith(')')) return null;
  const inner = s.startsWith('(') ? s.slice(1, -1).trim() : s;
  if (inner === '') return null;
  const m = COMPLEX_RE.exec(inner);
  if (m === null) return null;
  const [, a, b, j] = m;
  if (j === undefined) {
    if (a === undefined) return null;
    const re = parseFloatText(a);
    return re === null ? null : [re, 0];
  }
  if (b === undefined) {
    // only one number: it is the imaginary part ('2j', '-j' is not allowed without digits)
    if (a === undefined) return [0, 1];
    const im = parseFloatText(a);
    return im === null ? null : [0, im];
  }
  const re = a === undefined ? 0 : parseFloatText(a);
  const im = b === '+' ? 1 : b === '-' ? -1 : parseFloatText(b);
  if (re === null || im === null) return null;
  return [re, im];
}

function toComplexParts(v: PyValue): [number, number] | null {
  if (v instanceof PyComplex) return [v.real, v.imag];
  if (numKind(v) !== K_NONE) return complexParts(v);
  const f = lookupType(typeOf(v), '__complex__');
  if (f !== undefined) {
    const r = callMethod(f, v, []);
    if (r instanceof PyComplex) return [r.real, r.imag];
    throw typeError(`__complex__ returned non-complex (type ${typeOf(r).name})`);
  }
  if (lookupType(typeOf(v), '__float__') !== undefined || lookupType(typeOf(v), '__index__') !== undefined) {
    return [floatFromValue(v), 0];
  }
  return null;
}

function complexNew(cls: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const [real, imag] = parseArgs('complex', args, kwnames, ['real', 'imag'], 0);
  let re = 0, im = 0;
  if (typeof real === 'string') {
    if (imag !== undefined) throw typeError("complex() can't take second arg if first is a string");
    const p = parseComplexText(real);
    if (p === null) throw newException(Exc.ValueError, 'complex() arg is a malformed string');
    [re, im] = p;
  } else if (real !== undefined) {
    const p = toComplexParts(real);
    if (p === null) {
      throw typeError(`complex() first argument must be a string or a number, not '${typeOf(real).name}'`);
    }
    [re, im] = p;
  }
  if (imag !== undefined) {
    if (typeof imag === 'string') throw typeError("complex() second arg can't be a string");
    const p = toComplexParts(imag);
    if (p === null) {
      throw typeError(`complex() second argument must be a number, not '${typeOf(imag).name}'`);
    }
    // CPython: complex_new_impl only adds the parts that came from complex arguments, so
    // complex(0, -0.0) keeps its negative zero
    if (imag instanceof PyComplex) re -= p[1];
    im = real instanceof PyComplex ? im + p[0] : p[0];
  }
  const c = new PyComplex(re, im);
  if (cls !== ComplexType) c.ob_type = cls;
  return c;
}

function install(): void {
  const T = ComplexType;
  T.dict.set('__new__', new PyBuiltinFunction('__new__', (_s, args, kwnames) => {
    const cls = args[0];
    checkNewType(cls, ComplexType, 'complex');
    return complexNew(cls, args.slice(1), kwnames);
  }, T, 'complex.__new__'));
  for (const [n, op] of [['add', 0], ['mul', 5], ['pow', 8], ['sub', 10], ['truediv', 11]] as [string, number][]) {
    def(`__${n}__`, (self, args) => {
      if (numKind(args[0]) === K_NONE) return NotImplemented;
      const [ar, ai] = complexSelf(self), [br, bi] = complexParts(args[0]);
      return complexBinaryOp(ar, ai, br, bi, op);
    });
    def(`__r${n}__`, (self, args) => {
      if (numKind(args[0]) === K_NONE) return NotImplemented;
      const [ar, ai] = complexParts(args[0]), [br, bi] = complexSelf(self);
      return complexBinaryOp(ar, ai, br, bi, op);
    });
  }
  const eq = (self: PyValue, args: PyValue[]): PyValue => {
    if (numKind(args[0]) === K_NONE) return NotImplemented;
    const [ar, ai] = complexSelf(self), [br, bi] = complexParts(args[0]);
    return ar === br && ai === bi;
  };
  def('__eq__', eq);
  def('__ne__', (self, args) => {
    const r = eq(self, args);
    return r === NotImplemented ? r : !r;
  });
  for (const n of ['__lt__', '__le__', '__gt__', '__ge__']) def(n, () => NotImplemented);
  def('__neg__', self => { const [r, i] = complexSelf(self); return new PyComplex(-r, -i); });
  def('__pos__', self => { const [r, i] = complexSelf(self); return new PyComplex(r, i); });
  def('__abs__', self => {
    const [r, i] = complexSelf(self);
    const h = Math.hypot(r, i);
    if (h === Infinity && Number.isFinite(r) && Number.isFinite(i)) {
      throw newException(Exc.OverflowError, 'absolute value too large');
    }
    return new PyFloat(h);
  });
  def('__bool__', self => { const [r, i] = complexSelf(self); return r !== 0 || i !== 0; });
  def('__hash__', self => { const [r, i] = complexSelf(self); return complexHash(r, i, floatHash); });
  def('__repr__', self => { const [r, i] = complexSelf(self); return complexRepr(r, i); });
  def('__format__', (self, args) => {
    const [r, i] = complexSelf(self);
    const spec = args[0];
    if (typeof spec !== 'string') throw typeError(`format() argument 2 must be str, not ${typeOf(spec).name}`);
    return formatComplex(r, i, spec, complexRepr);
  });
  def('conjugate', self => { const [r, i] = complexSelf(self); return new PyComplex(r, -i); });
  def('__getnewargs__', self => { const [r, i] = complexSelf(self); return new PyComplex(r, i); });
  defGetSet(T, 'real', self => new PyFloat(complexSelf(self)[0]));
  defGetSet(T, 'imag', self => new PyFloat(complexSelf(self)[1]));
}

install();

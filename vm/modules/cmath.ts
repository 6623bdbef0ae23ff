/**
 * The `cmath` module: complex square root, exponential and logarithms, phase/polar/rect, the
 * trigonometric and hyperbolic functions and their inverses, isclose and the classification
 * tests, using CPython's formulas (c_sqrt's scaling, c_log's log1p near |z| = 1) so finite
 * results agree to the last bit. CPython: Modules/cmathmodule.c.
 */
import { PyComplex, PyFloat, PyTuple, lookupType, typeOf, type PyValue } from '../objects/object.js';
import { Exc, newException, typeError } from '../objects/exceptions.js';
import { makeNativeModule, type PyModule } from '../objects/module.js';
import { registerBuiltinModule } from './registry.js';
import { K_FLOAT, K_INT, floatOf, numKind } from '../objects/numeric.js';
import { callMethod } from '../abstract.js';
import { complexQuot } from '../objects/complex.js';
import { clinicArgs } from './itertools_util.js';

type C = [number, number];
type Fn = (self: PyValue, args: PyValue[], kwnames: readonly string[] | null) => PyValue;

const DBL_MIN = 2.2250738585072014e-308;
const LARGE = Number.MAX_VALUE / 4;

/** An argument as a complex (CPython: PyArg_Parse "D" — __complex__, then float conversion). */
function toC(v: PyValue): C {
  if (v instanceof PyComplex) return [v.real, v.imag];
  const k = numKind(v);
  if (k === K_INT || k === K_FLOAT) return [floatOf(v), 0];
  if (typeof v !== 'string') {
    const t = typeOf(v);
    const cm = lookupType(t, '__complex__');
    if (cm !== undefined) {
      const r = callMethod(cm, v, []);
      if (r instanceof PyComplex) return [r.real, r.imag];
      throw typeError(`__complex__ returned non-complex (type ${typeOf(r).name})`);
    }
    const fm = lookupType(t, '__float__');
    if (fm !== undefined) {
      const r = callMethod(fm, v, []);
      if (r instanceof PyFloat) return [r.value, 0];
    }
  }
  throw typeError(`must be real number, not ${typeOf(v).name}`);
}

function toD(v: PyValue): number {
  const k = numKind(v);
  if (k === K_INT || k === K_FLOAT) return floatOf(v);
  throw typeError(`must be real number, not ${typeOf(v).name}`);
}

const cx = (c: C): PyComplex => new PyComplex(c[0] === 0 ? c[0] : c[0], c[1]);

function copysign(x: number, y: number): number {
  const neg = y < 0 || Object.is(y, -0);
  return neg ? -Math.abs(x) : Math.abs(x);
}

function domain(): never {
  throw newException(Exc.ValueError, 'math domain error');
}

/** CPython: c_sqrt. */
function cSqrt([re, im]: C): C {
  if (re === 0 && im === 0) return [0, im];
  let ax = Math.abs(re);
  const ay = Math.abs(im);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    ax = ax * 2 ** 53;
    s = 2 ** -27 * Math.sqrt(ax + Math.hypot(ax, ay * 2 ** 53));
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + Math.hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  return re >= 0 ? [s, copysign(d, im)] : [d, copysign(s, im)];
}

function cExp([re, im]: C): C {
  if (!Number.isFinite(re) || !Number.isFinite(im)) {
    const l = Math.exp(re);
    return [im === 0 ? l : l * Math.cos(im), im === 0 ? im : l * Math.sin(im)];
  }
  let r: C;
  if (re > 708.3964185322641) {
    const l = Math.exp(re - 1);
    r = [l * Math.cos(im) * Math.E, l * Math.sin(im) * Math.E];
  } else {
    const l = Math.exp(re);
    r = [l * Math.cos(im), l * Math.sin(im)];
  }
  if (!Number.isFinite(r[0]) || !Number.isFinite(r[1])) throw newException(Exc.OverflowError, 'math range error');
  return r;
}

/** CPython: c_log. */
function cLog([re, im]: C): C {
  const ax = Math.abs(re), ay = Math.abs(im);
  let lr: number;
  if (ax > LARGE || ay > LARGE) lr = Math.log(Math.hypot(ax / 2, ay / 2)) + Math.LN2;
  else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) lr = Math.log(Math.hypot(ax * 2 ** 53, ay * 2 ** 53)) - 53 * Math.LN2;
    else domain();
  } else {
    const h = Math.hypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      const am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
      lr = Math.log1p((am - 1) * (am + 1) + an * an) / 2;
    } else lr = Math.log(h);
  }
  return [lr, Math.atan2(im, re)];
}

function cSinh([x, y]: C): C {
  return [Math.sinh(x) * Math.cos(y), Math.cosh(x) * Math.sin(y)];
}
function cCosh([x, y]: C): C {
  return [Math.cosh(x) * Math.cos(y), Math.sinh(x) * Math.sin(y)];
}
function cTanh([x, y]: C): C {
  const tx = Math.tanh(x), ty = Math.tan(y), c = 1 / Math.cosh(x);
  const txty = tx * ty, denom = 1 + txty * txty;
  return [tx * (1 + ty * ty) / denom, ((ty / denom) * c) * c];
}
function cAsinh([x, y]: C): C {
  const s1 = cSqrt([1 + y, -x]), s2 = cSqrt([1 - y, x]);
  return [Math.asinh(s1[0] * s2[1] - s2[0] * s1[1]), Math.atan2(y, s1[0] * s2[0] - s1[1] * s2[1])];
}
function cAcos([x, y]: C): C {
  const s1 = cSqrt([1 - x, -y]), s2 = cSqrt([1 + x, y]);
  return [2 * Math.atan2(s1[0], s2[0]), Math.asinh(s2[0] * s1[1] - s2[1] * s1[0])];
}
function cAcosh([x, y]: C): C {
  const s1 = cSqrt([x - 1, y]), s2 = cSqrt([x + 1, y]);
  return [Math.asinh(s1[0] * s2[0] + s1[1] * s2[1]), 2 * Math.atan2(s1[1], s2[0])];
}
function cAtanh(z: C): C {
  if (z[0] < 0) {
    const r = cAtanh([-z[0], -z[1]]);
    return [-r[0], -r[1]];
  }
  const [x, y] = z;
  const ay = Math.abs(y);
  if (x === 1 && ay < 1.4916681462400413e-154) {
    if (ay === 0) domain();
    return [-Math.log(Math.sqrt(ay) / Math.sqrt(Math.hypot(ay, 2))), copysign(Math.atan2(2, -ay) / 2, y)];
  }
  return [Math.log1p(4 * x / ((1 - x) * (1 - x) + ay * ay)) / 4, -Math.atan2(-2 * y, (1 - x) * (1 + x) - ay * ay) / 2];
}
const rot = (f: (z: C) => C) => ([x, y]: C): C => {
  const r = f([-y, x]);
  return [r[1], -r[0]];
};

function one(name: string, f: (z: C) => C): Fn {
  return (_s, args, kw) => {
    if (kw !== null && kw.length > 0) throw typeError(`cmath.${name}() takes no keyword arguments`);
    if (args.length !== 1) throw typeError(`cmath.${name}() takes exactly one argument (${args.length} given)`);
    const r = f(toC(args[0]));
    return cx(r);
  };
}

function isclose(a: C, b: C, rel: number, abs: number): boolean {
  if (rel < 0 || abs < 0) throw newException(Exc.ValueError, 'tolerances must be non-negative');
  if (a[0] === b[0] && a[1] === b[1]) return true;
  if (!Number.isFinite(a[0]) || !Number.isFinite(a[1]) || !Number.isFinite(b[0]) || !Number.isFinite(b[1])) return false;
  const diff = Math.hypot(a[0] - b[0], a[1] - b[1]);
  return diff <= rel * Math.hypot(b[0], b[1]) || diff <= rel * Math.hypot(a[0], a[1]) || diff <= abs;
}

function build(): PyModule {
  const fns: Record<string, Fn> = {
    sqrt: one('sqrt', cSqrt),
    exp: one('exp', cExp),
    log10: one('log10', z => { const r = cLog(z); return [r[0] / Math.LN10, r[1] / Math.LN10]; }),
    sin: one('sin', rot(cSinh)),
    cos: one('cos', ([x, y]) => cCosh([-y, x])),
    tan: one('tan', rot(cTanh)),
    asin: one('asin', rot(cAsinh)),
    acos: one('acos', cAcos),
    atan: one('atan', rot(cAtanh)),
    sinh: one('sinh', cSinh),
    cosh: one('cosh', cCosh),
    tanh: one('tanh', cTanh),
    asinh: one('asinh', cAsinh),
    acosh: one('acosh', cAcosh),
    atanh: one('atanh', cAtanh),
    log: (_s, args, kw) => {
      const [z, base] = clinicArgs('log', args, kw, ['x', 'base'], 1, 2);
      const r = cLog(toC(z!));
      if (base === undefined) return cx(r);
      const b = cLog(toC(base));
      if (b[0] === 0 && b[1] === 0) domain();
      return complexQuot(r[0], r[1], b[0], b[1]);
    },
    phase: (_s, args) => {
      if (args.length !== 1) throw typeError(`phase() takes exactly one argument (${args.length} given)`);
      const [x, y] = toC(args[0]);
      return new PyFloat(Math.atan2(y, x));
    },
    polar: (_s, args) => {
      if (args.length !== 1) throw typeError(`polar() takes exactly one argument (${args.length} given)`);
      const [x, y] = toC(args[0]);
      return new PyTuple([new PyFloat(Math.hypot(x, y)), new PyFloat(Math.atan2(y, x))]);
    },
    rect: (_s, args) => {
      if (args.length !== 2) throw typeError(`rect expected 2 arguments, got ${args.length}`);
      const r = toD(args[0]), phi = toD(args[1]);
      if (phi === 0) return new PyComplex(r, r * phi);
      return new PyComplex(r * Math.cos(phi), r * Math.sin(phi));
    },
    isfinite: one1('isfinite', ([x, y]) => Number.isFinite(x) && Number.isFinite(y)),
    isinf: one1('isinf', ([x, y]) => Math.abs(x) === Infinity || Math.abs(y) === Infinity),
    isnan: one1('isnan', ([x, y]) => x !== x || y !== y),
    isclose: (_s, args, kw) => {
      const [a, b, rel, abs] = clinicArgs('isclose', args, kw, ['a', 'b', 'rel_tol', 'abs_tol'], 2, 2);
      return isclose(toC(a!), toC(b!), rel === undefined ? 1e-9 : toD(rel), abs === undefined ? 0 : toD(abs));
    },
  };
  return makeNativeModule('cmath', fns, {
    pi: new PyFloat(Math.PI),
    e: new PyFloat(Math.E),
    tau: new PyFloat(2 * Math.PI),
    inf: new PyFloat(Infinity),
    infj: new PyComplex(0, Infinity),
    nan: new PyFloat(NaN),
    nanj: new PyComplex(0, NaN),
  });
}

function one1(name: string, f: (z: C) => boolean): Fn {
  return (_s, args) => {
    if (args.length !== 1) throw typeError(`${name}() takes exactly one argument (${args.length} given)`);
    return f(toC(args[0]));
  };
}

registerBuiltinModule('cmath', build);

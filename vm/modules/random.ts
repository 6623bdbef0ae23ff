/**
 * The `random` module: the Random class (a native base holding a Mersenne Twister, subclassable
 * from Python) with CPython's seeding, integer selection by rejection over getrandbits, sampling
 * and the real-valued distributions, plus module functions bound to a hidden instance.
 * Every algorithm consumes the generator exactly as CPython does, so seeded runs print the same
 * numbers. CPython: Lib/random.py over Modules/_randommodule.c.
 */
import { nodeCrypto } from '../node_lazy.js';
import {
  BoolType, IntType, None, ObjectType, PyBuiltinFunction, PyBytes, PyFloat, PyList, PyObject, PyTuple, PyType,
  RangeType, defGetSet, defMethod, isSubtype, listCheckExact, lookupType, typeOf, type PyValue,
} from '../objects/object.js';
import { Exc, PyException, newException, typeError, checkNewType } from '../objects/exceptions.js';
import { makeNativeModule, type PyModule } from '../objects/module.js';
import { registerBuiltinModule } from './registry.js';
import { bitLength, longAbs, longCompare, toBig, type PyInt } from '../objects/int.js';
import { K_FLOAT, K_INT, floatOf, intOf, numKind } from '../objects/numeric.js';
import { floatMod } from '../objects/float.js';
import { exp as libmExp, log as libmLog, pow as libmPow } from '../objects/libm.js';
import {
  NB, binaryOp, compareBool, getAttr, getItem, hashValue, index as pyIndex, len as pyLen, setItem, eq, toArray,
} from '../abstract.js';
import { callObject } from '../call.js';
import { bytesData } from '../objects/bytes.js';
import { PyDict } from '../objects/dict.js';
import { MersenneTwister } from './random_mt.js';
import { makeSystemRandom } from './random_system.js';
import { bindPy } from './pyargs.js';
import { LT } from '../objects/tuple.js';

export const RandomType = new PyType('Random', ObjectType);
RandomType.module = 'random';
export const SystemRandomType = makeSystemRandom(RandomType);

export class PyRandom extends PyObject {
  readonly gen: MersenneTwister;
  gaussNext: PyValue;
  /** The instance __dict__ (random.Random is a Python class in CPython, so instances have one). */
  readonly dict: PyDict;
  constructor(type: PyType) {
    super(type);
    this.gen = new MersenneTwister();
    this.gaussNext = None;
    this.dict = new PyDict();
  }
}

function asRandom(v: PyValue): PyRandom {
  if (v instanceof PyRandom) return v;
  throw typeError(`descriptor requires a 'Random' object but received a '${typeOf(v).name}'`);
}

const f = (x: number): PyFloat => new PyFloat(x);

/** A float argument as a C double, with CPython's message for non-numbers. */
function dbl(v: PyValue): number {
  const k = numKind(v);
  if (k === K_FLOAT || k === K_INT) return floatOf(v);
  throw typeError(`must be real number, not ${typeOf(v).name}`);
}

// ---- dispatch to overrides in Python subclasses ----

let nativeRandom: PyValue = None;
let nativeGetrandbits: PyValue = None;

/** self.random(), without a call when the native method applies. */
function rand(self: PyRandom): number {
  const t = self.ob_type;
  if (t === RandomType || lookupType(t, 'random') === nativeRandom) return self.gen.random();
  const r = callObject(getAttr(self, 'random'), [], null);
  return dbl(r);
}

function getbits(self: PyRandom, k: number): PyInt {
  const t = self.ob_type;
  if (t === RandomType || lookupType(t, 'getrandbits') === nativeGetrandbits) return self.gen.getrandbits(k);
  return intOf(callObject(getAttr(self, 'getrandbits'), [k], null));
}

/** CPython: Random._randbelow_with_getrandbits. */
function randbelowWith(self: PyRandom, n: PyInt): PyInt {
  const k = bitLength(n);
  let r = getbits(self, k);
  while (longCompare(r, n) >= 0) r = getbits(self, k);
  return r;
}

/** CPython: Random._randbelow_without_getrandbits (for subclasses that only define random()). */
function randbelowWithout(self: PyRandom, n: PyInt): PyInt {
  const maxsize = 2 ** 53;
  if (longCompare(n, maxsize) >= 0) return BigInt(Math.floor(rand(self) * Number(n)));
  const nn = Number(n);
  const rem = maxsize % nn;
  const limit = (maxsize - rem) / maxsize;
  let r = rand(self);
  while (r >= limit) r = rand(self);
  return Math.floor(r * maxsize) % nn;
}

/**
 * self._randbelow(n): what Random.__init_subclass__ would have picked, found by walking the MRO
 * for the first class that defines _randbelow, getrandbits or random.
 */
function randbelow(self: PyRandom, n: PyInt): PyInt {
  const t = self.ob_type;
  if (t === RandomType) return randbelowWith(self, n);
  for (const c of t.mro) {
    if (c === RandomType) return randbelowWith(self, n);
    if (c.dict.has('_randbelow')) return intOf(callObject(getAttr(self, '_randbelow'), [n], null));
    if (c.dict.has('getrandbits')) return randbelowWith(self, n);
    if (c.dict.has('random')) return randbelowWithout(self, n);
  }
  return randbelowWith(self, n);
}

// ---- seeding and state ----

function sha512Seed(data: Uint8Array): bigint {
  const digest = nodeCrypto().createHash('sha512').update(data).digest();
  const all = Buffer.concat([Buffer.from(data), digest]);
  return all.length === 0 ? 0n : BigInt('0x' + all.toString('hex'));
}

function seedImpl(self: PyRandom, a: PyValue, version: PyValue): void {
  const isStr = typeof a === 'string';
  const data = isStr ? null : bytesData(a);
  if (eq(version, 1) && (isStr || (data !== null && a instanceof PyBytes))) {
    const s = isStr ? a as string : String.fromCharCode(...data!);
    const cps = [...s].map(c => BigInt(c.codePointAt(0)!));
    let x = cps.length > 0 ? cps[0] << 7n : 0n;
    for (const c of cps) x = ((1000003n * x) ^ c) & 0xFFFFFFFFFFFFFFFFn;
    x ^= BigInt(cps.length);
    self.gen.seedInt(x);
  } else if (eq(version, 2) && (isStr || data !== null)) {
    self.gen.seedInt(sha512Seed(isStr ? new Uint8Array(Buffer.from(a as string, 'utf8')) : data!));
  } else if (a === None) {
    self.gen.seedUrandom();
  } else if (numKind(a) === K_INT) {
    self.gen.seedInt(toBig(longAbs(intOf(a))));
  } else if (a instanceof PyFloat || isStr || data !== null) {
    // CPython casts the hash to size_t: a negative hash wraps modulo 2**64
    self.gen.seedInt(BigInt.asUintN(64, BigInt(hashValue(a))));
  } else {
    throw typeError('The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
  }
  self.gaussNext = None;
}

function getstate(self: PyRandom): PyTuple {
  const items: PyValue[] = Array.from(self.gen.mt);
  items.push(self.gen.index);
  return new PyTuple([3, new PyTuple(items), self.gaussNext]);
}

/** CPython: random_setstate plus Random.setstate's version handling. */
function setstate(self: PyRandom, state: PyValue): void {
  const version = getItem(state, 0);
  if (!eq(version, 3) && !eq(version, 2)) {
    throw newException(Exc.ValueError, `state with version ${pyStrOf(version)} passed to Random.setstate() of version 3`);
  }
  if (!(state instanceof PyTuple) || state.items.length !== 3) {
    throw newException(Exc.ValueError, `${state instanceof PyTuple && state.items.length > 3 ? 'too many values to unpack (expected 3)' : 'not enough values to unpack (expected 3, got ' + pyLen(state) + ')'}`);
  }
  const inner = state.items[1];
  if (!(inner instanceof PyTuple)) throw typeError('state vector must be a tuple');
  if (inner.items.length !== 625) throw newException(Exc.ValueError, 'state vector is the wrong size');
  const mt = new Uint32Array(624);
  for (let i = 0; i < 624; i++) {
    const v = inner.items[i];
    if (numKind(v) !== K_INT) throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
    let n = intOf(v);
    if (eq(version, 2)) n = BigInt.asUintN(32, toBig(n));
    if (n < 0) throw newException(Exc.OverflowError, "can't convert negative value to unsigned int");
    if (n > 0xffffffff) throw newException(Exc.OverflowError, 'Python int too large to convert to C unsigned long');
    mt[i] = Number(n);
  }
  const idx = intOf(inner.items[624]);
  if (idx < 0 || idx > 624) throw newException(Exc.ValueError, 'invalid state');
  self.gen.mt.set(mt);
  self.gen.index = Number(idx);
  self.gaussNext = state.items[2];
}

function pyStrOf(v: PyValue): string {
  return typeof v === 'string' ? v : String(callObject(getAttr(v, '__str__'), [], null));
}

// ---- integer selection ----

/** operator.index(v), with randrange's fallback for integral floats (deprecated in 3.10). */
function randrangeArg(v: PyValue, what: string): PyInt {
  if (numKind(v) === K_INT) return intOf(v);
  if (typeof v !== 'string' && lookupType(typeOf(v), '__index__') !== undefined) return pyIndex(v);
  const i = callObject(IntType, [v], null);
  if (!eq(i, v)) throw newException(Exc.ValueError, `non-integer ${what} for randrange()`);
  return intOf(i);
}

function randrange(self: PyRandom, start: PyValue, stop: PyValue, step: PyValue | undefined): PyValue {
  const istart = randrangeArg(start, 'arg 1');
  if (stop === None) {
    if (step !== undefined) throw typeError('Missing a non-None stop argument');
    if (istart > 0) return randbelow(self, istart);
    throw newException(Exc.ValueError, 'empty range for randrange()');
  }
  const istop = randrangeArg(stop, 'stop');
  const width = binaryOp(istop, istart, NB.SUBTRACT) as PyInt;
  const istep = step === undefined ? 1 : randrangeArg(step, 'step');
  if (istep === 1) {
    if (width > 0) return binaryOp(istart, randbelow(self, width), NB.ADD);
    throw newException(Exc.ValueError, `empty range for randrange() (${istart}, ${istop}, ${width})`);
  }
  let n: PyValue;
  if (istep > 0) n = binaryOp(binaryOp(width, binaryOp(istep, 1, NB.SUBTRACT), NB.ADD), istep, NB.FLOOR_DIVIDE);
  else if (istep < 0) n = binaryOp(binaryOp(width, binaryOp(istep, 1, NB.ADD), NB.ADD), istep, NB.FLOOR_DIVIDE);
  else throw newException(Exc.ValueError, 'zero step for randrange()');
  if ((n as PyInt) <= 0) throw newException(Exc.ValueError, 'empty range for randrange()');
  return binaryOp(istart, binaryOp(istep, randbelow(self, n as PyInt), NB.MULTIPLY), NB.ADD);
}

function shuffle(self: PyRandom, x: PyValue): void {
  if (listCheckExact(x)) {
    const items = x.items;
    for (let i = items.length - 1; i >= 1; i--) {
      const j = randbelow(self, i + 1) as number;
      const t = items[i]; items[i] = items[j]; items[j] = t;
    }
    return;
  }
  for (let i = pyLen(x) - 1; i >= 1; i--) {
    const j = randbelow(self, i + 1);
    const xi = getItem(x, i), xj = getItem(x, j);
    setItem(x, i, xj);
    setItem(x, j, xi);
  }
}

/** Running sums, as list(itertools.accumulate(values)). */
function accumulate(values: PyValue): PyValue[] {
  const out: PyValue[] = [];
  const items = seqItems(values);
  for (const v of items) out.push(out.length === 0 ? v : binaryOp(out[out.length - 1], v, NB.ADD));
  return out;
}

function seqItems(v: PyValue): PyValue[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items.slice();
  return toArray(v);
}

/** bisect.bisect_right(a, x, lo, hi). */
function bisectRight(a: PyValue[], x: PyValue, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareBool(x, a[mid], LT)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function isSequence(v: PyValue): boolean {
  if (typeof v === 'string' || v instanceof PyList || v instanceof PyTuple || v instanceof PyBytes) return true;
  if (v instanceof PyDict) return false;
  const t = typeOf(v);
  if (t.name === 'set' || t.name === 'frozenset') return false;
  return lookupType(t, '__getitem__') !== undefined && lookupType(t, '__len__') !== undefined;
}

function sample(self: PyRandom, population: PyValue, k: PyValue, counts: PyValue | undefined): PyValue {
  if (!isSequence(population)) throw typeError('Population must be a sequence.  For dicts or sets, use sorted(d).');
  const n = pyLen(population);
  if (counts !== undefined && counts !== None) {
    const cum = accumulate(counts);
    if (cum.length !== n) throw newException(Exc.ValueError, 'The number of counts does not match the population');
    const total = cum.pop()!;
    if (numKind(total) !== K_INT) throw typeError('Counts must be integers');
    if (intOf(total) <= 0) throw newException(Exc.ValueError, 'Total of counts must be greater than zero');
    const rangeObj = callObject(RangeType, [total], null);
    const sel = sample(self, rangeObj, k, undefined) as PyList;
    return new PyList(sel.items.map(s => getItem(population, bisectRight(cum, s, 0, cum.length))));
  }
  if (numKind(k) !== K_INT) {
    if (compareBool(0, k, 1) && compareBool(k, n, 1)) throw typeError(`can't multiply sequence by non-int of type '${typeOf(k).name}'`);
    throw newException(Exc.ValueError, 'Sample larger than population or is negative');
  }
  const kk = intOf(k);
  if (kk < 0 || kk > n) throw newException(Exc.ValueError, 'Sample larger than population or is negative');
  const kn = Number(kk);
  const result: PyValue[] = new Array(kn);
  let setsize = 21;
  if (kn > 5) setsize += 4 ** Math.ceil(libmLog(kn * 3) / libmLog(4));
  const direct = population instanceof PyList || population instanceof PyTuple ? population.items : null;
  if (n <= setsize) {
    const pool = direct !== null ? direct.slice() : seqItems(population);
    for (let i = 0; i < kn; i++) {
      const j = randbelow(self, n - i) as number;
      result[i] = pool[j];
      pool[j] = pool[n - i - 1];
    }
  } else {
    const selected = new Set<number>();
    for (let i = 0; i < kn; i++) {
      let j = randbelow(self, n) as number;
      while (selected.has(j)) j = randbelow(self, n) as number;
      selected.add(j);
      result[i] = direct !== null ? direct[j] : getItem(population, j);
    }
  }
  return new PyList(result);
}

function repeatCount(k: PyValue): number {
  if (numKind(k) !== K_INT) {
    if (typeof k !== 'string' && lookupType(typeOf(k), '__index__') !== undefined) return Math.max(0, Number(pyIndex(k)));
    throw typeError(`'${typeOf(k).name}' object cannot be interpreted as an integer`);
  }
  return Math.max(0, Number(intOf(k)));
}

function choices(self: PyRandom, population: PyValue, weights: PyValue, cumWeights: PyValue, k: PyValue): PyValue {
  const n = pyLen(population);
  const out: PyValue[] = [];
  let cum: PyValue[];
  if (cumWeights === None) {
    if (weights === None) {
      const count = repeatCount(k);
      for (let i = 0; i < count; i++) out.push(getItem(population, Math.floor(rand(self) * n)));
      return new PyList(out);
    }
    try {
      cum = accumulate(weights);
    } catch (e) {
      if (e instanceof PyException && isSubtype(e.ob_type, Exc.TypeError) && numKind(weights) === K_INT && typeOf(weights) !== BoolType) {
        throw typeError(`The number of choices must be a keyword argument: k=${String(weights)}`);
      }
      throw e;
    }
  } else if (weights !== None) {
    throw typeError('Cannot specify both weights and cumulative weights');
  } else {
    cum = seqItems(cumWeights);
  }
  if (cum.length !== n) throw newException(Exc.ValueError, 'The number of weights does not match the population');
  const totalV = binaryOp(cum[cum.length - 1], new PyFloat(0.0), NB.ADD);
  const total = dbl(totalV);
  if (total <= 0.0) throw newException(Exc.ValueError, 'Total of weights must be greater than zero');
  if (!Number.isFinite(total)) throw newException(Exc.ValueError, 'Total of weights must be finite');
  const hi = n - 1;
  const count = repeatCount(k);
  for (let i = 0; i < count; i++) out.push(getItem(population, bisectRight(cum, new PyFloat(rand(self) * total), 0, hi)));
  return new PyList(out);
}

// ---- real-valued distributions ----

const TWOPI = 2.0 * Math.PI;
const LOG4 = libmLog(4.0);
const SG_MAGICCONST = 1.0 + libmLog(4.5);
const NV_MAGICCONST = 4 * libmExp(-0.5) / Math.sqrt(2.0);

function divide(a: number, b: number): number {
  if (b === 0) throw newException(Exc.ZeroDivisionError, 'float division by zero');
  return a / b;
}

function floatPowChecked(x: number, y: number): number {
  if (x === 0 && y < 0) throw newException(Exc.ZeroDivisionError, '0.0 cannot be raised to a negative power');
  return libmPow(x, y);
}

function logChecked(x: number): number {
  if (x <= 0) throw newException(Exc.ValueError, 'math domain error');
  return libmLog(x);
}

function normalvariate(self: PyRandom, mu: number, sigma: number): number {
  let z: number;
  for (;;) {
    const u1 = rand(self);
    const u2 = 1.0 - rand(self);
    z = NV_MAGICCONST * (u1 - 0.5) / u2;
    const zz = z * z / 4.0;
    if (zz <= -logChecked(u2)) break;
  }
  return mu + z * sigma;
}

function gammavariate(self: PyRandom, alpha: number, beta: number): number {
  if (alpha <= 0.0 || beta <= 0.0) throw newException(Exc.ValueError, 'gammavariate: alpha and beta must be > 0.0');
  if (alpha > 1.0) {
    const ainv = Math.sqrt(2.0 * alpha - 1.0);
    const bbb = alpha - LOG4;
    const ccc = alpha + ainv;
    for (;;) {
      const u1 = rand(self);
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      const u2 = 1.0 - rand(self);
      const v = libmLog(u1 / (1.0 - u1)) / ainv;
      const x = alpha * libmExp(v);
      const z = u1 * u1 * u2;
      const r = bbb + ccc * v - x;
      if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= logChecked(z)) return x * beta;
    }
  }
  if (alpha === 1.0) return -logChecked(1.0 - rand(self)) * beta;
  let x: number;
  for (;;) {
    const u = rand(self);
    const b = (Math.E + alpha) / Math.E;
    const p = b * u;
    x = p <= 1.0 ? libmPow(p, 1.0 / alpha) : -logChecked((b - p) / alpha);
    const u1 = rand(self);
    if (p > 1.0) {
      if (u1 <= libmPow(x, alpha - 1.0)) break;
    } else if (u1 <= libmExp(-x)) break;
  }
  return x * beta;
}

function vonmises(self: PyRandom, mu: number, kappa: number): number {
  if (kappa <= 1e-6) return TWOPI * rand(self);
  const s = 0.5 / kappa;
  const r = s + Math.sqrt(1.0 + s * s);
  let z: number;
  for (;;) {
    const u1 = rand(self);
    z = Math.cos(Math.PI * u1);
    const d = z / (r + z);
    const u2 = rand(self);
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * libmExp(d)) break;
  }
  const q = 1.0 / r;
  const fz = (q + z) / (1.0 + q * z);
  const u3 = rand(self);
  return u3 > 0.5 ? floatMod(mu + Math.acos(fz), TWOPI) : floatMod(mu - Math.acos(fz), TWOPI);
}

function expChecked(x: number): number {
  const r = libmExp(x);
  if (r === Infinity && Number.isFinite(x)) throw newException(Exc.OverflowError, 'math range error');
  return r;
}

// ---- the class ----

type M = (self: PyValue, args: PyValue[], kw: readonly string[] | null) => PyValue;

function method(name: string, fn: M): void {
  defMethod(RandomType, name, fn);
}

function install(): void {
  const T = RandomType;
  T.dict.set('__new__', new PyBuiltinFunction('__new__', (_s, a) => {
    const cls = a[0];
    checkNewType(cls, T, 'Random');
    return new PyRandom(cls);
  }, T));
  T.dict.set('VERSION', 3);
  method('__init__', (s, a, kw) => {
    const [x] = bindPy('Random.__init__', a, kw, ['x'], 0);
    callObject(getAttr(s, 'seed'), [x === undefined ? None : x], null);
    asRandom(s).gaussNext = None;
    return None;
  });
  method('seed', (s, a, kw) => {
    const [x, version] = bindPy('Random.seed', a, kw, ['a', 'version'], 0);
    seedImpl(asRandom(s), x === undefined ? None : x, version === undefined ? 2 : version);
    return None;
  });
  method('random', (s, a) => {
    if (a.length !== 0) throw typeError(`Random.random() takes no arguments (${a.length} given)`);
    return f(asRandom(s).gen.random());
  });
  nativeRandom = T.dict.get('random')!;
  method('getrandbits', (s, a, kw) => {
    if (kw !== null && kw.length > 0) throw typeError('Random.getrandbits() takes no keyword arguments');
    if (a.length !== 1) throw typeError(`Random.getrandbits() takes exactly one argument (${a.length} given)`);
    if (numKind(a[0]) !== K_INT) {
      if (a[0] instanceof PyFloat) throw typeError("'float' object cannot be interpreted as an integer");
      throw typeError(`'${typeOf(a[0]).name}' object cannot be interpreted as an integer`);
    }
    const k = intOf(a[0]);
    if (k < 0) throw newException(Exc.ValueError, 'number of bits must be non-negative');
    if (typeof k === 'bigint') throw newException(Exc.OverflowError, 'Python int too large to convert to C int');
    return asRandom(s).gen.getrandbits(k);
  });
  nativeGetrandbits = T.dict.get('getrandbits')!;
  method('getstate', (s, a, kw) => { bindPy('Random.getstate', a, kw, [], 0); return getstate(asRandom(s)); });
  method('setstate', (s, a, kw) => {
    const [st] = bindPy('Random.setstate', a, kw, ['state'], 1);
    setstate(asRandom(s), st!);
    return None;
  });
  method('_randbelow', (s, a, kw) => {
    const [n] = bindPy('Random._randbelow_with_getrandbits', a, kw, ['n'], 1);
    return randbelowWith(asRandom(s), intOf(n!));
  });
  method('randbytes', (s, a, kw) => {
    const [n] = bindPy('Random.randbytes', a, kw, ['n'], 1);
    const nb = binaryOp(n!, 8, NB.MULTIPLY);
    const self = asRandom(s);
    const bits = getbits(self, numKind(nb) === K_INT ? checkBits(intOf(nb)) : Number(intOf(callObject(IntType, [nb], null))));
    const count = Number(intOf(n!));
    const out = new Uint8Array(count);
    let big = toBig(bits);
    for (let i = 0; i < count; i++) { out[i] = Number(big & 0xffn); big >>= 8n; }
    return new PyBytes(out);
  });
  method('randrange', (s, a, kw) => {
    const [start, stop, step] = bindPy('Random.randrange', a, kw, ['start', 'stop', 'step'], 1);
    return randrange(asRandom(s), start!, stop === undefined ? None : stop, step);
  });
  method('randint', (s, a, kw) => {
    const [lo, hi] = bindPy('Random.randint', a, kw, ['a', 'b'], 2);
    return randrange(asRandom(s), lo!, binaryOp(hi!, 1, NB.ADD), undefined);
  });
  method('choice', (s, a, kw) => {
    const [seq] = bindPy('Random.choice', a, kw, ['seq'], 1);
    const n = pyLen(seq!);
    if (n === 0) throw newException(Exc.IndexError, 'Cannot choose from an empty sequence');
    return getItem(seq!, randbelow(asRandom(s), n));
  });
  method('shuffle', (s, a, kw) => {
    const [x] = bindPy('Random.shuffle', a, kw, ['x'], 1);
    shuffle(asRandom(s), x!);
    return None;
  });
  method('sample', (s, a, kw) => {
    const [population, k, counts] = bindPy('Random.sample', a, kw, ['population', 'k', 'counts'], 2, 2);
    return sample(asRandom(s), population!, k!, counts);
  });
  method('choices', (s, a, kw) => {
    const [population, weights, cum, k] = bindPy('Random.choices', a, kw, ['population', 'weights', 'cum_weights', 'k'], 1, 2);
    return choices(asRandom(s), population!, weights ?? None, cum ?? None, k ?? 1);
  });
  method('uniform', (s, a, kw) => {
    const [lo, hi] = bindPy('Random.uniform', a, kw, ['a', 'b'], 2);
    const r = f(rand(asRandom(s)));
    return binaryOp(lo!, binaryOp(binaryOp(hi!, lo!, NB.SUBTRACT), r, NB.MULTIPLY), NB.ADD);
  });
  method('triangular', (s, a, kw) => {
    const [lowV, highV, mode] = bindPy('Random.triangular', a, kw, ['low', 'high', 'mode'], 0);
    let low = lowV === undefined ? 0.0 : dbl(lowV), high = highV === undefined ? 1.0 : dbl(highV);
    let u = rand(asRandom(s));
    let c: number;
    if (mode === undefined || mode === None) c = 0.5;
    else {
      if (high - low === 0) return lowV === undefined ? f(0.0) : lowV;
      c = (dbl(mode) - low) / (high - low);
    }
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      const t = low; low = high; high = t;
    }
    return f(low + (high - low) * Math.sqrt(u * c));
  });
  method('normalvariate', (s, a, kw) => {
    const [mu, sigma] = bindPy('Random.normalvariate', a, kw, ['mu', 'sigma'], 0);
    return f(normalvariate(asRandom(s), mu === undefined ? 0.0 : dbl(mu), sigma === undefined ? 1.0 : dbl(sigma)));
  });
  method('gauss', (s, a, kw) => {
    const [mu, sigma] = bindPy('Random.gauss', a, kw, ['mu', 'sigma'], 0);
    const self = asRandom(s);
    let z = self.gaussNext;
    self.gaussNext = None;
    if (z === None) {
      const x2pi = rand(self) * TWOPI;
      const g2rad = Math.sqrt(-2.0 * logChecked(1.0 - rand(self)));
      z = f(Math.cos(x2pi) * g2rad);
      self.gaussNext = f(Math.sin(x2pi) * g2rad);
    }
    return f((mu === undefined ? 0.0 : dbl(mu)) + dbl(z) * (sigma === undefined ? 1.0 : dbl(sigma)));
  });
  method('lognormvariate', (s, a, kw) => {
    const [mu, sigma] = bindPy('Random.lognormvariate', a, kw, ['mu', 'sigma'], 2);
    return f(expChecked(normalvariate(asRandom(s), dbl(mu!), dbl(sigma!))));
  });
  method('expovariate', (s, a, kw) => {
    const [lambd] = bindPy('Random.expovariate', a, kw, ['lambd'], 1);
    return f(divide(-logChecked(1.0 - rand(asRandom(s))), dbl(lambd!)));
  });
  method('vonmisesvariate', (s, a, kw) => {
    const [mu, kappa] = bindPy('Random.vonmisesvariate', a, kw, ['mu', 'kappa'], 2);
    return f(vonmises(asRandom(s), dbl(mu!), dbl(kappa!)));
  });
  method('gammavariate', (s, a, kw) => {
    const [alpha, beta] = bindPy('Random.gammavariate', a, kw, ['alpha', 'beta'], 2);
    return f(gammavariate(asRandom(s), dbl(alpha!), dbl(beta!)));
  });
  method('betavariate', (s, a, kw) => {
    const [alpha, beta] = bindPy('Random.betavariate', a, kw, ['alpha', 'beta'], 2);
    const self = asRandom(s);
    const y = gammavariate(self, dbl(alpha!), 1.0);
    if (y !== 0) return f(y / (y + gammavariate(self, dbl(beta!), 1.0)));
    return f(0.0);
  });
  method('paretovariate', (s, a, kw) => {
    const [alpha] = bindPy('Random.paretovariate', a, kw, ['alpha'], 1);
    const u = 1.0 - rand(asRandom(s));
    return f(floatPowChecked(u, divide(-1.0, dbl(alpha!))));
  });
  method('weibullvariate', (s, a, kw) => {
    const [alpha, beta] = bindPy('Random.weibullvariate', a, kw, ['alpha', 'beta'], 2);
    const u = 1.0 - rand(asRandom(s));
    return f(dbl(alpha!) * floatPowChecked(-logChecked(u), divide(1.0, dbl(beta!))));
  });
  defGetSet(T, 'gauss_next', s => asRandom(s).gaussNext, (s, v) => { asRandom(s).gaussNext = v === null ? None : v; });
}

function checkBits(k: PyInt): number {
  if (k < 0) throw newException(Exc.ValueError, 'number of bits must be non-negative');
  return Number(k);
}

install();

const EXPORTED = [
  'seed', 'random', 'uniform', 'triangular', 'randint', 'choice', 'randrange', 'sample', 'shuffle', 'choices',
  'normalvariate', 'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate', 'gauss', 'betavariate',
  'paretovariate', 'weibullvariate', 'getstate', 'setstate', 'getrandbits', 'randbytes',
];

function build(): PyModule {
  const m = makeNativeModule('random', {});
  const inst = new PyRandom(RandomType);
  inst.gen.seedUrandom();
  m.dict.setStr('Random', RandomType);
  m.dict.setStr('SystemRandom', SystemRandomType);
  m.dict.setStr('_inst', inst);
  for (const name of EXPORTED) m.dict.setStr(name, getAttr(inst, name));
  m.dict.setStr('__all__', new PyList([
    'Random', 'SystemRandom', ...EXPORTED.filter(n => n !== 'getstate' && n !== 'setstate'), 'getstate', 'setstate',
  ]));
  m.dict.setStr('TWOPI', f(TWOPI));
  m.dict.setStr('LOG4', f(LOG4));
  m.dict.setStr('SG_MAGICCONST', f(SG_MAGICCONST));
  m.dict.setStr('NV_MAGICCONST', f(NV_MAGICCONST));
  m.dict.setStr('BPF', 53);
  m.dict.setStr('RECIP_BPF', f(2 ** -53));
  return m;
}

registerBuiltinModule('random', build);

/**
 * fast-check arbitraries for the numeric and formatting property tests: int operands from
 * every size class (small, around 2^31/2^53/2^63, huge, negative), doubles of every kind
 * (subnormal, huge, integral, ±0, inf, nan), format specs built from the mini-language's parts
 * and printf-style conversions. Each case prints its result or the exception's type and message.
 */
import fc from 'fast-check';
import { pyFloat, pyStr } from './pysource.js';

type Arb = fc.Arbitrary<string>;

/** Prints `expr`'s repr, or the exception's type and message (both must match CPython's). */
export function guarded(expr: string): string {
  return `try:\n    print(repr(${expr}))\nexcept Exception as e:\n    print(type(e).__name__, e)`;
}

const bigIntArb = fc.oneof(
  fc.integer({ min: -20, max: 20 }).map(BigInt),
  fc.integer().map(BigInt),
  fc.constantFrom(2n ** 31n, 2n ** 53n, 2n ** 53n + 1n, 2n ** 63n, 2n ** 64n - 1n, -(2n ** 63n), 2n ** 61n - 1n),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
  fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n }),
);

/** A Python int literal (negative ones parenthesised). */
export const intLit: Arb = bigIntArb.map(n => (n < 0n ? `(${n})` : String(n)));

const smallNonNeg: Arb = fc.integer({ min: 0, max: 70 }).map(String);
const smallInt: Arb = fc.integer({ min: -12, max: 12 }).map(n => (n < 0 ? `(${n})` : String(n)));

/** One int expression: binary operators, shifts, powers, divmod and pow with a modulus. */
export const intCase: Arb = fc.oneof(
  fc.tuple(intLit, fc.constantFrom('+', '-', '*', '//', '%', '&', '|', '^', '==', '<', '>='), intLit).map(([a, op, b]) => guarded(`${a} ${op} ${b}`)),
  fc.tuple(intLit, fc.constantFrom('<<', '>>'), fc.integer({ min: -2, max: 130 })).map(([a, op, n]) => guarded(`${a} ${op} ${n}`)),
  fc.tuple(intLit, smallNonNeg).map(([a, n]) => guarded(`${a} ** ${n}`)),
  fc.tuple(smallInt, fc.integer({ min: -6, max: -1 })).map(([a, n]) => guarded(`${a} ** (${n})`)),
  fc.tuple(intLit, intLit).map(([a, b]) => guarded(`divmod(${a}, ${b})`)),
  fc.tuple(intLit, intLit).map(([a, b]) => guarded(`${a} / ${b}`)),
  fc.tuple(intLit, fc.integer({ min: -3, max: 200 }), intLit).map(([a, e, m]) => guarded(`pow(${a}, ${e}, ${m})`)),
  intLit.map(a => guarded(`(~${a}, -${a}, abs(${a}), (${a}).bit_length(), hash(${a}), str(${a}), hex(${a}), bin(${a})[-12:])`)),
  fc.tuple(intLit, fc.integer({ min: -12, max: 3 })).map(([a, n]) => guarded(`round(${a}, ${n})`)),
  fc.tuple(intLit, fc.constantFrom(2, 8, 10, 16, 36)).map(([a, b]) => guarded(`int(format(${a}, '${b === 16 ? 'x' : b === 8 ? 'o' : b === 2 ? 'b' : 'd'}'), ${b === 36 ? 10 : b})`)),
);

export const doubleArb: fc.Arbitrary<number> = fc.oneof(
  fc.double(),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer({ min: -1000, max: 1000 }).map(n => n / 8),
  fc.integer({ min: -100000, max: 100000 }).map(n => n / 100),
  fc.constantFrom(0, -0, 0.1, 0.5, 1.5, 2.5, 1e16, 1e-5, 1e-4, 1e15, 123456789.0, 5e-324, 1.7976931348623157e308, Infinity, -Infinity, NaN),
);

function floatLitOf(x: number): string {
  const s = pyFloat(x);
  return s.startsWith('-') ? `(${s})` : s;
}
const floatLit: Arb = doubleArb.map(floatLitOf);

/** Exponents of every shape: any double, integers up to 70 in size, halves, fractions, near-integers. */
const powExponentArb: fc.Arbitrary<number> = fc.oneof(
  doubleArb,
  fc.integer({ min: -70, max: 70 }),
  fc.integer({ min: -140, max: 140 }).map(n => n / 2),
  fc.double({ min: -70, max: 70, noNaN: true }),
  fc.constantFrom(1 / 3, -1 / 3, 2 / 3, 0.25, -0.75, 0.1, 1e-10, 1e10, 2 ** 62, 2 ** 63),
);

/** Bases of every shape, plus many near 1, where pow's log has to be most accurate. */
const powBaseArb: fc.Arbitrary<number> = fc.oneof(doubleArb, fc.double({ min: 0.5, max: 2, noNaN: true }));

/**
 * `a ** b` of two floats: pyvm computes glibc's pow bit for bit. A negative base with a
 * fractional exponent gives a complex result through cos/sin, which follow the host's Math
 * functions and can be an ulp off glibc (a known gap), so such bases are made positive.
 */
const floatPowCase: Arb = fc.tuple(powBaseArb, powExponentArb).map(([a, e]) => {
  const base = a < 0 && Number.isFinite(e) && !Number.isInteger(e) ? -a : a;
  return guarded(`${floatLitOf(base)} ** ${floatLitOf(e)}`);
});

/** math.exp, math.log (natural and with a base) and math.pow, which call glibc's functions. */
const mathLibmCase: Arb = fc.oneof(
  fc.oneof(doubleArb, fc.double({ min: -746, max: 710, noNaN: true })).map(a => guarded(`__import__('math').exp(${floatLitOf(a)})`)),
  powBaseArb.map(a => guarded(`__import__('math').log(${floatLitOf(a)})`)),
  fc.tuple(powBaseArb, powBaseArb).map(([a, b]) => guarded(`__import__('math').log(${floatLitOf(a)}, ${floatLitOf(b)})`)),
  fc.tuple(powBaseArb, powExponentArb).map(([a, e]) => guarded(`__import__('math').pow(${floatLitOf(a)}, ${floatLitOf(e)})`)),
);

/** One float expression: arithmetic, mixed with ints, repr/str, round, conversions. */
export const floatCase: Arb = fc.oneof(
  fc.tuple(floatLit, fc.constantFrom('+', '-', '*', '/', '//', '%', '==', '<'), floatLit).map(([a, op, b]) => guarded(`${a} ${op} ${b}`)),
  floatPowCase,
  floatPowCase,
  mathLibmCase,
  fc.tuple(floatLit, fc.constantFrom('+', '*', '/', '//', '%', '==', '<', '>'), intLit).map(([a, op, b]) => guarded(`${a} ${op} ${b}`)),
  floatLit.map(a => guarded(`(${a}, str(${a}), -${a}, abs(${a}), (${a}).is_integer(), (${a}).hex())`)),
  floatLit.map(a => guarded(`(round(${a}), int(${a}), (${a}).as_integer_ratio())`)),
  fc.tuple(floatLit, fc.integer({ min: -5, max: 12 })).map(([a, n]) => guarded(`round(${a}, ${n})`)),
  floatLit.map(a => guarded(`(hash(${a}) if ${a} == ${a} else 'nan', float(repr(${a})) == ${a}, divmod(${a}, 7))`)),
);

// ---- format specs ----

const fillAlign: Arb = fc.oneof(
  fc.constant(''),
  fc.constantFrom('<', '>', '^', '='),
  fc.tuple(fc.constantFrom('*', '0', ' ', '-', 'x', '€'), fc.constantFrom('<', '>', '^', '=')).map(([f, a]) => f + a),
);
const opt = (a: Arb): Arb => fc.oneof(fc.constant(''), a);

/** A format spec from the mini-language's parts, with types chosen for `kind`. */
export function specArb(kind: 'int' | 'float' | 'str'): Arb {
  const types = kind === 'int' ? ['', 'd', 'b', 'o', 'x', 'X', 'n', 'c', 'e', 'f', 'g', '%', 'E', 'G']
    : kind === 'float' ? ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n'] : ['', 's'];
  return fc.tuple(
    fillAlign,
    opt(fc.constantFrom('+', '-', ' ')),
    kind === 'float' ? opt(fc.constant('z')) : fc.constant(''),
    opt(fc.constant('#')),
    opt(fc.constant('0')),
    opt(fc.integer({ min: 1, max: 25 }).map(String)),
    opt(fc.constantFrom(',', '_')),
    opt(fc.integer({ min: 0, max: 20 }).map(n => '.' + n)),
    fc.constantFrom(...types),
  ).map(parts => parts.join(''));
}

const strValue: Arb = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('', 'héllo', '😀x', 'abc'));
const intValue: Arb = fc.oneof(intLit, fc.integer({ min: -2000000, max: 2000000 }).map(n => (n < 0 ? `(${n})` : String(n))));

/** format(), str.format and f-strings over the same spec must agree with CPython. */
export const formatCase: Arb = fc.oneof(
  fc.tuple(intValue, specArb('int')).map(([v, s]) => guarded(`format(${v}, ${pyStr(s)})`)),
  fc.tuple(floatLit, specArb('float')).map(([v, s]) => guarded(`format(${v}, ${pyStr(s)})`)),
  fc.tuple(floatLit, specArb('float')).map(([v, s]) => guarded(`'{0:${s.replace(/[{}]/g, '')}}|{0!r:>12}'.format(${v})`)),
  fc.tuple(strValue, specArb('str')).map(([v, s]) => guarded(`format(${pyStr(v)}, ${pyStr(s)})`)),
  fc.tuple(intValue, specArb('int')).map(([v, s]) => `spec = ${pyStr(s)}\n${guarded(`f'{${v}:{spec}}'`)}`),
);

// ---- printf-style ----

const percentSpec: fc.Arbitrary<[string, string]> = fc.tuple(
  fc.subarray(['-', '+', ' ', '#', '0']).map(a => a.join('')),
  opt(fc.integer({ min: 0, max: 20 }).map(String)),
  opt(fc.integer({ min: 0, max: 15 }).map(n => '.' + n)),
  fc.constantFrom('d', 'i', 'u', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G', 's', 'r', 'a', 'c', '%'),
).map(([flags, w, p, c]) => [flags + w + p, c]);

/** '%…' % value for values of every kind, plus '*' widths and the mapping form. */
export const percentCase: Arb = fc.oneof(
  fc.tuple(percentSpec, fc.oneof(intValue, floatLit)).map(([[f, c], v]) => guarded(`'[%${f}${c}]' % (${v},)`)),
  fc.tuple(percentSpec, strValue).map(([[f, c], v]) => guarded(`'%${f}${c}' % (${pyStr(v)},)`)),
  fc.tuple(fc.integer({ min: -12, max: 12 }), fc.integer({ min: 0, max: 8 }), floatLit).map(([w, p, v]) => guarded(`'%*.*f|%-*d' % (${w}, ${p}, ${v}, ${w}, ${p})`)),
  fc.tuple(percentSpec, intValue).map(([[f, c], v]) => guarded(`'%(k)${f}${c}' % {'k': ${v}}`)),
  fc.tuple(percentSpec, intValue).map(([[f, c], v]) => guarded(`b'%${f}${c === 'r' || c === 's' ? 'b' : c}' % (${v},)`)),
);

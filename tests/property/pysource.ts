/**
 * fast-check arbitraries that produce well-formed Python source for the differential property
 * tests: expressions over ints (small, negative, huge), floats, strings, booleans and None,
 * and small statement programs (assignments, if, bounded for/while, try, nested functions).
 * Sizes are bounded by construction (exponents, repeat counts, loop trip counts, a modulus on
 * every loop-carried assignment) so every program finishes fast and stays under 3.11's
 * 4300-digit int-to-str limit.
 */
import fc from 'fast-check';

type Arb = fc.Arbitrary<string>;

/** A Python literal for a JS string: single-quoted, escapes for \\ ' and control characters. */
export function pyStr(s: string): string {
  let out = "'";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '\\' || ch === "'") out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + "'";
}

/** A Python float literal denoting exactly the double x (JS's shortest round-trip digits). */
export function pyFloat(x: number): string {
  if (Number.isNaN(x)) return 'float("nan")';
  if (x === Infinity) return 'float("inf")';
  if (x === -Infinity) return 'float("-inf")';
  if (Object.is(x, -0)) return '-0.0';
  const s = String(x);
  return /[.e]/.test(s) ? s : s + '.0';
}

const paren = (s: string) => `(${s})`;
const bin = (a: Arb, ops: string[], b: Arb): Arb =>
  fc.tuple(a, fc.constantFrom(...ops), b).map(([x, op, y]) => paren(`${x} ${op} ${y}`));

// ---- leaves ----

export const smallInt: Arb = fc.integer({ min: -12, max: 12 }).map(String);
const mediumInt: Arb = fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String);
const hugeInt: Arb = fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String);
const edgeInt: Arb = fc.constantFrom('0', '1', '-1', '2**31', '2**53', '2**53 + 1', '-2**63', '2**64', '10**20', '0x7fffffff', '0b1011', '0o777', '1_000')
  .map(s => /[*+ ]/.test(s) ? paren(s) : s); // parenthesised so `** e` applies to the whole value
export const intLeaf: Arb = fc.oneof({ weight: 4, arbitrary: smallInt }, { weight: 2, arbitrary: mediumInt },
  { weight: 2, arbitrary: hugeInt }, { weight: 1, arbitrary: edgeInt });

const floatEdge: Arb = fc.constantFrom(0, -0, 0.5, 1.5, -2.25, 0.1, 0.2, 0.3, 1e-10, 3.14159, 1e300, -1e300, 1e16,
  1e15, 2.5e-5, 123456.789, 1e22, 5e-324, 1.7976931348623157e308, Infinity, -Infinity, NaN, 100, 1e21, 0.1 + 0.2).map(pyFloat);
const floatAny: Arb = fc.double({ noNaN: true, noDefaultInfinity: true }).map(pyFloat);
const floatSmall: Arb = fc.integer({ min: -100000, max: 100000 }).map(n => pyFloat(n / 64));
export const floatLeaf: Arb = fc.oneof({ weight: 3, arbitrary: floatEdge }, { weight: 2, arbitrary: floatAny },
  { weight: 3, arbitrary: floatSmall });

const strValues = ['', 'a', 'abc', 'Hello World', 'héllo', '😀x', 'a\nb', "it's", '  pad  ', '123', 'x,y,,z', 'AbCd', 'aaa', '\t-\t', 'ß'];
export const strLeaf: Arb = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...strValues) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }).map(pyStr);

const otherLeaf: Arb = fc.constantFrom('True', 'False', 'None', '[]', '()', '[1, 2]', '(3,)', "{'k': 1}", '{1, 2}');

// ---- expressions ----

const smallExp = fc.integer({ min: -3, max: 8 }).map(String);
const shiftCount = fc.integer({ min: -1, max: 70 }).map(String);
const repeatCount = fc.integer({ min: -2, max: 4 }).map(String);
const sliceBound = fc.option(fc.integer({ min: -7, max: 7 }).map(String), { nil: undefined });
const sliceStep = fc.option(fc.constantFrom('1', '2', '3', '-1', '-2', '0'), { nil: undefined });

const memo = new Map<string, Arb>();
function memoize(key: string, make: () => Arb): Arb {
  let a = memo.get(key);
  if (a === undefined) { a = make(); memo.set(key, a); }
  return a;
}

/** Integer-valued expressions (int results mostly; negative powers and / give floats). */
export function intExpr(depth: number): Arb {
  return memoize(`int${depth}`, () => {
    if (depth <= 0) return intLeaf;
    const sub = intExpr(depth - 1);
    return fc.oneof(
      { weight: 3, arbitrary: intLeaf },
      { weight: 4, arbitrary: bin(sub, ['+', '-', '*'], sub) },
      { weight: 3, arbitrary: bin(sub, ['//', '%'], sub) },
      { weight: 1, arbitrary: bin(sub, ['/'], sub) },
      { weight: 2, arbitrary: fc.tuple(intLeaf, smallExp).map(([a, e]) => paren(`${a} ** ${e}`)) },
      { weight: 2, arbitrary: bin(sub, ['&', '|', '^'], sub) },
      { weight: 1, arbitrary: fc.tuple(sub, fc.constantFrom('<<', '>>'), shiftCount).map(([a, op, n]) => paren(`${a} ${op} ${n}`)) },
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom('-', '~', '+', 'not '), sub).map(([op, a]) => paren(op + a)) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom('abs', 'int', 'bool', 'hash'), sub).map(([f, a]) => `${f}(${a})`) },
      { weight: 1, arbitrary: fc.tuple(intLeaf, smallExp, sub).map(([a, e, m]) => `pow(${a}, ${e}, ${m})`) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom('min', 'max'), sub, sub).map(([f, a, b]) => `${f}(${a}, ${b})`) },
    );
  });
}

export function floatExpr(depth: number): Arb {
  return memoize(`float${depth}`, () => {
    if (depth <= 0) return floatLeaf;
    const sub = floatExpr(depth - 1);
    const num = fc.oneof(sub, intExpr(depth - 1));
    return fc.oneof(
      { weight: 3, arbitrary: floatLeaf },
      { weight: 4, arbitrary: bin(sub, ['+', '-', '*', '/'], num) },
      { weight: 2, arbitrary: bin(num, ['//', '%'], sub) },
      { weight: 2, arbitrary: fc.tuple(floatLeaf, fc.constantFrom('2', '3', '-1', '0.5', '-0.5', '0', '7', '-3', '-2', '10')).map(([a, e]) => paren(`${a} ** ${e}`)) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom('-', '+', 'abs'), sub).map(([op, a]) => op === 'abs' ? `abs(${a})` : paren(op + a)) },
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom('round', 'int', 'float', 'bool'), sub).map(([f, a]) => `${f}(${a})`) },
      { weight: 1, arbitrary: fc.tuple(sub, fc.integer({ min: -3, max: 5 })).map(([a, n]) => `round(${a}, ${n})`) },
      { weight: 1, arbitrary: intExpr(depth - 1).map(a => `float(${a})`) },
    );
  });
}

export function strExpr(depth: number): Arb {
  return memoize(`str${depth}`, () => {
    if (depth <= 0) return strLeaf;
    const sub = strExpr(depth - 1);
    const idx = fc.integer({ min: -7, max: 7 }).map(String);
    return fc.oneof(
      { weight: 3, arbitrary: strLeaf },
      { weight: 3, arbitrary: bin(sub, ['+'], sub) },
      { weight: 2, arbitrary: fc.tuple(sub, repeatCount).map(([s, n]) => paren(`${s} * ${n}`)) },
      { weight: 2, arbitrary: fc.tuple(sub, idx).map(([s, i]) => `${s}[${i}]`) },
      { weight: 2, arbitrary: fc.tuple(sub, sliceBound, sliceBound, sliceStep).map(([s, a, b, c]) =>
        `${s}[${a ?? ''}:${b ?? ''}${c === undefined ? '' : ':' + c}]`) },
      { weight: 2, arbitrary: fc.tuple(sub, fc.constantFrom('upper()', 'lower()', 'strip()', 'title()', 'swapcase()', "replace('a', 'XY')", 'lstrip()', 'capitalize()', "center(9, '*')", 'zfill(6)')).map(([s, m]) => `${s}.${m}`) },
      { weight: 1, arbitrary: intExpr(depth - 1).map(a => `str(${a})`) },
      { weight: 1, arbitrary: floatExpr(depth - 1).map(a => `repr(${a})`) },
      // str() and format() of floats live here, not among the float expressions, where an
      // int operand of `*` would make them a repeat of unbounded size.
      { weight: 1, arbitrary: floatExpr(depth - 1).map(a => `str(${a})`) },
      { weight: 1, arbitrary: fc.tuple(floatExpr(depth - 1), fc.constantFrom('.2f', 'g', 'e', '.3', '10.4f', '%', '+.1f')).map(([a, spec]) => `format(${a}, ${pyStr(spec)})`) },
      { weight: 1, arbitrary: fc.tuple(sub, intExpr(0)).map(([s, i]) => paren(`'%s|%d' % (${s}, ${i})`)) },
      { weight: 1, arbitrary: fc.tuple(sub, intExpr(0), floatLeaf).map(([s, i, f]) => `'{!r:>8}'.format(${s}) + f'|{${i}:+d}|{${f}:.3g}|{${i}!r:^7}'`) },
      { weight: 1, arbitrary: fc.tuple(sub, sub).map(([a, b]) => `${pyStr('-')}.join([${a}, ${b}])`) },
    );
  });
}

/** Expressions whose values are compared, tested for truth, or mixed across types. */
export function anyExpr(depth: number): Arb {
  return memoize(`any${depth}`, () => {
    const i = intExpr(depth), f = floatExpr(depth), s = strExpr(depth);
    const scalar = fc.oneof(intExpr(depth - 1), floatExpr(depth - 1), strExpr(depth - 1), otherLeaf);
    const cmp = fc.constantFrom('<', '<=', '==', '!=', '>', '>=', 'is', 'is not', 'in', 'not in');
    const numeric = fc.oneof(intExpr(depth - 1), floatExpr(depth - 1));
    return fc.oneof(
      { weight: 5, arbitrary: i },
      { weight: 4, arbitrary: f },
      { weight: 4, arbitrary: s },
      { weight: 2, arbitrary: fc.tuple(numeric, fc.constantFrom('<', '<=', '==', '!=', '>', '>='), numeric, fc.constantFrom('<', '<=', '==', '!=', '>', '>='), numeric)
        .map(([a, o1, b, o2, c]) => paren(`${a} ${o1} ${b} ${o2} ${c}`)) },
      { weight: 2, arbitrary: fc.tuple(scalar, cmp, scalar).map(([a, op, b]) => paren(`${a} ${op} ${b}`)) },
      { weight: 2, arbitrary: fc.tuple(scalar, fc.constantFrom('and', 'or'), scalar).map(([a, op, b]) => paren(`${a} ${op} ${b}`)) },
      { weight: 1, arbitrary: fc.tuple(scalar, scalar, scalar).map(([a, c, b]) => paren(`${a} if ${c} else ${b}`)) },
      { weight: 2, arbitrary: fc.tuple(scalar, fc.constantFrom('+', '-', '/', '//', '%', '<'), scalar).map(([a, op, b]) => paren(`${a} ${op} ${b}`)) },
      // Repeats with a bounded count: an arbitrary int operand could ask for gigabytes.
      { weight: 1, arbitrary: fc.tuple(scalar, repeatCount).map(([a, n]) => paren(`${a} * ${n}`)) },
      { weight: 1, arbitrary: fc.tuple(scalar, scalar).map(([a, b]) => `[${a}, ${b}]`) },
      { weight: 1, arbitrary: fc.tuple(scalar, scalar).map(([a, b]) => `(${a}, ${b})`) },
      { weight: 1, arbitrary: scalar.map(a => `len(${a})`) },
      // Tuples from divmod stay at the top: inside an int expression, `* n` would repeat them.
      { weight: 1, arbitrary: fc.tuple(numeric, numeric).map(([a, b]) => `divmod(${a}, ${b})`) },
    );
  });
}

/** One expression case: a statement body that prints the expression's repr. */
export const exprCase: Arb = anyExpr(3).map(e => `print(repr(${e}))`);

// ---- statement programs ----

const VARS = ['a', 'b', 'c'];
const varName = fc.constantFrom(...VARS);
const modulus = fc.constantFrom('7', '100', '9973', '-13', '1000003');

/** Small int expressions over the program's variables (and the loop variable when in a loop). */
function varExpr(loopVars: readonly string[]): Arb {
  const leaf = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...VARS, ...loopVars) }, { weight: 2, arbitrary: smallInt },
    { weight: 1, arbitrary: mediumInt });
  const e1 = fc.oneof(leaf, bin(leaf, ['+', '-', '*', '//', '%', '&', '|', '^'], leaf),
    fc.tuple(leaf, fc.constantFrom('0', '1', '2', '3')).map(([a, n]) => paren(`${a} ** ${n}`)));
  return fc.oneof(e1, bin(e1, ['+', '-', '*', '//', '%'], e1));
}

function condExpr(loopVars: readonly string[]): Arb {
  const e = varExpr(loopVars);
  return fc.oneof(
    fc.tuple(e, fc.constantFrom('<', '<=', '==', '!=', '>', '>='), e).map(([a, op, b]) => `${a} ${op} ${b}`),
    fc.tuple(e, e, e).map(([a, b, c]) => `${a} < ${b} <= ${c}`),
    fc.tuple(e, fc.constantFrom('and', 'or'), e).map(([a, op, b]) => `${a} ${op} ${b}`),
    e.map(a => `not ${a}`),
    e,
  );
}

const indent = (lines: string[]) => lines.map(l => '    ' + l);

interface Ctx { depth: number; loopVars: readonly string[]; inLoop: boolean; fnDepth: number }

function stmtList(ctx: Ctx): fc.Arbitrary<string[]> {
  return fc.array(stmt(ctx), { minLength: 1, maxLength: 4 }).map(ls => ls.flat());
}

const stmtMemo = new Map<string, fc.Arbitrary<string[]>>();

function stmt(ctx: Ctx): fc.Arbitrary<string[]> {
  const key = `${ctx.depth}|${ctx.loopVars.join(',')}|${ctx.inLoop}|${ctx.fnDepth}`;
  const hit = stmtMemo.get(key);
  if (hit) return hit;
  const e = varExpr(ctx.loopVars), cond = condExpr(ctx.loopVars);
  const simple: fc.Arbitrary<string[]>[] = [
    fc.tuple(varName, e, modulus).map(([v, x, m]) => [`${v} = (${x}) % ${m}`]),
    // The modulus after each update keeps loop-carried values small (no digit blow-up).
    fc.tuple(varName, fc.constantFrom('+=', '-=', '^=', '//=', '%=', '|=', '*='), e).map(([v, op, x]) => [`${v} ${op} ${x}`, `${v} %= 1000003`]),
    fc.tuple(e, e).map(([x, y]) => [`print(${x}, ${y})`]),
    fc.constant(['print(a, b, c)']),
    fc.tuple(varName, varName).map(([x, y]) => [`${x}, ${y} = ${y}, ${x}`]),
    fc.tuple(e).map(([x]) => [`lst.append(${x})`, 'print(lst[-3:], len(lst))']),
    fc.tuple(varName, e).map(([v, x]) => [`${v} = ${x} if ${v} > 0 else -${v}`, `${v} = ${v} % 100000`]),
  ];
  if (ctx.inLoop) simple.push(fc.tuple(cond, fc.constantFrom('break', 'continue')).map(([c, k]) => [`if ${c}:`, `    ${k}`]));
  let arb: fc.Arbitrary<string[]>;
  if (ctx.depth <= 0) {
    arb = fc.oneof(...simple);
  } else {
    const inner = (over: Partial<Ctx>) => stmtList({ ...ctx, depth: ctx.depth - 1, ...over });
    const loopVar = `i${ctx.depth}`;
    const compound: fc.Arbitrary<string[]>[] = [
      fc.tuple(cond, inner({}), fc.option(inner({}), { nil: undefined })).map(([c, t, f]) =>
        [`if ${c}:`, ...indent(t), ...(f ? ['else:', ...indent(f)] : [])]),
      fc.tuple(fc.integer({ min: 0, max: 5 }), inner({ loopVars: [...ctx.loopVars, loopVar], inLoop: true }), fc.option(inner({}), { nil: undefined }))
        .map(([n, body, els]) => [`for ${loopVar} in range(${n}):`, ...indent(body), ...(els ? ['else:', ...indent(els)] : [])]),
      fc.tuple(fc.integer({ min: 0, max: 4 }), inner({ inLoop: true })).map(([n, body]) =>
        [`w${ctx.depth} = 0`, `while w${ctx.depth} < ${n}:`, `    w${ctx.depth} += 1`, ...indent(body)]),
      fc.tuple(inner({}), fc.constantFrom('ZeroDivisionError', 'ArithmeticError', 'ValueError', 'Exception'), fc.option(inner({}), { nil: undefined }))
        .map(([body, exc, fin]) => ['try:', ...indent(body), `except ${exc} as err:`, '    print(type(err).__name__, err)',
          ...(fin ? ['finally:', ...indent(fin)] : [])]),
    ];
    if (ctx.fnDepth < 2) {
      const fn = `f${ctx.depth}`;
      compound.push(fc.tuple(stmtList({ depth: ctx.depth - 1, loopVars: [], inLoop: false, fnDepth: ctx.fnDepth + 1 }), varName, e, e)
        .map(([body, v, arg, ret]) => [`def ${fn}(a, b=2):`, '    c = a', ...indent(body), `    return (${ret}) % 10007`,
          `${v} = ${fn}(${arg})`]));
    }
    arb = fc.oneof({ weight: 3, arbitrary: fc.oneof(...simple) }, { weight: 2, arbitrary: fc.oneof(...compound) });
  }
  stmtMemo.set(key, arb);
  return arb;
}

/** One statement-program case: initial bindings, 1–4 statements (nesting up to 3), final print. */
export const stmtCase: Arb = fc.tuple(intLeaf, smallInt, mediumInt, stmtList({ depth: 3, loopVars: [], inLoop: false, fnDepth: 0 }))
  .map(([a, b, c, body]) => [`a = ${a}`, `b = ${b}`, `c = ${c}`, 'lst = []', ...body, 'print(a, b, c, lst)'].join('\n'));

/**
 * vm/jit.ts: which code objects are translated to JavaScript, and that a hot function's
 * translation is the code that runs (tests/corpus_jit.test.ts checks behaviour program by
 * program with every function translated).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compile, run } from '../../index.js';
import type { CodeObject } from '../../vm/code.js';
import { JIT_THRESHOLD, compileJit, setJitThreshold } from '../../vm/jit.js';
import { MAX_DIRECT_DEPTH } from '../../vm/jit_runtime.js';

const before = JIT_THRESHOLD;
beforeAll(() => setJitThreshold(50));
afterAll(() => setJitThreshold(before));

/** The code object of function `name` defined at the top of module code `co`. */
function codeNamed(co: CodeObject, name: string): CodeObject {
  const found = (co.co_consts as unknown[]).find(c => (c as CodeObject | null)?.co_name === name);
  if (found === undefined) throw new Error(`no ${name}`);
  return found as CodeObject;
}

const func = (src: string, name: string): CodeObject => codeNamed(compile(src, 'jit.py'), name);

/** Runs module code `co` and returns what it printed. */
function output(co: CodeObject): string {
  const out: string[] = [];
  run(co, { stdout: s => out.push(s) });
  return out.join('');
}

it('translates functions, closures, generators and module bodies, and leaves coroutines and other instructions to the loop', () => {
  expect(compileJit(func('def f(n):\n    return n + 1 if n < 2 else f(n - 1)\n', 'f'))).not.toBeNull();
  expect(compileJit(func('def g(n):\n    for i in range(n):\n        yield i\n', 'g'))).not.toBeNull();
  expect(compileJit(func('async def c(x):\n    return await x\n', 'c'))).toBeNull();
  expect(compileJit(func('def h(n):\n    def k():\n        return n\n    return k\n', 'h'))).not.toBeNull();
  // `with` is (its setup and cleanup handed to the loop); `continue` inside `try` (CONTINUE_LOOP) is not.
  expect(compileJit(func('def w(m):\n    with m:\n        return 1\n', 'w'))).not.toBeNull();
  expect(compileJit(func('def c(xs):\n    for x in xs:\n        try:\n            continue\n        except KeyError:\n            pass\n', 'c'))).toBeNull();
  // try/except is, and try/finally (its handler translated for the way in without an exception).
  expect(compileJit(func('def t(x):\n    try:\n        return 1 / x\n    except ZeroDivisionError:\n        return 0\n', 't'))).not.toBeNull();
  expect(compileJit(func('def u(x):\n    try:\n        return 1 / x\n    finally:\n        x = 0\n', 'u'))).not.toBeNull();
  // Module bodies, whose names live in a dict, and a class statement or an import handed over.
  expect(compileJit(compile('import sys\nclass C:\n    pass\nx = 1\n', 'm.py'))).not.toBeNull();
});

it('runs a hot function through its translation, with the same results as the loop', () => {
  const src = 'def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n' +
    'def total(xs):\n    s = 0\n    for x in xs:\n        s += x * 2\n    return s\n' +
    'print(fib(20), sum(total([i, i + 1.5]) for i in range(2000)))\n';
  const co = compile(src, 'hot.py');
  expect(output(co)).toBe('6765 8002000.0\n');
  expect(codeNamed(co, 'fib').co_jit).not.toBeNull();
  expect(codeNamed(co, 'total').co_jit).not.toBeNull();
});

it('hands an operator on a Python instance back to the loop, which calls its method as a frame', () => {
  const src = 'class V:\n    def __init__(self, x): self.x = x\n    def __add__(self, o): return V(self.x + o.x)\n' +
    'def add(a, b):\n    return a + b\n' +
    'v = V(0)\nfor i in range(3000):\n    v = add(v, V(1))\nprint(v.x, add(1, 2), add("a", "b"), add([1], [2]))\n';
  const co = compile(src, 'inst.py');
  expect(output(co)).toBe("3000 3 ab [1, 2]\n");
  expect(codeNamed(co, 'add').co_jit).not.toBeNull();
});

it('enters an instruction with EXTENDED_ARG prefixes at its first prefix, where jumps go', () => {
  // A loop body past 255 bytes: FOR_ITER needs a prefix, and the back edge jumps to it.
  const body = Array.from({ length: 70 }, (_, k) => `        t${k} = i + ${k}\n`).join('');
  const src = `def f(n):\n    total = 0\n    print("start", n)\n    for i in range(n):\n${body}        total += t69\n    return total\n` +
    'for n in range(60):\n    r = f(n)\nprint(r)\n';
  const co = compile(src, 'wide.py');
  expect(output(co)).toBe(Array.from({ length: 60 }, (_, n) => `start ${n}\n`).join('') + '5782\n');
  const fn = codeNamed(co, 'f');
  expect(fn.co_code[26]).toBe(144); // EXTENDED_ARG, then FOR_ITER at 28
  expect(String(fn.co_jit)).toContain('case 26:');
});

it('translates a function called once at its loop\'s back edge and goes on in the translation', () => {
  const src = 'def main(n):\n    s = 0\n    i = 0\n    while i < n:\n        s += i * i\n        i += 1\n    return s\nprint(main(5000))\n';
  const co = compile(src, 'once.py');
  expect(output(co)).toBe('41654167500\n');
  expect(codeNamed(co, 'main').co_jit).not.toBeNull();
});

it('leaves a translated function to the loop once a trace function is set, with the same events', () => {
  const src = 'import sys\n' +
    'def f(n):\n    s = 0\n    for i in range(n):\n        s += i\n    return s\n' +
    'for _ in range(300):\n    f(3)\n' +
    'events = []\n' +
    'def tracer(frame, event, arg):\n    if frame.f_code.co_name == "f":\n        events.append((event, frame.f_lineno))\n    return tracer\n' +
    'sys.settrace(tracer)\nf(2)\nsys.settrace(None)\nprint(events)\n';
  const traced = output(compile(src, 'traced.py'));
  setJitThreshold(0);
  try {
    expect(output(compile(src, 'traced.py'))).toBe(traced);
  } finally {
    setJitThreshold(50);
  }
  expect(traced).toContain("('call', 2)");
  expect(traced).toContain("('return', 6)");
});

it('binds calls of functions with positional parameters only from the caller, and runs translated callees directly', () => {
  const src = 'class P:\n    def __init__(self, x):\n        self.x = x\n    def get(self):\n        return self.x\n' +
    'def add(a, b=1):\n    return a + b\n' +
    'def kw(a, *, b):\n    return a + b\n' +
    'def calls(a):\n    return add(a)\n' +
    'def gen(a):\n    yield a\n' +
    'def down(n):\n    return 0 if n == 0 else 1 + down(n - 1)\n' +
    'class Q(P):\n    def get(self):\n        return super().get() + 1\n' +
    'def outer(k):\n    def inner(a):\n        return a + k\n    return inner\n' +
    'add1 = outer(1)\n' +
    't = 0\nfor i in range(200):\n    p = P(i)\n    t += p.get() + add(i, 2) + add(i) + kw(i, b=3) + calls(i) + next(gen(i))\n' +
    '    t += Q(i).get() + add1(i)\n' +
    'print(t, down(500))\n';
  const co = compile(src, 'direct.py');
  const t = [...Array(200).keys()].reduce((sum, i) => sum + i + (i + 2) + (i + 1) + (i + 3) + (i + 1) + i + (i + 1) + (i + 1), 0);
  // down(500) nests far more Python calls than MAX_DIRECT_DEPTH JavaScript ones.
  expect(output(co)).toBe(`${t} 500\n`);
  const P = codeNamed(co, 'P').co_consts as unknown[];
  const init = P.find(c => (c as CodeObject | null)?.co_name === '__init__') as CodeObject;
  expect(init.co_simpleArgc).toBe(2);
  expect(codeNamed(co, 'add').co_simpleArgc).toBe(2);
  expect(codeNamed(co, 'calls').co_simpleArgc).toBe(1);
  // Free variables (super()'s __class__, a closure's) come from the closure, not the caller.
  const Q = codeNamed(co, 'Q').co_consts as unknown[];
  expect((Q.find(c => (c as CodeObject | null)?.co_name === 'get') as CodeObject).co_simpleArgc).toBe(1);
  expect(codeNamed(codeNamed(co, 'outer'), 'inner').co_simpleArgc).toBe(1);
  // Cells of its own are made per call: the loop's rules.
  expect(codeNamed(co, 'outer').co_simpleArgc).toBe(-1);
  // Keyword-only parameters: bound by the loop's rules, then run directly all the same.
  expect(codeNamed(co, 'kw').co_simpleArgc).toBe(-1);
  // A call of a generator function makes a generator, never a frame to run.
  expect(codeNamed(co, 'gen').co_simpleArgc).toBe(-1);
  expect(MAX_DIRECT_DEPTH).toBeLessThan(100);
});

it('translates a large module body a loop at a time, from the loops that get hot', () => {
  // Over MAX_BODY_INSTRUCTIONS: enough straight-line code around two loops.
  const body = (between: number): string => {
    const filler = (n: number): string => Array.from({ length: n }, (_, i) => `v${i} = ${i} * 2\n`).join('');
    return `${filler(30)}a = 0\nfor i in range(500):\n    a += i\n${filler(between)}b = 0\nj = 0\n` +
      'while j < 400:\n    b += j * 2\n    j += 1\nprint(a, b, v29)\n';
  };
  const expected = `${(499 * 500) / 2} ${399 * 400} 58\n`;
  // The loops far apart: the translation is now the second loop's, from the while loop's head
  // to its back edge.
  const far = compile(body(60), 'far.py');
  expect(far.co_code.length).toBeGreaterThan(200);
  expect(compileJit(far)).toBeNull();
  expect(output(far)).toBe(expected);
  expect(far.co_jit).not.toBeNull();
  expect(far.co_jitFrom).toBeGreaterThan(far.co_code.length / 2);
  expect(far.co_jitTo).toBeLessThan(far.co_code.length);
  // Close enough to fit in one translation: both loops, so that neither replaces the other's.
  const near = compile(body(30), 'near.py');
  expect(compileJit(near)).toBeNull();
  expect(output(near)).toBe(expected);
  expect(near.co_jit).not.toBeNull();
  expect(near.co_jitFrom).toBeLessThan(near.co_code.length / 2);
  expect(near.co_jitFrom).toBeGreaterThan(0);
  expect(near.co_jitTo).toBeGreaterThan(near.co_code.length / 2);
  expect(near.co_jitTo).toBeLessThan(near.co_code.length);
});

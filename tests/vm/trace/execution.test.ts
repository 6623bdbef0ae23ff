/**
 * Stepping (vm/execution.ts): step modes, breakpoints, the step budget and timeout, and that a
 * program stepped N instructions at a time prints exactly what an uninterrupted run prints.
 */
import { describe, expect, it } from 'vitest';
import { capture, compileProgram, runPlain } from './support.js';
import { Execution, type PauseState, type StepMode } from '../../../vm/execution.js';

const PROGRAMS: Record<string, string> = {
  closures_classes: `
class Acc:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
        return self
def make(k):
    def f(v):
        return v * k
    return f
a = Acc()
for i in range(5):
    a.add(make(i)(i))
print(a.items, sorted(a.items, key=lambda v: -v))
`,
  generators: `
def gen(n):
    for i in range(n):
        r = yield i
        if r:
            print('sent', r)
    return 'end'
def deleg():
    v = yield from gen(3)
    print('delegate got', v)
g = deleg()
print(next(g), g.send('x'), next(g))
try:
    next(g)
except StopIteration:
    print('stopped')
print(sum(x * x for x in range(10)))
`,
  exceptions: `
def risky(v):
    try:
        return 10 // v
    except ZeroDivisionError as e:
        print('caught', e)
        raise ValueError('wrapped') from e
    finally:
        print('finally', v)
for v in (2, 0):
    try:
        print(risky(v))
    except ValueError as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)
with open.__class__ and __import__('sys').__class__ as m:
    pass
`,
  recursion_uncaught: `
import sys
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), [fact(i) for i in range(6)])
print(max(range(10), key=lambda v: (v % 4, v)))
raise KeyError('at the end')
`,
};

function stepped(source: string, mode: StepMode, n: number): { stdout: string; stderr: string; state: PauseState; pauses: number } {
  const code = compileProgram(source);
  let pauses = 0;
  const r = capture(() => {
    const ex = new Execution(code, { filename: 'prog.py' });
    let s = ex.step(mode, n);
    while (s.status === 'paused') {
      pauses++;
      s = ex.step(mode, n);
    }
    return s;
  });
  return { stdout: r.stdout, stderr: r.stderr, state: r.value, pauses };
}

describe('Execution', () => {
  for (const [name, src] of Object.entries(PROGRAMS)) {
    it(`${name}: stepping resumes to the same output as an uninterrupted run`, () => {
      const plain = runPlain(src);
      for (const n of [1, 3, 17, 250]) {
        const s = stepped(src, 'instruction', n);
        expect(s.stdout).toBe(plain.stdout);
        expect(s.stderr).toBe(plain.stderr);
        expect(s.state.exitCode).toBe(plain.value);
        if (n < 20) expect(s.pauses).toBeGreaterThan(0);
      }
      for (const mode of ['line', 'over', 'out'] as StepMode[]) {
        const s = stepped(src, mode, 1);
        expect(s.stdout).toBe(plain.stdout);
        expect(s.state.exitCode).toBe(plain.value);
      }
    });
  }

  it('instruction steps count instructions and report the next one', () => {
    const code = compileProgram('a = 1\nb = a + 2\nprint(b)\n');
    capture(() => {
      const ex = new Execution(code, { filename: 'prog.py' });
      expect(ex.state.status).toBe('paused');
      let s = ex.step();
      expect([s.steps, s.offset, s.lineno]).toEqual([1, 2, 1]);
      s = ex.step('instruction', 3);
      expect([s.steps, s.offset, s.lineno]).toEqual([4, 8, 2]);
      expect(s.frame?.f_code.co_name).toBe('<module>');
      s = ex.runFor(2);
      expect(s.steps).toBe(6);
      s = ex.run();
      expect(s.status).toBe('finished');
      expect(s.exitCode).toBe(0);
      expect(s.frame).toBeNull();
      expect(ex.step()).toBe(s);
    });
  });

  it('line, over and out steps', () => {
    const src = 'def f(x):\n    y = x + 1\n    return y\n\na = f(1)\nb = f(a)\nprint(a, b)\n';
    const code = compileProgram(src);
    const trail = (mode: StepMode): string[] => capture(() => {
      const ex = new Execution(code, { filename: 'prog.py' });
      const seen: string[] = [];
      for (let s = ex.step(mode); s.status === 'paused'; s = ex.step(mode)) seen.push(`${s.frame?.f_code.co_name}:${s.lineno}`);
      return seen;
    }).value;
    expect(trail('line')).toEqual(['<module>:5', 'f:2', 'f:3', '<module>:6', 'f:2', 'f:3', '<module>:7']);
    expect(trail('over')).toEqual(['<module>:5', '<module>:6', '<module>:7']);
    // Into f with two line steps, then out of it: back in the module after the call.
    capture(() => {
      const ex = new Execution(code, { filename: 'prog.py' });
      ex.step('line', 2);
      expect(ex.state.frame?.f_code.co_name).toBe('f');
      const s = ex.step('out');
      expect(s.frame?.f_code.co_name).toBe('<module>');
      expect(s.lineno).toBe(5);
    });
  });

  it('breakpoints pause run() at their line, each time it is reached', () => {
    const src = 'total = 0\nfor i in range(3):\n    total += i\nprint(total)\n';
    const r = capture(() => {
      const ex = new Execution(compileProgram(src), { filename: 'prog.py' });
      ex.addBreakpoint('prog.py', 3);
      const hits: number[] = [];
      let s = ex.run();
      while (s.status === 'paused') {
        expect(s.lineno).toBe(3);
        hits.push(ex.state.frame!.f_lineno);
        if (hits.length === 2) ex.removeBreakpoint('prog.py', 3);
        s = ex.run();
      }
      return hits;
    });
    expect(r.value).toEqual([3, 3]);
    expect(r.stdout).toBe('3\n');
  });

  it('never pauses inside native re-entry (sorted with a Python key)', () => {
    const code = compileProgram('def k(v):\n    return -v\nprint(sorted([3, 1, 2], key=k))\n');
    const r = capture(() => {
      const ex = new Execution(code, { filename: 'prog.py' });
      const names = new Set<string>();
      for (let s = ex.step(); s.status === 'paused'; s = ex.step()) names.add(s.frame!.f_code.co_name);
      return [...names];
    });
    expect(r.value).toEqual(['<module>']);
    expect(r.stdout).toBe('[3, 2, 1]\n');
  });

  it('stops `while True: pass` at the step budget with a KeyboardInterrupt traceback', () => {
    const r = capture(() => new Execution(compileProgram('n = 0\nwhile True:\n    pass\n', 'loop.py'), { filename: 'loop.py', maxSteps: 5000 }).run());
    expect(r.value.status).toBe('finished');
    expect(r.value.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^Traceback \(most recent call last\):\n {2}File "loop.py", line \d, in <module>\n/);
    expect(r.stderr.trimEnd().split('\n').pop()).toBe('KeyboardInterrupt: step budget of 5000 instructions exhausted');
  });

  it('the budget holds even when the program catches the interrupt', () => {
    const src = 'while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        print("caught")\n';
    const r = capture(() => new Execution(compileProgram(src), { filename: 'p.py', maxSteps: 1000 }).run());
    expect(r.value.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('KeyboardInterrupt: step budget of 1000 instructions exhausted');
  });

  it('stops a runaway program at the timeout', () => {
    const t0 = Date.now();
    const r = capture(() => new Execution(compileProgram('while True:\n    pass\n'), { filename: 't.py', timeout: 100 }).run());
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(r.value.exitCode).toBe(1);
    expect(r.stderr.trimEnd().split('\n').pop()).toBe('KeyboardInterrupt: timeout of 100 ms exceeded');
  });

  it('reports sys.exit codes and hooks given in the options', () => {
    const lines: number[] = [];
    const r = capture(() => new Execution(compileProgram('import sys\nx = 1\nsys.exit(3)\n'), {
      filename: 'e.py', hooks: { onLine: (_f, n) => lines.push(n) },
    }).run());
    expect(r.value.exitCode).toBe(3);
    expect(lines).toEqual([1, 2, 3]);
  });

  it('a suspended generator stays inspectable through gi_frame while paused', () => {
    const src = 'def g():\n    yield 1\n    yield 2\nit = g()\nnext(it)\nx = 5\nprint(x)\n';
    capture(() => {
      const ex = new Execution(compileProgram(src, 'g.py'), { filename: 'g.py' });
      ex.addBreakpoint('g.py', 6);
      const s = ex.run();
      expect(s.lineno).toBe(6);
      const globals = s.frame!.f_globals;
      const it = globals.getStr('it') as unknown as { gi_frame: { f_lineno: number; f_code: { co_name: string } } };
      expect(it.gi_frame.f_code.co_name).toBe('g');
      expect(it.gi_frame.f_lineno).toBe(2);
      expect(ex.run().exitCode).toBe(0);
    });
  });
});

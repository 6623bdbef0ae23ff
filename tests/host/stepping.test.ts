// Stepping through VirtualMachine.start: pausing anywhere and resuming gives the output of an
// uninterrupted run; line/over/out steps and breakpoints land where expected.
import { capturedVm } from './support.js';
import { describe, expect, it } from 'vitest';

const PROGRAM = [
  'def fib(n):',
  '    a, b = 0, 1',
  '    for _ in range(n):',
  '        a, b = b, a + b',
  '    return a',
  'def gen():',
  '    for i in range(3):',
  '        yield fib(i * 5)',
  'total = 0',
  'for v in gen():',
  '    total += v',
  '    print("v", v)',
  'try:',
  '    {}["missing"]',
  'except KeyError as e:',
  '    print("caught", e)',
  'print("total", total)',
].join('\n') + '\n';

describe('stepping', () => {
  it('any pattern of steps gives the same output as a plain run', () => {
    const plain = capturedVm();
    plain.vm.run(PROGRAM, 'prog.py');
    const expected = plain.out();
    expect(expected).toBe("v 0\nv 5\nv 55\ncaught 'missing'\ntotal 60\n");
    for (const pattern of [[1], [7], ['line'], ['over'], [3, 'line', 'out']] as (number | string)[][]) {
      const { vm, out } = capturedVm();
      const ex = vm.start(PROGRAM, 'prog.py');
      let i = 0, pauses = 0;
      while (ex.state.status !== 'finished' && pauses < 100_000) {
        const p = pattern[i++ % pattern.length];
        if (typeof p === 'number') ex.runFor(p);
        else ex.step(p as 'line' | 'over' | 'out');
        pauses++;
      }
      expect(ex.state.exitCode).toBe(0);
      expect(out()).toBe(expected);
    }
  });

  it('step("line") pauses at each new line of the running frame', () => {
    const { vm } = capturedVm();
    const ex = vm.start('a = 1\nb = 2\nc = a + b\n', 'lines.py');
    expect(ex.state.lineno).toBe(1);
    const lines: number[] = [];
    for (let s = ex.step('line'); s.status === 'paused'; s = ex.step('line')) lines.push(s.lineno);
    expect(lines).toEqual([2, 3]);
    expect(vm.eval('c')).toBe(3);
  });

  it('a breakpoint stops run() at its line, in a function, every time it is reached', () => {
    const { vm, out } = capturedVm();
    const src = PROGRAM.split('\n').slice(0, 5).join('\n') + '\nprint(fib(4))\n';
    const ex = vm.start(src, 'prog.py');
    ex.addBreakpoint('prog.py', 4);
    const hits: string[] = [];
    for (let s = ex.run(); s.status === 'paused'; s = ex.run()) hits.push(`${s.frame?.f_code.co_name}:${s.lineno}`);
    expect(hits).toEqual(['fib:4', 'fib:4', 'fib:4', 'fib:4']);
    expect(out()).toBe('3\n');
    ex.removeBreakpoint('prog.py', 4);
  });

  it('the paused frame is inspectable from the host', () => {
    const { vm } = capturedVm();
    const ex = vm.start('def f(x):\n    y = x * 2\n    return y\nf(21)\n', 'f.py');
    ex.addBreakpoint('f.py', 3);
    const s = ex.run();
    expect(s.status).toBe('paused');
    expect(s.frame?.f_code.co_name).toBe('f');
    expect(s.lineno).toBe(3);
    expect(ex.run().status).toBe('finished');
  });
});

// maxSteps and timeout stop runaway programs with a Python-level KeyboardInterrupt.
import { capturedVm } from './support.js';
import { describe, expect, it } from 'vitest';
import { run } from '../../index.js';

describe('step budget and timeout', () => {
  it('maxSteps stops `while True: pass` with a traceback and status 1', () => {
    const { vm, err } = capturedVm({ maxSteps: 10_000 });
    expect(vm.run('while True:\n    pass\n', 'spin.py').exitCode).toBe(1);
    expect(err()).toContain('File "spin.py", line 2, in <module>');
    expect(err().trimEnd().split('\n').pop()).toBe('KeyboardInterrupt: step budget of 10000 instructions exhausted');
  });

  it('the budget cannot be caught away: handlers stop too', () => {
    const { vm, out, err } = capturedVm({ maxSteps: 5000 });
    const status = vm.run('n = 0\ntry:\n    while True:\n        n += 1\nexcept BaseException:\n    print("caught")\n    while True:\n        pass\nfinally:\n    print("finally")\n').exitCode;
    expect(status).toBe(1);
    expect(out()).toBe('');
    expect(err()).toContain('KeyboardInterrupt: step budget of 5000 instructions exhausted');
  });

  it('a program within the budget runs normally; each run gets the whole budget', () => {
    const { vm, out } = capturedVm({ maxSteps: 2000 });
    expect(vm.run('print(sum(i for i in range(50)))').exitCode).toBe(0);
    expect(vm.run('print(sum(i for i in range(50)))').exitCode).toBe(0);
    expect(out()).toBe('1225\n1225\n');
  });

  it('exec and eval are budgeted too (as a PythonError)', () => {
    const { vm } = capturedVm({ maxSteps: 1000 });
    expect(() => vm.exec('while True: pass')).toThrow('KeyboardInterrupt: step budget of 1000 instructions exhausted');
    expect(() => vm.eval('[x for x in iter(int, 1)]')).toThrow(/KeyboardInterrupt/);
  });

  it('timeout stops a long loop by wall clock', () => {
    const { vm, err } = capturedVm({ timeout: 50 });
    const t0 = Date.now();
    expect(vm.run('while True:\n    pass\n').exitCode).toBe(1);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(err().trimEnd().split('\n').pop()).toBe('KeyboardInterrupt: timeout of 50 ms exceeded');
  });

  it('run() takes maxSteps too, and the budget also applies to stepping', () => {
    let err = '';
    expect(run('while 1: pass', { maxSteps: 300, stderr: (t) => { err += t; } }).exitCode).toBe(1);
    expect(err).toContain('step budget of 300 instructions exhausted');
    const { vm, err: err2 } = capturedVm({ maxSteps: 100 });
    const ex = vm.start('while True:\n    pass\n');
    expect(ex.step('line', 3).status).toBe('paused');
    expect(ex.run().exitCode).toBe(1);
    expect(err2()).toContain('KeyboardInterrupt: step budget of 100 instructions exhausted');
  });
});

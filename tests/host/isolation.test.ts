// Two VirtualMachines keep their own modules, builtins, globals, sys state and output, whether
// used one after the other or interleaved while stepping; the process's own state is untouched.
import { capturedVm } from './support.js';
import { describe, expect, it } from 'vitest';
import { sysModules } from '../../vm/modules/registry.js';

describe('isolation between VirtualMachines', () => {
  it('globals, builtins, sys attributes and host modules are per machine', () => {
    const a = capturedVm(), b = capturedVm();
    a.vm.registerModule('only_a', { tag: 'A' });
    a.vm.run('import builtins, sys, only_a\nbuiltins.shared = 1\nsys.marker = "a"\nx = only_a.tag\nimport random');
    b.vm.run([
      'import builtins, sys',
      'print(hasattr(builtins, "shared"), hasattr(sys, "marker"), "x" in globals(), "random" in sys.modules)',
      'try:',
      '    import only_a',
      'except ModuleNotFoundError as e:',
      '    print("ModuleNotFoundError", e)',
    ].join('\n'));
    expect(b.out()).toBe("False False False False\nModuleNotFoundError No module named 'only_a'\n");
    a.vm.exec('print(shared, sys.marker, x, "random" in sys.modules)');
    expect(a.out()).toBe('1 a A True\n');
    expect(a.err() + b.err()).toBe('');
  });

  it('a module imported by one machine is a different object in the other', () => {
    const a = capturedVm(), b = capturedVm();
    a.vm.exec('import math\nmath.extra = 5');
    b.vm.exec('import math\nprint(hasattr(math, "extra"))');
    expect(b.out()).toBe('False\n');
  });

  it('the process-level sys.modules is restored after a machine runs', () => {
    const before = sysModules.keysArray();
    const a = capturedVm();
    a.vm.run('import math, random\nprint("ok")');
    expect(sysModules.keysArray()).toEqual(before);
  });

  it('interleaved stepping keeps each program\'s output, state and modules apart', () => {
    const src = (tag: string): string => `import sys\nacc = []\nfor i in range(5):\n    acc.append("${tag}%d" % i)\n    print(acc[-1])\nsys.tag = "${tag}"\nprint(len(acc), sys.tag)\n`;
    const a = capturedVm(), b = capturedVm();
    const ea = a.vm.start(src('a')), eb = b.vm.start(src('b'));
    let guard = 0;
    while ((ea.state.status !== 'finished' || eb.state.status !== 'finished') && guard++ < 10000) {
      ea.step('line');
      eb.step('instruction', 3);
    }
    expect(ea.state.exitCode).toBe(0);
    expect(eb.state.exitCode).toBe(0);
    expect(a.out()).toBe('a0\na1\na2\na3\na4\n5 a\n');
    expect(b.out()).toBe('b0\nb1\nb2\nb3\nb4\n5 b\n');
    expect(a.vm.eval('acc[-1]')).toBe('a4');
    expect(b.vm.eval('acc[-1]')).toBe('b4');
  });

  it('interleaved stepping at different call depths returns through each program\'s own callers', () => {
    // Each pause leaves the other program's frames at the depths this one reuses.
    const src = (tag: string, depth: number): string => [
      'import sys',
      'def names():',
      '    f, out = sys._getframe(1), []',
      '    while f is not None:',
      '        out.append(f.f_code.co_name)',
      '        f = f.f_back',
      '    return out',
      'def down(n):',
      '    if n == 0:',
      '        try:',
      '            raise ValueError(names())',
      '        except ValueError as e:',
      '            return e.args[0]',
      '    return down(n - 1) + [n]',
      `for i in range(3):`,
      `    print("${tag}", down(${depth} + i))`,
      '',
    ].join('\n');
    const a = capturedVm(), b = capturedVm();
    const ea = a.vm.start(src('a', 2)), eb = b.vm.start(src('b', 5));
    let guard = 0;
    while ((ea.state.status !== 'finished' || eb.state.status !== 'finished') && guard++ < 100000) {
      ea.step('instruction', 7);
      eb.step('line');
    }
    expect(ea.state.exitCode).toBe(0);
    expect(eb.state.exitCode).toBe(0);
    const expected = (tag: string, depth: number): string => [0, 1, 2].map((i) => {
      const n = depth + i;
      const chain = ['down', ...Array<string>(n).fill('down'), '<module>'];
      const path = Array.from({ length: n }, (_, k) => k + 1);
      return `${tag} [${[...chain.map((c) => `'${c}'`), ...path].join(', ')}]\n`;
    }).join('');
    expect(a.out()).toBe(expected('a', 2));
    expect(b.out()).toBe(expected('b', 5));
  });

  it('the recursion limit and sys.settrace of one machine do not leak into another', () => {
    const a = capturedVm(), b = capturedVm();
    a.vm.exec('import sys\nsys.setrecursionlimit(150)\nsys.settrace(lambda *a: None)');
    b.vm.exec('import sys\nprint(sys.getrecursionlimit(), sys.gettrace())');
    a.vm.exec('print(sys.getrecursionlimit(), sys.gettrace() is not None)\nsys.settrace(None)');
    expect(b.out()).toBe('1000 None\n');
    expect(a.out()).toBe('150 True\n');
  });
});

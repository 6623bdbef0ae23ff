// The embedding API: run/exec/eval, globals, host modules, exit statuses, stdin.
import { capturedVm } from './support.js';
import { describe, expect, it } from 'vitest';
import { PythonError } from '../../vm/host/convert.js';
import { run } from '../../index.js';

describe('VirtualMachine.run', () => {
  it('captures stdout and returns exit code 0', () => {
    const { vm, out } = capturedVm();
    expect(vm.run('print("hi", 1 + 2)\nprint([x * x for x in range(4)])')).toEqual({ exitCode: 0 });
    expect(out()).toBe('hi 3\n[0, 1, 4, 9]\n');
  });

  it('prints a traceback to stderr and exits 1 on an uncaught exception', () => {
    const { vm, out, err } = capturedVm();
    expect(vm.run('print("before")\n{}["k"]\n', 'prog.py').exitCode).toBe(1);
    expect(out()).toBe('before\n');
    expect(err()).toContain('Traceback (most recent call last):');
    expect(err()).toContain('File "prog.py", line 2, in <module>');
    expect(err().trimEnd().split('\n').pop()).toBe("KeyError: 'k'");
  });

  it('ends the run with sys.exit\'s code instead of killing the host', () => {
    const { vm, out, err } = capturedVm();
    expect(vm.run('import sys\nprint("a")\nsys.exit(7)\nprint("b")').exitCode).toBe(7);
    expect(vm.run('raise SystemExit("bye")').exitCode).toBe(1);
    expect(out()).toBe('a\n');
    expect(err()).toBe('bye\n');
  });

  it('reports a syntax error as python does (exit 1)', () => {
    const { vm, err } = capturedVm();
    expect(vm.run('x = (1,\n', 'bad.py').exitCode).toBe(1);
    expect(err()).toMatch(/SyntaxError/);
  });

  it('reads input() lines from the stdin callback and sees EOF without one', () => {
    const lines = ['alice\n', '42\n'];
    const { vm, out } = capturedVm({ stdin: () => lines.shift() ?? null });
    vm.run('name = input("name? ")\nn = int(input())\nprint(name, n + 1)\ntry:\n    input()\nexcept EOFError as e:\n    print("EOF", type(e).__name__)');
    expect(out()).toBe('name? alice 43\nEOF EOFError\n');
    const plain = capturedVm();
    plain.vm.run('try:\n    input()\nexcept EOFError:\n    print("no input")');
    expect(plain.out()).toBe('no input\n');
  });

  it('passes argv to sys.argv', () => {
    const { vm, out } = capturedVm({ argv: ['prog.py', 'x', '--y'] });
    vm.run('import sys\nprint(sys.argv)', 'prog.py');
    expect(out()).toBe("['prog.py', 'x', '--y']\n");
  });

  it('the one-call run() works the same way', () => {
    let out = '';
    expect(run('print(sum(range(10)))', { stdout: (t) => { out += t; } }).exitCode).toBe(0);
    expect(out).toBe('45\n');
  });
});

describe('VirtualMachine.exec / eval / globals', () => {
  it('exec continues the namespace of run, eval returns converted values', () => {
    const { vm, out } = capturedVm();
    vm.run('counter = 10\ndef bump(k):\n    global counter\n    counter += k\n    return counter');
    vm.exec('bump(5)\nprint("now", counter)');
    expect(out()).toBe('now 15\n');
    expect(vm.eval('bump(1)')).toBe(16);
    expect(vm.eval('[counter, "s", 2.5, None, True, (1, 2)]')).toEqual([16, 's', 2.5, null, true, [1, 2]]);
  });

  it('exec without a previous run starts an empty __main__', () => {
    const { vm } = capturedVm();
    vm.exec('a = 2 ** 70');
    expect(vm.eval('a')).toBe(2n ** 70n);
    expect(vm.eval('__name__')).toBe('__main__');
  });

  it('uncaught exceptions in exec/eval reach the host as PythonError', () => {
    const { vm } = capturedVm();
    let caught: unknown = null;
    try {
      vm.exec('1 / 0');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(PythonError);
    expect((caught as PythonError).pyType).toBe('ZeroDivisionError');
    expect((caught as PythonError).message).toBe('ZeroDivisionError: division by zero');
    expect(() => vm.eval('undefined_name')).toThrow("NameError: name 'undefined_name' is not defined");
    expect(() => vm.eval('1 +')).toThrow(/SyntaxError/);
    expect(() => vm.exec('import sys; sys.exit(3)')).toThrow(/SystemExit/);
  });

  it('globals get/set/has/delete/keys convert values', () => {
    const { vm, out } = capturedVm();
    vm.globals.set('cfg', { depth: 3, names: ['a', 'b'], ratio: 0.5 });
    vm.exec('print(type(cfg).__name__, cfg["depth"] * 2, cfg["names"][1], cfg["ratio"])\nresult = {"ok": True}');
    expect(out()).toBe('dict 6 b 0.5\n');
    expect(vm.globals.get('result')).toEqual(new Map([['ok', true]]));
    expect(vm.globals.has('cfg')).toBe(true);
    expect(vm.globals.get('missing')).toBeUndefined();
    expect(vm.globals.keys()).toContain('result');
    expect(vm.globals.delete('cfg')).toBe(true);
    expect(vm.globals.has('cfg')).toBe(false);
    expect(() => vm.exec('cfg')).toThrow("NameError: name 'cfg' is not defined");
  });
});

describe('VirtualMachine.registerModule', () => {
  it('exposes JS functions and values as an importable module', () => {
    const calls: unknown[][] = [];
    const { vm, out } = capturedVm();
    vm.registerModule('host', {
      add: (a: number, b: number) => a + b,
      log: (...args: unknown[]) => { calls.push(args); },
      VERSION: 3,
      NAMES: ['x', 'y'],
      fail: () => { throw new Error('disk on fire'); },
      apply: (f: (x: number) => number, x: number) => f(x) + 1,
    });
    const status = vm.run([
      'import host',
      'from host import add, VERSION',
      'print(add(2, 3), VERSION, host.NAMES, type(host.add).__name__)',
      'print(host.log("a", 1, [2.5]))',
      'try:',
      '    host.fail()',
      'except RuntimeError as e:',
      '    print("RuntimeError", e)',
      'print(host.apply(lambda v: v * 10, 4))',
      'try:',
      '    host.add(1, b=2)',
      'except TypeError as e:',
      '    print("TypeError", e)',
    ].join('\n')).exitCode;
    expect(status).toBe(0);
    expect(out()).toBe("5 3 ['x', 'y'] builtin_function_or_method\nNone\nRuntimeError disk on fire\n41\nTypeError add() takes no keyword arguments\n");
    expect(calls).toEqual([['a', 1, [2.5]]]);
  });

  it('a Python exception raised inside a callback passes through the host function', () => {
    const { vm, out } = capturedVm();
    vm.registerModule('cb', { call: (f: () => unknown) => f() });
    vm.run('import cb\ndef boom():\n    raise KeyError("inner")\ntry:\n    cb.call(boom)\nexcept KeyError as e:\n    print("KeyError", e)');
    expect(out()).toBe("KeyError 'inner'\n");
  });

  it('a module registered while running is importable at once', () => {
    const { vm, out } = capturedVm();
    vm.registerModule('setup', { later: () => { vm.registerModule('late', { v: 9 }); } });
    vm.run('import setup\nsetup.later()\nimport late\nprint(late.v)');
    expect(out()).toBe('9\n');
  });

  it('Python functions returned to the host can be called after the run', () => {
    const { vm, out } = capturedVm();
    vm.run('def greet(name, punct="!"):\n    print("hello", name)\n    return name.upper() + punct');
    const greet = vm.globals.get('greet') as (...a: unknown[]) => unknown;
    expect(greet('bob')).toBe('BOB!');
    expect(greet('amy', '?')).toBe('AMY?');
    expect(out()).toBe('hello bob\nhello amy\n');
    const fail = vm.eval('lambda: [][0]') as () => unknown;
    expect(() => fail()).toThrow('IndexError: list index out of range');
  });
});

// The library's default sandbox: no open(), imports only from the bundled standard library,
// no source lines read from disk; `filesystem: true` and the CLI grant all of it.
import { capturedVm } from './support.js';
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { CLI, exec } from '../support/run.js';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pyvm-sandbox-'));
  writeFileSync(join(dir, 'data.txt'), 'secret\n');
  writeFileSync(join(dir, 'helper.py'), 'VALUE = 42\n');
  writeFileSync(join(dir, 'prog.py'), [
    'import sys',
    `sys.path.append(${JSON.stringify(dir)})`,
    'try:',
    `    print(open(${JSON.stringify(join(dir, 'data.txt'))}).read().strip())`,
    'except OSError as e:',
    '    print(type(e).__name__, e.errno)',
    'try:',
    '    import helper',
    '    print("helper", helper.VALUE)',
    'except ImportError as e:',
    '    print(type(e).__name__, e)',
  ].join('\n') + '\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sandbox', () => {
  it('open() raises PermissionError with errno 1 and the file name', () => {
    const { vm, out } = capturedVm();
    vm.run([
      'for args in [("x.txt",), ("x.txt", "w"), (0,), ("/etc/passwd", "rb")]:',
      '    try:',
      '        open(*args)',
      '    except OSError as e:',
      '        print(type(e).__name__, e.errno, e.filename, isinstance(e, PermissionError))',
      'try:',
      '    open("/etc/hostname")',
      'except PermissionError as e:',
      '    print(e)',
    ].join('\n'));
    expect(out()).toBe([
      'PermissionError 1 x.txt True',
      'PermissionError 1 x.txt True',
      'PermissionError 1 0 True',
      'PermissionError 1 /etc/passwd True',
      "[Errno 1] Operation not permitted (no file system access): '/etc/hostname'",
      '',
    ].join('\n'));
  });

  it('an uncaught sandbox error ends the run with a traceback and status 1', () => {
    const { vm, err } = capturedVm();
    expect(vm.run('open("notes.txt")').exitCode).toBe(1);
    expect(err().trimEnd().split('\n').pop())
      .toBe("PermissionError: [Errno 1] Operation not permitted (no file system access): 'notes.txt'");
  });

  it('imports from disk fail with ModuleNotFoundError, the bundled standard library still imports', () => {
    const { vm, out } = capturedVm();
    vm.run(`import sys\nsys.path.insert(0, ${JSON.stringify(dir)})\ntry:\n    import helper\nexcept ModuleNotFoundError as e:\n    print(type(e).__name__, e)\nimport collections, functools\nprint(collections.OrderedDict.__name__, functools.reduce(lambda a, b: a + b, [1, 2, 3]))`);
    expect(out()).toBe("ModuleNotFoundError No module named 'helper'\nOrderedDict 6\n");
  });

  it('a program file run from disk does not see its own directory', () => {
    const { vm, err } = capturedVm();
    expect(vm.run('import helper', join(dir, 'prog2.py')).exitCode).toBe(1);
    expect(err().trimEnd().split('\n').pop()).toBe("ModuleNotFoundError: No module named 'helper'");
  });

  it('with filesystem: true, open and imports work', () => {
    const { vm, out } = capturedVm({ filesystem: true });
    vm.run(`import sys\nsys.path.append(${JSON.stringify(dir)})\nprint(open(${JSON.stringify(join(dir, 'data.txt'))}).read().strip())\nimport helper\nprint(helper.VALUE)`);
    expect(out()).toBe('secret\n42\n');
  });

  it('a sandboxed machine does not change what the process (CLI) may do', async () => {
    const { vm } = capturedVm();
    vm.run('x = 1');
    const r = await exec([process.execPath, CLI, 'run', join(dir, 'prog.py')]);
    expect(r.stdout).toBe('secret\nhelper 42\n');
    expect(r.status).toBe(0);
  });

  it('the same program in a sandboxed machine is refused', () => {
    const { vm, err } = capturedVm();
    expect(vm.run(`exec(open(${JSON.stringify(join(dir, 'prog.py'))}).read())`).exitCode).toBe(1);
    expect(err()).toContain('PermissionError');
    const s = capturedVm();
    s.vm.run([
      'import sys',
      `sys.path.append(${JSON.stringify(dir)})`,
      'try:',
      `    open(${JSON.stringify(join(dir, 'data.txt'))})`,
      'except OSError as e:',
      '    print(type(e).__name__, e.errno)',
      'try:',
      '    import helper',
      'except ImportError as e:',
      '    print(type(e).__name__, e)',
    ].join('\n'));
    expect(s.out()).toBe("PermissionError 1\nModuleNotFoundError No module named 'helper'\n");
  });
  it('os refuses file-system calls with PermissionError and shows an empty environment', () => {
    const { vm, out } = capturedVm();
    vm.run([
      'import os',
      `for f, args in [(os.listdir, (${JSON.stringify(dir)},)), (os.stat, ('data.txt',)), (os.mkdir, ('d',)), (os.remove, ('x',)), (os.getcwd, ())]:`,
      '    try:',
      '        f(*args)',
      '    except PermissionError as e:',
      '        print(f.__name__, e.errno, e.filename)',
      `print(os.path.exists(${JSON.stringify(join(dir, 'data.txt'))}), os.path.isdir(${JSON.stringify(dir)}))`,
      'print(len(os.environ), os.getenv("HOME"), os.path.join("a", "b"), os.path.normpath("a/../b"))',
    ].join('\n'));
    expect(out()).toBe([
      `listdir 1 ${dir}`, 'stat 1 data.txt', 'mkdir 1 d', 'remove 1 x', 'getcwd 1 None',
      'False False', '0 None a/b b', '',
    ].join('\n'));
  });

  it('with filesystem: true, os sees the files', () => {
    const { vm, out } = capturedVm({ filesystem: true });
    vm.run(`import os\nprint(sorted(os.listdir(${JSON.stringify(dir)})), os.path.getsize(${JSON.stringify(join(dir, 'data.txt'))}))`);
    expect(out()).toBe("['data.txt', 'helper.py', 'prog.py'] 7\n");
  });
  it('importlib.util cannot load a file from disk in the sandbox', () => {
    const { vm, out } = capturedVm();
    vm.run([
      'import importlib.util',
      `spec = importlib.util.spec_from_file_location('helper', ${JSON.stringify(join(dir, 'helper.py'))})`,
      'm = importlib.util.module_from_spec(spec)',
      'try:',
      '    spec.loader.exec_module(m)',
      'except PermissionError as e:',
      '    print(type(e).__name__, e.errno, hasattr(m, "VALUE"))',
      'print(importlib.util.find_spec("helper"), importlib.util.find_spec("textwrap").name)',
    ].join('\n'));
    expect(out()).toBe('PermissionError 1 False\nNone textwrap\n');
  });
});

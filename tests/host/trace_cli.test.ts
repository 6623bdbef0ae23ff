// `pyvm run --trace`: the instruction log goes to stderr (checked against a golden reviewed by
// eye), the program's stdout is unchanged; values are shown without running Python code.
import { capturedVm } from './support.js';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, exec } from '../support/run.js';
import { traceHooks, traceRepr, blockRepr } from '../../cli_trace.js';
import { TryBlock } from '../../vm/frame.js';
import { Op } from '../../vm/opcode.js';

const DATA = join(import.meta.dirname, 'data');

describe('pyvm run --trace', () => {
  it('prints the golden trace on stderr and the normal output on stdout', async () => {
    const r = await exec([process.execPath, CLI, 'run', '--trace', join(DATA, 'trace_small.py')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('Box()\nNone\n');
    expect(r.stderr).toBe(readFileSync(join(DATA, 'trace_small.trace'), 'utf8'));
  });

  it('passes arguments through and keeps the exit status', async () => {
    const r = await exec([process.execPath, CLI, 'run', '--trace', '-c', 'x'], {});
    expect(r.status).toBe(2);
    const ok = await exec([process.execPath, CLI, 'run', '--trace', join(DATA, 'trace_small.py'), 'a1']);
    expect(ok.status).toBe(0);
  });

  it('the same hooks work in a VirtualMachine, one line per instruction', () => {
    const lines: string[] = [];
    const { vm, out } = capturedVm({ hooks: traceHooks((l) => lines.push(l)) });
    vm.run('x = [1, 2]\nprint(len(x))\n');
    expect(out()).toBe('2\n');
    expect(lines.length).toBe(12);
    expect(lines[0]).toMatch(/^<module> +1 +0 LOAD_CONST +0 \(1\) +stack=\[\] blocks=\[\]\n$/);
    expect(lines[3]).toMatch(/6 STORE_NAME +0 \(x\) +stack=\[\[1, 2\]\] blocks=\[\]/);
  });

  it('reprs never call Python code and are truncated', () => {
    const { vm } = capturedVm();
    vm.exec('class Loud:\n    def __repr__(self):\n        raise RuntimeError("called")\nobj = Loud()\nbig = list(range(100))\ns = "y" * 100\nd = {i: i for i in range(10)}');
    const g = (n: string): Parameters<typeof traceRepr>[0] => (vm as unknown as { main: { getStr(k: string): never } }).main.getStr(n);
    expect(traceRepr(g('obj'))).toBe('<Loud object>');
    expect(traceRepr(g('big'))).toBe('[0, 1, 2, 3, 4, 5, ...]');
    expect(traceRepr(g('s'))).toBe(`'${'y'.repeat(37)}...'`);
    expect(traceRepr(g('d'))).toBe('{0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, ...}');
    expect(traceRepr(null)).toBe('NULL');
    expect(blockRepr(new TryBlock(Op.SETUP_LOOP, 40, 7), 5)).toBe('SETUP_LOOP(handler=40, level=2)');
  });
});

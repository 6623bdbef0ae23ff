/**
 * Host hooks of vm/trace.ts: order of call/line/return/exception, what onInstruction sees of the
 * value and block stacks, and onBranch directions on a small loop.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { compileProgram, capture, runPlain } from './support.js';
import { setHooks, getHooks, type TraceHooks } from '../../../vm/trace.js';
import type { PyValue } from '../../../vm/objects/object.js';
import { PyException } from '../../../vm/objects/exceptions.js';
import { runCode } from '../../../vm/interp.js';
import { Execution } from '../../../vm/execution.js';

afterEach(() => setHooks(null));

function runWith(source: string, hooks: TraceHooks): { stdout: string; status: number } {
  const code = compileProgram(source);
  setHooks(hooks);
  try {
    const r = capture(() => runCode(code, { filename: 'prog.py' }));
    return { stdout: r.stdout, status: r.value };
  } finally {
    setHooks(null);
  }
}

const show = (v: PyValue | undefined): string => (v === undefined ? 'exc' : typeof v === 'object' ? v.ob_type.name : String(v));

describe('host hooks', () => {
  it('setHooks/getHooks round-trip', () => {
    const h: TraceHooks = {};
    setHooks(h);
    expect(getHooks()).toBe(h);
    setHooks(null);
    expect(getHooks()).toBeNull();
  });

  it('fire call, line, return and exception events in order', () => {
    const log: string[] = [];
    const r = runWith('def f(x):\n    return x + 1\ntry:\n    f(1)\n    1/0\nexcept ZeroDivisionError:\n    pass\n', {
      onCall: fr => log.push(`call ${fr.f_code.co_name}`),
      onLine: (fr, n) => log.push(`line ${fr.f_code.co_name} ${n}`),
      onReturn: (fr, v) => log.push(`return ${fr.f_code.co_name} ${show(v)}`),
      onException: (fr, e) => log.push(`exception ${fr.f_code.co_name} ${e.ob_type.name}`),
    });
    expect(r.status).toBe(0);
    expect(log).toEqual([
      'call <module>', 'line <module> 1', 'line <module> 3', 'line <module> 4', 'call f', 'line f 2', 'return f 2',
      'line <module> 5', 'exception <module> ZeroDivisionError', 'line <module> 6', 'line <module> 7',
      'return <module> NoneType',
    ]);
  });

  it('report a frame left by an exception with value undefined', () => {
    const log: string[] = [];
    const r = runWith('def g():\n    raise KeyError(1)\ng()\n', {
      onReturn: (fr, v) => log.push(`${fr.f_code.co_name} ${show(v)}`),
      onException: (fr, e) => log.push(`exc ${fr.f_code.co_name} ${e instanceof PyException}`),
    });
    expect(r.status).toBe(1);
    expect(log).toEqual(['exc g true', 'g exc', 'exc <module> true', '<module> exc']);
  });

  it('onInstruction sees the value stack and block stack', () => {
    const seen: string[] = [];
    runWith('a = 1\nb = a + 2\nfor i in [5]:\n    pass\n', {
      onInstruction: (fr, offset, opname, stack, blocks) => {
        seen.push(`${offset} ${opname} [${stack.map(v => show(v)).join(',')}] ${blocks.map(b => b.b_type).join(',')}`);
      },
    });
    // a = 1: 0 LOAD_CONST, 2 STORE_NAME; b = a + 2: 4 LOAD_NAME, 6 LOAD_CONST, 8 BINARY_ADD, 10 STORE_NAME
    expect(seen[4]).toBe('8 BINARY_ADD [1,2] ');
    expect(seen[5]).toBe('10 STORE_NAME [3] ');
    // for: 12 SETUP_LOOP, 14 LOAD_CONST, then GET_ITER and FOR_ITER inside the loop block
    const forIter = seen.find(s => s.includes('FOR_ITER'));
    expect(forIter).toMatch(/FOR_ITER \[tuple_iterator\] 120$/);
  });

  it('onBranch reports taken and fall-through per jump', () => {
    const counts = new Map<string, number>();
    runWith('for i in range(3):\n    if i % 2:\n        pass\n', {
      onBranch: (code, offset, taken) => {
        const op = code.co_code[offset];
        const k = `${op === 93 ? 'FOR_ITER' : 'POP_JUMP_IF_FALSE'} ${taken}`;
        counts.set(k, (counts.get(k) ?? 0) + 1);
      },
    });
    expect(Object.fromEntries(counts)).toEqual({
      'FOR_ITER false': 3, 'FOR_ITER true': 1, 'POP_JUMP_IF_FALSE true': 2, 'POP_JUMP_IF_FALSE false': 1,
    });
  });

  it('leave output unchanged', () => {
    const src = 'def fib(n):\n    return n if n < 2 else fib(n-1) + fib(n-2)\nprint([fib(i) for i in range(10)])\n';
    const plain = runPlain(src);
    const traced = runWith(src, { onInstruction: () => {}, onLine: () => {}, onBranch: () => {} });
    expect(traced.stdout).toBe(plain.stdout);
  });

  it('cost: an empty onInstruction hook on fib(25) (measured, reported)', () => {
    const src = 'def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\nprint(fib(25))\n';
    const t0 = performance.now();
    const plain = runPlain(src);
    const t1 = performance.now();
    const hooked = runWith(src, { onInstruction: () => {} });
    const t2 = performance.now();
    const budget = capture(() => new Execution(compileProgram(src), { maxSteps: 1e9 }).run());
    const t3 = performance.now();
    expect(hooked.stdout).toBe(plain.stdout);
    expect(budget.stdout).toBe(plain.stdout);
    const ratio = (t2 - t1) / (t1 - t0);
    console.log(`fib(25): no hooks ${(t1 - t0).toFixed(0)} ms, empty onInstruction ${(t2 - t1).toFixed(0)} ms (${ratio.toFixed(2)}x), step budget ${(t3 - t2).toFixed(0)} ms`);
    expect(Number.isFinite(ratio)).toBe(true);
  }, 120_000);
});

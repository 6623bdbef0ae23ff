/**
 * Frame reuse (vm/call.ts newFrame, vm/frame.ts FramePool): a parked frame has dropped its
 * locals, as CPython frees them at the return, and comes back for the next call of its function
 * however many a recursion parked.
 */
import { expect, it } from 'vitest';
import { compile, run } from '../../index.js';
import type { CodeObject } from '../../vm/code.js';
import { newFrame } from '../../vm/call.js';
import { PyDict } from '../../vm/objects/dict.js';
import { PyFunction } from '../../vm/objects/function.js';

it('parks frames without their locals and hands them back, as many as a recursion had live', () => {
  const mod = compile('def f(a, b):\n    c = a + b\n    return c\n', 'pool.py');
  const code = (mod.co_consts as unknown[]).find(c => (c as CodeObject | null)?.co_name === 'f') as CodeObject;
  const fn = new PyFunction(code, new PyDict(), new PyDict(), 'f');
  const live = [];
  for (let i = 0; i < 1000; i++) {
    const f = newFrame(fn);
    f.localsplus[0] = i;
    f.localsplus[2] = 'kept';
    live.push(f);
  }
  const pool = fn.f_pool;
  expect(pool).not.toBeNull();
  for (const f of live) pool!.park(f);
  expect(pool!.count).toBe(1000);
  expect(live.every(f => f.localsplus[0] === null && f.localsplus[2] === null)).toBe(true);
  // Handed back last parked first, all of them before a new frame is made.
  const again = new Set();
  for (let i = 0; i < 1000; i++) again.add(newFrame(fn));
  expect([...again].every(f => live.includes(f as never))).toBe(true);
  expect(pool!.count).toBe(0);
});

it('runs repeated deep recursion with the frames of the first', () => {
  const out: string[] = [];
  run('import sys\nsys.setrecursionlimit(5000)\ndef d(k):\n    return 0 if k == 0 else d(k - 1) + 1\n' +
    'print([d(3000) for _ in range(5)])\n', { stdout: s => out.push(s) });
  expect(out.join('')).toBe('[3000, 3000, 3000, 3000, 3000]\n');
});

/**
 * Which locals the translation reads without the unbound test (vm/jit_bound.ts): the loads it
 * may leave untested, and the ones it must keep testing. tests/programs/jit/unbound_locals.py
 * checks the errors themselves against CPython.
 */
import { expect, it } from 'vitest';
import { compile } from '../../index.js';
import type { CodeObject } from '../../vm/code.js';
import { decode } from '../../vm/jit_decode.js';
import { boundLocals, isBound } from '../../vm/jit_bound.js';

/** For each LOAD_FAST of `fn` in `source`, in order: the local's name and whether it is certainly bound. */
function loads(source: string, fn: string): [string, boolean][] {
  const mod = compile(source, 'bound.py');
  const co = (mod.co_consts as unknown[]).find(c => (c as CodeObject | null)?.co_name === fn) as CodeObject;
  const instrs = decode(co.co_code);
  const deleted = new Set(instrs.filter(i => i.name === 'DELETE_FAST').map(i => i.arg));
  const bound = boundLocals(instrs, co.co_nlocals, co.co_argcount, deleted);
  return instrs.filter(i => i.name === 'LOAD_FAST').map(i => [co.co_varnames[i.arg], isBound(bound.get(i.start), i.arg)]);
}

it('counts parameters and locals stored on every way as bound', () => {
  expect(loads('def f(a):\n    b = a\n    if a:\n        c = 1\n    else:\n        c = 2\n    return b + c\n', 'f'))
    .toEqual([['a', true], ['a', true], ['b', true], ['c', true]]);
});

it('keeps the test where a way there skips the store', () => {
  expect(loads('def f(a):\n    if a:\n        c = 1\n    return c\n', 'f')).toEqual([['a', true], ['c', false]]);
  // Stored in the loop body: unbound after a loop that never ran, and at the loop head.
  expect(loads('def f(n):\n    for i in range(n):\n        if i:\n            p\n        p = i\n    return p\n', 'f'))
    .toEqual([['n', true], ['i', true], ['p', false], ['i', true], ['p', false]]);
  // A handler runs with what was bound when its block was set up.
  expect(loads('def f(a):\n    w = a\n    try:\n        v = g()\n    except E:\n        return v + w\n', 'f'))
    .toEqual([['a', true], ['v', false], ['w', true]]);
});

it('never counts a deleted local as bound', () => {
  expect(loads('def f(a):\n    b = a\n    print(b)\n    del b\n    return a\n', 'f')).toEqual([['a', true], ['b', false], ['a', true]]);
  expect(loads('def f(a):\n    x = a\n    del a\n    return x\n', 'f')).toEqual([['a', false], ['x', true]]);
});

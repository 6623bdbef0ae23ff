/**
 * Differential property test: int arithmetic (big ints, //, %, **, shifts, bit ops on negatives, pow with modulus)
 * against a live python3; every case prints a repr or the exception's type and message.
 * PYVM_PROP_RUNS scales the count (default 1,000 per run, one batch per interpreter).
 */
import { expect, test } from 'vitest';
import { differential, runSeed } from './differential.js';
import { intCase } from './numsource.js';

const RUNS = Number(process.env.PYVM_PROP_RUNS) || 1000;

test(`${RUNS} random cases agree with python3`, async () => {
  const n = await differential(intCase, RUNS, runSeed());
  expect(n).toBe(RUNS);
}, 300_000);

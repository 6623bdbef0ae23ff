/**
 * Differential property test: format specs through format(), str.format and f-strings
 * against a live python3; every case prints a repr or the exception's type and message.
 * PYVM_PROP_RUNS scales the count (default 1,000 per run, one batch per interpreter).
 */
import { expect, test } from 'vitest';
import { differential, runSeed } from './differential.js';
import { formatCase } from './numsource.js';

const RUNS = Number(process.env.PYVM_PROP_RUNS) || 1000;

test(`${RUNS} random cases agree with python3`, async () => {
  const n = await differential(formatCase, RUNS, runSeed());
  expect(n).toBe(RUNS);
}, 300_000);

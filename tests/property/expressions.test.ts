/**
 * Differential property test over random expressions (ints small/negative/huge, floats, strings,
 * booleans, None, comparisons and chains, //, %, ** with negative operands, division by zero,
 * string repeats and slices): pyvm must print the same repr, or raise the same exception type,
 * as a live python3. PYVM_PROP_RUNS scales the count (default 800 per run).
 */
import { expect, test } from 'vitest';
import { differential, runSeed } from './differential.js';
import { exprCase } from './pysource.js';

const RUNS = Number(process.env.PYVM_PROP_RUNS) || 800;

test(`${RUNS} random expressions agree with python3`, async () => {
  const n = await differential(exprCase, RUNS, runSeed());
  expect(n).toBe(RUNS);
}, 300_000);

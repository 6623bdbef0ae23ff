/**
 * Differential property test over random small statement programs (assignments, augmented
 * assignment, if/else, bounded for/while with break/continue/else, try/except/finally, nested
 * functions with defaults and closures): same stdout and exception type as a live python3.
 * PYVM_PROP_RUNS scales the count (default 400 per run, half the expression count).
 */
import { expect, test } from 'vitest';
import { differential, runSeed } from './differential.js';
import { stmtCase } from './pysource.js';

const RUNS = Math.ceil((Number(process.env.PYVM_PROP_RUNS) || 800) / 2);

test(`${RUNS} random statement programs agree with python3`, async () => {
  const n = await differential(stmtCase, RUNS, runSeed());
  expect(n).toBe(RUNS);
}, 300_000);

/**
 * Differential property test for the `re` module: random patterns (tests/property/resource.ts)
 * compiled and run over random subjects with search/match/fullmatch, findall, finditer, sub,
 * subn and split; pyvm must print what a live python3 prints, errors included.
 * PYVM_PROP_RUNS scales the count (default 400 per run, one batch per interpreter).
 */
import { expect, test } from 'vitest';
import { differential, runSeed } from './differential.js';
import { reCase } from './resource.js';

const RUNS = Number(process.env.PYVM_PROP_RUNS) || 400;

test(`${RUNS} random patterns agree with python3`, async () => {
  const n = await differential(reCase, RUNS, runSeed());
  expect(n).toBe(RUNS);
}, 300_000);

/**
 * The property-test driver: draws N cases from an arbitrary with fast-check (fixed seed per
 * run, printed on failure), runs them as one batch on pyvm and on python3, and on a mismatch
 * replays the first failing case with fast-check's seed+path so it is shrunk, each shrink step
 * checked with a one-case batch on both sides.
 */
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { compareBatch, describeMismatch } from './batch.js';

/**
 * The seed: PYVM_PROP_SEED if given; under CI, one derived from the commit being tested, so a
 * submission is judged on the same programs every time it is run; otherwise a fresh one.
 */
export function runSeed(): number {
  const env = process.env.PYVM_PROP_SEED;
  if (env) return Number(env);
  if (process.env.CI) {
    try {
      const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
      return parseInt(head.slice(0, 8), 16) | 0;
    } catch {
      // Not a git checkout: fall through to a fresh seed.
    }
  }
  return (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
}

/** Draws exactly the values fc.check(…, {seed, numRuns}) would test, in order. */
function draw(arb: fc.Arbitrary<string>, seed: number, numRuns: number): string[] {
  const values: string[] = [];
  fc.check(fc.property(arb, v => { values.push(v); return true; }), { seed, numRuns });
  return values;
}

/** stderr without SyntaxWarning reports (two lines each), which the cases provoke on purpose. */
function quiet(stderr: string): string {
  const lines = stderr.split('\n'), kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (/SyntaxWarning/.test(lines[i])) { i++; continue; }
    if (lines[i].trim()) kept.push(lines[i]);
  }
  return kept.join('\n');
}

/** Throws an Error describing the minimised failing program when pyvm and python3 disagree. */
export async function differential(arb: fc.Arbitrary<string>, numRuns: number, seed: number): Promise<number> {
  const cases = draw(arb, seed, numRuns);
  let result: Awaited<ReturnType<typeof compareBatch>>;
  try {
    result = await compareBatch(cases);
  } catch (e) {
    throw new Error(`seed ${seed}: ${(e as Error).message}`);
  }
  const { mismatches, pyvmStderr } = result;
  if (mismatches.length === 0) return cases.length;
  const first = mismatches[0];
  const shrunk = await fc.check(
    fc.asyncProperty(arb, async src => (await compareBatch([src])).mismatches.length === 0),
    { seed, path: String(first.index), numRuns: 1, interruptAfterTimeLimit: 60_000, markInterruptAsFailure: false },
  );
  const minimal = shrunk.failed && shrunk.counterexample ? shrunk.counterexample[0] : first.source;
  const again = (await compareBatch([minimal])).mismatches[0] ?? first;
  throw new Error(
    `${mismatches.length} of ${cases.length} programs differ (seed ${seed}; rerun with PYVM_PROP_SEED=${seed}).\n` +
    `Minimised failing ${describeMismatch(again)}\n\nFirst failing case as generated (#${first.index}):\n${describeMismatch(first)}\n` +
    (quiet(pyvmStderr) ? `\npyvm stderr (batch): ${quiet(pyvmStderr).slice(0, 1500)}` : ''),
  );
}

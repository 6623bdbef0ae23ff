/**
 * The differential corpus again, with every function translated to JavaScript at its first call
 * (PYVM_JIT_THRESHOLD=1, vm/jit.ts) instead of after a hundred: the translated code must
 * behave exactly as the dispatch loop, tracebacks and hand-overs to the loop included.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { programCases } from './support/files.js';
import { isPyvm, lastLine, programArgs, runFile } from './support/run.js';

const cases = isPyvm() ? programCases() : [];

describe.concurrent('corpus with the JavaScript tier from the first call', () => {
  test.each(cases.map(c => [c.id, c] as const))('%s', async (_id, c) => {
    const r = await runFile(path.basename(c.file), programArgs(c.source), {
      cwd: path.dirname(c.file), timeout: 45_000, env: { PYVM_JIT_THRESHOLD: '1' },
    });
    expect(r.timedOut, 'timed out').toBe(false);
    expect(r.stdout).toBe(c.stdout);
    expect({ status: r.status, stderr: r.status === 0 ? '' : lastLine(r.stderr) })
      .toEqual({ status: c.status, stderr: c.stderr });
  });
});

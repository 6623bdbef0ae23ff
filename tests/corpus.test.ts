/**
 * The differential corpus: every tests/programs/<topic>/<name>.py is run with pyvm (`pyvm run`,
 * cwd = its folder) and must print exactly what CPython 3.11 printed (NAME.out), exit with the
 * same status, and on an uncaught exception end stderr with the same `Type: message` line
 * (NAME.expect.json). Regenerate the expectations with `node tools/gen-expected.mjs programs`.
 * `PYVM_CMD=python3 npx vitest run tests/corpus.test.ts` proves the expectations and harness.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { programCases } from './support/files.js';
import { lastLine, programArgs, runFile } from './support/run.js';

const cases = programCases();

describe.concurrent('corpus', () => {
  test('has programs', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  test.each(cases.map(c => [c.id, c] as const))('%s', async (_id, c) => {
    const r = await runFile(path.basename(c.file), programArgs(c.source), { cwd: path.dirname(c.file), timeout: 45_000 });
    expect(r.timedOut, 'timed out').toBe(false);
    expect(r.stdout).toBe(c.stdout);
    expect({ status: r.status, stderr: r.status === 0 ? '' : lastLine(r.stderr) })
      .toEqual({ status: c.status, stderr: c.stderr });
  });
});

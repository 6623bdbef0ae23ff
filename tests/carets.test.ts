/**
 * Traceback position lines (`~~~^^^`, CPython 3.11's PEP 657 display): each tests/carets/NAME.py
 * ends in an uncaught exception, and its whole stderr, caret lines included, must equal
 * NAME.stderr, python3 (3.11)'s stderr with the folder stripped from paths:
 *   cd tests/carets && for f in *.py; do python3 $f 2>&1 >/dev/null | sed "s|$PWD/||" > ${f%.py}.stderr; done
 * Run with the translations on from the first call too, since they keep f_lasti themselves.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, runFile } from './support/run.js';

const DIR = path.join(ROOT, 'tests/carets');
const cases = fs.readdirSync(DIR).filter(f => f.endsWith('.py')).sort().map(f => ({
  name: f.slice(0, -3),
  expected: fs.readFileSync(path.join(DIR, f.slice(0, -3) + '.stderr'), 'utf8'),
}));

describe.concurrent('traceback carets', () => {
  for (const threshold of ['10', '1']) {
    test.each(cases.map(c => [c.name, c] as const))(`%s (translation threshold ${threshold})`, async (_n, c) => {
      const r = await runFile(c.name + '.py', [], { cwd: DIR, timeout: 45_000, env: { PYVM_JIT_THRESHOLD: threshold } });
      expect(r.stderr.split(DIR + path.sep).join('')).toBe(c.expected);
    });
  }
});

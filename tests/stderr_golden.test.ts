/**
 * Whole uncaught-exception reports, not just their last line: each program listed in
 * tests/goldens/stderr/<topic>/NAME.stderr must write exactly that to stderr. The goldens are
 * python3 (3.11)'s stderr with the program's folder stripped from paths and the ^^^/~~~ position
 * lines dropped (tests/carets.test.ts checks those):
 *   cd tests/programs/T && python3 N.py 2>&1 >/dev/null | sed "s|$PWD/||" | grep -vE '^[ |]*[~^]+ *$' > ../../goldens/stderr/T/N.stderr
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { filesUnder, onlyTopics, PROGRAMS } from './support/files.js';
import { ROOT, runFile } from './support/run.js';

const GOLDENS = path.join(ROOT, 'tests/goldens/stderr');
const only = onlyTopics();
const cases = filesUnder(GOLDENS, '.stderr')
  .map(f => {
    const rel = path.relative(GOLDENS, f).slice(0, -'.stderr'.length);
    return { id: rel, program: path.join(PROGRAMS, rel + '.py'), expected: fs.readFileSync(f, 'utf8') };
  })
  .filter(c => only === null || only.has(c.id.split(path.sep)[0]));

describe.concurrent('stderr goldens', () => {
  test.each(cases.map(c => [c.id, c] as const))('%s', async (_id, c) => {
    const r = await runFile(path.basename(c.program), [], { cwd: path.dirname(c.program), timeout: 45_000 });
    // The script runs under its absolute path (as in CPython 3.9+): strip its folder as the goldens do.
    const got = r.stderr.split(path.dirname(c.program) + path.sep).join('')
      .split('\n').filter(line => !/^[ |]*[~^]+ *$/.test(line)).join('\n');
    expect(got).toBe(c.expected);
  });
});

/**
 * dis goldens: `pyvm dis FILE` must print what `python3.7 -m dis FILE` printed (checked in under
 * tests/goldens/dis/<topic>/<name>.dis for corpus programs 3.7 can compile, and next to each
 * snippet in tests/goldens/dis_snippets/), with code-object addresses replaced by `0x?`.
 * Both sides run with cwd = the program's folder and the bare file name, so `file "x.py"` agrees.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIS_GOLDENS, DIS_SNIPPETS, PROGRAMS, filesUnder, onlyTopics, skippedTopics } from './support/files.js';
import { disFile, normalizeAddresses } from './support/run.js';

interface DisCase { id: string; source: string; golden: string }

const skip = skippedTopics();
const only = onlyTopics();
const cases: DisCase[] = [
  ...filesUnder(DIS_GOLDENS, '.dis').map(golden => {
    const rel = path.relative(DIS_GOLDENS, golden).slice(0, -4);
    return { id: rel.split(path.sep).join('/'), source: path.join(PROGRAMS, rel + '.py'), golden };
  }).filter(c => !skip.has(c.id.split('/')[0]) && (only === null || only.has(c.id.split('/')[0]))),
  ...filesUnder(only === null ? DIS_SNIPPETS : '/nonexistent', '.py').map(source => ({
    id: 'snippets/' + path.basename(source, '.py'), source, golden: source.slice(0, -3) + '.dis',
  })),
];

describe.concurrent('dis goldens', () => {
  test('has goldens', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  test.each(cases.map(c => [c.id, c] as const))('%s', async (_id, c) => {
    const want = fs.readFileSync(c.golden, 'utf8');
    const r = await disFile(path.basename(c.source), { cwd: path.dirname(c.source) });
    expect(r.stderr).toBe('');
    expect(normalizeAddresses(r.stdout)).toBe(normalizeAddresses(want));
    expect(r.status).toBe(0);
  });
});

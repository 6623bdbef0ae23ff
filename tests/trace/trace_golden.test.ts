/**
 * sys.settrace goldens: each tests/trace/programs/NAME.py carries its own Python tracer and
 * prints the events it sees; NAME.out37 is what CPython 3.7 printed (tools/gen-trace.mjs) and
 * status37.json its exit status. pyvm (PYVM_CLI, else dist/cli.cjs) must print the same events
 * (file names aside: 3.7 kept the script's path as given, 3.9+ makes it absolute).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runFile } from '../support/run.js';

const DIR = path.join(import.meta.dirname, 'programs');
const names = readdirSync(DIR).filter(f => f.endsWith('.py') && !f.startsWith('_')).map(f => f.slice(0, -3)).sort();
const status = JSON.parse(readFileSync(path.join(DIR, 'status37.json'), 'utf8')) as Record<string, number>;

describe('trace goldens (python3.7 events)', () => {
  test('there are at least 60 programs', () => {
    expect(names.length).toBeGreaterThanOrEqual(60);
  });
  for (const name of names) {
    test.concurrent(name, async () => {
      const r = await runFile(`${name}.py`, [], { cwd: DIR, timeout: 45_000 });
      // 3.9+ runs a script under its absolute path (co_filename); 3.7 kept it as given.
      const stdout = r.stdout.split(DIR + path.sep).join('');
      expect(stdout).toBe(readFileSync(path.join(DIR, `${name}.out37`), 'utf8'));
      expect(r.status).toBe(status[name]);
    });
  }
});

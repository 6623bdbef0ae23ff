// Each tests/descriptors/programs/NAME.py runs in pyvm and must print exactly what CPython 3.11
// printed into NAME.out (regenerate: for f in tests/descriptors/programs/*.py; do python3 "$f" > "${f%.py}.out" 2>&1; done).
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPy } from '../builtins/support.js';

const dir = new URL('./programs/', import.meta.url);
const names = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();

describe('descriptor programs match CPython 3.11', () => {
  for (const name of names) {
    it(name, () => {
      const src = readFileSync(new URL(name, dir), 'utf8');
      const want = readFileSync(new URL(name.replace(/\.py$/, '.out'), dir), 'utf8');
      const r = runPy(src, name);
      expect(r.combined).toBe(want);
    });
  }
});

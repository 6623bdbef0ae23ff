// End-to-end checks of the object protocol, numbers and strings: each programs/NAME.py runs
// through the whole pipeline (compiler + VM) and must print what CPython 3.11 printed into
// programs/NAME.out (regenerate with `python3 NAME.py > NAME.out 2>&1` in that folder).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../vm/builtins/index.js';
import '../../vm/modules/math.js';
import { run } from '../../index.js';

const DIR = join(import.meta.dirname, 'programs');
const names = readdirSync(DIR).filter(f => f.endsWith('.py')).map(f => f.slice(0, -3)).sort();

function normalize(s: string): string {
  return s.replace(/0x[0-9a-f]{6,}/g, '0x?');
}

describe('object protocol programs', () => {
  for (const name of names) {
    it(name, () => {
      const file = join(DIR, `${name}.py`);
      let out = '';
      run(readFileSync(file, 'utf8'), { filename: file, stdout: t => { out += t; }, stderr: t => { out += t; } });
      expect(normalize(out)).toBe(normalize(readFileSync(join(DIR, `${name}.out`), 'utf8')));
    });
  }
});

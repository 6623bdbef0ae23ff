/**
 * Differential tests of the VM core on CPython 3.7's own bytecode: each program in programs/
 * was compiled by python3.7 (NAME.code37.json, via tools/dump37.py) and run by python3 3.11
 * (NAME.expected.json); the VM must print the same stdout and stderr and exit the same way.
 * 3.11's ^^^ position markers are dropped from the expected tracebacks (3.7 bytecode has no
 * column table). Regenerate the data with tests/vm/gen_expected.sh.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runProgram } from './support/harness.js';

const DIR = join(import.meta.dirname, 'programs');
const names = readdirSync(DIR).filter(f => f.endsWith('.py') && !f.startsWith('_')).map(f => f.slice(0, -3)).sort();

function normalize(s: string): string {
  return s
    .split('\n')
    .filter(line => !/^ *[~^]+ *$/.test(line))
    .join('\n')
    .replace(/0x[0-9a-f]+/g, '0x?');
}

describe('vm programs (3.7 bytecode, 3.11 behaviour)', () => {
  for (const name of names) {
    it(name, () => {
      const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as {
        stdout: string; stderr: string; status: number;
      };
      const got = runProgram(DIR, name);
      expect(normalize(got.stdout)).toBe(normalize(expected.stdout));
      expect(normalize(got.stderr)).toBe(normalize(expected.stderr));
      expect(got.status).toBe(expected.status);
    }, 60_000);
  }
});

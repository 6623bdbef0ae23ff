/**
 * `import dis` from Python: `dis.dis(...)`, the opcode tables and `stack_effect` print what
 * CPython 3.7's dis module prints for the same file (golden captured from python3.7).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const dir = path.join(__dirname, 'module');
const cli = process.env.PYVM_CLI ? path.resolve(process.env.PYVM_CLI) : path.join(__dirname, '..', '..', 'dist', 'cli.cjs');

test('dis module output equals python3.7', () => {
  const out = execFileSync(process.execPath, [cli, 'run', 'dis_module.py'], { cwd: dir, encoding: 'utf8' });
  const expected = fs.readFileSync(path.join(dir, 'dis_module.out37'), 'utf8');
  // The script runs under its absolute path (CPython 3.9+); 3.7's golden shows the bare name.
  const bare = out.split(path.join(dir, 'dis_module.py')).join('dis_module.py');
  expect(bare.replace(/0x[0-9a-f]+/g, '0x')).toBe(expected);
});

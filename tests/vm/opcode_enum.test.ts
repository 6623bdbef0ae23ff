/**
 * vm/ceval.ts keeps a `const enum Op` (literal case labels for V8's jump table); it must agree
 * with the opcode table in vm/opcode.ts entry for entry.
 */
import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPCODES } from '../../vm/opcode.js';

it('ceval.ts const enum Op matches vm/opcode.ts', () => {
  const src = readFileSync(join(import.meta.dirname, '../../vm/ceval.ts'), 'utf8');
  const body = /export const enum Op \{([^}]*)\}/.exec(src);
  expect(body).not.toBeNull();
  const entries = [...(body as RegExpExecArray)[1].matchAll(/([A-Z_]+) = (\d+)/g)].map(m => [m[1], Number(m[2])]);
  const table = Object.entries(OPCODES).map(([name, info]) => [name, info.code]);
  expect(entries).toEqual(table);
});

it('the opcode numbers vm/quicken.ts restates match vm/opcode.ts, and its private ones are unused', () => {
  const src = readFileSync(join(import.meta.dirname, '../../vm/quicken.ts'), 'utf8');
  const restated = [...src.matchAll(/^const ([A-Z_]+) = (\d+);$/gm)].map(m => [m[1], Number(m[2])] as const);
  expect(restated.length).toBeGreaterThanOrEqual(8);
  for (const [name, code] of restated) expect([name, code]).toEqual([name, OPCODES[name as keyof typeof OPCODES].code]);
  const body = /export const enum Quick \{([^}]*)\}/.exec(src);
  expect(body).not.toBeNull();
  const used = new Set(Object.values(OPCODES).map(info => info.code));
  for (const m of (body as RegExpExecArray)[1].matchAll(/([A-Z_]+) = (\d+)/g)) expect(used.has(Number(m[2]))).toBe(false);
});

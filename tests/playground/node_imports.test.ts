/**
 * Every Node built-in module the compiler and VM import has a browser stand-in in the
 * playground's Vite config, so the page keeps building as the VM grows.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../support/run.js';

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

test('node: imports of compiler/, vm/ and dis/ are all shimmed for the page', () => {
  const used = new Set<string>();
  for (const dir of ['compiler', 'vm', 'dis']) {
    for (const f of tsFiles(path.join(ROOT, dir))) {
      for (const m of fs.readFileSync(f, 'utf8').matchAll(/from '(node:[a-z_/]+)'/g)) used.add(m[1]);
    }
  }
  const config = fs.readFileSync(path.join(ROOT, 'playground', 'vite.config.ts'), 'utf8');
  const missing = [...used].filter((m) => !config.includes(`/^${m}$/`));
  expect(missing).toEqual([]);
});

test("built-ins loaded on first use (process.getBuiltinModule) are served by the page's process", () => {
  const used = new Set<string>();
  for (const dir of ['compiler', 'vm', 'dis']) {
    for (const f of tsFiles(path.join(ROOT, dir))) {
      for (const m of fs.readFileSync(f, 'utf8').matchAll(/getBuiltinModule\('(node:[a-z_/]+)'\)/g)) used.add(m[1]);
    }
  }
  expect(used.size).toBeGreaterThan(0);
  const globals = fs.readFileSync(path.join(ROOT, 'playground', 'shims', 'globals.ts'), 'utf8');
  const missing = [...used].filter((m) => !globals.includes(`id === '${m}'`));
  expect(missing).toEqual([]);
});

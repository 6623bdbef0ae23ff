#!/usr/bin/env node
// Regenerates the trace goldens from CPython 3.7 (the reference for sys.settrace events):
//   tests/trace/programs/NAME.py  ->  NAME.out37 (stdout of `python3.7 NAME.py`)
//   tests/trace/programs/status37.json  (exit status of each program)
// Usage: node tools/gen-trace.mjs [--only name,name]
// Only files under tests/trace/ are written. Each child runs with cwd = the programs folder.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = path.join(ROOT, 'tests/trace/programs');
const ENV37 = { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8', PYENV_VERSION: '3.7.16' };

function resolve(cmd, env) {
  const r = spawnSync(cmd, ['-c', 'import sys; print(sys.executable)'], { env, encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : cmd;
}
const PY37 = resolve('python3.7', ENV37);

const onlyAt = process.argv.indexOf('--only');
const ONLY = onlyAt < 0 ? null : new Set(process.argv[onlyAt + 1].split(','));

const statusFile = path.join(DIR, 'status37.json');
const status = fs.existsSync(statusFile) ? JSON.parse(fs.readFileSync(statusFile, 'utf8')) : {};
const names = fs.readdirSync(DIR).filter(f => f.endsWith('.py') && !f.startsWith('_')).map(f => f.slice(0, -3)).sort();
for (const name of names) {
  if (ONLY !== null && !ONLY.has(name)) continue;
  const r = spawnSync(PY37, [`${name}.py`], { cwd: DIR, env: ENV37, encoding: 'utf8', timeout: 60_000 });
  fs.writeFileSync(path.join(DIR, `${name}.out37`), r.stdout);
  status[name] = r.status;
  console.log(`${name}: ${r.stdout.split('\n').length - 1} lines, status ${r.status}`);
}
const sorted = Object.fromEntries(Object.keys(status).filter(k => names.includes(k)).sort().map(k => [k, status[k]]));
fs.writeFileSync(statusFile, `${JSON.stringify(sorted, null, 2)}\n`);

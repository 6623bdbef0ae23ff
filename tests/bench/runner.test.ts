/**
 * Keeps the benchmark runner (tests/bench/run.mjs, `npm run bench`) working: one quick run of
 * the `hello` program must print the ratio table, the geometric mean and the cold-start line,
 * and write a JSON report whose numbers agree with the table. The full benchmark is not part of
 * the test suite (it takes minutes).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CLI, ROOT } from '../support/run.js';

describe('bench runner', () => {
  test('runs hello once and reports it', () => {
    const json = path.join(os.tmpdir(), `pyvm-bench-test-${process.pid}.json`);
    const r = spawnSync(process.execPath, [path.join(ROOT, 'tests/bench/run.mjs'), '--only', 'hello', '--reps', '1', '--json', json], {
      encoding: 'utf8', env: { ...process.env, PYVM_CLI: CLI }, timeout: 50_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^\| program \| CPython s \| pyvm s \| ratio \| pyvm peak RSS \| output \|$/m);
    expect(r.stdout).toMatch(/^\| hello \| \d+\.\d{3} \| \d+\.\d{3} \| \d+\.\d\dx \| \d+\.\d MB \| ok \|$/m);
    expect(r.stdout).toMatch(/geometric mean of ratios \(1 programs\)/);
    expect(r.stdout).toMatch(/cold start \(hello\): pyvm .* CPython, .* `node -e 0`/);
    const report = JSON.parse(fs.readFileSync(json, 'utf8'));
    fs.unlinkSync(json);
    expect(report.results).toHaveLength(1);
    const [hello] = report.results;
    expect(hello.name).toBe('hello');
    expect(hello.ok).toBe(true);
    expect(hello.pyvm).toBeGreaterThan(0);
    expect(hello.cpython).toBeGreaterThan(0);
    expect(hello.pyvmRssKb).toBeGreaterThan(1000);
    expect(report.geomean).toBeCloseTo(hello.pyvm / hello.cpython, 6);
    expect(report.coldStart.toNode).toBeCloseTo(hello.pyvm / report.coldStart.node, 6);
  }, 60_000);

  test('rejects unknown options and empty selections', () => {
    const bad = spawnSync(process.execPath, [path.join(ROOT, 'tests/bench/run.mjs'), '--bogus'], { encoding: 'utf8', env: { ...process.env, PYVM_CLI: CLI } });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown option --bogus');
    const none = spawnSync(process.execPath, [path.join(ROOT, 'tests/bench/run.mjs'), '--only', 'no_such_program'], { encoding: 'utf8', env: { ...process.env, PYVM_CLI: CLI } });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('no benchmark programs selected');
  });
});

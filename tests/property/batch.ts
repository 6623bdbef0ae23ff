/**
 * Runs many generated Python cases in one process per interpreter: each case becomes a
 * function `_cN` called under `try/except BaseException`, so a failing case prints
 * `!! TypeName` and the batch carries on; a marker line closes each case's output. The same
 * batch source goes to pyvm (`pyvm run`, or PYVM_CMD) and to a live CPython 3.11.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exec, runCommand } from '../support/run.js';

const MARK = '@@end-of-case ';

/** The live reference: $PYTHON3 or python3, resolved past version-manager shims once. */
export const PYTHON3: string = (() => {
  const cmd = process.env.PYTHON3 ?? 'python3';
  const r = spawnSync(cmd, ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : cmd;
})();

/** One program holding all cases; each case body is indented into its own function. */
export function batchSource(cases: readonly string[]): string {
  const out: string[] = [];
  cases.forEach((body, i) => {
    out.push(`def _c${i}():`);
    for (const line of body.split('\n')) out.push('    ' + line);
    out.push('try:', `    _c${i}()`, 'except BaseException as _e:', "    print('!!', type(_e).__name__)", `print(${JSON.stringify(MARK + i)})`);
  });
  return out.join('\n') + '\n';
}

/** Splits a batch's stdout into per-case outputs; cases after a crash come back undefined. */
export function splitOutput(stdout: string, n: number): (string | undefined)[] {
  const result: (string | undefined)[] = new Array(n).fill(undefined);
  let start = 0;
  for (let i = 0; i < n; i++) {
    const marker = MARK + i + '\n';
    const at = stdout.indexOf(marker, start);
    if (at < 0) break;
    result[i] = stdout.slice(start, at);
    start = at + marker.length;
  }
  return result;
}

export interface SideResult { outputs: (string | undefined)[]; stderr: string; status: number }

let serial = 0;

/** Runs the cases as one batch with argv (pyvm's run command, or python3). */
export async function runBatch(argvPrefix: readonly string[], cases: readonly string[]): Promise<SideResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyvm-prop-'));
  const file = path.join(dir, `batch${serial++}.py`);
  fs.writeFileSync(file, batchSource(cases));
  try {
    const r = await exec([...argvPrefix, path.basename(file)], { cwd: dir, timeout: 120_000 });
    return { outputs: splitOutput(r.stdout, cases.length), stderr: r.stderr, status: r.status };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface Mismatch { index: number; source: string; pyvm: string | undefined; python: string | undefined }

/** Runs cases on both sides and lists the ones whose outputs differ. */
export async function compareBatch(cases: readonly string[]): Promise<{ mismatches: Mismatch[]; pyvmStderr: string }> {
  const [mine, ref] = await Promise.all([runBatch(runCommand(), cases), runBatch([PYTHON3], cases)]);
  if (ref.outputs.some(o => o === undefined)) {
    throw new Error(`python3 did not finish the batch (status ${ref.status}):\n${ref.stderr.slice(-2000)}`);
  }
  const mismatches: Mismatch[] = [];
  cases.forEach((source, index) => {
    if (mine.outputs[index] !== ref.outputs[index]) {
      mismatches.push({ index, source, pyvm: mine.outputs[index], python: ref.outputs[index] });
    }
  });
  return { mismatches, pyvmStderr: mine.stderr };
}

export function describeMismatch(m: Mismatch): string {
  const show = (s: string | undefined) => s === undefined ? '<no output: the process stopped before this case>' : JSON.stringify(s);
  return `program:\n${m.source}\npyvm:    ${show(m.pyvm)}\npython3: ${show(m.python)}`;
}

/**
 * Runs pyvm (or a stand-in interpreter) as a child process, black-box, the way a user would:
 * `dist/pyvm run FILE args`, `dist/pyvm dis FILE`, `dist/pyvm -c CODE` (the command's launcher,
 * which starts Node on dist/cli.cjs).
 * PYVM_CMD replaces the `run` command (e.g. `PYVM_CMD=python3` checks the expected files and
 * the harness against CPython itself); PYVM_DIS_CMD replaces `dis` (e.g.
 * `PYVM_DIS_CMD="python3.7 -m dis"`). A small process pool keeps a 2-core machine busy
 * without oversubscribing it.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The command under test: dist/cli.cjs, or PYVM_CLI (e.g. a private `tsc --outDir .out/NAME` build's cli.js). */
export const CLI = process.env.PYVM_CLI ? path.resolve(process.env.PYVM_CLI) : path.join(ROOT, 'dist', 'cli.cjs');

/** How the command starts: the `pyvm` launcher (dist/pyvm), or `node PYVM_CLI`. */
const PYVM: string[] = process.env.PYVM_CLI ? [process.execPath, CLI] : [path.join(ROOT, 'dist', 'pyvm')];

export interface RunResult {
  stdout: string;
  stderr: string;
  /** Exit status; 124 when the run was killed at the time limit (as timeout(1) reports). */
  status: number;
  timedOut: boolean;
}

export interface RunOptions {
  cwd?: string;
  stdin?: string;
  /** Milliseconds before the child is killed; default 20 s. */
  timeout?: number;
  env?: Record<string, string>;
}

/** Splits a command line held in an env var into argv words (whitespace only, no quoting). */
function words(s: string): string[] {
  return s.trim().split(/\s+/).filter(w => w.length > 0);
}

/** argv prefix for `run`: the stand-in from PYVM_CMD, else `pyvm run`. */
export function runCommand(): string[] {
  const alt = process.env.PYVM_CMD;
  return alt ? words(alt) : [...PYVM, 'run'];
}

/** argv prefix for `-c CODE`: the stand-in from PYVM_CMD (which must accept -c), else `pyvm`. */
export function codeCommand(): string[] {
  const alt = process.env.PYVM_CMD;
  return alt ? words(alt) : [...PYVM];
}

/** argv prefix for `dis`: PYVM_DIS_CMD, else `pyvm dis`. */
export function disCommand(): string[] {
  const alt = process.env.PYVM_DIS_CMD;
  return alt ? words(alt) : [...PYVM, 'dis'];
}

/** True when the runner is pyvm itself rather than a stand-in. */
export function isPyvm(): boolean {
  return !process.env.PYVM_CMD;
}

const MAX_JOBS = Math.max(2, Math.min(4, Number(process.env.PYVM_JOBS) || os.availableParallelism()));
let active = 0;
const waiting: (() => void)[] = [];

async function slot(): Promise<void> {
  if (active < MAX_JOBS) { active++; return; }
  await new Promise<void>(resolve => waiting.push(resolve));
}

function release(): void {
  const next = waiting.shift();
  if (next) next(); else active--;
}

/** Runs argv to completion (through the process pool) and collects its output. */
export async function exec(argv: string[], opts: RunOptions = {}): Promise<RunResult> {
  await slot();
  try {
    return await execNow(argv, opts);
  } finally {
    release();
  }
}

const MAX_OUTPUT = 64 * 1024 * 1024;

function execNow(argv: string[], opts: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = {
      ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8', ...opts.env,
    };
    // The stand-in python must not pick up warnings or site noise from the caller's env.
    delete env.PYTHONWARNINGS;
    delete env.PYTHONSTARTUP;
    const child = spawn(argv[0], argv.slice(1), { cwd: opts.cwd ?? ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [], err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, opts.timeout ?? 20_000);
    // A runaway program is stopped at MAX_OUTPUT bytes: Node cannot hold a string past 512 MB,
    // and no test expects more than a few.
    let size = 0, overflow = false;
    const collect = (into: Buffer[]) => (b: Buffer) => {
      size += b.length;
      if (size > MAX_OUTPUT) {
        if (!overflow) { overflow = true; child.kill('SIGKILL'); }
        return;
      }
      into.push(b);
    };
    child.stdout.on('data', collect(out));
    child.stderr.on('data', collect(err));
    child.on('error', e => { clearTimeout(timer); reject(e); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const stderr = Buffer.concat(err).toString('utf8');
      resolve({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: overflow ? stderr + `\n[stopped: more than ${MAX_OUTPUT} bytes of output]`
          : signal && !timedOut ? stderr + `\n[killed by ${signal}]` : stderr,
        status: timedOut ? 124 : code ?? 128,
        timedOut,
      });
    });
    child.stdin.on('error', () => { /* the child may exit before reading stdin */ });
    child.stdin.end(opts.stdin ?? '');
  });
}

/** `pyvm run FILE args` with FILE relative to cwd (so tracebacks name it as given). */
export function runFile(file: string, args: string[] = [], opts: RunOptions = {}): Promise<RunResult> {
  return exec([...runCommand(), file, ...args], opts);
}

/** `pyvm -c CODE`. */
export function runCode(code: string, args: string[] = [], opts: RunOptions = {}): Promise<RunResult> {
  return exec([...codeCommand(), '-c', code, ...args], opts);
}

/** `pyvm dis FILE`. */
export function disFile(file: string, opts: RunOptions = {}): Promise<RunResult> {
  return exec([...disCommand(), file], opts);
}

/** Last non-empty line of stderr: for an uncaught exception, `Type: message`. */
export function lastLine(s: string): string {
  const lines = s.replace(/\s+$/, '').split('\n');
  return lines[lines.length - 1] ?? '';
}

/** Replaces code-object addresses, which differ from run to run. */
export function normalizeAddresses(s: string): string {
  return s.replace(/0x[0-9a-f]+/g, '0x?');
}

/** `# args: a b c` on a line at the top of a program gives its command-line arguments. */
export function programArgs(source: string): string[] {
  const m = /^# args:(.*)$/m.exec(source);
  return m ? words(m[1]) : [];
}

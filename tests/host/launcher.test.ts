// dist/pyvm, the `pyvm` command: starts Node without NODE_EXTRA_CA_CERTS (whose mere presence
// makes Node build OpenSSL's certificate store at start-up) and gives it back to the program.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/run.js';

const PYVM = join(ROOT, 'dist', 'pyvm');
const SHOW = 'import os, sys\n' +
  'print(repr(os.environ.get("NODE_EXTRA_CA_CERTS")), repr(os.environ.get("PYVM_NODE_EXTRA_CA_CERTS")), sys.argv[1:])\n' +
  'sys.exit(3)';

function run(cmd: string, extra: Record<string, string | undefined>) {
  const env: Record<string, string | undefined> = { ...process.env, ...extra };
  for (const k of Object.keys(extra)) if (extra[k] === undefined) delete env[k];
  return spawnSync(cmd, ['-c', SHOW, 'a b', 'c'], { env, encoding: 'utf8' });
}

describe('the pyvm launcher', () => {
  it('hands NODE_EXTRA_CA_CERTS to the program unchanged, set, empty or unset', () => {
    const set = run(PYVM, { NODE_EXTRA_CA_CERTS: '/no/such/file.pem' });
    expect(set.stdout).toBe("'/no/such/file.pem' None ['a b', 'c']\n");
    // Node would warn on stderr had it tried to load the missing file.
    expect(set.stderr).toBe('');
    expect(set.status).toBe(3);
    expect(run(PYVM, { NODE_EXTRA_CA_CERTS: '' }).stdout).toBe("'' None ['a b', 'c']\n");
    expect(run(PYVM, { NODE_EXTRA_CA_CERTS: undefined }).stdout).toBe("None None ['a b', 'c']\n");
  });

  it('finds dist/ through a chain of relative symlinks, as npm links it into node_modules/.bin', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pyvm-launcher-'));
    try {
      mkdirSync(join(dir, 'bin'));
      symlinkSync(PYVM, join(dir, 'pyvm-abs'));
      symlinkSync('../pyvm-abs', join(dir, 'bin', 'pyvm'));
      const r = run(join(dir, 'bin', 'pyvm'), { NODE_EXTRA_CA_CERTS: undefined });
      expect(r.stdout).toBe("None None ['a b', 'c']\n");
      expect(r.status).toBe(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives V8 a pool of one background thread per CPU beside the main one, at most four', () => {
    // A `node` first on PATH that prints the arguments the launcher started it with.
    const dir = mkdtempSync(join(tmpdir(), 'pyvm-launcher-'));
    try {
      writeFileSync(join(dir, 'node'), '#!/bin/sh\nprintf "%s\\0" "$@"\n', { mode: 0o755 });
      const r = run(PYVM, { PATH: `${dir}:${process.env.PATH}`, NODE_EXTRA_CA_CERTS: undefined });
      const args = r.stdout.split('\0');
      let cpus = '';
      try {
        cpus = readFileSync('/sys/devices/system/cpu/online', 'utf8').trim();
      } catch {
        // No /sys: Node's default.
      }
      const m = /^0(?:-(\d+))?$/.exec(cpus);
      const pool = m === null ? 4 : Math.max(1, Math.min(4, Number(m[1] ?? 0)));
      expect(args[0]).toBe(`--v8-pool-size=${pool}`);
      expect(args[1]).toBe(join(ROOT, 'dist', 'cli.cjs'));
      expect(args.slice(2, 5)).toEqual(['-c', SHOW, 'a b']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

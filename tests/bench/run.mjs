#!/usr/bin/env node
// The project's benchmark runner (`npm run bench`): runs every program in tests/bench/programs
// under pyvm (`dist/pyvm run`, the command's launcher) and `python3 -S`, interleaved in one run (A B A B … for
// each program, N reps, median wall time), checks pyvm's output against CPython's from the same
// run, and prints a markdown table: CPython s, pyvm s, ratio, pyvm peak RSS; then the geometric
// mean, the cold start (`hello` against CPython and against `node -e 0`), the max RSS and, for
// each scaling family (`scale_*.py`, run at ×1, ×10, ×100 of the base size in its `# scale: N`
// header, the size passed as argv[1]), the ratio at each size, so growth faster than CPython's
// shows up as a rising ratio.
// Usage: node tests/bench/run.mjs [--reps N] [--only a,b] [--json FILE]
//   --only takes program names (`fib`), family names (`scale_sort`) or single sizes (`scale_sort@10x`).
//   PYVM_CLI=path/to/cli.js runs another build (as `node PYVM_CLI run`); PYTHON3=path another
//   reference interpreter.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PROGRAMS = path.join(ROOT, 'tests/bench/programs');
const CLI = process.env.PYVM_CLI ? path.resolve(process.env.PYVM_CLI) : path.join(ROOT, 'dist/pyvm');
const PYVM = process.env.PYVM_CLI ? [process.execPath, CLI] : [CLI];
// `node -e 0` is timed as the launcher starts Node: without NODE_EXTRA_CA_CERTS, whose mere
// presence costs Node tens of milliseconds at start-up (scripts/pyvm-launcher.sh).
const BARE_NODE_ENV = { ...process.env };
delete BARE_NODE_ENV.NODE_EXTRA_CA_CERTS;
const SCALES = [1, 10, 100];
const TIME_BIN = '/usr/bin/time';

function parseArgs(argv) {
  const opts = { reps: 3, only: null, json: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--reps') opts.reps = Math.max(1, parseInt(next(), 10) || 1);
    else if (a === '--only') opts.only = new Set(next().split(',').filter(s => s !== ''));
    else if (a === '--json') opts.json = next();
    else if (a === '-h' || a === '--help') {
      console.log('usage: node tests/bench/run.mjs [--reps N] [--only a,b] [--json FILE]');
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  return opts;
}

/** The interpreter's real path: version-manager shims cost a large part of a start. */
function resolvePython() {
  const cmd = process.env.PYTHON3 ?? 'python3';
  const r = spawnSync(cmd, ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '' ? r.stdout.trim() : cmd;
}

/** Benchmark cases: one per plain program, three per scaling family. */
function listCases(only) {
  const cases = [];
  // hello first: the cold start is measured before anything else has warmed the caches.
  const files = fs.readdirSync(PROGRAMS).filter(f => f.endsWith('.py')).sort((a, b) => (a === 'hello.py' ? -1 : b === 'hello.py' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  for (const file of files) {
    const name = file.slice(0, -3);
    const text = fs.readFileSync(path.join(PROGRAMS, file), 'utf8');
    const m = /^# scale: (\d+)$/m.exec(text);
    if (m === null) {
      if (only === null || only.has(name)) cases.push({ name, file, args: [], family: null, scale: 1 });
      continue;
    }
    const base = Number(m[1]);
    for (const s of SCALES) {
      const id = `${name}@${s}x`;
      if (only === null || only.has(name) || only.has(id)) {
        cases.push({ name: id, file, args: [String(base * s)], family: name, scale: s });
      }
    }
  }
  return cases;
}

const haveTime = fs.existsSync(TIME_BIN);

/**
 * Runs one command; resolves with wall seconds, stdout, exit status and peak RSS in KB (from
 * `/usr/bin/time -f %M`, else the highest VmHWM read from /proc while the child runs).
 */
function measure(argv, cwd, env = process.env) {
  return new Promise((resolve, reject) => {
    let rssFile = null;
    let cmd = argv;
    if (haveTime) {
      rssFile = path.join(os.tmpdir(), `pyvm-bench-${process.pid}-${Math.random().toString(36).slice(2)}`);
      cmd = [TIME_BIN, '-f', '%M', '-o', rssFile, ...argv];
    }
    const start = process.hrtime.bigint();
    const child = spawn(cmd[0], cmd.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', d => out.push(d));
    child.stderr.on('data', d => err.push(d));
    let polledKb = 0;
    const poll = rssFile === null ? setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m !== null) polledKb = Math.max(polledKb, Number(m[1]));
      } catch {
        // the child has exited between polls
      }
    }, 5) : null;
    child.on('error', reject);
    child.on('close', status => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (poll !== null) clearInterval(poll);
      let rssKb = polledKb;
      if (rssFile !== null) {
        try {
          const lines = fs.readFileSync(rssFile, 'utf8').trim().split('\n');
          rssKb = Number(lines[lines.length - 1]) || 0;
          fs.unlinkSync(rssFile);
        } catch {
          rssKb = 0;
        }
      }
      resolve({ seconds, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), status, rssKb });
    });
  });
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function geomean(xs) {
  return xs.length === 0 ? NaN : Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);
}

const fmtS = x => x.toFixed(3);
const fmtR = x => `${x.toFixed(2)}x`;
const fmtMb = kb => `${(kb / 1024).toFixed(1)} MB`;

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} not found: run \`npm run build\` first (or set PYVM_CLI)`);
  const cases = listCases(opts.only);
  if (cases.length === 0) throw new Error('no benchmark programs selected');
  const python = resolvePython();
  const results = [];
  const nodeTimes = [];
  const wantsCold = cases.some(c => c.name === 'hello');
  for (const c of cases) {
    const py = [];
    const vm = [];
    let ok = true;
    let expected = null;
    let failure = '';
    for (let r = 0; r < opts.reps; r++) {
      // Interleaved: CPython, pyvm (and for the cold start, bare node) in each rep.
      const a = await measure([python, '-S', c.file, ...c.args], PROGRAMS);
      const b = await measure([...PYVM, 'run', c.file, ...c.args], PROGRAMS);
      if (c.name === 'hello') nodeTimes.push((await measure([process.execPath, '-e', '0'], PROGRAMS, BARE_NODE_ENV)).seconds);
      if (expected === null) expected = a;
      if (b.stdout !== expected.stdout || b.status !== expected.status) {
        ok = false;
        failure = b.status !== 0 ? (b.stderr.trim().split('\n').pop() ?? '') : 'output differs';
      }
      py.push(a);
      vm.push(b);
    }
    const row = {
      name: c.name, family: c.family, scale: c.scale, ok, failure,
      cpython: median(py.map(x => x.seconds)), pyvm: median(vm.map(x => x.seconds)),
      pyvmRssKb: Math.max(...vm.map(x => x.rssKb)), cpythonRssKb: Math.max(...py.map(x => x.rssKb)),
    };
    row.ratio = row.pyvm / row.cpython;
    results.push(row);
    process.stderr.write(`${c.name}: ${fmtS(row.cpython)} s / ${fmtS(row.pyvm)} s${ok ? '' : ' (WRONG OUTPUT)'}\n`);
  }
  const lines = [];
  lines.push(`pyvm vs CPython (\`python3 -S\`), ${opts.reps} rep${opts.reps === 1 ? '' : 's'} interleaved, median wall time`, '');
  lines.push('| program | CPython s | pyvm s | ratio | pyvm peak RSS | output |', '|---|---:|---:|---:|---:|---|');
  for (const r of results) {
    lines.push(`| ${r.name} | ${fmtS(r.cpython)} | ${fmtS(r.pyvm)} | ${fmtR(r.ratio)} | ${fmtMb(r.pyvmRssKb)} | ${r.ok ? 'ok' : 'WRONG: ' + r.failure} |`);
  }
  const gm = geomean(results.map(r => r.ratio));
  const maxRss = results.reduce((m, r) => (r.pyvmRssKb > m.pyvmRssKb ? r : m), results[0]);
  lines.push('');
  lines.push(`- geometric mean of ratios (${results.length} programs): **${fmtR(gm)}**`);
  const hello = results.find(r => r.name === 'hello');
  let cold = null;
  if (wantsCold && hello !== undefined) {
    const node0 = median(nodeTimes);
    cold = { pyvm: hello.pyvm, cpython: hello.cpython, node: node0, toCpython: hello.pyvm / hello.cpython, toNode: hello.pyvm / node0 };
    lines.push(`- cold start (hello): pyvm ${fmtS(hello.pyvm)} s = ${fmtR(cold.toCpython)} CPython, ${fmtR(cold.toNode)} \`node -e 0\` (${fmtS(node0)} s)`);
  }
  lines.push(`- max pyvm peak RSS: ${fmtMb(maxRss.pyvmRssKb)} (${maxRss.name})`);
  const failures = results.filter(r => !r.ok);
  if (failures.length > 0) lines.push(`- **wrong output**: ${failures.map(r => r.name).join(', ')}`);
  const families = [...new Set(results.filter(r => r.family !== null).map(r => r.family))];
  const scaling = [];
  if (families.length > 0) {
    // The marginal ratio (extra pyvm time / extra CPython time between two sizes) leaves the
    // start-up cost out: it stays flat when pyvm's cost grows like CPython's.
    lines.push('', '| scaling family | ' + SCALES.map(s => `×${s}`).join(' | ') + ' | ×100 / ×1 | marginal ×1→×10 | marginal ×10→×100 |',
      '|---|' + SCALES.map(() => '---:|').join('') + '---:|---:|---:|');
    for (const fam of families) {
      const rows = new Map(results.filter(r => r.family === fam).map(r => [r.scale, r]));
      const byScale = new Map([...rows].map(([s, r]) => [s, r.ratio]));
      const cells = SCALES.map(s => (byScale.has(s) ? fmtR(byScale.get(s)) : '—'));
      const growth = byScale.has(1) && byScale.has(100) ? byScale.get(100) / byScale.get(1) : null;
      const marginal = (lo, hi) => {
        const a = rows.get(lo), b = rows.get(hi);
        if (a === undefined || b === undefined || b.cpython - a.cpython <= 0) return null;
        return (b.pyvm - a.pyvm) / (b.cpython - a.cpython);
      };
      const m1 = marginal(1, 10), m2 = marginal(10, 100);
      scaling.push({ family: fam, ratios: Object.fromEntries(byScale), growth, marginal1to10: m1, marginal10to100: m2 });
      const show = m => (m === null ? '—' : fmtR(m));
      lines.push(`| ${fam} | ${cells.join(' | ')} | ${growth === null ? '—' : growth.toFixed(2)} | ${show(m1)} | ${show(m2)} |`);
    }
  }
  console.log(lines.join('\n'));
  if (opts.json !== null) {
    const report = { date: new Date().toISOString(), reps: opts.reps, python, cli: CLI, geomean: gm, coldStart: cold, maxRssKb: maxRss.pyvmRssKb, results, scaling };
    fs.writeFileSync(opts.json, JSON.stringify(report, null, 2) + '\n');
  }
  if (failures.length > 0) process.exitCode = 1;
}

main().catch(e => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(2);
});

#!/usr/bin/env node
// Regenerates the differential suite's checked-in expectations from real CPython:
//   tests/programs/**/NAME.out + NAME.expect.json   python3 (3.11): stdout, exit status, last stderr line
//   tests/goldens/dis/**/NAME.dis                   python3.7 -m dis of each program 3.7 can compile
//   tests/goldens/dis_snippets/NAME.dis             the same for dis-only snippets
//   tests/syntax_errors/NAME.expect.json            python3: exact stderr, kind, message, line
//   tests/opcode37.json                             python3.7's opcode tables and dis.stack_effect
// Usage: node tools/gen-expected.mjs [programs|dis|syntax|opcode]... [--only topic,topic]  (default: all)
// A path component starting with `_` (a package `_pkg/`, a helper `_util.py`) marks support files
// that programs import, not programs of their own.
// Every child runs with cwd = the file's folder and the bare file name, as the tests do.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PROGRAMS = path.join(ROOT, 'tests/programs');
const DIS = path.join(ROOT, 'tests/goldens/dis');
const SNIPPETS = path.join(ROOT, 'tests/goldens/dis_snippets');
const SYNTAX = path.join(ROOT, 'tests/syntax_errors');
const ENV = { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' };
const ENV37 = { ...ENV, PYENV_VERSION: '3.7.16' };

/** The interpreter's real path: version-manager shims cost most of a second per start. */
function resolve(cmd, env) {
  const r = spawnSync(cmd, ['-c', 'import sys; print(sys.executable)'], { env, encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : cmd;
}
const PY3 = resolve('python3', ENV);
const PY37 = resolve('python3.7', ENV37);

const onlyAt = process.argv.indexOf('--only');
const ONLY = onlyAt < 0 ? null : new Set(process.argv[onlyAt + 1].split(','));
if (onlyAt >= 0) process.argv.splice(onlyAt, 2);

/** Programs (not support files) of the selected topics. */
function programFiles() {
  return pyFiles(PROGRAMS).filter(f => {
    const rel = path.relative(PROGRAMS, f).split(path.sep);
    return !rel.some(part => part.startsWith('_')) && (ONLY === null || ONLY.has(rel[0]));
  });
}

function pyFiles(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...pyFiles(p));
    else if (e.name.endsWith('.py')) out.push(p);
  }
  return out.sort();
}

function run(argv, cwd, env = ENV, input = '') {
  const r = spawnSync(argv[0], argv.slice(1), { cwd, env, input, encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw r.error;
  return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? 128 };
}

function lastLine(s) {
  const lines = s.replace(/\s+$/, '').split('\n');
  return lines[lines.length - 1] ?? '';
}

function args(src) {
  const m = /^# args:(.*)$/m.exec(src);
  return m ? m[1].trim().split(/\s+/).filter(Boolean) : [];
}

function genPrograms() {
  let n = 0, failing = 0;
  for (const f of programFiles()) {
    const src = fs.readFileSync(f, 'utf8');
    const r = run([PY3, path.basename(f), ...args(src)], path.dirname(f));
    const base = f.slice(0, -3);
    fs.writeFileSync(base + '.out', r.stdout);
    const expect = { status: r.status, stderr: r.status === 0 ? '' : lastLine(r.stderr) };
    fs.writeFileSync(base + '.expect.json', JSON.stringify(expect, null, 2) + '\n');
    if (r.status !== 0) failing++;
    if (r.status === 0 && r.stderr !== '') console.warn(`warning: ${f} wrote to stderr`);
    n++;
  }
  console.log(`programs: ${n} (${failing} end in an uncaught exception or non-zero exit)`);
}

/** 3.7's dis, or null when 3.7 cannot compile the file (3.8+ syntax). */
function dis37(file) {
  const r = run([PY37, '-m', 'dis', path.basename(file)], path.dirname(file), ENV37);
  return r.status === 0 ? r.stdout : null;
}

function genDis() {
  if (ONLY === null) fs.rmSync(DIS, { recursive: true, force: true });
  else for (const t of ONLY) fs.rmSync(path.join(DIS, t), { recursive: true, force: true });
  let n = 0, skipped = [];
  for (const f of programFiles()) {
    const out = dis37(f);
    if (out === null) { skipped.push(path.relative(PROGRAMS, f)); continue; }
    const target = path.join(DIS, path.relative(PROGRAMS, f).slice(0, -3) + '.dis');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, out);
    n++;
  }
  let s = 0;
  for (const f of ONLY === null ? pyFiles(SNIPPETS) : []) {
    const out = dis37(f);
    if (out === null) throw new Error(`python3.7 cannot compile dis snippet ${f}`);
    fs.writeFileSync(f.slice(0, -3) + '.dis', out);
    s++;
  }
  console.log(`dis goldens: ${n} programs + ${s} snippets (3.7 rejects ${skipped.length}: ${skipped.join(', ')})`);
}

const SYNTAX_INFO = `
import sys, json
src = open(sys.argv[1], encoding='utf-8').read()
try:
    compile(src, sys.argv[1], 'exec')
    print(json.dumps(None))
except SyntaxError as e:
    print(json.dumps({'kind': type(e).__name__, 'msg': e.msg, 'line': e.lineno}))
`;

function genSyntax() {
  let n = 0;
  for (const f of pyFiles(SYNTAX)) {
    const name = path.basename(f), dir = path.dirname(f);
    const r = run([PY3, name], dir);
    const info = JSON.parse(run([PY3, '-c', SYNTAX_INFO, name], dir).stdout);
    if (info === null || r.status !== 1) throw new Error(`${f} is not a syntax error under python3`);
    // python3 prints the absolute path; the tests compare with the bare name.
    const stderr = r.stderr.split(f).join(name);
    fs.writeFileSync(f.slice(0, -3) + '.expect.json', JSON.stringify({ ...info, status: r.status, stderr }, null, 2) + '\n');
    n++;
  }
  console.log(`syntax errors: ${n}`);
}

const OPCODE_INFO = `
import dis, json, opcode
effects = {}
for name, op in sorted(opcode.opmap.items(), key=lambda kv: kv[1]):
    if op < opcode.HAVE_ARGUMENT:
        try:
            effects[name] = dis.stack_effect(op)
        except ValueError:
            effects[name] = None
        continue
    row = []
    for arg in range(301):
        try:
            row.append(dis.stack_effect(op, arg))
        except ValueError:
            row.append(None)
    effects[name] = row[0] if all(x == row[0] for x in row) else row
print(json.dumps({
    'version': '3.7',
    'HAVE_ARGUMENT': opcode.HAVE_ARGUMENT,
    'EXTENDED_ARG': opcode.EXTENDED_ARG,
    'opmap': opcode.opmap,
    'cmp_op': list(opcode.cmp_op),
    'hasconst': opcode.hasconst, 'hasname': opcode.hasname, 'hasjrel': opcode.hasjrel,
    'hasjabs': opcode.hasjabs, 'haslocal': opcode.haslocal, 'hascompare': opcode.hascompare,
    'hasfree': opcode.hasfree, 'hasnargs': opcode.hasnargs,
    'stack_effect': effects,
}))
`;

function genOpcode() {
  const r = run([PY37, '-c', OPCODE_INFO], ROOT, ENV37);
  if (r.status !== 0) throw new Error(r.stderr);
  const data = JSON.parse(r.stdout);
  // One line per key (and per opcode in the big tables) keeps the file short and diffable.
  const line = (obj, indent) => Object.entries(obj).map(([k, v]) => `${indent}${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n');
  const { stack_effect: effects, opmap, ...rest } = data;
  const text = `{\n${line(rest, ' ')},\n "opmap": {\n${line(opmap, '  ')}\n },\n "stack_effect": {\n${line(effects, '  ')}\n }\n}\n`;
  JSON.parse(text);
  fs.writeFileSync(path.join(ROOT, 'tests/opcode37.json'), text);
  console.log(`opcode table: ${Object.keys(opmap).length} opcodes`);
}

const jobs = { programs: genPrograms, dis: genDis, syntax: genSyntax, opcode: genOpcode };
const wanted = process.argv.slice(2);
for (const name of wanted.length ? wanted : Object.keys(jobs)) {
  if (!jobs[name]) throw new Error(`unknown part ${name}; one of ${Object.keys(jobs).join(', ')}`);
  jobs[name]();
}

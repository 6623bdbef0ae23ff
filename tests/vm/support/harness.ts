/**
 * Runs a program from CPython 3.7's code objects (tools/dump37.py JSON) through the VM's
 * runCode with the streams captured, as `python3 NAME.py` would run in that directory.
 */
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { loadCode } from '../../support/code37.js';
import { newFrozenSet } from '../../../vm/objects/set.js';
import { runCode, installCompiler } from '../../../vm/interp.js';
import type { CodeObject } from '../../../vm/code.js';
import { setSinks, resetSinks, flushAll } from '../../../vm/io.js';
import { tstate } from '../../../vm/frame.js';
import { sysModules } from '../../../vm/modules/registry.js';

const TOOLS = [join(import.meta.dirname, '../../../tools'), join(process.cwd(), 'tools')]
  .find(d => existsSync(join(d, 'dump37.py'))) ?? 'tools';
const COMPILE37 = `
import sys, json
sys.path.insert(0, sys.argv[3])
import dump37
src = sys.stdin.read()
try:
    print(json.dumps({"code": dump37.code(compile(src, sys.argv[1], sys.argv[2], dont_inherit=True))}))
except SyntaxError as e:
    print(json.dumps({"error": [type(e).__name__, e.msg, e.filename, e.lineno, e.offset, e.text]}))
`;

/**
 * Imports and exec() need a compiler; until pyvm's own is complete the tests compile with
 * CPython 3.7 itself (same bytecode by definition).
 */
export function compileWith37(source: string, filename: string, mode: 'exec' | 'eval' | 'single'): CodeObject {
  const out = execFileSync('python3.7', ['-c', COMPILE37, filename, mode, TOOLS], {
    input: source, encoding: 'utf8', env: { ...process.env, PYENV_VERSION: '3.7.16' },
  });
  const j = JSON.parse(out);
  if (j.error) {
    const [kind, msg, fname, lineno, offset, text] = j.error;
    throw { kind, msg, filename: fname ?? filename, lineno, offset: offset ?? 0, text: text ?? null };
  }
  return loadCode(j.code, items => newFrozenSet(items));
}
installCompiler(compileWith37);

export interface ProgramResult {
  stdout: string;
  stderr: string;
  status: number;
}

/** Runs DIR/NAME.py from its NAME.code37.json; stdin is empty. */
export function runProgram(dir: string, name: string): ProgramResult {
  const json = JSON.parse(readFileSync(join(dir, `${name}.code37.json`), 'utf8'));
  const code = loadCode(json, items => newFrozenSet(items));
  const source = readFileSync(join(dir, `${name}.py`), 'utf8');
  let stdout = '', stderr = '';
  setSinks({ stdout: t => { stdout += t; }, stderr: t => { stderr += t; }, stdin: () => null });
  // Each program starts from a fresh module cache (builtin modules are re-created on import).
  for (const k of sysModules.keysArray()) {
    if (typeof k === 'string' && k !== 'sys' && k !== 'builtins') sysModules.delStr(k);
  }
  tstate.recursionLimit = 1000;
  let status: number;
  try {
    status = runCode(code, { filename: `${name}.py`, argv: [`${name}.py`], source, path0: dir });
    flushAll();
  } finally {
    resetSinks();
  }
  return { stdout, stderr, status };
}

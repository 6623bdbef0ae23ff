/**
 * Test helper: turns the JSON dump of CPython 3.11's `ast.parse` (tests/codegen/gen_corpus.py)
 * into our compiler/ast.ts objects, so codegen can be tested without the tree-sitter front end.
 * Constant values become PyValues (int → number or bigint, float → PyFloat, complex → PyComplex,
 * bytes → PyBytes, str, bool, None, Ellipsis). `pyAst(src)` runs python3 directly.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { mod } from '../../compiler/ast.js';
import { loadConst } from '../support/code37.js';
import { PyTuple, type PyValue } from '../../vm/objects/object.js';

type Json = Record<string, unknown> | unknown[] | string | number | boolean | null;

function convert(j: Json): unknown {
  if (Array.isArray(j)) return j.map(x => convert(x as Json));
  if (j === null || typeof j !== 'object') return j;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(j)) {
    if (j._type === 'Constant' && k === 'value') out[k] = loadConst(v as Record<string, unknown>, (items: PyValue[]) => new PyTuple(items));
    else out[k] = convert(v as Json);
  }
  return out;
}

/** Our AST from the JSON that gen_corpus.py stores for a snippet. */
export function astFromJson(j: unknown): mod {
  return convert(j as Json) as mod;
}

const DUMPER = fileURLToPath(new URL('./gen_corpus.py', import.meta.url));

/** Parses `src` with the local python3 (3.11) and converts the tree. */
export function pyAst(src: string): mod {
  const script = `import sys, json, ast, importlib.util
spec = importlib.util.spec_from_file_location('g', ${JSON.stringify(DUMPER)})
g = importlib.util.module_from_spec(spec); spec.loader.exec_module(g)
print(json.dumps(g.node(ast.parse(sys.stdin.read()))))`;
  const out = execFileSync('python3', ['-c', script], { input: src, encoding: 'utf-8' });
  return astFromJson(JSON.parse(out));
}

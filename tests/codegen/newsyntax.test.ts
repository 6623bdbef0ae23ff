/**
 * Syntax newer than 3.7 compiles to the nearest 3.7 sequence: `:=` as DUP_TOP + store (bound
 * in the enclosing function when used in a comprehension), positional-only parameters counted
 * in co_argcount with co_posonlyargcount set.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileModule } from '../../compiler/codegen.js';
import { CodeObject } from '../../vm/code.js';
import { astFromJson } from './pyast.js';
import { disasm } from './compare.js';

interface Entry { name: string; src: string; ast?: unknown }
const corpus: Entry[] = JSON.parse(readFileSync(new URL('./corpus.json', import.meta.url), 'utf-8'));

function compileNamed(name: string): CodeObject {
  const e = corpus.find(x => x.name === name)!;
  return compileModule(astFromJson(e.ast), '<snippet>', 'exec', e.src);
}

function codeConst(co: CodeObject, name: string): CodeObject {
  return co.co_consts.find((c): c is CodeObject => c instanceof CodeObject && c.co_name === name)!;
}

describe('3.8+ syntax', () => {
  it('walrus is DUP_TOP and a store', () => {
    const ops = disasm(compileNamed('walrus').co_code).map(l => l.trim().split(/\s+/).slice(1).join(' '));
    expect(ops.slice(0, 7)).toEqual([
      'LOAD_NAME 0', 'LOAD_NAME 1', 'CALL_FUNCTION 1', 'DUP_TOP', 'STORE_NAME 2', 'LOAD_CONST 0', 'COMPARE_OP 4',
    ]);
  });

  it('walrus in a comprehension binds in the enclosing function', () => {
    const f = codeConst(compileNamed('walrus_in_comp'), 'f');
    expect(f.co_cellvars).toEqual(['z']);
    const comp = codeConst(f, '<listcomp>');
    expect(comp.co_freevars).toEqual(['z']);
    expect(disasm(comp.co_code).some(l => l.includes('STORE_DEREF'))).toBe(true);
  });

  it('positional-only parameters', () => {
    const f = codeConst(compileNamed('posonly'), 'f');
    expect(f.co_argcount).toBe(3);
    expect(f.co_posonlyargcount).toBe(2);
    expect(f.co_kwonlyargcount).toBe(1);
    expect(f.co_varnames).toEqual(['a', 'b', 'c', 'd']);
  });
});

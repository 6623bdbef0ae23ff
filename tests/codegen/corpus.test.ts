/**
 * Codegen against CPython 3.7, snippet by snippet: each snippet's 3.11 AST (checked in, from
 * gen_corpus.py) goes through foldConstants and compileModule, and the resulting code objects
 * must equal the ones python3.7 compiled, down to co_code, co_lnotab and co_stacksize.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileModule } from '../../compiler/codegen.js';
import { foldConstants } from '../../compiler/optimize.js';
import { loadCode } from '../support/code37.js';
import { newFrozenSet } from '../../vm/objects/set.js';
import { astFromJson } from './pyast.js';
import { diffCode } from './compare.js';

interface Entry { name: string; src: string; mode: 'exec' | 'eval' | 'single'; ast?: unknown; code37?: Record<string, unknown> }

const corpus: Entry[] = JSON.parse(readFileSync(new URL('./corpus.json', import.meta.url), 'utf-8'));

describe('codegen matches CPython 3.7', () => {
  for (const e of corpus) {
    if (e.ast === undefined || e.code37 === undefined) continue;
    it(e.name, () => {
      const ref = loadCode(e.code37!, newFrozenSet);
      const ours = compileModule(foldConstants(astFromJson(e.ast)), ref.co_filename, e.mode, e.src);
      const d = diffCode(ours, ref);
      expect(d, e.src).toBeNull();
    });
  }
});

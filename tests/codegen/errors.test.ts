/**
 * Compile-time errors raised by the symbol table and the code generator: message (CPython
 * 3.11's wording) and line, checked against what python3.11's compile() reports for the same
 * source (tests/codegen/errors.json, from gen_corpus.py).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileModule } from '../../compiler/codegen.js';
import { CompileError } from '../../compiler/errors.js';
import { astFromJson } from './pyast.js';

interface ErrEntry { name: string; src: string; ast: unknown; msg: string; lineno: number; offset: number }

const cases: ErrEntry[] = JSON.parse(readFileSync(new URL('./errors.json', import.meta.url), 'utf-8'));

function compileError(e: ErrEntry): CompileError {
  try {
    compileModule(astFromJson(e.ast), '<snippet>', 'exec', e.src);
  } catch (err) {
    if (err instanceof CompileError) return err;
    throw err;
  }
  throw new Error('compiled without error');
}

describe('compile errors match CPython 3.11', () => {
  for (const e of cases) {
    it(e.name, () => {
      const err = compileError(e);
      expect(err.kind).toBe('SyntaxError');
      expect(err.msg).toBe(e.msg);
      expect(err.lineno).toBe(e.lineno);
      expect(err.offset).toBe(e.offset);
      expect(err.filename).toBe('<snippet>');
      expect(err.text).toBe(e.src.split('\n')[e.lineno - 1]);
    });
  }
});

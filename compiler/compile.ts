/**
 * The compiler pipeline: source → tree-sitter CST → AST → constant folding → symbol table →
 * code generation → assembly (with the peephole pass) → CodeObject.
 * CPython: Python/pythonrun.c + compile.c's compiler entry points.
 */
import type { CodeObject } from '../vm/code.js';
import { parse } from './parse.js';
import { lower, type CompileMode } from './lower.js';
import { foldConstants } from './optimize.js';
import { compileModule } from './codegen.js';

export type { CompileMode };

/** Compiles a whole source text; throws CompileError for bad syntax. */
export function compile(source: string, filename: string, mode: CompileMode = 'exec'): CodeObject {
  const root = parse(source, filename);
  const mod = foldConstants(lower(root, source, filename, mode));
  return compileModule(mod, filename, mode, source);
}

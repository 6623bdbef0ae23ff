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
import { setSegmentParser, type AnchorExpr } from '../vm/traceback_carets.js';
import { Exc, newException } from '../vm/objects/exceptions.js';

export type { CompileMode };

// Tracebacks parse the text of an error's range to place their `^` under its operator.
setSegmentParser((source) => {
  const mod = foldConstants(lower(parse(source, '<segment>'), source, '<segment>', 'exec'));
  return mod._type === 'Module' ? mod.body as unknown as { _type: string; value?: AnchorExpr }[] : [];
});

/**
 * Compiles a whole source text; throws CompileError for bad syntax, and a Python RecursionError
 * when the nesting is too deep for the recursive passes (CPython's message for it).
 */
export function compile(source: string, filename: string, mode: CompileMode = 'exec'): CodeObject {
  try {
    const root = parse(source, filename);
    const mod = foldConstants(lower(root, source, filename, mode));
    return compileModule(mod, filename, mode, source);
  } catch (e) {
    if (e instanceof RangeError && /call stack/.test(e.message)) {
      throw newException(Exc.RecursionError, 'maximum recursion depth exceeded during compilation');
    }
    throw e;
  }
}

/** AST constant folding, CPython 3.7's ast_opt.c (placeholder). */
import type { mod } from './ast.js';

export function foldConstants(m: mod): mod {
  return m;
}

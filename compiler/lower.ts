/** CST → AST (placeholder). */
import type { mod } from './ast.js';
import type { CstNode } from './parse.js';

export type CompileMode = 'exec' | 'eval' | 'single';

export function lower(root: CstNode, source: string, filename: string, mode: CompileMode): mod {
  void root; void source; void filename; void mode;
  throw new Error('lower: not written yet');
}

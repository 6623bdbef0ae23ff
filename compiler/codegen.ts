/** AST → symbolic instructions → CodeObject (placeholder). */
import type { mod } from './ast.js';
import type { CodeObject } from '../vm/code.js';
import type { CompileMode } from './lower.js';

export function compileModule(m: mod, filename: string, mode: CompileMode): CodeObject {
  void m; void filename; void mode;
  throw new Error('codegen: not written yet');
}

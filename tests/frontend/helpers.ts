/** The front end as the tests drive it: parse then lower, as compiler/compile.ts does. */
import { parse } from '../../compiler/parse.js';
import { lower, type CompileMode } from '../../compiler/lower.js';
import type { mod } from '../../compiler/ast.js';

export function compileToAst(src: string, mode: CompileMode = 'exec'): mod {
  return lower(parse(src, 'f.py'), src, 'f.py', mode);
}

/**
 * Code generation entry point: AST → CodeObject (CPython 3.7's compiler_mod with
 * PyFuture_FromAST and PySymtable_Build in front). Module, 'single' (interactive: PRINT_EXPR
 * for expression statements) and 'eval' modes. The work itself lives in codegen_stmt.ts,
 * codegen_expr.ts and codegen_func.ts; codegen_unit.ts holds the compiler state.
 */
import type * as A from './ast.js';
import type { CodeObject } from '../vm/code.js';
import type { CompileMode } from './lower.js';
import { Op } from '../vm/opcode.js';
import { buildSymtable } from './symtable.js';
import { CompileError } from './errors.js';
import { Compiler, CO_FUTURE_ANNOTATIONS, CO_FUTURE_BARRY_AS_BDFL, Scope } from './codegen_unit.js';
import { compileBody, docstringOf, findAnn, visitStmts } from './codegen_stmt.js';
import { visitExpr } from './codegen_expr.js';

const KNOWN_FUTURES = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement',
  'print_function', 'unicode_literals', 'generator_stop',
]);

/** CPython: future_parse — `from __future__` imports allowed at the top of a module. */
function parseFuture(m: A.mod, filename: string): { flags: number; lineno: number } {
  let flags = 0, lineno = -1;
  if (m._type === 'Expression') return { flags, lineno };
  const body = m.body;
  let done = false, prevLine = 0;
  for (let i = docstringOf(body) !== null ? 1 : 0; i < body.length; i++) {
    const s = body[i];
    if (done && s.lineno > prevLine) break;
    prevLine = s.lineno;
    if (s._type === 'ImportFrom' && s.module === '__future__') {
      if (done) {
        throw new CompileError('SyntaxError', 'from __future__ imports must occur at the beginning of the file',
          filename, s.lineno, s.col_offset + 1, null);
      }
      for (const a of s.names) {
        if (a.name === 'annotations') flags |= CO_FUTURE_ANNOTATIONS;
        else if (a.name === 'barry_as_FLUFL') flags |= CO_FUTURE_BARRY_AS_BDFL;
        else if (a.name === 'braces') {
          throw new CompileError('SyntaxError', 'not a chance', filename, s.lineno, s.col_offset + 1, null);
        } else if (!KNOWN_FUTURES.has(a.name)) {
          throw new CompileError('SyntaxError', `future feature ${a.name} is not defined`, filename, s.lineno,
            s.col_offset + 1, null);
        }
      }
      lineno = s.lineno;
    } else {
      done = true;
    }
  }
  return { flags, lineno };
}

/**
 * Compiles a whole module (or an eval expression, or an interactive statement) to its code
 * object. `source`, when given, supplies the text line of compile errors.
 */
export function compileModule(m: A.mod, filename: string, mode: CompileMode, source?: string): CodeObject {
  const future = parseFuture(m, filename);
  const st = buildSymtable(m, filename, source ?? null);
  const c = new Compiler(filename, st, future.flags, future.lineno, source ?? null);
  c.enterScope('<module>', Scope.MODULE, m, 0);
  let addNone = true;
  switch (m._type) {
    case 'Module':
      compileBody(c, m.body);
      break;
    case 'Interactive':
      if (findAnn(m.body)) c.addOp(Op.SETUP_ANNOTATIONS);
      c.interactive = true;
      visitStmts(c, m.body);
      break;
    case 'Expression':
      visitExpr(c, m.body);
      addNone = false;
      break;
  }
  void mode;
  const co = c.assembleUnit(addNone);
  c.exitScope();
  return co;
}

/**
 * Statements → symbolic instructions, as CPython 3.7's compiler_visit_stmt and friends:
 * if/while (with constant tests folded away), for/async for, try/except/finally, with/async
 * with, imports, assignments of every shape, assert, raise, return, break/continue (consulting
 * the frame-block stack), and compiler_body's docstring and SETUP_ANNOTATIONS handling.
 */
import type * as A from './ast.js';
import { Op, CmpOp } from '../vm/opcode.js';
import { None, PyTuple } from '../vm/objects/object.js';
import { mangle } from './symtable.js';
import { CO_FUTURE_ANNOTATIONS, FBlock, Scope, type Compiler, type Located } from './codegen_unit.js';
import type { BasicBlock } from './block.js';
import { binop, exprConstant, isConst, jumpIf, nameOp, visitExpr, visitExprCtx, visitExprs } from './codegen_expr.js';
import { compileClass, compileFunction, defLine } from './codegen_func.js';
import { unparseAnnotation } from './codegen_unparse.js';
import { compileMatch } from './codegen_match.js';

/** CPython: _PyAST_GetDocString — the first statement, when it is a string expression. */
export function docstringOf(body: A.stmt[]): string | null {
  const st = body[0];
  if (st === undefined || st._type !== 'Expr') return null;
  const v = st.value;
  return v._type === 'Constant' && typeof v.value === 'string' ? v.value : null;
}

/** CPython: find_ann — does this block (not counting nested scopes) annotate a variable? */
export function findAnn(stmts: A.stmt[]): boolean {
  for (const st of stmts) {
    switch (st._type) {
      case 'AnnAssign':
        return true;
      case 'For':
      case 'AsyncFor':
      case 'While':
      case 'If':
        if (findAnn(st.body) || findAnn(st.orelse)) return true;
        break;
      case 'With':
      case 'AsyncWith':
        if (findAnn(st.body)) return true;
        break;
      case 'Match':
        for (const m of st.cases) if (findAnn(m.body)) return true;
        break;
      case 'Try':
        for (const h of st.handlers) if (findAnn(h.body)) return true;
        if (findAnn(st.body) || findAnn(st.finalbody) || findAnn(st.orelse)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

/** CPython: compiler_body — module and class bodies: annotations dict, docstring, statements. */
export function compileBody(c: Compiler, stmts: A.stmt[]): void {
  // SETUP_ANNOTATIONS takes the line of the first real statement of a module.
  if (c.u.scopeType === Scope.MODULE && stmts.length) c.u.lineno = stmtLine(stmts[0]);
  if (findAnn(stmts)) c.addOp(Op.SETUP_ANNOTATIONS);
  if (!stmts.length) return;
  let i = 0;
  if (docstringOf(stmts) !== null) {
    i = 1;
    visitExpr(c, (stmts[0] as A.Expr).value);
    nameOp(c, '__doc__', 'Store');
  }
  for (; i < stmts.length; i++) visitStmt(c, stmts[i]);
}

/** The line 3.7 gave a statement (a decorated definition starts at its first decorator). */
function stmtLine(s: A.stmt): number {
  if (s._type === 'FunctionDef' || s._type === 'AsyncFunctionDef' || s._type === 'ClassDef') return defLine(s);
  return s.lineno;
}

export function visitStmts(c: Compiler, list: A.stmt[]): void {
  for (const s of list) visitStmt(c, s);
}

/** CPython 3.7: compiler_visit_stmt. */
export function visitStmt(c: Compiler, s: A.stmt): void {
  c.setStmtLine(stmtLine(s));
  c.u.loc = s;
  switch (s._type) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      return compileFunction(c, s);
    case 'ClassDef':
      return compileClass(c, s);
    case 'Return':
      if (c.u.ste.type !== 'function') c.error("'return' outside function", s);
      if (s.value !== null) {
        if (c.u.ste.coroutine && c.u.ste.generator) c.error("'return' with value in async generator", s);
        visitExpr(c, s.value);
      } else {
        c.loadConst(None);
      }
      c.addOp(Op.RETURN_VALUE);
      return;
    case 'Delete':
      visitExprs(c, s.targets);
      return;
    case 'Assign': {
      const n = s.targets.length;
      visitExpr(c, s.value);
      for (let i = 0; i < n; i++) {
        if (i < n - 1) c.addOp(Op.DUP_TOP);
        visitExpr(c, s.targets[i]);
      }
      return;
    }
    case 'AugAssign':
      return compileAugAssign(c, s);
    case 'AnnAssign':
      return compileAnnAssign(c, s);
    case 'For':
      return compileFor(c, s);
    case 'AsyncFor':
      return compileAsyncFor(c, s);
    case 'While':
      return compileWhile(c, s);
    case 'If':
      return compileIf(c, s);
    case 'Raise': {
      let n = 0;
      if (s.exc !== null) {
        visitExpr(c, s.exc);
        n++;
        if (s.cause !== null) {
          visitExpr(c, s.cause);
          n++;
        }
      }
      c.addOpI(Op.RAISE_VARARGS, n);
      return;
    }
    case 'Try':
      if (s.finalbody.length) return compileTryFinally(c, s);
      return compileTryExcept(c, s);
    case 'Assert':
      return compileAssert(c, s);
    case 'Import':
      return compileImport(c, s);
    case 'ImportFrom':
      return compileFromImport(c, s);
    case 'Global':
    case 'Nonlocal':
    case 'Pass':
      return;
    case 'Expr':
      return compileStmtExpr(c, s.value);
    case 'Break':
      if (!c.inLoop()) c.error("'break' outside loop", s);
      c.addOp(Op.BREAK_LOOP);
      return;
    case 'Continue':
      return compileContinue(c, s);
    case 'With':
      return compileWith(c, s, 0, false);
    case 'AsyncWith':
      if (c.u.scopeType !== Scope.ASYNC_FUNCTION) c.error("'async with' outside async function", s);
      return compileWith(c, s, 0, true);
    case 'Match':
      return compileMatch(c, s);
  }
}

/** CPython 3.7: compiler_visit_stmt_expr — PRINT_EXPR at the top of 'single' mode. */
function compileStmtExpr(c: Compiler, value: A.expr): void {
  if (c.interactive && c.nestlevel <= 1) {
    visitExpr(c, value);
    c.addOp(Op.PRINT_EXPR);
    return;
  }
  if (isConst(value)) return; // a constant statement compiles to nothing
  visitExpr(c, value);
  c.addOp(Op.POP_TOP);
}

// continue_stmt: 'continue'
// 3.7 shape: JUMP_ABSOLUTE loop_start directly in a loop, CONTINUE_LOOP loop_start under a try
function compileContinue(c: Compiler, s: A.Continue): void {
  const fb = c.u.fblocks;
  let i = fb.length - 1;
  if (i < 0) c.error("'continue' not properly in loop", s);
  if (fb[i].type === FBlock.LOOP) {
    c.addOpJ(Op.JUMP_ABSOLUTE, fb[i].block);
    return;
  }
  // Under except/finally (3.8+ also allows it in a finally body): let the unwinder pop blocks.
  while (--i >= 0 && fb[i].type !== FBlock.LOOP) { /* find the loop */ }
  if (i < 0) c.error("'continue' not properly in loop", s);
  c.addOpJ(Op.CONTINUE_LOOP, fb[i].block);
}

// if_stmt: 'if' test ':' suite ('elif' test ':' suite)* ['else' ':' suite]
// 3.7 shape: <jump_if test false → next> <body> JUMP_FORWARD end; next: <orelse>; end:
// A constant test keeps only the branch taken.
function compileIf(c: Compiler, s: A.If): void {
  const end = c.newBlock();
  const constant = exprConstant(s.test);
  if (constant === 0) {
    visitStmts(c, s.orelse);
  } else if (constant === 1) {
    visitStmts(c, s.body);
  } else {
    const next = s.orelse.length ? c.newBlock() : end;
    jumpIf(c, s.test, next, false);
    visitStmts(c, s.body);
    if (s.orelse.length) {
      c.addOpJ(Op.JUMP_FORWARD, end);
      c.useNextBlock(next);
      visitStmts(c, s.orelse);
    }
  }
  c.useNextBlock(end);
}

// for_stmt: 'for' exprlist 'in' testlist ':' suite ['else' ':' suite]
// 3.7 shape: SETUP_LOOP end; <iter> GET_ITER; start: FOR_ITER cleanup <target> <body>
//            JUMP_ABSOLUTE start; cleanup: POP_BLOCK <orelse>; end:
function compileFor(c: Compiler, s: A.For): void {
  const start = c.newBlock();
  const cleanup = c.newBlock();
  const end = c.newBlock();
  c.addOpJ(Op.SETUP_LOOP, end);
  c.pushFBlock(FBlock.LOOP, start, s);
  visitExpr(c, s.iter);
  c.addOp(Op.GET_ITER);
  c.useNextBlock(start);
  c.addOpJ(Op.FOR_ITER, cleanup);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.addOpJ(Op.JUMP_ABSOLUTE, start);
  c.useNextBlock(cleanup);
  c.addOp(Op.POP_BLOCK);
  c.popFBlock();
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

// async_for: 'async' 'for' target 'in' iter ':' body
// 3.7 shape: SETUP_LOOP end; <iter> GET_AITER; try: SETUP_EXCEPT except GET_ANEXT LOAD_CONST None
//            YIELD_FROM <target> POP_BLOCK JUMP_FORWARD after_try; except: DUP_TOP LOAD_GLOBAL
//            StopAsyncIteration COMPARE_OP exc-match POP_JUMP_IF_TRUE cleanup END_FINALLY;
//            after_try: <body> JUMP_ABSOLUTE try; cleanup: POP_TOP×3 POP_EXCEPT POP_TOP POP_BLOCK
//            <orelse>; end:
function compileAsyncFor(c: Compiler, s: A.For): void {
  if (c.u.scopeType !== Scope.ASYNC_FUNCTION) c.error("'async for' outside async function", s);
  const tryBlock = c.newBlock();
  const except = c.newBlock();
  const end = c.newBlock();
  const afterTry = c.newBlock();
  const tryCleanup = c.newBlock();
  const afterLoopElse = c.newBlock();
  c.addOpJ(Op.SETUP_LOOP, end);
  c.pushFBlock(FBlock.LOOP, tryBlock, s);
  visitExpr(c, s.iter);
  c.addOp(Op.GET_AITER);
  emitAsyncNext(c, tryBlock, except, afterTry, tryCleanup, s.target, s);
  visitStmts(c, s.body);
  c.addOpJ(Op.JUMP_ABSOLUTE, tryBlock);
  c.useNextBlock(tryCleanup);
  c.addOp(Op.POP_TOP);
  c.addOp(Op.POP_TOP);
  c.addOp(Op.POP_TOP);
  c.addOp(Op.POP_EXCEPT);
  c.addOp(Op.POP_TOP);
  c.addOp(Op.POP_BLOCK);
  c.popFBlock();
  c.useNextBlock(afterLoopElse);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

// while_stmt: 'while' test ':' suite ['else' ':' suite]
// 3.7 shape: SETUP_LOOP end; loop: <jump_if test false → anchor> <body> JUMP_ABSOLUTE loop;
//            anchor: POP_BLOCK <orelse>; end:   (`while 1:` drops the test, `while 0:` the loop)
function compileWhile(c: Compiler, s: A.While): void {
  const constant = exprConstant(s.test);
  if (constant === 0) {
    visitStmts(c, s.orelse);
    return;
  }
  const loop = c.newBlock();
  const end = c.newBlock();
  const anchor = constant === -1 ? c.newBlock() : null;
  c.addOpJ(Op.SETUP_LOOP, end);
  c.useNextBlock(loop);
  c.pushFBlock(FBlock.LOOP, loop, s);
  if (anchor !== null) jumpIf(c, s.test, anchor, false);
  visitStmts(c, s.body);
  c.addOpJ(Op.JUMP_ABSOLUTE, loop);
  if (anchor !== null) c.useNextBlock(anchor);
  c.addOp(Op.POP_BLOCK);
  c.popFBlock();
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

// try_stmt: 'try' ':' suite (except_clause ':' suite)+ ['else' ':' suite]
// 3.7 shape: SETUP_EXCEPT except <body> POP_BLOCK JUMP_FORWARD orelse; except: per handler
//            [DUP_TOP <type> COMPARE_OP exc-match POP_JUMP_IF_FALSE next] POP_TOP (store name |
//            POP_TOP) POP_TOP <handler body, with `name = None; del name` cleanup> POP_EXCEPT
//            JUMP_FORWARD end; next: ... END_FINALLY; orelse: <orelse>; end:
function compileTryExcept(c: Compiler, s: A.Try): void {
  const body = c.newBlock();
  let except = c.newBlock();
  const orelse = c.newBlock();
  const end = c.newBlock();
  c.addOpJ(Op.SETUP_EXCEPT, except);
  c.useNextBlock(body);
  c.pushFBlock(FBlock.EXCEPT, body, s);
  visitStmts(c, s.body);
  c.addOp(Op.POP_BLOCK);
  c.popFBlock();
  c.addOpJ(Op.JUMP_FORWARD, orelse);
  const n = s.handlers.length;
  c.useNextBlock(except);
  for (let i = 0; i < n; i++) {
    const h = s.handlers[i];
    if (h.type === null && i < n - 1) c.error("default 'except:' must be last", h);
    c.setStmtLine(h.lineno);
    except = c.newBlock();
    if (h.type !== null) {
      c.addOp(Op.DUP_TOP);
      visitExpr(c, h.type);
      c.addOpI(Op.COMPARE_OP, CmpOp.EXC_MATCH);
      c.addOpJ(Op.POP_JUMP_IF_FALSE, except);
    }
    c.addOp(Op.POP_TOP);
    if (h.name !== null) {
      const cleanupEnd = c.newBlock();
      const cleanupBody = c.newBlock();
      nameOp(c, h.name, 'Store');
      c.addOp(Op.POP_TOP);
      // try: <body> finally: name = None; del name
      c.addOpJ(Op.SETUP_FINALLY, cleanupEnd);
      c.useNextBlock(cleanupBody);
      c.pushFBlock(FBlock.FINALLY_TRY, cleanupBody, h);
      visitStmts(c, h.body);
      c.addOp(Op.POP_BLOCK);
      c.popFBlock();
      c.loadConst(None);
      c.useNextBlock(cleanupEnd);
      c.pushFBlock(FBlock.FINALLY_END, cleanupEnd, h);
      c.loadConst(None);
      nameOp(c, h.name, 'Store');
      nameOp(c, h.name, 'Del');
      c.addOp(Op.END_FINALLY);
      c.addOp(Op.POP_EXCEPT);
      c.popFBlock();
    } else {
      const cleanupBody = c.newBlock();
      c.addOp(Op.POP_TOP);
      c.addOp(Op.POP_TOP);
      c.useNextBlock(cleanupBody);
      c.pushFBlock(FBlock.FINALLY_TRY, cleanupBody, h);
      visitStmts(c, h.body);
      c.addOp(Op.POP_EXCEPT);
      c.popFBlock();
    }
    c.addOpJ(Op.JUMP_FORWARD, end);
    c.useNextBlock(except);
  }
  c.addOp(Op.END_FINALLY);
  c.useNextBlock(orelse);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

// try_stmt: 'try' ':' suite ... 'finally' ':' suite
// 3.7 shape: SETUP_FINALLY end <body or try/except> POP_BLOCK LOAD_CONST None; end: <finalbody>
//            END_FINALLY
function compileTryFinally(c: Compiler, s: A.Try): void {
  const body = c.newBlock();
  const end = c.newBlock();
  c.addOpJ(Op.SETUP_FINALLY, end);
  c.useNextBlock(body);
  c.pushFBlock(FBlock.FINALLY_TRY, body, s);
  if (s.handlers.length) compileTryExcept(c, s);
  else visitStmts(c, s.body);
  c.addOp(Op.POP_BLOCK);
  c.popFBlock();
  c.loadConst(None);
  c.useNextBlock(end);
  c.pushFBlock(FBlock.FINALLY_END, end, s);
  visitStmts(c, s.finalbody);
  c.addOp(Op.END_FINALLY);
  c.popFBlock();
}

// with_stmt: 'with' with_item (',' with_item)* ':' suite — one nesting level per item
// 3.7 shape: <ctx> SETUP_WITH finally (<store target> | POP_TOP) <body> POP_BLOCK LOAD_CONST None;
//            finally: WITH_CLEANUP_START WITH_CLEANUP_FINISH END_FINALLY
// async_with: 'async' 'with' ... — the same, with each __aenter__/__aexit__ result awaited:
//            <ctx> BEFORE_ASYNC_WITH <await> SETUP_ASYNC_WITH fin ...
//            fin: WITH_CLEANUP_START <await> WITH_CLEANUP_FINISH END_FINALLY
function compileWith(c: Compiler, s: A.With, pos: number, isAsync: boolean): void {
  const item = s.items[pos];
  const block = c.newBlock();
  const fin = c.newBlock();
  visitExpr(c, item.context_expr);
  if (isAsync) {
    c.addOp(Op.BEFORE_ASYNC_WITH);
    emitAwait(c);
    c.addOpJ(Op.SETUP_ASYNC_WITH, fin);
  } else {
    c.addOpJ(Op.SETUP_WITH, fin);
  }
  c.useNextBlock(block);
  c.pushFBlock(FBlock.FINALLY_TRY, block, s);
  if (item.optional_vars !== null) visitExpr(c, item.optional_vars);
  else c.addOp(Op.POP_TOP);
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else compileWith(c, s, pos, isAsync);
  // The cleanup's errors (an __exit__ that raises) point at the `with` statement (3.11).
  c.u.loc = s;
  c.addOp(Op.POP_BLOCK);
  c.popFBlock();
  c.loadConst(None);
  c.useNextBlock(fin);
  c.pushFBlock(FBlock.FINALLY_END, fin, s);
  c.addOp(Op.WITH_CLEANUP_START);
  if (isAsync) emitAwait(c);
  c.addOp(Op.WITH_CLEANUP_FINISH);
  c.addOp(Op.END_FINALLY);
  c.popFBlock();
}

/**
 * One step of an `async for` (statement or comprehension): await `__anext__()` into `target`
 * inside SETUP_EXCEPT; StopAsyncIteration jumps to `tryCleanup`, anything else re-raises.
 * 3.7 shape: tryBlock: SETUP_EXCEPT except GET_ANEXT LOAD_CONST None YIELD_FROM <store target>
 *            POP_BLOCK JUMP_FORWARD afterTry; except: DUP_TOP LOAD_GLOBAL StopAsyncIteration
 *            COMPARE_OP exception-match POP_JUMP_IF_TRUE tryCleanup END_FINALLY; afterTry:
 */
export function emitAsyncNext(
  c: Compiler, tryBlock: BasicBlock, except: BasicBlock, afterTry: BasicBlock, tryCleanup: BasicBlock,
  target: A.expr, at: Located,
): void {
  c.useNextBlock(tryBlock);
  c.addOpJ(Op.SETUP_EXCEPT, except);
  c.pushFBlock(FBlock.EXCEPT, tryBlock, at);
  c.addOp(Op.GET_ANEXT);
  c.loadConst(None);
  c.addOp(Op.YIELD_FROM);
  visitExpr(c, target);
  c.addOp(Op.POP_BLOCK);
  c.popFBlock();
  c.addOpJ(Op.JUMP_FORWARD, afterTry);
  c.useNextBlock(except);
  c.addOp(Op.DUP_TOP);
  c.addOpI(Op.LOAD_GLOBAL, c.addName('StopAsyncIteration'));
  c.addOpI(Op.COMPARE_OP, CmpOp.EXC_MATCH);
  c.addOpJ(Op.POP_JUMP_IF_TRUE, tryCleanup);
  c.addOp(Op.END_FINALLY);
  c.useNextBlock(afterTry);
}

/** `await` of the value on top of the stack: GET_AWAITABLE LOAD_CONST None YIELD_FROM. */
function emitAwait(c: Compiler): void {
  c.addOp(Op.GET_AWAITABLE);
  c.loadConst(None);
  c.addOp(Op.YIELD_FROM);
}

// assert_stmt: 'assert' test [',' test]
// 3.7 shape: <jump_if test true → end> LOAD_GLOBAL AssertionError [<msg> CALL_FUNCTION 1]
//            RAISE_VARARGS 1; end:
function compileAssert(c: Compiler, s: A.Assert): void {
  const end = c.newBlock();
  jumpIf(c, s.test, end, true);
  c.addOpI(Op.LOAD_GLOBAL, c.addName('AssertionError'));
  if (s.msg !== null) {
    visitExpr(c, s.msg);
    c.addOpI(Op.CALL_FUNCTION, 1);
  }
  c.addOpI(Op.RAISE_VARARGS, 1);
  c.useNextBlock(end);
}

// import_name: 'import' dotted_as_names
// 3.7 shape per name: LOAD_CONST 0 LOAD_CONST None IMPORT_NAME a.b.c, then store `a`, or for
//            `as d`: IMPORT_FROM b ROT_TWO POP_TOP IMPORT_FROM c STORE d POP_TOP
function compileImport(c: Compiler, s: A.Import): void {
  for (const alias of s.names) {
    c.loadConst(0);
    c.loadConst(None);
    c.addOpName(Op.IMPORT_NAME, alias.name);
    const dot = alias.name.indexOf('.');
    if (alias.asname !== null) {
      if (dot >= 0) {
        const parts = alias.name.split('.').slice(1);
        for (let i = 0; i < parts.length; i++) {
          c.addOpI(Op.IMPORT_FROM, c.addName(parts[i]));
          if (i === parts.length - 1) break;
          c.addOp(Op.ROT_TWO);
          c.addOp(Op.POP_TOP);
        }
        nameOp(c, alias.asname, 'Store');
        c.addOp(Op.POP_TOP);
      } else {
        nameOp(c, alias.asname, 'Store');
      }
    } else {
      nameOp(c, dot >= 0 ? alias.name.slice(0, dot) : alias.name, 'Store');
    }
  }
}

// import_from: 'from' ('.'* dotted_name | '.'+) 'import' ('*' | import_as_names)
// 3.7 shape: LOAD_CONST level LOAD_CONST ('a', 'b') IMPORT_NAME mod (IMPORT_STAR |
//            IMPORT_FROM a STORE a ... POP_TOP)
function compileFromImport(c: Compiler, s: A.ImportFrom): void {
  if (s.module === '__future__' && s.lineno > c.futureLineno) {
    c.error('from __future__ imports must occur at the beginning of the file', s);
  }
  c.loadConst(s.level);
  c.loadConst(new PyTuple(s.names.map(a => a.name)));
  c.addOpName(Op.IMPORT_NAME, s.module ?? '');
  for (let i = 0; i < s.names.length; i++) {
    const alias = s.names[i];
    if (i === 0 && alias.name === '*') {
      c.addOp(Op.IMPORT_STAR);
      return;
    }
    c.addOpName(Op.IMPORT_FROM, alias.name);
    nameOp(c, alias.asname ?? alias.name, 'Store');
  }
  c.addOp(Op.POP_TOP);
}

// augassign: target op= value
// 3.7 shape: name: <load> <value> INPLACE_op <store>; attribute: <obj> DUP_TOP LOAD_ATTR <value>
//            INPLACE_op ROT_TWO STORE_ATTR; subscript: <obj> <key> DUP_TOP_TWO BINARY_SUBSCR
//            <value> INPLACE_op ROT_THREE STORE_SUBSCR
function compileAugAssign(c: Compiler, s: A.AugAssign): void {
  const e = s.target;
  switch (e._type) {
    case 'Attribute':
    case 'Subscript':
      visitExprCtx(c, e, 'AugLoad');
      visitExpr(c, s.value);
      c.addOp(binop(s.op, true));
      visitExprCtx(c, e, 'AugStore');
      return;
    case 'Name':
      nameOp(c, e.id, 'Load');
      visitExpr(c, s.value);
      c.addOp(binop(s.op, true));
      nameOp(c, e.id, 'Store');
      return;
    default:
      c.error("'" + e._type + "' is an illegal expression for augmented assignment", e);
  }
}

/** CPython: check_ann_expr — evaluate and drop. */
function checkAnnExpr(c: Compiler, e: A.expr): void {
  visitExpr(c, e);
  c.addOp(Op.POP_TOP);
}

/** CPython: check_ann_subscr — evaluate the parts of a subscript target's slice. */
function checkAnnSubscr(c: Compiler, sl: A.expr): void {
  if (sl._type === 'Slice') {
    if (sl.lower !== null) checkAnnExpr(c, sl.lower);
    if (sl.upper !== null) checkAnnExpr(c, sl.upper);
    if (sl.step !== null) checkAnnExpr(c, sl.step);
  } else if (sl._type === 'Tuple' && sl.elts.some(x => x._type === 'Slice')) {
    for (const d of sl.elts) checkAnnSubscr(c, d);
  } else {
    checkAnnExpr(c, sl);
  }
}

// annassign: target ':' annotation ['=' value]
// 3.7 shape: [<value> <store target>] then, for a simple name in a module or class:
//            <annotation> LOAD_NAME __annotations__ LOAD_CONST 'name' STORE_SUBSCR
function compileAnnAssign(c: Compiler, s: A.AnnAssign): void {
  const targ = s.target;
  if (s.value !== null) {
    visitExpr(c, s.value);
    visitExpr(c, targ);
  }
  const moduleOrClass = c.u.scopeType === Scope.MODULE || c.u.scopeType === Scope.CLASS;
  switch (targ._type) {
    case 'Name':
      if (s.simple && moduleOrClass) {
        if (c.future & CO_FUTURE_ANNOTATIONS) c.loadConst(unparseAnnotation(s.annotation));
        else visitExpr(c, s.annotation);
        c.addOpName(Op.LOAD_NAME, '__annotations__');
        c.loadConst(mangle(c.u.private_, targ.id));
        c.addOp(Op.STORE_SUBSCR);
      }
      break;
    case 'Attribute':
      if (s.value === null) checkAnnExpr(c, targ.value);
      break;
    case 'Subscript':
      if (s.value === null) {
        checkAnnExpr(c, targ.value);
        checkAnnSubscr(c, targ.slice);
      }
      break;
    default:
      c.error('illegal target for annotation', targ);
  }
  if (!s.simple && moduleOrClass && !(c.future & CO_FUTURE_ANNOTATIONS)) checkAnnExpr(c, s.annotation);
}

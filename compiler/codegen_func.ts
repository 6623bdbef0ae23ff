/**
 * Code objects nested in another: functions, classes, lambdas and comprehensions, with their
 * defaults, keyword-only defaults, annotations and closures. CPython 3.7: compiler_function,
 * compiler_class, compiler_lambda, compiler_comprehension(_generator), compiler_make_closure,
 * compiler_default_arguments, compiler_visit_annotations.
 */
import type * as A from './ast.js';
import { Op, MF_ANNOTATIONS, MF_CLOSURE, MF_DEFAULTS, MF_KWDEFAULTS } from '../vm/opcode.js';
import { None, PyTuple } from '../vm/objects/object.js';
import type { CodeObject } from '../vm/code.js';
import { CELL, mangle } from './symtable.js';
import { CO_FUTURE_ANNOTATIONS, Scope, type Compiler } from './codegen_unit.js';
import { callHelper, exprLine, jumpIf, nameOp, visitExpr, visitExprs } from './codegen_expr.js';
import { compileBody, docstringOf, emitAsyncNext, visitStmt } from './codegen_stmt.js';
import { unparseAnnotation } from './codegen_unparse.js';

/** CPython: compiler_make_closure — LOAD_CLOSURE each free variable, then MAKE_FUNCTION. */
export function makeClosure(c: Compiler, co: CodeObject, flags: number, qualname: string): void {
  const free = co.co_freevars;
  if (free.length) {
    const u = c.u;
    for (const name of free) {
      // A class that binds a name its methods use freely holds it as local and free at once.
      const reftype = u.scopeType === Scope.CLASS && name === '__class__' ? CELL : u.ste.getScope(name);
      const arg = reftype === CELL ? u.cellvars.get(name) : u.freevars.get(name);
      if (arg === undefined) throw new Error(`codegen: closure lookup of ${name} in ${u.name} failed`);
      c.addOpI(Op.LOAD_CLOSURE, arg);
    }
    flags |= MF_CLOSURE;
    c.addOpI(Op.BUILD_TUPLE, free.length);
  }
  c.loadConst(co);
  c.loadConst(qualname);
  c.addOpI(Op.MAKE_FUNCTION, flags);
}

/** CPython: compiler_default_arguments — positional defaults tuple, keyword-only defaults map. */
function defaultArguments(c: Compiler, args: A.arguments_): number {
  let flags = 0;
  if (args.defaults.length) {
    visitExprs(c, args.defaults);
    c.addOpI(Op.BUILD_TUPLE, args.defaults.length);
    flags |= MF_DEFAULTS;
  }
  const keys: string[] = [];
  for (let i = 0; i < args.kwonlyargs.length; i++) {
    const d = args.kw_defaults[i];
    if (d !== null && d !== undefined) {
      keys.push(mangle(c.u.private_, args.kwonlyargs[i].arg));
      visitExpr(c, d);
    }
  }
  if (keys.length) {
    c.loadConst(new PyTuple(keys));
    c.addOpI(Op.BUILD_CONST_KEY_MAP, keys.length);
    flags |= MF_KWDEFAULTS;
  }
  return flags;
}

function visitAnnotation(c: Compiler, e: A.expr): void {
  if (c.future & CO_FUTURE_ANNOTATIONS) c.loadConst(unparseAnnotation(e));
  else visitExpr(c, e);
}

/** CPython: compiler_visit_annotations — returns true when a dict was pushed. */
function visitAnnotations(c: Compiler, args: A.arguments_, returns: A.expr | null): boolean {
  const names: string[] = [];
  const one = (id: string, ann: A.expr | null): void => {
    if (ann !== null) {
      visitAnnotation(c, ann);
      names.push(mangle(c.u.private_, id));
    }
  };
  for (const a of args.posonlyargs) one(a.arg, a.annotation);
  for (const a of args.args) one(a.arg, a.annotation);
  if (args.vararg !== null) one(args.vararg.arg, args.vararg.annotation);
  for (const a of args.kwonlyargs) one(a.arg, a.annotation);
  if (args.kwarg !== null) one(args.kwarg.arg, args.kwarg.annotation);
  one('return', returns);
  if (!names.length) return false;
  c.loadConst(new PyTuple(names));
  c.addOpI(Op.BUILD_CONST_KEY_MAP, names.length);
  return true;
}

/**
 * CALL_FUNCTION 1 per decorator, innermost first; each call's errors point at its decorator
 * (3.11's compiler_apply_decorators).
 */
function applyDecorators(c: Compiler, decorators: A.expr[]): void {
  const u = c.u, outer = u.loc;
  for (let i = decorators.length - 1; i >= 0; i--) {
    u.loc = decorators[i];
    c.addOpI(Op.CALL_FUNCTION, 1);
  }
  u.loc = outer;
}

/** The line 3.7 gave a decorated definition: that of its first decorator. */
export function defLine(s: A.FunctionDef | A.ClassDef): number {
  return s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
}

// funcdef: decorators? 'def' NAME parameters ['->' test] ':' suite
// 3.7 shape: <decorators> <defaults> <kwdefaults> <annotations> [closure] LOAD_CONST code
//            LOAD_CONST qualname MAKE_FUNCTION flags; CALL_FUNCTION 1 per decorator; store name
export function compileFunction(c: Compiler, s: A.FunctionDef): void {
  const isAsync = s._type === 'AsyncFunctionDef';
  visitExprs(c, s.decorator_list);
  let flags = defaultArguments(c, s.args);
  if (visitAnnotations(c, s.args, s.returns)) flags |= MF_ANNOTATIONS;
  c.enterScope(s.name, isAsync ? Scope.ASYNC_FUNCTION : Scope.FUNCTION, s, defLine(s));
  const doc = docstringOf(s.body);
  c.addConst(doc ?? None);
  const u = c.u;
  u.argcount = s.args.posonlyargs.length + s.args.args.length;
  u.posonlyargcount = s.args.posonlyargs.length;
  u.kwonlyargcount = s.args.kwonlyargs.length;
  // 3.7 visits the docstring statement too: it emits nothing but moves the line.
  for (let i = 0; i < s.body.length; i++) visitStmt(c, s.body[i]);
  const co = c.assembleUnit(true);
  const qualname = u.qualname;
  c.exitScope();
  makeClosure(c, co, flags, qualname);
  applyDecorators(c, s.decorator_list);
  nameOp(c, s.name, 'Store');
}

// classdef: decorators? 'class' NAME ['(' arglist ')'] ':' suite
// 3.7 shape: <decorators> LOAD_BUILD_CLASS [closure] LOAD_CONST code LOAD_CONST name MAKE_FUNCTION
//            LOAD_CONST name <bases/keywords as a call> CALL_FUNCTION 1 per decorator; store name
export function compileClass(c: Compiler, s: A.ClassDef): void {
  visitExprs(c, s.decorator_list);
  c.enterScope(s.name, Scope.CLASS, s, defLine(s));
  const u = c.u;
  u.private_ = s.name;
  nameOp(c, '__name__', 'Load');
  nameOp(c, '__module__', 'Store');
  c.loadConst(u.qualname);
  nameOp(c, '__qualname__', 'Store');
  compileBody(c, s.body);
  if (u.ste.needsClassClosure) {
    c.addOpI(Op.LOAD_CLOSURE, u.cellvars.get('__class__')!);
    c.addOp(Op.DUP_TOP);
    nameOp(c, '__classcell__', 'Store');
  } else {
    c.loadConst(None);
  }
  c.addOp(Op.RETURN_VALUE);
  const co = c.assembleUnit(true);
  c.exitScope();
  c.addOp(Op.LOAD_BUILD_CLASS);
  makeClosure(c, co, 0, co.co_name);
  c.loadConst(s.name);
  callHelper(c, 2, s.bases, s.keywords);
  applyDecorators(c, s.decorator_list);
  nameOp(c, s.name, 'Store');
}

// lambdef: 'lambda' [varargslist] ':' test
// 3.7 shape: <defaults> LOAD_CONST code LOAD_CONST '<lambda>' qualname MAKE_FUNCTION flags
export function compileLambda(c: Compiler, e: A.Lambda): void {
  const flags = defaultArguments(c, e.args);
  c.enterScope('<lambda>', Scope.LAMBDA, e, e.lineno);
  // None first, so a lambda never has a docstring.
  c.addConst(None);
  const u = c.u;
  u.argcount = e.args.posonlyargs.length + e.args.args.length;
  u.posonlyargcount = e.args.posonlyargs.length;
  u.kwonlyargcount = e.args.kwonlyargs.length;
  visitExpr(c, e.body);
  let co: CodeObject;
  if (u.ste.generator) {
    co = c.assembleUnit(false);
  } else {
    c.addOp(Op.RETURN_VALUE);
    co = c.assembleUnit(true);
  }
  const qualname = u.qualname;
  c.exitScope();
  makeClosure(c, co, flags, qualname);
}

type CompKind = 'genexpr' | 'listcomp' | 'setcomp' | 'dictcomp';

// comprehension: [elt for target in iter if cond ...]
// 3.7 shape: MAKE_FUNCTION of <listcomp>(.0); <outermost iter> GET_ITER CALL_FUNCTION 1
export function compileComprehension(
  c: Compiler, e: A.expr, kind: CompKind, gens: A.comprehension[], elt: A.expr, val: A.expr | null,
): void {
  const isAsyncFunction = c.u.ste.coroutine;
  const outermost = gens[0];
  c.enterScope('<' + kind + '>', Scope.COMPREHENSION, e, exprLine(c, e));
  const u = c.u;
  const isAsyncGenerator = u.ste.coroutine;
  if (isAsyncGenerator && !isAsyncFunction && kind !== 'genexpr') {
    c.error('asynchronous comprehension outside of an asynchronous function', e);
  }
  if (kind !== 'genexpr') {
    c.addOpI(kind === 'listcomp' ? Op.BUILD_LIST : kind === 'setcomp' ? Op.BUILD_SET : Op.BUILD_MAP, 0);
  }
  comprehensionGenerator(c, gens, 0, elt, val, kind);
  if (kind !== 'genexpr') c.addOp(Op.RETURN_VALUE);
  const co = c.assembleUnit(true);
  const qualname = u.qualname;
  c.exitScope();
  makeClosure(c, co, 0, qualname);
  visitExpr(c, outermost.iter);
  c.addOp(outermost.is_async ? Op.GET_AITER : Op.GET_ITER);
  c.addOpI(Op.CALL_FUNCTION, 1);
  if (isAsyncGenerator && kind !== 'genexpr') {
    c.addOp(Op.GET_AWAITABLE);
    c.loadConst(None);
    c.addOp(Op.YIELD_FROM);
  }
}

function comprehensionGenerator(
  c: Compiler, gens: A.comprehension[], index: number, elt: A.expr, val: A.expr | null, kind: CompKind,
): void {
  if (gens[index].is_async) asyncComprehensionGenerator(c, gens, index, elt, val, kind);
  else syncComprehensionGenerator(c, gens, index, elt, val, kind);
}

/** The innermost body: yield or append the element. */
function comprehensionElement(c: Compiler, depth: number, elt: A.expr, val: A.expr | null, kind: CompKind): void {
  switch (kind) {
    case 'genexpr':
      visitExpr(c, elt);
      c.addOp(Op.YIELD_VALUE);
      c.addOp(Op.POP_TOP);
      break;
    case 'listcomp':
      visitExpr(c, elt);
      c.addOpI(Op.LIST_APPEND, depth + 1);
      break;
    case 'setcomp':
      visitExpr(c, elt);
      c.addOpI(Op.SET_ADD, depth + 1);
      break;
    case 'dictcomp':
      // 3.7 evaluates the value before the key, as for d[k] = v.
      visitExpr(c, val!);
      visitExpr(c, elt);
      c.addOpI(Op.MAP_ADD, depth + 1);
      break;
  }
}

// 3.7 shape: (LOAD_FAST .0 | <iter> GET_ITER) start: FOR_ITER anchor <target> <ifs → if_cleanup>
//            <inner or element> if_cleanup: JUMP_ABSOLUTE start; anchor:
function syncComprehensionGenerator(
  c: Compiler, gens: A.comprehension[], index: number, elt: A.expr, val: A.expr | null, kind: CompKind,
): void {
  const gen = gens[index];
  const start = c.newBlock();
  const skip = c.newBlock();
  const ifCleanup = c.newBlock();
  const anchor = c.newBlock();
  if (index === 0) {
    c.u.argcount = 1;
    c.addOpI(Op.LOAD_FAST, 0);
  } else {
    visitExpr(c, gen.iter);
    c.addOp(Op.GET_ITER);
  }
  c.useNextBlock(start);
  c.addOpJ(Op.FOR_ITER, anchor);
  c.nextBlock();
  visitExpr(c, gen.target);
  for (const cond of gen.ifs) {
    jumpIf(c, cond, ifCleanup, false);
    c.nextBlock();
  }
  index++;
  if (index < gens.length) comprehensionGenerator(c, gens, index, elt, val, kind);
  if (index >= gens.length) {
    comprehensionElement(c, index, elt, val, kind);
    c.useNextBlock(skip);
  }
  c.useNextBlock(ifCleanup);
  c.addOpJ(Op.JUMP_ABSOLUTE, start);
  c.useNextBlock(anchor);
}

// 3.7 shape: try: SETUP_EXCEPT except GET_ANEXT LOAD_CONST None YIELD_FROM <target> POP_BLOCK
//            JUMP_FORWARD after_try; except: DUP_TOP LOAD_GLOBAL StopAsyncIteration COMPARE_OP
//            POP_JUMP_IF_TRUE try_cleanup END_FINALLY; after_try: <ifs> <inner or element>
//            if_cleanup: JUMP_ABSOLUTE try; try_cleanup: POP_TOP×3 POP_EXCEPT POP_TOP; anchor:
function asyncComprehensionGenerator(
  c: Compiler, gens: A.comprehension[], index: number, elt: A.expr, val: A.expr | null, kind: CompKind,
): void {
  const gen = gens[index];
  const tryBlock = c.newBlock();
  const afterTry = c.newBlock();
  const tryCleanup = c.newBlock();
  const except = c.newBlock();
  const ifCleanup = c.newBlock();
  const anchor = c.newBlock();
  if (index === 0) {
    c.u.argcount = 1;
    c.addOpI(Op.LOAD_FAST, 0);
  } else {
    visitExpr(c, gen.iter);
    c.addOp(Op.GET_AITER);
  }
  emitAsyncNext(c, tryBlock, except, afterTry, tryCleanup, gen.target, gen.target);
  for (const cond of gen.ifs) {
    jumpIf(c, cond, ifCleanup, false);
    c.nextBlock();
  }
  index++;
  if (index < gens.length) comprehensionGenerator(c, gens, index, elt, val, kind);
  if (index >= gens.length) comprehensionElement(c, index, elt, val, kind);
  c.useNextBlock(ifCleanup);
  c.addOpJ(Op.JUMP_ABSOLUTE, tryBlock);
  c.useNextBlock(tryCleanup);
  c.addOp(Op.POP_TOP);
  c.addOp(Op.POP_TOP);
  c.addOp(Op.POP_TOP);
  c.addOp(Op.POP_EXCEPT);
  c.addOp(Op.POP_TOP);
  c.useNextBlock(anchor);
}

/**
 * Compiler state shared by the code generator: one Unit per code object being built (CPython
 * 3.7's struct compiler_unit: u_consts/u_names/u_varnames dicts, blocks, frame blocks, line
 * state) and the Compiler holding the unit stack (struct compiler). The emit helpers mirror
 * compile.c's compiler_addop* family, including compiler_set_lineno's rule that only the
 * first instruction after a line change carries i_lineno.
 */
import { BasicBlock, Instr, type Located } from './block.js';
import { CompileError } from './errors.js';
import { CELL, FREE, DEF_FREE_CLASS, mangle, type SymbolTable, type SymbolTableEntry } from './symtable.js';
import { assemble } from './assemble.js';
import { CodeObject, CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_NESTED, CO_NEWLOCALS, CO_NOFREE, CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS } from '../vm/code.js';
import { Op } from '../vm/opcode.js';
import { None, PyObject, type PyValue } from '../vm/objects/object.js';
import { constKey } from './codegen_const.js';

/** CPython: COMPILER_SCOPE_*. */
export const enum Scope { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION }

/** CPython 3.7: enum fblocktype. */
export const enum FBlock { LOOP, EXCEPT, FINALLY_TRY, FINALLY_END }

export interface FBlockInfo {
  type: FBlock;
  block: BasicBlock;
}

/** `from __future__ import annotations` (CPython: CO_FUTURE_ANNOTATIONS). */
export const CO_FUTURE_ANNOTATIONS = 0x100000;
export const CO_FUTURE_BARRY_AS_BDFL = 0x40000;

export type { Located };

export class Unit {
  qualname = '';
  readonly consts: PyValue[] = [];
  readonly constIndex = new Map<string, number>();
  readonly names: string[] = [];
  readonly nameIndex = new Map<string, number>();
  readonly varnames: string[];
  readonly varIndex = new Map<string, number>();
  readonly cellvars = new Map<string, number>();
  readonly freevars = new Map<string, number>();
  private_: string | null = null;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  readonly entry: BasicBlock;
  curblock: BasicBlock;
  readonly fblocks: FBlockInfo[] = [];
  lineno = 0;
  linenoSet = false;
  /** The statement or expression being compiled, whose range new instructions carry. */
  loc: Located | null = null;

  constructor(
    readonly ste: SymbolTableEntry,
    readonly name: string,
    readonly scopeType: Scope,
    public firstlineno: number,
    entry: BasicBlock,
  ) {
    this.varnames = ste.varnames.slice();
    this.varnames.forEach((n, i) => this.varIndex.set(n, i));
    // dictbytype: cells and frees in sorted order, frees numbered after the cells.
    const names = [...ste.symbols.keys()].sort(cmpStr);
    for (const n of names) if (ste.getScope(n) === CELL) this.cellvars.set(n, this.cellvars.size);
    if (ste.needsClassClosure) this.cellvars.set('__class__', 0);
    let i = this.cellvars.size;
    for (const n of names) {
      if (ste.getScope(n) === FREE || (ste.symbols.get(n)! & DEF_FREE_CLASS)) this.freevars.set(n, i++);
    }
    this.entry = entry;
    this.curblock = entry;
  }
}

/** Python's str ordering (code point order), which differs from JS's UTF-16 order only past the BMP. */
function cmpStr(a: string, b: string): number {
  const x = [...a], y = [...b];
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

export class Compiler {
  u!: Unit;
  readonly stack: Unit[] = [];
  nestlevel = 0;
  interactive = false;
  private blockId = 0;

  constructor(
    readonly filename: string,
    readonly st: SymbolTable,
    readonly future: number,
    /** Line of the last `from __future__` import allowed (CPython: ff_lineno). */
    readonly futureLineno: number,
    readonly source: string | null,
  ) {}

  private lines: string[] | null = null;

  /** The source split into lines, or null when compiling a bare AST. */
  sourceLines(): string[] | null {
    if (this.lines === null && this.source !== null) this.lines = this.source.split('\n');
    return this.lines;
  }

  // ---- errors ----
  error(msg: string, at: Located | null): never {
    const line = at?.lineno ?? this.u.lineno;
    const col = (at?.col_offset ?? 0) + 1;
    let text: string | null = null;
    const lines = this.sourceLines();
    if (lines !== null) text = lines[line - 1] ?? null;
    throw new CompileError('SyntaxError', msg, this.filename, line, col, text,
      at?.end_lineno ?? line, at?.end_col_offset !== undefined ? at.end_col_offset + 1 : col);
  }

  // ---- scopes ----
  enterScope(name: string, scopeType: Scope, key: object, lineno: number): void {
    const ste = this.st.blocks.get(key);
    if (ste === undefined) throw new Error(`codegen: no symbol table entry for ${name}`);
    const u = new Unit(ste, name, scopeType, lineno, this.newBlockRaw());
    if (this.stack.length || this.u !== undefined) {
      if (this.u !== undefined) {
        this.stack.push(this.u);
        u.private_ = this.u.private_;
      }
    }
    this.u = u;
    this.nestlevel++;
    if (scopeType !== Scope.MODULE) this.setQualname();
  }

  exitScope(): void {
    this.nestlevel--;
    const parent = this.stack.pop();
    if (parent !== undefined) this.u = parent;
  }

  /** CPython: compiler_set_qualname. */
  private setQualname(): void {
    const u = this.u;
    let base: string | null = null;
    if (this.stack.length > 1) {
      const parent = this.stack[this.stack.length - 1];
      let forceGlobal = false;
      if (u.scopeType === Scope.FUNCTION || u.scopeType === Scope.ASYNC_FUNCTION || u.scopeType === Scope.CLASS) {
        const mangled = mangle(parent.private_, u.name);
        if (parent.ste.getScope(mangled) === 2 /* GLOBAL_EXPLICIT */) forceGlobal = true;
      }
      if (!forceGlobal) {
        const pt = parent.scopeType;
        base = pt === Scope.FUNCTION || pt === Scope.ASYNC_FUNCTION || pt === Scope.LAMBDA
          ? parent.qualname + '.<locals>' : parent.qualname;
      }
    }
    u.qualname = base !== null ? base + '.' + u.name : u.name;
  }

  // ---- blocks ----
  private newBlockRaw(): BasicBlock {
    return new BasicBlock(this.blockId++);
  }

  /** CPython: compiler_new_block. */
  newBlock(): BasicBlock {
    return this.newBlockRaw();
  }

  /** CPython: compiler_next_block — a new block that the current one falls into. */
  nextBlock(): BasicBlock {
    const b = this.newBlockRaw();
    this.u.curblock.b_next = b;
    this.u.curblock = b;
    return b;
  }

  /** CPython: compiler_use_next_block. */
  useNextBlock(b: BasicBlock): void {
    this.u.curblock.b_next = b;
    this.u.curblock = b;
  }

  // ---- frame blocks ----
  pushFBlock(type: FBlock, block: BasicBlock, at: Located): void {
    if (this.u.fblocks.length >= 20) this.error('too many statically nested blocks', at);
    this.u.fblocks.push({ type, block });
  }

  popFBlock(): void {
    this.u.fblocks.pop();
  }

  inLoop(): boolean {
    for (const f of this.u.fblocks) if (f.type === FBlock.LOOP) return true;
    return false;
  }

  // ---- line numbers ----
  /** A statement always gives its line to the next instruction. */
  setStmtLine(line: number): void {
    this.u.lineno = line;
    this.u.linenoSet = false;
  }

  /** 3.7's compiler_visit_expr: lines only move forward within a statement. */
  setExprLine(line: number): void {
    if (line > this.u.lineno) {
      this.u.lineno = line;
      this.u.linenoSet = false;
    }
  }

  // ---- emission ----
  private emit(op: number, arg: number, target: BasicBlock | null): void {
    const u = this.u;
    let line = 0;
    if (!u.linenoSet) {
      u.linenoSet = true;
      line = u.lineno;
    }
    const b = u.curblock;
    b.b_instr.push(new Instr(op, arg, target, line, u.loc));
    if (op === Op.RETURN_VALUE) b.b_return = true;
  }

  /** CPython: compiler_addop. */
  addOp(op: number): void {
    this.emit(op, 0, null);
  }

  /** CPython: compiler_addop_i. */
  addOpI(op: number, arg: number): void {
    this.emit(op, arg, null);
  }

  /** CPython: compiler_addop_j (absolute or relative is the opcode's business). */
  addOpJ(op: number, target: BasicBlock): void {
    this.emit(op, 0, target);
  }

  /** CPython: compiler_add_o on u_consts. */
  addConst(v: PyValue): number {
    const u = this.u;
    const key = constKey(v);
    let i = u.constIndex.get(key);
    if (i === undefined) {
      i = u.consts.length;
      u.consts.push(v);
      u.constIndex.set(key, i);
    }
    return i;
  }

  loadConst(v: PyValue): void {
    this.addOpI(Op.LOAD_CONST, this.addConst(v));
  }

  /** CPython: compiler_add_o on u_names. */
  addName(name: string): number {
    const u = this.u;
    let i = u.nameIndex.get(name);
    if (i === undefined) {
      i = u.names.length;
      u.names.push(name);
      u.nameIndex.set(name, i);
    }
    return i;
  }

  /** CPython: compiler_addop_name (mangles, then adds to co_names). */
  addOpName(op: number, name: string): void {
    this.addOpI(op, this.addName(mangle(this.u.private_, name)));
  }

  addVarname(name: string): number {
    const u = this.u;
    let i = u.varIndex.get(name);
    if (i === undefined) {
      i = u.varnames.length;
      u.varnames.push(name);
      u.varIndex.set(name, i);
    }
    return i;
  }

  // ---- assembly ----
  /** CPython: compute_code_flags. */
  private codeFlags(): number {
    const ste = this.u.ste;
    let flags = 0;
    if (ste.type === 'function') {
      flags |= CO_NEWLOCALS | CO_OPTIMIZED;
      if (ste.nested) flags |= CO_NESTED;
      if (ste.coroutine && !ste.generator) flags |= CO_COROUTINE;
      if (ste.coroutine && ste.generator) flags |= CO_ASYNC_GENERATOR;
      if (ste.generator && !ste.coroutine) flags |= CO_GENERATOR;
      if (ste.varargs) flags |= CO_VARARGS;
      if (ste.varkeywords) flags |= CO_VARKEYWORDS;
    }
    flags |= this.future;
    if (this.u.freevars.size === 0 && this.u.cellvars.size === 0) flags |= CO_NOFREE;
    return flags;
  }

  /** CPython: assemble(c, addNone) — closes the unit with `return None` when needed. */
  assembleUnit(addNone: boolean): CodeObject {
    const u = this.u;
    if (!u.curblock.b_return) {
      this.nextBlock();
      if (addNone) this.loadConst(None);
      this.addOp(Op.RETURN_VALUE);
    }
    if (!u.firstlineno) {
      const first = u.entry.b_instr[0];
      u.firstlineno = first !== undefined && first.i_lineno ? first.i_lineno : 1;
    }
    return assemble({
      entry: u.entry,
      consts: u.consts,
      names: u.names,
      varnames: u.varnames,
      cellvars: [...u.cellvars.keys()],
      freevars: [...u.freevars.keys()],
      argcount: u.argcount,
      posonlyargcount: u.posonlyargcount,
      kwonlyargcount: u.kwonlyargcount,
      flags: this.codeFlags(),
      name: u.name,
      filename: this.filename,
      firstlineno: u.firstlineno,
    });
  }
}

export function isCode(v: PyValue): v is CodeObject {
  return v instanceof PyObject && v instanceof CodeObject;
}

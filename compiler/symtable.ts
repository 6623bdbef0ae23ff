/**
 * Symbol table: which names each scope binds, uses, declares global/nonlocal, and where every
 * name finally lives (local, global explicit/implicit, free, cell). Two passes as in CPython
 * 3.7's Python/symtable.c: a visit that records flags per block, then analyze_block, which
 * resolves scopes top-down and propagates free variables bottom-up. Blocks are keyed by their
 * AST node so codegen finds the entry for each FunctionDef/ClassDef/Lambda/comprehension.
 */
import type * as A from './ast.js';
import { CompileError } from './errors.js';

// Symbol flags (CPython: DEF_*).
export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE = 32;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

// Scopes, stored in the bits above SCOPE_OFFSET (CPython: LOCAL, GLOBAL_EXPLICIT…).
export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;
const SCOPE_OFFSET = 11;
const SCOPE_MASK = 7;

export type BlockType = 'function' | 'class' | 'module';

/** CPython: PySTEntryObject. */
export class SymbolTableEntry {
  readonly symbols = new Map<string, number>();
  /** Parameters in declaration order: args, kwonly args, *args, **kwargs. */
  readonly varnames: string[] = [];
  readonly children: SymbolTableEntry[] = [];
  nested = false;
  free = false;
  childFree = false;
  generator = false;
  coroutine = false;
  comprehension = false;
  /** Where each global/nonlocal declaration was made, for error positions (ste_directives). */
  readonly directives = new Map<string, { lineno: number; col_offset: number; end_lineno?: number; end_col_offset?: number }>();
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly lineno: number,
    readonly colOffset: number,
  ) {}

  asPos(): { lineno: number; col_offset: number } {
    return { lineno: this.lineno, col_offset: this.colOffset };
  }

  /** CPython: PyST_GetScope — 0 when the name is unknown here. */
  getScope(name: string): number {
    const v = this.symbols.get(name);
    return v === undefined ? 0 : (v >> SCOPE_OFFSET) & SCOPE_MASK;
  }
}

export interface SymbolTable {
  top: SymbolTableEntry;
  blocks: Map<object, SymbolTableEntry>;
}

/** CPython: _Py_Mangle — `__x` inside class C becomes `_C__x`. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__')) return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  if (stripped === '') return name;
  return '_' + stripped + name;
}

type Pos = { lineno: number; col_offset: number; end_lineno?: number; end_col_offset?: number };

class Builder {
  readonly blocks = new Map<object, SymbolTableEntry>();
  readonly stack: SymbolTableEntry[] = [];
  cur!: SymbolTableEntry;
  global!: Map<string, number>;
  private: string | null = null;
  /** The latest yield seen, where a comprehension's "'yield' inside" error points. */
  lastYield: Pos | null = null;

  private lines: string[] | null;

  constructor(readonly filename: string, source: string | null) {
    this.lines = source === null ? null : source.split('\n');
  }

  error(msg: string, at: Pos | null): never {
    const line = at?.lineno ?? 1;
    const col = (at?.col_offset ?? 0) + 1;
    const text = this.lines === null ? null : this.lines[line - 1] ?? null;
    throw new CompileError('SyntaxError', msg, this.filename, line, col, text,
      at?.end_lineno ?? line, (at?.end_col_offset ?? col - 1) + 1);
  }

  enterBlock(name: string, type: BlockType, key: object, lineno: number, col: number): void {
    const ste = new SymbolTableEntry(name, type, lineno, col);
    const prev = this.stack.length ? this.cur : null;
    if (prev !== null && (prev.nested || prev.type === 'function')) ste.nested = true;
    this.blocks.set(key, ste);
    if (prev !== null) prev.children.push(ste);
    this.stack.push(ste);
    this.cur = ste;
    if (type === 'module') this.global = ste.symbols;
  }

  exitBlock(): void {
    this.stack.pop();
    if (this.stack.length) this.cur = this.stack[this.stack.length - 1];
  }

  /** CPython: symtable_add_def. */
  addDef(name: string, flag: number, at: Pos | null): void {
    const mangled = mangle(this.private, name);
    const dict = this.cur.symbols;
    let val = dict.get(mangled);
    if (val !== undefined) {
      if ((flag & DEF_PARAM) && (val & DEF_PARAM)) {
        this.error(`duplicate argument '${name}' in function definition`, at);
      }
      val |= flag;
    } else {
      val = flag;
    }
    dict.set(mangled, val);
    if (flag & DEF_PARAM) {
      this.cur.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      const g = this.global.get(mangled);
      this.global.set(mangled, g === undefined ? flag : g | flag);
    }
  }

  lookup(name: string): number {
    return this.cur.symbols.get(mangle(this.private, name)) ?? 0;
  }

  // ---- statements ----
  stmt(s: A.stmt): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.exprs(s.args.defaults);
        for (const d of s.args.kw_defaults) if (d !== null) this.expr(d);
        this.annotations(s.args, s.returns);
        this.exprs(s.decorator_list);
        const line = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
        this.enterBlock(s.name, 'function', s, line, s.col_offset);
        if (s._type === 'AsyncFunctionDef') this.cur.coroutine = true;
        this.arguments(s.args);
        this.stmts(s.body);
        this.exitBlock();
        break;
      }
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.exprs(s.decorator_list);
        const line = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
        this.enterBlock(s.name, 'class', s, line, s.col_offset);
        const saved = this.private;
        this.private = s.name;
        this.stmts(s.body);
        this.private = saved;
        this.exitBlock();
        break;
      }
      case 'Return':
        if (s.value !== null) {
          this.expr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case 'Delete':
        this.exprs(s.targets);
        break;
      case 'Assign':
        this.exprs(s.targets);
        this.expr(s.value);
        break;
      case 'AnnAssign':
        if (s.target._type === 'Name') {
          const name = s.target.id;
          const cur = this.lookup(name);
          if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && s.simple) {
            this.error(`annotated name '${name}' can't be ${cur & DEF_GLOBAL ? 'global' : 'nonlocal'}`, s);
          }
          if (s.simple) this.addDef(name, DEF_ANNOT | DEF_LOCAL, s.target);
          else if (s.value !== null) this.addDef(name, DEF_LOCAL, s.target);
        } else {
          this.expr(s.target);
        }
        this.expr(s.annotation);
        if (s.value !== null) this.expr(s.value);
        break;
      case 'AugAssign':
        this.expr(s.target);
        this.expr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'While':
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'Raise':
        if (s.exc !== null) this.expr(s.exc);
        if (s.cause !== null) this.expr(s.cause);
        break;
      case 'Try':
        this.stmts(s.body);
        this.stmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type !== null) this.expr(h.type);
          if (h.name !== null) this.addDef(h.name, DEF_LOCAL, h);
          this.stmts(h.body);
        }
        this.stmts(s.finalbody);
        break;
      case 'Assert':
        this.expr(s.test);
        if (s.msg !== null) this.expr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) this.alias(a, s);
        break;
      case 'Global':
        for (const name of s.names) {
          const cur = this.lookup(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and global`;
            else if (cur & USE) msg = `name '${name}' is used prior to global declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be global`;
            else msg = `name '${name}' is assigned to before global declaration`;
            this.error(msg, s);
          }
          this.addDef(name, DEF_GLOBAL, s);
          this.cur.directives.set(mangle(this.private, name), s);
        }
        break;
      case 'Nonlocal':
        for (const name of s.names) {
          const cur = this.lookup(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and nonlocal`;
            else if (cur & USE) msg = `name '${name}' is used prior to nonlocal declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be nonlocal`;
            else msg = `name '${name}' is assigned to before nonlocal declaration`;
            this.error(msg, s);
          }
          if (this.cur.type === 'module') this.error('nonlocal declaration not allowed at module level', s);
          this.addDef(name, DEF_NONLOCAL, s);
          this.cur.directives.set(mangle(this.private, name), s);
        }
        break;
      case 'Expr':
        this.expr(s.value);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
      case 'With':
      case 'AsyncWith':
        for (const item of s.items) {
          this.expr(item.context_expr);
          if (item.optional_vars !== null) this.expr(item.optional_vars);
        }
        this.stmts(s.body);
        break;
      case 'Match':
        this.expr(s.subject);
        for (const m of s.cases) {
          this.pattern(m.pattern);
          if (m.guard !== null) this.expr(m.guard);
          this.stmts(m.body);
        }
        break;
    }
  }

  /** CPython: symtable_visit_pattern — captures are local definitions, values are uses. */
  pattern(p: A.pattern): void {
    switch (p._type) {
      case 'MatchValue':
        this.expr(p.value);
        break;
      case 'MatchSingleton':
        break;
      case 'MatchSequence':
      case 'MatchOr':
        for (const q of p.patterns) this.pattern(q);
        break;
      case 'MatchStar':
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchAs':
        if (p.pattern !== null) this.pattern(p.pattern);
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchMapping':
        for (const k of p.keys) this.expr(k);
        for (const q of p.patterns) this.pattern(q);
        if (p.rest !== null) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case 'MatchClass':
        this.expr(p.cls);
        for (const q of p.patterns) this.pattern(q);
        for (const q of p.kwd_patterns) this.pattern(q);
        break;
    }
  }

  stmts(list: A.stmt[]): void {
    for (const s of list) this.stmt(s);
  }

  alias(a: A.alias, s: A.Import | A.ImportFrom): void {
    const name = a.asname ?? a.name;
    if (name === '*') {
      if (this.cur.type !== 'module') this.error('import * only allowed at module level', a.lineno !== undefined ? a as Pos : s);
      return;
    }
    const dot = name.indexOf('.');
    this.addDef(dot >= 0 ? name.slice(0, dot) : name, DEF_IMPORT, s);
  }

  annotations(a: A.arguments_, returns: A.expr | null): void {
    for (const p of a.posonlyargs) if (p.annotation !== null) this.expr(p.annotation);
    for (const p of a.args) if (p.annotation !== null) this.expr(p.annotation);
    if (a.vararg?.annotation) this.expr(a.vararg.annotation);
    if (a.kwarg?.annotation) this.expr(a.kwarg.annotation);
    for (const p of a.kwonlyargs) if (p.annotation !== null) this.expr(p.annotation);
    if (returns !== null) this.expr(returns);
  }

  arguments(a: A.arguments_): void {
    for (const p of a.posonlyargs) this.addDef(p.arg, DEF_PARAM, p);
    for (const p of a.args) this.addDef(p.arg, DEF_PARAM, p);
    for (const p of a.kwonlyargs) this.addDef(p.arg, DEF_PARAM, p);
    if (a.vararg !== null) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.varargs = true;
    }
    if (a.kwarg !== null) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.varkeywords = true;
    }
  }

  // ---- expressions ----
  exprs(list: A.expr[]): void {
    for (const e of list) this.expr(e);
  }

  expr(e: A.expr): void {
    switch (e._type) {
      case 'NamedExpr':
        this.expr(e.value);
        this.namedExprTarget(e.target);
        break;
      case 'BoolOp':
        this.exprs(e.values);
        break;
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        break;
      case 'UnaryOp':
        this.expr(e.operand);
        break;
      case 'Lambda':
        this.exprs(e.args.defaults);
        for (const d of e.args.kw_defaults) if (d !== null) this.expr(d);
        this.enterBlock('lambda', 'function', e, e.lineno, e.col_offset);
        this.arguments(e.args);
        this.expr(e.body);
        this.exitBlock();
        break;
      case 'IfExp':
        this.expr(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        break;
      case 'Dict':
        for (const k of e.keys) if (k !== null) this.expr(k);
        this.exprs(e.values);
        break;
      case 'Set':
        this.exprs(e.elts);
        break;
      case 'GeneratorExp':
        this.comprehension(e, 'genexpr', e.generators, e.elt, null);
        break;
      case 'ListComp':
        this.comprehension(e, 'listcomp', e.generators, e.elt, null);
        break;
      case 'SetComp':
        this.comprehension(e, 'setcomp', e.generators, e.elt, null);
        break;
      case 'DictComp':
        this.comprehension(e, 'dictcomp', e.generators, e.key, e.value);
        break;
      case 'Yield':
        if (e.value !== null) this.expr(e.value);
        this.cur.generator = true;
        this.lastYield = e;
        break;
      case 'YieldFrom':
        this.expr(e.value);
        this.cur.generator = true;
        this.lastYield = e;
        break;
      case 'Await':
        this.expr(e.value);
        this.cur.coroutine = true;
        break;
      case 'Compare':
        this.expr(e.left);
        this.exprs(e.comparators);
        break;
      case 'Call':
        this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) this.expr(k.value);
        break;
      case 'FormattedValue':
        this.expr(e.value);
        if (e.format_spec !== null) this.expr(e.format_spec);
        break;
      case 'JoinedStr':
        this.exprs(e.values);
        break;
      case 'Constant':
        break;
      case 'Attribute':
        this.expr(e.value);
        break;
      case 'Subscript':
        this.expr(e.value);
        this.expr(e.slice);
        break;
      case 'Slice':
        if (e.lower !== null) this.expr(e.lower);
        if (e.upper !== null) this.expr(e.upper);
        if (e.step !== null) this.expr(e.step);
        break;
      case 'Starred':
        this.expr(e.value);
        break;
      case 'Name':
        this.addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, e);
        // super() needs the implicit __class__ cell of the enclosing class.
        if (e.ctx === 'Load' && this.cur.type === 'function' && e.id === 'super') {
          this.addDef('__class__', USE, e);
        }
        break;
      case 'List':
      case 'Tuple':
        this.exprs(e.elts);
        break;
    }
  }

  /**
   * `x := v` binds x in the nearest enclosing scope that is not a comprehension (3.8's
   * symtable_extend_namedexpr_scope); inside a comprehension the name is a nonlocal/global.
   */
  namedExprTarget(t: A.Name): void {
    if (!this.cur.comprehension) {
      this.addDef(t.id, DEF_LOCAL, t);
      return;
    }
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i];
      if (ste.comprehension) continue;
      if (ste.type === 'class') this.error('assignment expression within a comprehension cannot be used in a class body', t);
      if (ste.type === 'function') {
        this.addDef(t.id, DEF_NONLOCAL, t);
        const v = ste.symbols.get(t.id);
        ste.symbols.set(t.id, v === undefined ? DEF_LOCAL : v | DEF_LOCAL);
      } else {
        this.addDef(t.id, DEF_GLOBAL, t);
      }
      return;
    }
  }

  comprehension(e: A.expr, kind: string, gens: A.comprehension[], elt: A.expr, value: A.expr | null): void {
    const outer = gens[0];
    this.expr(outer.iter);
    this.enterBlock(kind, 'function', e, e.lineno, e.col_offset);
    this.cur.comprehension = true;
    if (outer.is_async) this.cur.coroutine = true;
    this.addDef('.0', DEF_PARAM, null);
    this.expr(outer.target);
    this.exprs(outer.ifs);
    for (let i = 1; i < gens.length; i++) {
      const g = gens[i];
      this.expr(g.target);
      this.expr(g.iter);
      this.exprs(g.ifs);
      if (g.is_async) this.cur.coroutine = true;
    }
    if (value !== null) this.expr(value);
    this.expr(elt);
    if (this.cur.generator) {
      const what = kind === 'listcomp' ? 'list comprehension' : kind === 'setcomp' ? 'set comprehension'
        : kind === 'dictcomp' ? 'dict comprehension' : 'generator expression';
      this.error(`'yield' inside ${what}`, this.lastYield ?? e);
    }
    if (kind === 'genexpr') this.cur.generator = true;
    this.exitBlock();
  }
}

// ---- analysis ----

function analyzeName(
  ste: SymbolTableEntry, scopes: Map<string, number>, name: string, flags: number,
  bound: Set<string> | null, local: Set<string>, free: Set<string>, global: Set<string>,
  b: Builder,
): void {
  const at = ste.directives.get(name) ?? ste.asPos();
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) b.error(`name '${name}' is nonlocal and global`, at);
    scopes.set(name, GLOBAL_EXPLICIT);
    global.add(name);
    if (bound !== null) bound.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (bound === null) b.error('nonlocal declaration not allowed at module level', at);
    if (!bound.has(name)) b.error(`no binding for nonlocal '${name}' found`, at);
    scopes.set(name, FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, LOCAL);
    local.add(name);
    global.delete(name);
    return;
  }
  if (bound !== null && bound.has(name)) {
    scopes.set(name, FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (global.has(name)) {
    scopes.set(name, GLOBAL_IMPLICIT);
    return;
  }
  if (ste.nested) ste.free = true;
  scopes.set(name, GLOBAL_IMPLICIT);
}

function updateSymbols(
  symbols: Map<string, number>, scopes: Map<string, number>, bound: Set<string> | null,
  free: Set<string>, classflag: boolean,
): void {
  for (const [name, flags] of symbols) {
    symbols.set(name, flags | (scopes.get(name)! << SCOPE_OFFSET));
  }
  for (const name of free) {
    const v = symbols.get(name);
    if (v !== undefined) {
      // A method's free variable that the class also binds: both a class local and a free var.
      if (classflag && (v & (DEF_BOUND | DEF_GLOBAL))) symbols.set(name, v | DEF_FREE_CLASS);
      continue;
    }
    if (bound !== null && !bound.has(name)) continue;
    symbols.set(name, FREE << SCOPE_OFFSET);
  }
}

function analyzeBlock(ste: SymbolTableEntry, bound: Set<string> | null, free: Set<string>, global: Set<string>, b: Builder): void {
  const local = new Set<string>();
  const scopes = new Map<string, number>();
  const newglobal = new Set<string>();
  const newfree = new Set<string>();
  const newbound = new Set<string>();
  if (ste.type === 'class') {
    for (const n of global) newglobal.add(n);
    if (bound !== null) for (const n of bound) newbound.add(n);
  }
  for (const [name, flags] of ste.symbols) {
    analyzeName(ste, scopes, name, flags, bound, local, free, global, b);
  }
  if (ste.type !== 'class') {
    if (ste.type === 'function') for (const n of local) newbound.add(n);
    if (bound !== null) for (const n of bound) newbound.add(n);
    for (const n of global) newglobal.add(n);
  } else {
    newbound.add('__class__');
  }
  const allfree = new Set<string>();
  for (const child of ste.children) {
    const tempFree = new Set(newfree);
    analyzeBlock(child, new Set(newbound), tempFree, new Set(newglobal), b);
    for (const n of tempFree) allfree.add(n);
    if (child.free || child.childFree) ste.childFree = true;
  }
  for (const n of allfree) newfree.add(n);
  if (ste.type === 'function') {
    // analyze_cells: locals that children need become cells.
    for (const [name, scope] of scopes) {
      if (scope === LOCAL && newfree.has(name)) {
        scopes.set(name, CELL);
        newfree.delete(name);
      }
    }
  } else if (ste.type === 'class') {
    if (newfree.delete('__class__')) ste.needsClassClosure = true;
  }
  updateSymbols(ste.symbols, scopes, bound, newfree, ste.type === 'class');
  for (const n of newfree) free.add(n);
}

/** CPython: PySymtable_BuildObject. `key` of the top block is the module node. */
export function buildSymtable(m: A.mod, filename: string, source: string | null = null): SymbolTable {
  const b = new Builder(filename, source);
  b.enterBlock('top', 'module', m, 0, 0);
  switch (m._type) {
    case 'Module':
    case 'Interactive':
      b.stmts(m.body);
      break;
    case 'Expression':
      b.expr(m.body);
      break;
  }
  const top = b.cur;
  b.exitBlock();
  analyzeBlock(top, null, new Set(), new Set(), b);
  return { top, blocks: b.blocks };
}

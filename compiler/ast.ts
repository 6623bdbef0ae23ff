/**
 * The AST, with CPython's node and field names (Python/Python.asdl), in the 3.9 shape: literals
 * are `Constant`, subscripts take an expression (a `Slice`, or a `Tuple` holding slices where 3.7
 * had ExtSlice), `NamedExpr` and `posonlyargs` exist. The code generator still emits what 3.7
 * emits for each construct. `_type` is the CPython class name.
 */
import type { PyValue } from '../vm/objects/object.js';

export interface Pos {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

export type expr_context = 'Load' | 'Store' | 'Del';
export type boolop = 'And' | 'Or';
export type operator =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow'
  | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type unaryop = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type cmpop = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

export interface Module { _type: 'Module'; body: stmt[] }
/** Single expression for eval(). */
export interface Expression { _type: 'Expression'; body: expr }
/** Single interactive statement (compile(..., 'single')). */
export interface Interactive { _type: 'Interactive'; body: stmt[] }
export type mod = Module | Expression | Interactive;

// ---- statements ----
export interface FunctionDef extends Pos {
  _type: 'FunctionDef' | 'AsyncFunctionDef';
  name: string;
  args: arguments_;
  body: stmt[];
  decorator_list: expr[];
  returns: expr | null;
}
export interface ClassDef extends Pos {
  _type: 'ClassDef';
  name: string;
  bases: expr[];
  keywords: keyword[];
  body: stmt[];
  decorator_list: expr[];
}
export interface Return extends Pos { _type: 'Return'; value: expr | null }
export interface Delete extends Pos { _type: 'Delete'; targets: expr[] }
export interface Assign extends Pos { _type: 'Assign'; targets: expr[]; value: expr }
export interface AugAssign extends Pos { _type: 'AugAssign'; target: expr; op: operator; value: expr }
export interface AnnAssign extends Pos {
  _type: 'AnnAssign';
  target: expr;
  annotation: expr;
  value: expr | null;
  /** 1 when the target is a plain name not in parentheses. */
  simple: number;
}
export interface For extends Pos {
  _type: 'For' | 'AsyncFor';
  target: expr;
  iter: expr;
  body: stmt[];
  orelse: stmt[];
}
export interface While extends Pos { _type: 'While'; test: expr; body: stmt[]; orelse: stmt[] }
export interface If extends Pos { _type: 'If'; test: expr; body: stmt[]; orelse: stmt[] }
export interface With extends Pos { _type: 'With' | 'AsyncWith'; items: withitem[]; body: stmt[] }
export interface Raise extends Pos { _type: 'Raise'; exc: expr | null; cause: expr | null }
export interface Try extends Pos {
  _type: 'Try';
  body: stmt[];
  handlers: ExceptHandler[];
  orelse: stmt[];
  finalbody: stmt[];
}
export interface Assert extends Pos { _type: 'Assert'; test: expr; msg: expr | null }
export interface Import extends Pos { _type: 'Import'; names: alias[] }
export interface ImportFrom extends Pos { _type: 'ImportFrom'; module: string | null; names: alias[]; level: number }
export interface Global extends Pos { _type: 'Global'; names: string[] }
export interface Nonlocal extends Pos { _type: 'Nonlocal'; names: string[] }
export interface Expr extends Pos { _type: 'Expr'; value: expr }
export interface Pass extends Pos { _type: 'Pass' }
export interface Break extends Pos { _type: 'Break' }
export interface Continue extends Pos { _type: 'Continue' }

export type stmt =
  | FunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign | For | While | If
  | With | Raise | Try | Assert | Import | ImportFrom | Global | Nonlocal | Expr | Pass | Break
  | Continue | Match;

// ---- structural pattern matching (3.10), compiled to a 3.7-style sequence ----
export interface Match extends Pos { _type: 'Match'; subject: expr; cases: match_case[] }
export interface match_case { _type: 'match_case'; pattern: pattern; guard: expr | null; body: stmt[] }
export interface MatchValue extends Pos { _type: 'MatchValue'; value: expr }
export interface MatchSingleton extends Pos { _type: 'MatchSingleton'; value: PyValue }
export interface MatchSequence extends Pos { _type: 'MatchSequence'; patterns: pattern[] }
export interface MatchMapping extends Pos { _type: 'MatchMapping'; keys: expr[]; patterns: pattern[]; rest: string | null }
export interface MatchClass extends Pos {
  _type: 'MatchClass';
  cls: expr;
  patterns: pattern[];
  kwd_attrs: string[];
  kwd_patterns: pattern[];
}
export interface MatchStar extends Pos { _type: 'MatchStar'; name: string | null }
/** A capture (`x`), the wildcard (`_`: both null), or `pattern as name`. */
export interface MatchAs extends Pos { _type: 'MatchAs'; pattern: pattern | null; name: string | null }
export interface MatchOr extends Pos { _type: 'MatchOr'; patterns: pattern[] }
export type pattern =
  | MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

// ---- expressions ----
export interface BoolOp extends Pos { _type: 'BoolOp'; op: boolop; values: expr[] }
export interface NamedExpr extends Pos { _type: 'NamedExpr'; target: Name; value: expr }
export interface BinOp extends Pos { _type: 'BinOp'; left: expr; op: operator; right: expr }
export interface UnaryOp extends Pos { _type: 'UnaryOp'; op: unaryop; operand: expr }
export interface Lambda extends Pos { _type: 'Lambda'; args: arguments_; body: expr }
export interface IfExp extends Pos { _type: 'IfExp'; test: expr; body: expr; orelse: expr }
/** A null key means `**value` unpacking. */
export interface Dict extends Pos { _type: 'Dict'; keys: (expr | null)[]; values: expr[] }
export interface Set extends Pos { _type: 'Set'; elts: expr[] }
export interface ListComp extends Pos { _type: 'ListComp'; elt: expr; generators: comprehension[] }
export interface SetComp extends Pos { _type: 'SetComp'; elt: expr; generators: comprehension[] }
export interface DictComp extends Pos { _type: 'DictComp'; key: expr; value: expr; generators: comprehension[] }
export interface GeneratorExp extends Pos { _type: 'GeneratorExp'; elt: expr; generators: comprehension[] }
export interface Await extends Pos { _type: 'Await'; value: expr }
export interface Yield extends Pos { _type: 'Yield'; value: expr | null }
export interface YieldFrom extends Pos { _type: 'YieldFrom'; value: expr }
export interface Compare extends Pos { _type: 'Compare'; left: expr; ops: cmpop[]; comparators: expr[] }
export interface Call extends Pos { _type: 'Call'; func: expr; args: expr[]; keywords: keyword[] }
/** conversion: -1 none, 115 's', 114 'r', 97 'a' (CPython's encoding). */
export interface FormattedValue extends Pos {
  _type: 'FormattedValue';
  value: expr;
  conversion: number;
  format_spec: JoinedStr | null;
}
export interface JoinedStr extends Pos { _type: 'JoinedStr'; values: expr[] }
/**
 * Any literal: int (number | bigint), float (PyFloat), complex (PyComplex), str (string),
 * bytes (PyBytes), True/False (boolean), None, Ellipsis, and folded tuples/frozensets.
 */
export interface Constant extends Pos {
  _type: 'Constant';
  value: PyValue;
  /** 'u' for a u-prefixed string literal (CPython keeps it; ast.dump shows it), else absent. */
  kind?: string;
}
export interface Attribute extends Pos { _type: 'Attribute'; value: expr; attr: string; ctx: expr_context }
export interface Subscript extends Pos { _type: 'Subscript'; value: expr; slice: expr; ctx: expr_context }
export interface Starred extends Pos { _type: 'Starred'; value: expr; ctx: expr_context }
export interface Name extends Pos { _type: 'Name'; id: string; ctx: expr_context }
export interface List extends Pos { _type: 'List'; elts: expr[]; ctx: expr_context }
export interface Tuple extends Pos { _type: 'Tuple'; elts: expr[]; ctx: expr_context }
/** Only as a Subscript's slice, or an element of a Tuple that is one. */
export interface Slice extends Pos { _type: 'Slice'; lower: expr | null; upper: expr | null; step: expr | null }

export type expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | Set | ListComp | SetComp
  | DictComp | GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue
  | JoinedStr | Constant | Attribute | Subscript | Starred | Name | List | Tuple | Slice;

// ---- helpers ----
export interface comprehension {
  _type: 'comprehension';
  target: expr;
  iter: expr;
  ifs: expr[];
  is_async: number;
}
export interface ExceptHandler extends Pos {
  _type: 'ExceptHandler';
  type: expr | null;
  name: string | null;
  body: stmt[];
}
/** `arguments` in CPython; renamed because `arguments` is reserved in strict JS. */
export interface arguments_ {
  _type: 'arguments';
  posonlyargs: arg[];
  args: arg[];
  vararg: arg | null;
  kwonlyargs: arg[];
  /** One per kwonlyarg, null where there is no default. */
  kw_defaults: (expr | null)[];
  kwarg: arg | null;
  /** Defaults of the last positional parameters (posonlyargs + args). */
  defaults: expr[];
}
export interface arg extends Pos { _type: 'arg'; arg: string; annotation: expr | null }
/** A null `arg` means `**value`. */
export interface keyword extends Pos { _type: 'keyword'; arg: string | null; value: expr }
/** Positions (3.10+) are set by the front end; optional so hand-built trees may omit them. */
export interface alias extends Partial<Pos> { _type: 'alias'; name: string; asname: string | null }
export interface withitem { _type: 'withitem'; context_expr: expr; optional_vars: expr | null }

export type AnyNode = mod | stmt | expr | comprehension | ExceptHandler | arguments_ | arg | keyword | alias | withitem;

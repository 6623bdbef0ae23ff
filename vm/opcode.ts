/**
 * THE opcode table: CPython 3.7's opcodes with their numbers, argument kinds and stack effects.
 * Everything else (Op, OPNAME, hasjrel…, stackEffect, dis's argument rendering) is derived from
 * this one table, so a new opcode is added in one place. CPython: Lib/opcode.py plus
 * compile.c's stack_effect(). Imports nothing.
 */

/** How an opcode's argument is interpreted (CPython: hasconst, hasname, hasjrel…). */
export type ArgKind = 'none' | 'const' | 'name' | 'local' | 'free' | 'compare' | 'jrel' | 'jabs' | 'int';

/** Stack effect: a constant, or a function of the argument and of whether the jump is taken. */
type Effect = number | ((arg: number, jump: boolean) => number);

interface OpInfo {
  readonly code: number;
  readonly kind: ArgKind;
  readonly effect: Effect;
  /** Stack picture and meaning, shown by `pyvm dis --explain` and in the docs. */
  readonly doc: string;
}

function op(code: number, kind: ArgKind, effect: Effect, doc: string): OpInfo {
  return { code, kind, effect, doc };
}

export const OPCODES = {
  POP_TOP:                      op(1, 'none', -1, '[a] → []'),
  ROT_TWO:                      op(2, 'none', 0, '[a, b] → [b, a]'),
  ROT_THREE:                    op(3, 'none', 0, '[a, b, c] → [c, a, b]'),
  DUP_TOP:                      op(4, 'none', 1, '[a] → [a, a]'),
  DUP_TOP_TWO:                  op(5, 'none', 2, '[a, b] → [a, b, a, b]'),
  NOP:                          op(9, 'none', 0, 'no operation (left by the peephole pass)'),
  UNARY_POSITIVE:               op(10, 'none', 0, '[a] → [+a]'),
  UNARY_NEGATIVE:               op(11, 'none', 0, '[a] → [-a]'),
  UNARY_NOT:                    op(12, 'none', 0, '[a] → [not a]'),
  UNARY_INVERT:                 op(15, 'none', 0, '[a] → [~a]'),
  BINARY_MATRIX_MULTIPLY:       op(16, 'none', -1, '[a, b] → [a @ b]'),
  INPLACE_MATRIX_MULTIPLY:      op(17, 'none', -1, '[a, b] → [a @= b]'),
  BINARY_POWER:                 op(19, 'none', -1, '[a, b] → [a ** b]'),
  BINARY_MULTIPLY:              op(20, 'none', -1, '[a, b] → [a * b]'),
  BINARY_MODULO:                op(22, 'none', -1, '[a, b] → [a % b]'),
  BINARY_ADD:                   op(23, 'none', -1, '[a, b] → [a + b]'),
  BINARY_SUBTRACT:              op(24, 'none', -1, '[a, b] → [a - b]'),
  BINARY_SUBSCR:                op(25, 'none', -1, '[a, i] → [a[i]]'),
  BINARY_FLOOR_DIVIDE:          op(26, 'none', -1, '[a, b] → [a // b]'),
  BINARY_TRUE_DIVIDE:           op(27, 'none', -1, '[a, b] → [a / b]'),
  INPLACE_FLOOR_DIVIDE:         op(28, 'none', -1, '[a, b] → [a //= b]'),
  INPLACE_TRUE_DIVIDE:          op(29, 'none', -1, '[a, b] → [a /= b]'),
  GET_AITER:                    op(50, 'none', 0, '[o] → [o.__aiter__()]'),
  GET_ANEXT:                    op(51, 'none', 1, '[ai] → [ai, awaitable of ai.__anext__()]'),
  BEFORE_ASYNC_WITH:            op(52, 'none', 1, '[mgr] → [exit, awaitable of mgr.__aenter__()]'),
  INPLACE_ADD:                  op(55, 'none', -1, '[a, b] → [a += b]'),
  INPLACE_SUBTRACT:             op(56, 'none', -1, '[a, b] → [a -= b]'),
  INPLACE_MULTIPLY:             op(57, 'none', -1, '[a, b] → [a *= b]'),
  INPLACE_MODULO:               op(59, 'none', -1, '[a, b] → [a %= b]'),
  STORE_SUBSCR:                 op(60, 'none', -3, '[v, a, i] → [] ; a[i] = v'),
  DELETE_SUBSCR:                op(61, 'none', -2, '[a, i] → [] ; del a[i]'),
  BINARY_LSHIFT:                op(62, 'none', -1, '[a, b] → [a << b]'),
  BINARY_RSHIFT:                op(63, 'none', -1, '[a, b] → [a >> b]'),
  BINARY_AND:                   op(64, 'none', -1, '[a, b] → [a & b]'),
  BINARY_XOR:                   op(65, 'none', -1, '[a, b] → [a ^ b]'),
  BINARY_OR:                    op(66, 'none', -1, '[a, b] → [a | b]'),
  INPLACE_POWER:                op(67, 'none', -1, '[a, b] → [a **= b]'),
  GET_ITER:                     op(68, 'none', 0, '[o] → [iter(o)]'),
  GET_YIELD_FROM_ITER:          op(69, 'none', 0, '[o] → [iter(o) unless o is a generator/coroutine]'),
  PRINT_EXPR:                   op(70, 'none', -1, '[v] → [] ; sys.displayhook(v)'),
  LOAD_BUILD_CLASS:             op(71, 'none', 1, '[] → [builtins.__build_class__]'),
  YIELD_FROM:                   op(72, 'none', -1, '[it, v] → [it] ; delegate to it'),
  GET_AWAITABLE:                op(73, 'none', 0, '[o] → [awaitable iterator of o]'),
  INPLACE_LSHIFT:               op(75, 'none', -1, '[a, b] → [a <<= b]'),
  INPLACE_RSHIFT:               op(76, 'none', -1, '[a, b] → [a >>= b]'),
  INPLACE_AND:                  op(77, 'none', -1, '[a, b] → [a &= b]'),
  INPLACE_XOR:                  op(78, 'none', -1, '[a, b] → [a ^= b]'),
  INPLACE_OR:                   op(79, 'none', -1, '[a, b] → [a |= b]'),
  BREAK_LOOP:                   op(80, 'none', 0, 'unwind to the innermost loop block, why = BREAK'),
  WITH_CLEANUP_START:           op(81, 'none', 2, '[..., exit, exc...] → call __exit__'),
  WITH_CLEANUP_FINISH:          op(82, 'none', -3, '[res, exc] → [] ; maybe suppress'),
  RETURN_VALUE:                 op(83, 'none', -1, '[v] → [] ; return v from the frame'),
  IMPORT_STAR:                  op(84, 'none', -1, '[module] → [] ; copy public names into locals'),
  SETUP_ANNOTATIONS:            op(85, 'none', 0, 'create __annotations__ if missing'),
  YIELD_VALUE:                  op(86, 'none', 0, '[v] → [sent] ; suspend the frame'),
  POP_BLOCK:                    op(87, 'none', 0, 'pop the block stack'),
  END_FINALLY:                  op(88, 'none', -6, '[why or exc...] → [] ; re-raise or continue unwinding'),
  POP_EXCEPT:                   op(89, 'none', -3, 'pop an except-handler block and restore the previous exception'),
  STORE_NAME:                   op(90, 'name', -1, '[v] → [] ; locals[co_names[i]] = v'),
  DELETE_NAME:                  op(91, 'name', 0, 'del locals[co_names[i]]'),
  UNPACK_SEQUENCE:              op(92, 'int', (a: number) => a - 1, '[seq] → [x_n-1, ..., x0]'),
  FOR_ITER:                     op(93, 'jrel', (_a: number, j: boolean) => j ? -1 : 1, '[it] → [it, next(it)] or [] and jump when exhausted'),
  UNPACK_EX:                    op(94, 'int', (a: number) => (a & 0xff) + (a >> 8), '[seq] → [after..., list, before...]'),
  STORE_ATTR:                   op(95, 'name', -2, '[v, o] → [] ; o.name = v'),
  DELETE_ATTR:                  op(96, 'name', -1, '[o] → [] ; del o.name'),
  STORE_GLOBAL:                 op(97, 'name', -1, '[v] → [] ; globals[name] = v'),
  DELETE_GLOBAL:                op(98, 'name', 0, 'del globals[name]'),
  LOAD_CONST:                   op(100, 'const', 1, '[] → [co_consts[i]]'),
  LOAD_NAME:                    op(101, 'name', 1, '[] → [locals/globals/builtins name]'),
  BUILD_TUPLE:                  op(102, 'int', (a: number) => 1 - a, '[x0..xn-1] → [tuple]'),
  BUILD_LIST:                   op(103, 'int', (a: number) => 1 - a, '[x0..xn-1] → [list]'),
  BUILD_SET:                    op(104, 'int', (a: number) => 1 - a, '[x0..xn-1] → [set]'),
  BUILD_MAP:                    op(105, 'int', (a: number) => 1 - 2 * a, '[k0, v0, ...] → [dict]'),
  LOAD_ATTR:                    op(106, 'name', 0, '[o] → [o.name]'),
  COMPARE_OP:                   op(107, 'compare', -1, '[a, b] → [a op b] (op from cmp_op)'),
  IMPORT_NAME:                  op(108, 'name', -1, '[level, fromlist] → [module]'),
  IMPORT_FROM:                  op(109, 'name', 1, '[module] → [module, module.name]'),
  JUMP_FORWARD:                 op(110, 'jrel', 0, 'jump by delta'),
  JUMP_IF_FALSE_OR_POP:         op(111, 'jabs', (_a: number, j: boolean) => j ? 0 : -1, '[v] → [v] and jump if false, else []'),
  JUMP_IF_TRUE_OR_POP:          op(112, 'jabs', (_a: number, j: boolean) => j ? 0 : -1, '[v] → [v] and jump if true, else []'),
  JUMP_ABSOLUTE:                op(113, 'jabs', 0, 'jump to target'),
  POP_JUMP_IF_FALSE:            op(114, 'jabs', -1, '[v] → [] ; jump if false'),
  POP_JUMP_IF_TRUE:             op(115, 'jabs', -1, '[v] → [] ; jump if true'),
  LOAD_GLOBAL:                  op(116, 'name', 1, '[] → [globals/builtins name]'),
  CONTINUE_LOOP:                op(119, 'jabs', 0, 'unwind to the loop block, why = CONTINUE, then jump'),
  SETUP_LOOP:                   op(120, 'jrel', 0, 'push a loop block ending at target'),
  SETUP_EXCEPT:                 op(121, 'jrel', (_a: number, j: boolean) => j ? 6 : 0, 'push an except block with handler at target'),
  SETUP_FINALLY:                op(122, 'jrel', (_a: number, j: boolean) => j ? 6 : 0, 'push a finally block with handler at target'),
  LOAD_FAST:                    op(124, 'local', 1, '[] → [fastlocals[i]]'),
  STORE_FAST:                   op(125, 'local', -1, '[v] → [] ; fastlocals[i] = v'),
  DELETE_FAST:                  op(126, 'local', 0, 'fastlocals[i] = NULL'),
  RAISE_VARARGS:                op(130, 'int', (a: number) => -a, '[exc?, cause?] → raise'),
  CALL_FUNCTION:                op(131, 'int', (a: number) => -a, '[f, args...] → [f(args)]'),
  MAKE_FUNCTION:                op(132, 'int', (a: number) => -1 - (a & 1 ? 1 : 0) - (a & 2 ? 1 : 0) - (a & 4 ? 1 : 0) - (a & 8 ? 1 : 0), '[defaults?, kwdefaults?, annotations?, closure?, code, qualname] → [function]'),
  BUILD_SLICE:                  op(133, 'int', (a: number) => a === 3 ? -2 : -1, '[a, b, c?] → [slice]'),
  LOAD_CLOSURE:                 op(135, 'free', 1, '[] → [cell i]'),
  LOAD_DEREF:                   op(136, 'free', 1, '[] → [cell i contents]'),
  STORE_DEREF:                  op(137, 'free', -1, '[v] → [] ; cell i contents = v'),
  DELETE_DEREF:                 op(138, 'free', 0, 'empty cell i'),
  CALL_FUNCTION_KW:             op(141, 'int', (a: number) => -a - 1, '[f, args..., kwnames] → [f(args, **kw)]'),
  CALL_FUNCTION_EX:             op(142, 'int', (a: number) => -1 - (a & 1), '[f, args, kwargs?] → [f(*args, **kwargs)]'),
  SETUP_WITH:                   op(143, 'jrel', (_a: number, j: boolean) => j ? 6 : 1, '[mgr] → [exit, mgr.__enter__()] ; push finally block'),
  EXTENDED_ARG:                 op(144, 'int', 0, 'prefix: arg = arg << 8 for the next instruction'),
  LIST_APPEND:                  op(145, 'int', -1, '[list, ..., v] → [list, ...] ; list at depth i'),
  SET_ADD:                      op(146, 'int', -1, '[set, ..., v] → [set, ...]'),
  MAP_ADD:                      op(147, 'int', -2, '[map, ..., v, k] → [map, ...]'),
  LOAD_CLASSDEREF:              op(148, 'free', 1, '[] → [class locals name, else cell]'),
  BUILD_LIST_UNPACK:            op(149, 'int', (a: number) => 1 - a, '[it0..] → [list]'),
  BUILD_MAP_UNPACK:             op(150, 'int', (a: number) => 1 - a, '[m0..] → [dict]'),
  BUILD_MAP_UNPACK_WITH_CALL:   op(151, 'int', (a: number) => 1 - a, '[m0..] → [dict], no duplicate keys'),
  BUILD_TUPLE_UNPACK:           op(152, 'int', (a: number) => 1 - a, '[it0..] → [tuple]'),
  BUILD_SET_UNPACK:             op(153, 'int', (a: number) => 1 - a, '[it0..] → [set]'),
  SETUP_ASYNC_WITH:             op(154, 'jrel', (_a: number, j: boolean) => j ? 5 : 0, 'push a finally block for async with'),
  FORMAT_VALUE:                 op(155, 'int', (a: number) => (a & 0x04) === 0x04 ? -1 : 0, '[v, spec?] → [format(conv(v), spec)]'),
  BUILD_CONST_KEY_MAP:          op(156, 'int', (a: number) => -a, '[v0..vn-1, keys] → [dict]'),
  BUILD_STRING:                 op(157, 'int', (a: number) => 1 - a, '[s0..] → [concatenation]'),
  BUILD_TUPLE_UNPACK_WITH_CALL: op(158, 'int', (a: number) => 1 - a, '[it0..] → [tuple] for f(*a, *b)'),
  LOAD_METHOD:                  op(160, 'name', 1, '[o] → [meth, o] or [NULL, bound]'),
  CALL_METHOD:                  op(161, 'int', (a: number) => -a - 1, '[meth, self|NULL, args...] → [result]'),
} as const;

export type OpName = keyof typeof OPCODES;

/** Opcode numbers by name: `Op.LOAD_CONST === 100`. */
export const Op = Object.freeze(
  Object.fromEntries(Object.entries(OPCODES).map(([name, info]) => [name, info.code])),
) as { readonly [K in OpName]: (typeof OPCODES)[K]['code'] };

/** Names by number, '<N>' for unused numbers (as CPython's opcode.opname). */
export const OPNAME: readonly string[] = (() => {
  const names: string[] = [];
  for (let i = 0; i < 256; i++) names.push(`<${i}>`);
  for (const [name, info] of Object.entries(OPCODES)) names[info.code] = name;
  return names;
})();

const infoByCode: (OpInfo | undefined)[] = new Array(256).fill(undefined);
for (const info of Object.values(OPCODES)) infoByCode[info.code] = info;

export const HAVE_ARGUMENT = 90;
export const EXTENDED_ARG = 144;

export const CMP_OP = ['<', '<=', '==', '!=', '>', '>=', 'in', 'not in', 'is', 'is not', 'exception match', 'BAD'] as const;
export const CmpOp = Object.freeze({
  LT: 0, LE: 1, EQ: 2, NE: 3, GT: 4, GE: 5, IN: 6, NOT_IN: 7, IS: 8, IS_NOT: 9, EXC_MATCH: 10,
} as const);

/** FORMAT_VALUE flags (CPython: FVC_MASK, FVS_HAVE_SPEC). */
export const FVC_MASK = 0x3, FVC_NONE = 0x0, FVC_STR = 0x1, FVC_REPR = 0x2, FVC_ASCII = 0x3, FVS_HAVE_SPEC = 0x4;

/** MAKE_FUNCTION flags. */
export const MF_DEFAULTS = 0x01, MF_KWDEFAULTS = 0x02, MF_ANNOTATIONS = 0x04, MF_CLOSURE = 0x08;

export function isOpcode(code: number): boolean {
  return infoByCode[code] !== undefined;
}

export function hasArg(code: number): boolean {
  return code >= HAVE_ARGUMENT;
}

export function argKind(code: number): ArgKind {
  return infoByCode[code]?.kind ?? 'none';
}

function codesOfKind(kind: ArgKind): readonly number[] {
  return Object.values(OPCODES).filter(i => i.kind === kind).map(i => i.code);
}
export const hasconst = codesOfKind('const');
export const hasname = codesOfKind('name');
export const hasjrel = codesOfKind('jrel');
export const hasjabs = codesOfKind('jabs');
export const haslocal = codesOfKind('local');
export const hasfree = codesOfKind('free');
export const hascompare = codesOfKind('compare');

export function isJump(code: number): boolean {
  const k = infoByCode[code]?.kind;
  return k === 'jrel' || k === 'jabs';
}

/**
 * CPython: compile.c stack_effect(opcode, oparg, jump). `jump` true is the effect when the
 * branch is taken (or the handler entered), false the fall-through; undefined gives the maximum
 * of the two, which is what 3.7's dis.stack_effect reports.
 */
export function stackEffect(code: number, arg: number, jump?: boolean): number {
  const info = infoByCode[code];
  if (info === undefined) throw new RangeError(`invalid opcode ${code}`);
  const e = info.effect;
  if (typeof e === 'number') return e;
  if (jump === undefined) return Math.max(e(arg, true), e(arg, false));
  return e(arg, jump);
}

export function opDoc(code: number): string {
  return infoByCode[code]?.doc ?? '';
}

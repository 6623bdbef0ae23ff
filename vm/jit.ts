/**
 * A second tier for hot Python functions: a code object whose instructions are all in the set
 * below is translated into one JavaScript function (through `new Function`), which V8 then
 * compiles on its own. Each such function has its own type feedback, so its `a + b` is
 * specialised to what that Python function adds, not to everything the program adds; and a
 * run of instructions between jump targets is straight-line code with the value-stack slots
 * known at compile time, so there is no dispatch between them.
 *
 * The translation keeps the interpreter's state exact at every point where it can be seen:
 * the value stack is the frame's `localsplus` (slot by slot, as the loop would leave it), the
 * block stack is `f_blockstack`, and `f_lasti` is set before anything that can raise or call.
 * So the function can hand the frame back to the dispatch loop at any instruction boundary
 * (JIT_BAIL, with f.pc and f.sp set), and the loop can hand it back at any jump target or
 * return point after a call. Python calls are not JavaScript calls: the function returns the
 * callee's bound frame, the loop (vm/ceval.ts) runs that frame and, when it returns, pushes the
 * result and re-enters this function at the instruction after the call. Operators whose operand is an instance of a Python class
 * (whose dunder methods the loop runs as frames) and generators met by GET_ITER/FOR_ITER go
 * back to the loop. Under tracing (sys.settrace/setprofile, host hooks, stepping) the loop
 * runs every frame itself.
 */
import {
  DictType, FloatType, ListType, PyFloat, PyInstance, PyList, PyTuple, TupleType, objectArray,
} from './objects/object.js';
import { PyDict } from './objects/dict.js';
import { NB, binaryOp, getItem, getIter, inplaceOp, isTrue, negative, setItem } from './abstract.js';
import { intAdd, intFloorDiv, intLshift, intMod, intMul, intRshift, intSub } from './objects/int.js';
import { strConcat } from './objects/str.js';
import { callFromStack, unboundLocal, unpackSequence } from './ceval_helpers.js';
// Used once the first translation is made, by when both modules are loaded (they import each other).
import { compareOp, truthy } from './ceval.js';
import { loadGlobal } from './global_cache.js';
import { CALL_PENDING, loadAttr, loadMethod, storeAttr, takePendingFrame } from './attr_cache.js';
import { forIterNext } from './for_iter.js';
import { RangeIterType } from './objects/range.js';
import { ListIterType, TupleIterType } from './objects/iter.js';
import { PyGenerator } from './generator.js';
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_NEWLOCALS, CO_OPTIMIZED, type CodeObject } from './code.js';
import { TryBlock, tstate, type Frame } from './frame.js';
import { EXTENDED_ARG, OPNAME, Op, argKind, stackEffect, type OpName } from './opcode.js';

/** What a translated function returns: the frame returned (f_retval holds the value) … */
export const JIT_RETURN = 0;
/** … or the loop carries on at f.pc with f.sp. */
export const JIT_BAIL = 2;

/**
 * A translated function: returns JIT_RETURN or JIT_BAIL, or the bound frame of a Python
 * function it calls (f.pc is where it resumes, f.sp the slot the result goes to).
 */
export type JitFunction = (f: Frame) => number | Frame;

/**
 * Calls of a function before its code is translated: PYVM_JIT_THRESHOLD, else 0, which leaves
 * the tier off (1 translates every function at its first call, as one test run of the corpus
 * does). Off by default while it loses on class-heavy programs: each translation starts in
 * V8's own interpreter and is optimised separately, and every call and return still passes
 * through the loop (see the README's Performance section for the measurements).
 */
export let JIT_THRESHOLD = parseThreshold(typeof process === 'undefined' ? undefined : process.env.PYVM_JIT_THRESHOLD);

function parseThreshold(setting: string | undefined): number {
  const n = setting === undefined || setting === '' ? 0 : Number(setting);
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

/** Sets the threshold for code objects not yet counted up to the old one (embedders, tests). */
export function setJitThreshold(n: number): void {
  JIT_THRESHOLD = n;
}

/**
 * At a loop's back edge in the dispatch loop: whether `co` has a translation to go on in,
 * counting the iteration as a call towards the threshold.
 */
export function loopTranslated(co: CodeObject): boolean {
  if (co.co_jit === null && ++co.co_jitCalls === JIT_THRESHOLD) co.co_jit = compileJit(co);
  return co.co_jit !== null;
}

/** The instructions the translation does itself; a code object with any other stays in the loop. */
const TRANSLATED: ReadonlySet<string> = new Set<OpName>([
  'POP_TOP', 'ROT_TWO', 'ROT_THREE', 'DUP_TOP', 'DUP_TOP_TWO', 'UNARY_NEGATIVE', 'UNARY_NOT', 'BINARY_POWER',
  'BINARY_MULTIPLY', 'BINARY_MODULO', 'BINARY_ADD', 'BINARY_SUBTRACT', 'BINARY_SUBSCR', 'BINARY_FLOOR_DIVIDE',
  'BINARY_TRUE_DIVIDE', 'INPLACE_ADD', 'INPLACE_SUBTRACT', 'INPLACE_MULTIPLY', 'STORE_SUBSCR', 'BINARY_LSHIFT',
  'BINARY_RSHIFT', 'BINARY_AND', 'BINARY_XOR', 'BINARY_OR', 'GET_ITER', 'RETURN_VALUE', 'POP_BLOCK',
  'UNPACK_SEQUENCE', 'FOR_ITER', 'STORE_ATTR', 'LOAD_CONST', 'BUILD_TUPLE', 'BUILD_LIST', 'LOAD_ATTR',
  'COMPARE_OP', 'JUMP_FORWARD', 'JUMP_IF_FALSE_OR_POP', 'JUMP_IF_TRUE_OR_POP', 'JUMP_ABSOLUTE',
  'POP_JUMP_IF_FALSE', 'POP_JUMP_IF_TRUE', 'LOAD_GLOBAL', 'SETUP_LOOP', 'LOAD_FAST', 'STORE_FAST',
  'CALL_FUNCTION', 'LOAD_METHOD', 'CALL_METHOD',
]);

const CMP_JS = ['<', '<=', '===', '!==', '>', '>='];

/** The helpers the generated code reaches through its closure (made on first use: import cycles). */
let helpers: Record<string, unknown> | null = null;

function makeHelpers(): Record<string, unknown> {
  return {
    FloatType, ListType, TupleType, DictType, PyFloat, PyInstance, PyList, PyTuple, PyDict, PyGenerator, TryBlock,
    RangeIterType, ListIterType, TupleIterType, CALL_PENDING, ts: tstate,
    binaryOp, inplaceOp, strConcat, getItem, setItem, getIter, isTrue, truthy, negative, compare: compareOp,
    intAdd, intSub, intMul, intMod, intFloorDiv, intLshift, intRshift, objectArray, unpackSequence,
    callFromStack, loadGlobal, loadAttr, loadMethod, storeAttr, takePendingFrame, forIterNext,
    unbound(f: Frame, off: number, i: number): never {
      f.f_lasti = off;
      throw unboundLocal(f.f_code.co_varnames[i]);
    },
  };
}


interface Instr {
  /** Where the instruction starts: its first EXTENDED_ARG prefix, if it has any (jumps go there). */
  start: number;
  /** The opcode's own offset (f_lasti while it runs, as in the loop). */
  off: number;
  op: number;
  name: string;
  arg: number;
  /** Offset of the next instruction. */
  next: number;
}

function decode(code: Uint8Array): Instr[] {
  const out: Instr[] = [];
  let ext = 0, start = 0;
  for (let i = 0; i < code.length; i += 2) {
    const op = code[i], arg = code[i + 1] | ext;
    if (op === EXTENDED_ARG) {
      ext = arg << 8;
      continue;
    }
    ext = 0;
    out.push({ start, off: i, op, name: OPNAME[op], arg, next: i + 2 });
    start = i + 2;
  }
  return out;
}

/** Where a jump instruction goes (CPython: hasjrel/hasjabs), else -1. */
function jumpTarget(ins: Instr): number {
  const kind = argKind(ins.op);
  return kind === 'jrel' ? ins.next + ins.arg : kind === 'jabs' ? ins.arg : -1;
}

/**
 * The JavaScript function for `co`, or null when it has an instruction outside the set, is not
 * a plain function's code (generators, coroutines, module and class bodies), or has cells.
 */
export function compileJit(co: CodeObject): JitFunction | null {
  const flags = co.co_flags;
  if ((flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) !== 0) return null;
  if ((flags & (CO_OPTIMIZED | CO_NEWLOCALS)) !== (CO_OPTIMIZED | CO_NEWLOCALS)) return null;
  if (co.co_cellvars.length !== 0 || co.co_freevars.length !== 0) return null;
  const instrs = decode(co.co_code);
  // Stack depth on entry to each instruction; labels are where the function can be entered.
  const depth = new Map<number, number>();
  const labels = new Set<number>([0]);
  depth.set(0, 0);
  const unreached: number[] = [];
  // A depth already known for an offset must agree with every other way of reaching it.
  const reach = (off: number, d: number): boolean => {
    const known = depth.get(off);
    if (known === undefined) depth.set(off, d);
    return known === undefined || known === d;
  };
  for (const ins of instrs) {
    if (!TRANSLATED.has(ins.name)) return null;
    const d = depth.get(ins.start);
    if (d === undefined) {
      unreached.push(ins.start);
      continue;
    }
    const t = jumpTarget(ins);
    // A loop block's end is reached by falling out of the loop (BREAK_LOOP is not translated).
    if (t >= 0 && ins.name !== 'SETUP_LOOP') {
      labels.add(t);
      if (!reach(t, d + stackEffect(ins.op, ins.arg, true))) return null;
    }
    if (ins.name === 'CALL_FUNCTION' || ins.name === 'CALL_METHOD' || ins.name === 'LOAD_ATTR') labels.add(ins.next);
    const falls = ins.name !== 'RETURN_VALUE' && ins.name !== 'JUMP_FORWARD' && ins.name !== 'JUMP_ABSOLUTE';
    if (falls && !reach(ins.next, d + stackEffect(ins.op, ins.arg, false))) {
      return null;
    }
  }
  // Code first reached by a backward jump would have been passed over above: not translated
  // (CPython 3.7's compiler never lays code out that way, but nothing here relies on it).
  if (unreached.some(off => depth.has(off))) return null;
  const base = co.co_nlocals;
  let maxDepth = 0;
  for (const ins of instrs) {
    const d = depth.get(ins.start);
    if (d !== undefined) maxDepth = Math.max(maxDepth, d, d + stackEffect(ins.op, ins.arg, false));
  }
  // The value stack and the locals live in JavaScript variables, which V8 keeps in registers;
  // the frame's localsplus is written where the loop or a callee can read it: every STORE_FAST
  // (so a traceback's or a callee's view of the locals is exact), and the stack below a call or
  // a hand-over.
  const S = (d: number): string => `s${d}`;
  let spilled = 0;
  const spill = (n: number): string => {
    spilled = Math.max(spilled, n);
    let s = '';
    for (let k = 0; k < n; k++) s += `lp[${base + k}] = s${k}; `;
    return s;
  };
  const clearSlots = (from: number, to: number): string => {
    let s = '';
    for (let k = from; k < to; k++) s += `lp[${base + k}] = null; `;
    return s;
  };
  const out: string[] = [];
  for (const ins of instrs) {
    const d = depth.get(ins.start);
    if (labels.has(ins.start)) out.push(`case ${ins.start}:`);
    if (d === undefined) continue;
    const off = ins.off, arg = ins.arg, next = ins.next;
    const bail = (sp: number): string => `{ ${spill(sp)}f.pc = ${ins.start}; f.sp = ${base + sp}; return ${JIT_BAIL}; }`;
    switch (ins.name) {
      case 'LOAD_FAST':
        out.push(`if ((${S(d)} = l${arg}) === null) unbound(f, ${off}, ${arg});`);
        break;
      case 'STORE_FAST':
        out.push(`lp[${arg}] = l${arg} = ${S(d - 1)};`);
        break;
      case 'LOAD_CONST': {
        // Ints and strings as literals: V8 then knows the operand's type at the use.
        const k = co.co_consts[arg];
        out.push(`${S(d)} = ${typeof k === 'number' || typeof k === 'boolean' ? String(k) : typeof k === 'string' ? JSON.stringify(k) : `K[${arg}]`};`);
        break;
      }
      case 'LOAD_GLOBAL':
        out.push(`f.f_lasti = ${off}; ${S(d)} = loadGlobal(f, ${arg});`);
        break;
      case 'POP_TOP':
        break;
      case 'DUP_TOP':
        out.push(`${S(d)} = ${S(d - 1)};`);
        break;
      case 'DUP_TOP_TWO':
        out.push(`${S(d)} = ${S(d - 2)}; ${S(d + 1)} = ${S(d - 1)};`);
        break;
      case 'ROT_TWO':
        out.push(`{ const t = ${S(d - 1)}; ${S(d - 1)} = ${S(d - 2)}; ${S(d - 2)} = t; }`);
        break;
      case 'ROT_THREE':
        out.push(`{ const t = ${S(d - 1)}; ${S(d - 1)} = ${S(d - 2)}; ${S(d - 2)} = ${S(d - 3)}; ${S(d - 3)} = t; }`);
        break;
      case 'UNARY_NOT':
        out.push(`f.f_lasti = ${off}; ${S(d - 1)} = !truthy(${S(d - 1)});`);
        break;
      case 'UNARY_NEGATIVE':
        out.push(`{ const a = ${S(d - 1)}; f.f_lasti = ${off}; ${S(d - 1)} = typeof a === 'number' ? (a === 0 ? 0 : -a) : negative(a); }`);
        break;
      case 'BINARY_POWER': case 'BINARY_LSHIFT': case 'BINARY_RSHIFT':
      case 'BINARY_AND': case 'BINARY_XOR': case 'BINARY_OR': {
        // As the loop: the int cases in helpers, the rest by the generic protocol.
        const nb = ({
          BINARY_POWER: NB.POWER, BINARY_LSHIFT: NB.LSHIFT, BINARY_RSHIFT: NB.RSHIFT,
          BINARY_AND: NB.AND, BINARY_XOR: NB.XOR, BINARY_OR: NB.OR,
        } as Record<string, number>)[ins.name];
        const js = ({ BINARY_AND: '&', BINARY_XOR: '^', BINARY_OR: '|' } as Record<string, string>)[ins.name];
        const fast = js !== undefined ? `(a | 0) === a && (b | 0) === b ? a ${js} b`
          : ins.name === 'BINARY_LSHIFT' ? 'b >= 0 ? intLshift(a, b)' : ins.name === 'BINARY_RSHIFT' ? 'b >= 0 ? intRshift(a, b)' : null;
        const expr = fast === null ? `binaryOp(a, b, ${nb})`
          : `typeof a === 'number' && typeof b === 'number' && ${fast} : binaryOp(a, b, ${nb})`;
        out.push(`{ const b = ${S(d - 1)}, a = ${S(d - 2)}; f.f_lasti = ${off}; ${S(d - 2)} = ${expr}; }`);
        break;
      }
      case 'JUMP_IF_FALSE_OR_POP': case 'JUMP_IF_TRUE_OR_POP':
        out.push(`f.f_lasti = ${off}; if (${ins.name === 'JUMP_IF_TRUE_OR_POP' ? '' : '!'}truthy(${S(d - 1)})) { pc = ${arg}; continue; }`);
        break;
      case 'STORE_SUBSCR':
        out.push(`{ const i = ${S(d - 1)}, a = ${S(d - 2)}, v = ${S(d - 3)};
  if (typeof i === 'number' && a instanceof PyList && a.ob_type === ListType && i >= 0 && i < a.items.length) a.items[i] = v;
  else if (a instanceof PyDict && a.ob_type === DictType) { f.f_lasti = ${off}; a.set(i, v); }
  else if (a instanceof PyInstance) ${bail(d)}
  else { f.f_lasti = ${off}; setItem(a, i, v); } }`);
        break;
      case 'UNPACK_SEQUENCE': {
        let load = '';
        for (let k = d - 1; k < d - 1 + arg; k++) load += `${S(k)} = lp[${base + k}]; `;
        spilled = Math.max(spilled, d - 1 + arg);
        out.push(`f.f_lasti = ${off}; unpackSequence(lp, ${base + d - 1}, ${S(d - 1)}, ${arg}); ${load}`);
        break;
      }
      case 'BUILD_TUPLE': case 'BUILD_LIST': {
        let push = '';
        // One elements kind for all item arrays, as the loop's slices of the value stack.
        for (let k = d - arg; k < d; k++) push += `t.push(${S(k)}); `;
        out.push(`{ const t = objectArray(); ${push}${S(d - arg)} = new ${ins.name === 'BUILD_LIST' ? 'PyList' : 'PyTuple'}(t); }`);
        break;
      }
      case 'BINARY_ADD': case 'INPLACE_ADD': case 'BINARY_SUBTRACT': case 'INPLACE_SUBTRACT':
      case 'BINARY_MULTIPLY': case 'INPLACE_MULTIPLY': {
        const kind = ins.name === 'BINARY_ADD' || ins.name === 'INPLACE_ADD' ? 'ADD'
          : ins.name === 'BINARY_SUBTRACT' || ins.name === 'INPLACE_SUBTRACT' ? 'SUBTRACT' : 'MULTIPLY';
        const inplace = ins.name === 'INPLACE_ADD' || ins.name === 'INPLACE_SUBTRACT' || ins.name === 'INPLACE_MULTIPLY';
        const js = kind === 'ADD' ? '+' : kind === 'SUBTRACT' ? '-' : '*';
        const intCase = kind === 'MULTIPLY' ? `r = intMul(a, b);`
          : `r = a ${js} b; if (!(r <= 9007199254740991 && r >= -9007199254740991)) r = int${kind === 'ADD' ? 'Add' : 'Sub'}(a, b);`;
        out.push(`{ const b = ${S(d - 1)}, a = ${S(d - 2)}; let r;
  if (typeof a === 'number' && typeof b === 'number') { ${intCase} }${kind === 'ADD' ? `
  else if (typeof a === 'string' && typeof b === 'string') r = strConcat(a, b);` : ''}
  else if (a instanceof PyFloat && b instanceof PyFloat && a.ob_type === FloatType && b.ob_type === FloatType) r = new PyFloat(a.value ${js} b.value);
  else if (a instanceof PyInstance) ${bail(d)}
  else { f.f_lasti = ${off}; r = ${inplace ? 'inplaceOp' : 'binaryOp'}(a, b, ${NB[kind]}); }
  ${S(d - 2)} = r; }`);
        break;
      }
      case 'BINARY_MODULO': case 'BINARY_FLOOR_DIVIDE': {
        // As the loop: ints inline, everything else by the generic protocol.
        const [fn, nb] = ins.name === 'BINARY_MODULO' ? ['intMod', NB.REMAINDER] : ['intFloorDiv', NB.FLOOR_DIVIDE];
        out.push(`{ const b = ${S(d - 1)}, a = ${S(d - 2)}; f.f_lasti = ${off};
  ${S(d - 2)} = typeof a === 'number' && typeof b === 'number' ? ${fn}(a, b) : binaryOp(a, b, ${nb}); }`);
        break;
      }
      case 'BINARY_TRUE_DIVIDE':
        out.push(`{ const b = ${S(d - 1)}, a = ${S(d - 2)}; let r;
  if (a instanceof PyFloat && b instanceof PyFloat && a.ob_type === FloatType && b.ob_type === FloatType && b.value !== 0) r = new PyFloat(a.value / b.value);
  else if (a instanceof PyInstance) ${bail(d)}
  else { f.f_lasti = ${off}; r = binaryOp(a, b, ${NB.TRUE_DIVIDE}); }
  ${S(d - 2)} = r; }`);
        break;
      case 'BINARY_SUBSCR':
        out.push(`{ const i = ${S(d - 1)}, a = ${S(d - 2)}; let r;
  if (typeof i === 'number' && (a instanceof PyList || a instanceof PyTuple) && (a.ob_type === ListType || a.ob_type === TupleType) &&
      (r = a.items[i < 0 ? i + a.items.length : i]) !== undefined) {}
  else if (a instanceof PyInstance) ${bail(d)}
  else { f.f_lasti = ${off}; r = getItem(a, i); }
  ${S(d - 2)} = r; }`);
        break;
      case 'COMPARE_OP': {
        const intCase = arg < 6 ? `if (typeof a === 'number' && typeof b === 'number') r = a ${CMP_JS[arg]} b; else ` : '';
        const frameCase = arg < 6 ? `if (a instanceof PyInstance) ${bail(d)} else `
          : arg === 6 || arg === 7 ? `if (b instanceof PyInstance) ${bail(d)} else ` : '';
        out.push(`{ const b = ${S(d - 1)}, a = ${S(d - 2)}; let r;
  ${intCase}${frameCase}{ f.f_lasti = ${off}; r = compare(a, b, ${arg}); }
  ${S(d - 2)} = r; }`);
        break;
      }
      case 'POP_JUMP_IF_FALSE': case 'POP_JUMP_IF_TRUE': {
        const onTrue = ins.name === 'POP_JUMP_IF_TRUE';
        out.push(`{ const v = ${S(d - 1)};
  let t; if (v === true) t = true; else if (v === false) t = false; else if (typeof v === 'number') t = v !== 0;
  else { f.f_lasti = ${off}; t = isTrue(v); }
  if (${onTrue ? 't' : '!t'}) { pc = ${arg}; continue; } }`);
        break;
      }
      case 'JUMP_FORWARD': case 'JUMP_ABSOLUTE':
        out.push(`pc = ${jumpTarget(ins)}; continue;`);
        break;
      case 'SETUP_LOOP':
        out.push(`f.f_blockstack.push(new TryBlock(${Op.SETUP_LOOP}, ${next + arg}, ${base + d}));`);
        break;
      case 'POP_BLOCK':
        // Only loop blocks exist here, and the stack is back at the block's level.
        out.push(`f.f_blockstack.pop();`);
        break;
      case 'GET_ITER':
        out.push(`{ const o = ${S(d - 1)}; if (o instanceof PyGenerator) ${bail(d)} f.f_lasti = ${off}; ${S(d - 1)} = getIter(o); }`);
        break;
      case 'FOR_ITER':
        out.push(`{ const it = ${S(d - 1)}, t = it.ob_type;
  if (t !== RangeIterType && t !== ListIterType && t !== TupleIterType) ${bail(d)}
  f.f_lasti = ${off}; const v = forIterNext(it);
  if (v === null) { pc = ${next + arg}; continue; }
  ${S(d)} = v; }`);
        break;
      case 'LOAD_ATTR':
        out.push(`{ f.f_lasti = ${off}; const v = loadAttr(co, ${next}, ${S(d - 1)}, ${JSON.stringify(co.co_names[arg])});
  if (v === CALL_PENDING) { ${spill(d - 1)}f.sp = ${base + d - 1}; f.pc = ${next}; return takePendingFrame(); }
  ${S(d - 1)} = v; }`);
        break;
      case 'STORE_ATTR':
        out.push(`f.f_lasti = ${off}; storeAttr(co, ${next}, ${S(d - 1)}, ${JSON.stringify(co.co_names[arg])}, ${S(d - 2)});`);
        break;
      case 'LOAD_METHOD':
        spilled = Math.max(spilled, d + 1);
        out.push(`f.f_lasti = ${off}; loadMethod(co, ${next}, lp, ${base + d}, ${S(d - 1)}, ${JSON.stringify(co.co_names[arg])}); ` +
          `${S(d - 1)} = lp[${base + d - 1}]; ${S(d)} = lp[${base + d}];`);
        break;
      case 'CALL_FUNCTION': case 'CALL_METHOD': {
        // The callee and its arguments are read from localsplus, and the stack below them is
        // where the loop finds it if the callee runs as a frame.
        const fi = ins.name === 'CALL_FUNCTION' ? d - arg - 1 : d - arg - 2;
        const callExpr = ins.name === 'CALL_FUNCTION'
          ? `callFromStack(lp, ${base + fi}, ${arg}, null)`
          : `(${S(fi)} === null ? callFromStack(lp, ${base + fi + 1}, ${arg}, null) : callFromStack(lp, ${base + fi}, ${arg + 1}, null))`;
        const result = ins.name === 'CALL_METHOD' ? `${S(fi)} === null ? lp[${base + fi + 1}] : lp[${base + fi}]` : `lp[${base + fi}]`;
        out.push(`{ ${spill(d)}f.f_lasti = ${off}; f.pc = ${next}; f.sp = ${base + fi}; const nf = ${callExpr};
  if (nf !== null) { ${clearSlots(fi, d)}return nf; }
  ${S(fi)} = ${result}; ${clearSlots(fi, d)}
  if (ts.tracing) { lp[${base + fi}] = ${S(fi)}; f.sp = ${base + fi + 1}; return ${JIT_BAIL}; } }`);
        break;
      }
      case 'RETURN_VALUE':
        // A return from inside loops leaves their blocks (WHY_RETURN pops them, nothing else).
        out.push(`f.f_retval = ${S(d - 1)}; CLEAR_SPILLED if (f.f_blockstack.length !== 0) f.f_blockstack.length = 0; return ${JIT_RETURN};`);
        break;
      default:
        return null;
    }
  }
  // What was written to localsplus's stack slots is cleared when the frame returns (frames are
  // reused, and would otherwise keep those objects alive).
  const clearSpilled = clearSlots(0, spilled);
  let vars = '';
  for (let i = 0; i < base; i++) vars += `${i === 0 ? '' : ', '}l${i} = lp[${i}]`;
  let stackVars = '', stackLoad = '';
  for (let k = 0; k < maxDepth; k++) {
    stackVars += `${k === 0 ? '' : ', '}s${k} = null`;
    stackLoad += `s${k} = lp[${base + k}]; `;
  }
  helpers ??= makeHelpers();
  const body = `const { ${Object.keys(helpers).join(', ')} } = h;
return function ${jsName(co.co_name)}(f) {
  const lp = f.localsplus;
  let pc = f.pc;${vars === '' ? '' : `
  let ${vars};`}${stackVars === '' ? '' : `
  let ${stackVars};
  if (pc !== 0) { ${stackLoad}}`}
  for (;;) switch (pc) {
${out.join('\n').replaceAll('CLEAR_SPILLED ', clearSpilled)}
  default: return ${JIT_BAIL};
  }
};`;
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    return new Function('h', 'K', 'co', body)(helpers, co.co_consts, co) as JitFunction;
  } catch {
    // A host that forbids compiling code at run time (a page's Content-Security-Policy): the loop.
    return null;
  }
}

/** A JavaScript identifier for profiles: the Python name, if it is one. */
function jsName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? `py_${name}` : 'py_code';
}

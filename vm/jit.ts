/**
 * A second tier for hot Python code: a code object whose instructions are all in the two sets
 * below is translated into one JavaScript function (through `new Function`), which V8 then
 * compiles on its own. Each such function has its own type feedback, so its `a + b` is
 * specialised to what that Python function adds, not to everything the program adds; between
 * jump targets the code is straight-line, with no dispatch; and the value stack and the locals
 * are JavaScript variables, which V8 keeps in registers.
 *
 * The frame stays exact wherever the loop or Python code can see it: STORE_FAST writes through
 * to `localsplus`, the value stack is written there below a call or a hand-over, the block
 * stack is `f_blockstack`, and `f_lasti` is set before anything that can raise or call. So the
 * function can hand the frame to the dispatch loop at any instruction (JIT_BAIL, with f.pc and
 * f.sp set; the loop carries on until the frame's next call or loop iteration), and the loop
 * can give it back at a jump target or after a call. Python calls are not JavaScript calls:
 * the function returns the callee's bound frame (or the frame of an operator's method, a
 * property getter, a resumed generator), the loop (vm/ceval.ts) runs it and re-enters this
 * function after the call with the result pushed. The exception: a translated callee (or an
 * operator's method, a property getter) is run by the caller's translation directly, its frame
 * entered and left as the loop would (vm/jit_runtime.ts, runTranslated), up to MAX_DIRECT_DEPTH
 * such runs nested on the JavaScript stack; deeper calls go back to the loop, so the stack stays
 * bounded whatever the Python recursion depth. Whatever a directly run callee cannot finish
 * itself (a call past that depth, an instruction it hands over, a generator it resumes) goes to
 * the loop from the callee's own frame, each caller's translation returning in turn with its
 * frame set to receive the result. Under tracing (sys.settrace/setprofile, host hooks,
 * stepping, budgets) the loop runs every frame itself.
 */
import {
  BuiltinFunctionType, DictType, FloatType, FrozenSetType, FunctionType, ListType, MethodDescrType, MethodWrapperType, None, PyBuiltinFunction, PyFloat,
  PyInstance, PyList, PyMethodDescr, PyTuple, PyType, RangeType, SetType, WrapperDescrType,
  TPFLAGS_HEAPTYPE, TupleType, TypeType, isSubtype, objectArray, typeCache, typeOf, type PyValue,
} from './objects/object.js';
import { PySlice } from './objects/slice.js';
import { strConcat } from './objects/str.js';
import { floatPow } from './objects/float.js';
import { PyFunction } from './objects/function.js';
import { newFrame } from './call.js';
import { PyDict } from './objects/dict.js';
import { NB, binaryOp, getIter, inplaceOp, invert, isTrue, negative, positive, setItem } from './abstract.js';
import { intAdd, intFloorDiv, intLshift, intMod, intMul, intRshift, intSub } from './objects/int.js';
import {
  buildConstKeyMap, buildMap, formatValue, loadName, makeFunction, makeFunctionExtra, setAdd, storeName,
  unboundDeref, unboundLocal, unpackSequence,
} from './ceval_helpers.js';
// Used once the first translation is made, by when both modules are loaded (they import each other).
import { truthy } from './ceval.js';
import {
  LEFT_TO_LOOP, binarySlow, callDirect, callSlow, compareSlow, defaultsFrame, initFrame, mulAddMod, resumeDirect, runPending,
  subscrSlow,
} from './jit_runtime.js';
import { lastGlobal, loadGlobal, namesAreGlobals, storeGlobal } from './global_cache.js';
import {
  CALL_PENDING, DICT_LOAD_KIND, DICT_STORE_KIND, METHOD_NONE, METHOD_SELF, cachedMethod, dictLoadSite, dictStoreSite, loadAttr,
  methodFound, methodOf, moduleSite, nativeMethodSite, pythonMethodSite, storeAttr, type AttrCache,
} from './attr_cache.js';
import { forIterNext, forIterPair } from './for_iter.js';
import { superFast } from './super_fast.js';
import { PyRange, RangeIterType } from './objects/range.js';
import { DictItemIterType, EnumerateType, ListIterType, TupleIterType, ZipType } from './objects/iter.js';
import { GeneratorType, PyGenerator, getYieldFromIter, isDelegateDone, yieldFromStep } from './generator.js';
import { genResume } from './gen_inline.js';
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS, type CodeObject } from './code.js';
import { TryBlock, tstate, type Frame } from './frame.js';
import { WHY_BREAK, WHY_RETURN, unwindBlocks } from './unwind.js';
import { Op, stackEffect, type OpName } from './opcode.js';
import { decode, jumpTarget, type Instr } from './jit_decode.js';
import { boundLocals, isBound } from './jit_bound.js';

/** What a translated function returns: the frame returned (f_retval holds the value) … */
export const JIT_RETURN = 0;
/** … or the loop carries on at f.pc with f.sp … */
export const JIT_BAIL = 2;
/** … or runs tstate.frame, a generator's frame the function resumed above this one … */
export const JIT_ENTERED = 3;
/** … or the generator's frame yields f_retval (f.pc and f.sp are where it resumes) … */
export const JIT_YIELD = 4;
/**
 * … or something it ran raised: tstate.raised holds what was thrown, tstate.frame is the frame
 * to handle it in. A translation of code with an exception handler catches rather than lets it
 * go by: V8 counts a function hot at its returns and loop back edges, and a translation left by
 * an exception every time (a `try: d[k] except KeyError:` loop, whose back edge the loop runs
 * after the handler) would never be optimised.
 */
export const JIT_RAISED = 5;

/**
 * A translated function: returns JIT_RETURN or JIT_BAIL, or the bound frame of a Python
 * function it calls (f.pc is where it resumes, f.sp the slot the result goes to).
 */
export type JitFunction = (f: Frame) => number | Frame;

/**
 * Low: until V8 has optimised the dispatch loop, a program's first tenth of a second or so, the
 * loop runs several times slower than a translation V8 has not optimised yet, so translating
 * early wins (the shared programs at 10: 0.92x the time of 100, fib and fannkuch level; 1000
 * and 100 measured alike). Translating what runs a few times only costs V8 a parse.
 */
const DEFAULT_THRESHOLD = 10;

/** The count of a large module or class body's loop (isLargeBody) before it is translated. */
const LARGE_BODY_THRESHOLD = 100;

/**
 * Calls of a function (and iterations of its loops) before its code is translated:
 * PYVM_JIT_THRESHOLD, else DEFAULT_THRESHOLD; 0 leaves the tier off, 1 translates every
 * function at its first call (as one test run of the corpus does).
 */
export let JIT_THRESHOLD = parseThreshold(typeof process === 'undefined' ? undefined : process.env.PYVM_JIT_THRESHOLD);

function parseThreshold(setting: string | undefined): number {
  const n = setting === undefined || setting === '' ? DEFAULT_THRESHOLD : Number(setting);
  return Number.isInteger(n) && n >= 0 ? n : DEFAULT_THRESHOLD;
}

/** Sets the threshold for code objects not yet counted up to the old one (embedders, tests). */
export function setJitThreshold(n: number): void {
  JIT_THRESHOLD = n;
}

/**
 * At a loop's back edge in the dispatch loop (the JUMP_ABSOLUTE at `backEdge` to the loop's
 * head `head`): whether `co` has a translation to go on in from the head, counting the
 * iteration as a call towards the threshold. Code that cannot be translated gets a negative
 * count, which the loop tests before calling this again. A large module or class body gets a
 * translation of this one loop (counted to LARGE_BODY_THRESHOLD: a body runs once, and its
 * translation is made again for each loop that gets hot); should another of its loops get
 * hot later, a translation of both when they fit in one, else of the new one.
 */
export function loopTranslated(co: CodeObject, head: number, backEdge: number): boolean {
  if (co.co_jit !== null && head >= co.co_jitFrom && head < co.co_jitTo) return true;
  if (!isLargeBody(co)) {
    if (++co.co_jitCalls >= JIT_THRESHOLD) translate(co);
  } else if (++co.co_jitCalls >= Math.max(JIT_THRESHOLD, LARGE_BODY_THRESHOLD)) {
    let from = head, to = backEdge + 2;
    let jit = co.co_jit === null ? null : compileJit(co, from = Math.min(head, co.co_jitFrom), to = Math.max(to, co.co_jitTo));
    if (jit === null) jit = compileJit(co, from = head, to = backEdge + 2);
    co.co_jit = jit;
    co.co_jitFrom = from;
    co.co_jitTo = to;
    // Counted afresh for another loop of the body.
    co.co_jitCalls = jit === null ? NOT_TRANSLATED : 0;
  }
  return co.co_jit !== null && head >= co.co_jitFrom && head < co.co_jitTo;
}

/** Translates `co` once its count reached the threshold; if it cannot be, its count stays negative. */
export function translate(co: CodeObject): JitFunction | null {
  if (isLargeBody(co)) {
    // Translated a loop at a time, from a back edge (loopTranslated).
    co.co_jitCalls = 0;
    return null;
  }
  const jit = co.co_jit = compileJit(co);
  if (jit === null) co.co_jitCalls = NOT_TRANSLATED;
  co.co_jitFrom = 0;
  co.co_jitTo = co.co_code.length;
  return jit;
}

/**
 * A module or class body runs once: it is entered at a loop's back edge, and runs in V8's own
 * interpreter until V8 has compiled it, which for a large body takes longer than its loops
 * gain (a 200-instruction module body: 0.4 s to compile, the program 1.9x slower). Such a body
 * is translated a loop at a time.
 */
function isLargeBody(co: CodeObject): boolean {
  return (co.co_flags & CO_NEWLOCALS) === 0 && co.co_code.length > 2 * MAX_BODY_INSTRUCTIONS;
}

/** Far enough below zero that counting calls never reaches a threshold again. */
const NOT_TRANSLATED = -(2 ** 30);

/** The instructions the translation does itself; a code object with one in neither set stays in the loop. */
const TRANSLATED: ReadonlySet<string> = new Set<OpName>([
  'POP_TOP', 'ROT_TWO', 'ROT_THREE', 'DUP_TOP', 'DUP_TOP_TWO', 'UNARY_POSITIVE', 'UNARY_NEGATIVE', 'UNARY_NOT',
  'UNARY_INVERT', 'BINARY_POWER', 'BINARY_MULTIPLY', 'BINARY_MODULO', 'BINARY_ADD', 'BINARY_SUBTRACT',
  'BINARY_SUBSCR', 'BINARY_FLOOR_DIVIDE', 'BINARY_TRUE_DIVIDE', 'INPLACE_FLOOR_DIVIDE', 'INPLACE_TRUE_DIVIDE',
  'INPLACE_ADD', 'INPLACE_SUBTRACT', 'INPLACE_MULTIPLY', 'INPLACE_MODULO', 'STORE_SUBSCR', 'BINARY_LSHIFT',
  'BINARY_RSHIFT', 'BINARY_AND', 'BINARY_XOR', 'BINARY_OR', 'INPLACE_POWER', 'GET_ITER', 'INPLACE_LSHIFT',
  'INPLACE_RSHIFT', 'INPLACE_AND', 'INPLACE_XOR', 'INPLACE_OR', 'BREAK_LOOP', 'RETURN_VALUE', 'POP_BLOCK',
  'STORE_GLOBAL', 'UNPACK_SEQUENCE', 'FOR_ITER', 'STORE_ATTR', 'LOAD_CONST', 'BUILD_TUPLE', 'BUILD_LIST',
  'BUILD_MAP', 'LOAD_ATTR', 'COMPARE_OP', 'JUMP_FORWARD', 'JUMP_IF_FALSE_OR_POP', 'JUMP_IF_TRUE_OR_POP',
  'JUMP_ABSOLUTE', 'POP_JUMP_IF_FALSE', 'POP_JUMP_IF_TRUE', 'LOAD_GLOBAL', 'SETUP_LOOP', 'LOAD_FAST',
  'STORE_FAST', 'RAISE_VARARGS', 'CALL_FUNCTION', 'MAKE_FUNCTION', 'BUILD_SLICE', 'LOAD_CLOSURE', 'LOAD_DEREF',
  'STORE_DEREF', 'CALL_FUNCTION_KW', 'LIST_APPEND', 'SET_ADD', 'MAP_ADD', 'FORMAT_VALUE', 'BUILD_CONST_KEY_MAP',
  'BUILD_STRING', 'LOAD_METHOD', 'CALL_METHOD', 'YIELD_VALUE', 'LOAD_NAME', 'STORE_NAME', 'SETUP_EXCEPT',
  'GET_YIELD_FROM_ITER', 'YIELD_FROM', 'SETUP_FINALLY', 'END_FINALLY', 'DELETE_FAST',
]);

/**
 * Instructions the translation hands to the loop (after which the loop carries on until the
 * frame's next call or loop iteration), so that a module body with an import or a class
 * statement, say, is still translated for its loops: seldom in a hot path, and none jumps or
 * touches the block stack but POP_EXCEPT and END_FINALLY, which end an except clause the loop
 * unwound into (a `finally` is never translated: see SETUP_EXCEPT below).
 */
const HANDED_OVER: ReadonlySet<string> = new Set<OpName>([
  'IMPORT_NAME', 'IMPORT_FROM', 'IMPORT_STAR', 'LOAD_BUILD_CLASS', 'SETUP_ANNOTATIONS', 'UNPACK_EX',
  'CALL_FUNCTION_EX', 'BUILD_LIST_UNPACK', 'BUILD_TUPLE_UNPACK', 'BUILD_TUPLE_UNPACK_WITH_CALL', 'BUILD_MAP_UNPACK',
  'BUILD_MAP_UNPACK_WITH_CALL', 'BUILD_SET', 'BUILD_SET_UNPACK', 'DELETE_NAME', 'DELETE_GLOBAL', 'DELETE_ATTR',
  'DELETE_SUBSCR', 'DELETE_DEREF', 'PRINT_EXPR', 'LOAD_CLASSDEREF', 'BINARY_MATRIX_MULTIPLY',
  'INPLACE_MATRIX_MULTIPLY', 'POP_EXCEPT', 'SETUP_WITH', 'WITH_CLEANUP_START', 'WITH_CLEANUP_FINISH',
]);

/**
 * The binary operators: their protocol slot, whether in place, and what the loop does first for
 * two ints (`a`, `b`; an expression, or statements setting `r`) and two floats.
 */
interface BinaryOp {
  nb: number;
  inplace: boolean;
  int: string | null;
  float: string | null;
  /** The loop runs an instance's method for this operator as a frame (binopFrame). */
  frame: boolean;
}

const SAFE_CHECK = '!(r <= 9007199254740991 && r >= -9007199254740991)';

/** By opcode name; made on first use (NB comes from a module that imports this one). */
let BINARY: Record<string, BinaryOp> | null = null;

function binaryTable(): Record<string, BinaryOp> {
  const table: Record<string, BinaryOp> = {};
  for (const [name, nb, int, float, frame] of [
    ['ADD', NB.ADD, `r = a + b; if (${SAFE_CHECK}) r = intAdd(a, b);`, '+', true],
    ['SUBTRACT', NB.SUBTRACT, `r = a - b; if (${SAFE_CHECK}) r = intSub(a, b);`, '-', true],
    ['MULTIPLY', NB.MULTIPLY, 'r = intMul(a, b);', '*', true],
    // Two ints of at most 53 bits divide as their doubles, correctly rounded (CPython's
    // long_true_divide takes the same fast path); by zero, binaryOp raises.
    ['TRUE_DIVIDE', NB.TRUE_DIVIDE, 'r = b !== 0 ? new PyFloat(a / b) : binaryOp(a, b, NB_OP);', '/', true],
    ['MODULO', NB.REMAINDER, 'r = intMod(a, b);', null, false],
    ['FLOOR_DIVIDE', NB.FLOOR_DIVIDE, 'r = intFloorDiv(a, b);', null, false],
    ['POWER', NB.POWER, null, null, false],
    ['LSHIFT', NB.LSHIFT, 'r = b >= 0 ? intLshift(a, b) : binaryOp(a, b, NB_OP);', null, false],
    ['RSHIFT', NB.RSHIFT, 'r = b >= 0 ? intRshift(a, b) : binaryOp(a, b, NB_OP);', null, false],
    ['AND', NB.AND, 'r = (a | 0) === a && (b | 0) === b ? a & b : binaryOp(a, b, NB_OP);', null, false],
    ['XOR', NB.XOR, 'r = (a | 0) === a && (b | 0) === b ? a ^ b : binaryOp(a, b, NB_OP);', null, false],
    ['OR', NB.OR, 'r = (a | 0) === a && (b | 0) === b ? a | b : binaryOp(a, b, NB_OP);', null, false],
  ] as [string, number, string | null, string | null, boolean][]) {
    for (const inplace of [false, true]) {
      const op = inplace ? 'inplaceOp' : 'binaryOp';
      table[(inplace ? 'INPLACE_' : 'BINARY_') + name] = {
        nb, inplace, int: int === null ? null : int.replaceAll('binaryOp(a, b, NB_OP)', `${op}(a, b, ${nb})`),
        float, frame,
      };
    }
  }
  return table;
}

/** The largest module or class body translated (see compileJit). */
const MAX_BODY_INSTRUCTIONS = 100;

/**
 * Instructions after which the loop re-enters the translation when the callee's frame returns.
 * After an operator's method or a property getter that did not run directly (runPending:
 * rarer) the loop goes on itself until the frame's next call or loop iteration: each label is
 * a way into the function's one loop, and fewer of them make V8's optimised code faster and
 * quicker to compile (nbody's advance: 0.79x the time; richards 0.96x without labels after
 * LOAD_ATTR).
 */
function resumesAfter(ins: Instr): boolean {
  return ins.name === 'CALL_FUNCTION' || ins.name === 'CALL_METHOD' || ins.name === 'CALL_FUNCTION_KW' ||
    ins.name === 'FOR_ITER' || ins.name === 'YIELD_VALUE' || ins.name === 'CALL_FUNCTION_EX';
}

const CMP_JS = ['<', '<=', '===', '!==', '>', '>='];

/** The helpers the generated code reaches through its closure (made on first use: import cycles). */
let helpers: Record<string, unknown> | null = null;

function makeHelpers(): Record<string, unknown> {
  return {
    FloatType, ListType, TupleType, DictType, SetType, FrozenSetType, FunctionType, BuiltinFunctionType, MethodWrapperType, MethodDescrType, WrapperDescrType,
    PyFloat, PyInstance, PyList, PyTuple, PyDict, PyGenerator, newFrame, isSubtype, typeOf,
    RangeIterType, RangeType, PyRange, ListIterType, TupleIterType, GeneratorType, CALL_PENDING, ts: tstate, genResume,
    getYieldFromIter, yieldFromStep, isDelegateDone, unwindBlocks,
    binaryOp, inplaceOp, setItem, getIter, isTrue, truthy, negative,
    intAdd, intSub, intMul, intMod, intFloorDiv, intLshift, intRshift, objectArray, unpackSequence,
    callSlow, callDirect, loadGlobal, loadAttr, methodOf, methodFound, storeAttr, typeCache, forIterNext, forIterPair, cachedMethod, superFast,
    EnumerateType, DictItemIterType, ZipType,
    binarySlow, compareSlow, subscrSlow, mulAddMod, strConcat, floatPow, runPending, resumeDirect, LEFT_TO_LOOP, initFrame, defaultsFrame, TypeType, positive, invert, storeGlobal, PySlice, None, buildMap, buildConstKeyMap,
    formatValue, setAdd, makeFunction, namesAreGlobals, loadName, storeName,
    unbound(f: Frame, off: number, i: number): never {
      f.f_lasti = off;
      throw unboundLocal(f.f_code.co_varnames[i]);
    },
    unboundCell(f: Frame, off: number, i: number): never {
      f.f_lasti = off;
      throw unboundDeref(f.f_code, i);
    },
  };
}

/**
 * The JavaScript function for `co`, or null when it has an instruction in neither set above
 * (a `with` or `try/finally` block, say), stack depths that do not agree, or is a coroutine's.
 */
export function compileJit(co: CodeObject, from = 0, to = co.co_code.length): JitFunction | null {
  const flags = co.co_flags;
  // Generators yes (the loop does YIELD_VALUE), coroutines no. Module and class bodies too:
  // their loops are often a script's hot code.
  if ((flags & (CO_COROUTINE | CO_ASYNC_GENERATOR)) !== 0) return null;
  const instrs = decode(co.co_code);
  // Only [from, to) is translated; what lies outside hands the frame to the loop. A body's loop
  // over MAX_BODY_INSTRUCTIONS is refused as a whole body would be (see isLargeBody).
  const inRegion = (ins: Instr): boolean => ins.start >= from && ins.start < to;
  if ((flags & CO_NEWLOCALS) === 0 && instrs.filter(inRegion).length > MAX_BODY_INSTRUCTIONS) return null;
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
  // A `finally` handler is translated for the way in without an exception (POP_BLOCK and
  // LOAD_CONST None fall into it, one value above its SETUP_FINALLY); the other ways in (an
  // exception, a return or break unwound to it) run in the loop, which therefore never enters
  // the translation at the handler. The END_FINALLY that closes it then pops that None.
  // A `with` block's cleanup is such a handler too, run by the loop from WITH_CLEANUP_START on
  // (handed over): its depths below are those of the way in without an exception (CPython 3.7's
  // ceval: WITH_CLEANUP_START leaves one value more, WITH_CLEANUP_FINISH two fewer, and the
  // END_FINALLY after them pops the last).
  const finallyHandlers = new Map<number, number>();
  const openFinally: number[] = [];
  const openWith: number[] = [];
  const closesFinally = new Set<number>();
  for (const ins of instrs) {
    if (!TRANSLATED.has(ins.name) && !HANDED_OVER.has(ins.name)) return null;
    const d = depth.get(ins.start);
    if (d === undefined) {
      unreached.push(ins.start);
      continue;
    }
    if (finallyHandlers.get(ins.start) === d) openFinally.push(d);
    let effect = stackEffect(ins.op, ins.arg, false);
    const topFinally = openFinally.length > 0 ? openFinally[openFinally.length - 1] : -1;
    const topWith = openWith.length > 0 ? openWith[openWith.length - 1] : -1;
    if (ins.name === 'WITH_CLEANUP_START' && topFinally === d) {
      openFinally.pop();
      openWith.push(d - 1);
      effect = 1;
    } else if (ins.name === 'WITH_CLEANUP_FINISH' && topWith === d - 2) {
      effect = -2;
    } else if (ins.name === 'END_FINALLY' && topWith === d) {
      openWith.pop();
      closesFinally.add(ins.start);
      effect = -1;
    } else if (ins.name === 'END_FINALLY' && topFinally === d) {
      openFinally.pop();
      closesFinally.add(ins.start);
      effect = -1;
    }
    const t = jumpTarget(ins);
    if (ins.name === 'SETUP_FINALLY' || ins.name === 'SETUP_WITH') finallyHandlers.set(t, d + 1);
    // A loop block's end is where BREAK_LOOP goes, at the depth of its SETUP_LOOP.
    else if (t >= 0) {
      labels.add(t);
      if (!reach(t, d + stackEffect(ins.op, ins.arg, true))) return null;
    }
    if (resumesAfter(ins)) labels.add(ins.next);
    // A generator suspended in `yield from` resumes at the YIELD_FROM, the sent value pushed.
    if (ins.name === 'YIELD_FROM') labels.add(ins.start);
    const falls = ins.name !== 'RETURN_VALUE' && ins.name !== 'JUMP_FORWARD' && ins.name !== 'JUMP_ABSOLUTE' &&
      ins.name !== 'BREAK_LOOP' && ins.name !== 'RAISE_VARARGS';
    if (falls && !reach(ins.next, d + effect)) {
      return null;
    }
  }
  // `for a, b in …`: the step that makes no tuple (forIterPair) goes on after the unpack.
  for (let i = 1; i < instrs.length; i++) {
    const ins = instrs[i];
    if (ins.name === 'UNPACK_SEQUENCE' && ins.arg === 2 && instrs[i - 1].name === 'FOR_ITER') labels.add(ins.next);
  }
  // Code first reached by a backward jump would have been passed over above: not translated
  // (CPython 3.7's compiler never lays code out that way, but nothing here relies on it).
  if (unreached.some(off => depth.has(off))) return null;
  const nlocals = co.co_nlocals, ncells = co.co_cellvars.length + co.co_freevars.length;
  const nparams = co.co_cellvars.length !== 0 ? 0 : co.co_argcount + co.co_kwonlyargcount +
    ((co.co_flags & CO_VARARGS) !== 0 ? 1 : 0) + ((co.co_flags & CO_VARKEYWORDS) !== 0 ? 1 : 0);
  // Without SETUP_LOOP or SETUP_EXCEPT no block is ever set up: a return need not look.
  const hasBlocks = instrs.some(ins => ins.name === 'SETUP_LOOP' || ins.name === 'SETUP_EXCEPT' || ins.name === 'SETUP_FINALLY' ||
    ins.name === 'SETUP_WITH');
  // Code with an exception handler catches what is raised in it (JIT_RAISED), so that a loop
  // whose body raises and handles every time still returns for V8 to count it hot. Only that
  // code: a try/catch around a function keeps V8 from removing the float and other
  // temporaries it otherwise never allocates (nbody's `advance` 1.4x slower with one).
  const catches = instrs.some(ins => ins.name === 'SETUP_EXCEPT' || ins.name === 'SETUP_FINALLY' || ins.name === 'SETUP_WITH');
  const deleted = new Set(instrs.filter(ins => ins.name === 'DELETE_FAST').map(ins => ins.arg));
  const bound = boundLocals(instrs, nlocals, nparams, deleted);
  const base = nlocals + ncells;
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
  // A for loop's iterator is written to the frame by GET_ITER and stays in its slot, unchanged,
  // until FOR_ITER leaves the loop (the body runs above it): no spill needs to write it again.
  const iterSlots: { from: number; to: number; slot: number }[] = [];
  for (let i = 0; i + 1 < instrs.length; i++) {
    const g = instrs[i], loop = instrs[i + 1], d = depth.get(g.start);
    if (g.name === 'GET_ITER' && loop.name === 'FOR_ITER' && d !== undefined) {
      iterSlots.push({ from: loop.start, to: jumpTarget(loop), slot: d - 1 });
    }
  }
  let inSync: number[] = [];
  let spilled = 0;
  const spillRange = (from: number, to: number): string => {
    spilled = Math.max(spilled, to);
    let s = '';
    for (let k = from; k < to; k++) if (!inSync.includes(k)) s += `lp[${base + k}] = s${k}; `;
    return s;
  };
  const spill = (n: number): string => spillRange(0, n);
  const clearSlots = (from: number, to: number): string => {
    let s = '';
    for (let k = from; k < to; k++) s += `lp[${base + k}] = null; `;
    return s;
  };
  // The instruction before instrs[index] that entered at stack depth `at` with nothing since
  // going below it: what pushed the value a call finds there (its callee's LOAD_GLOBAL, its
  // method's LOAD_METHOD, one deeper), or null.
  const producer = (index: number, at: number): Instr | null => {
    for (let j = index - 1; j >= 0; j--) {
      const dj = depth.get(instrs[j].start);
      if (dj === at) return instrs[j];
      if (dj === undefined || dj < at) return null;
    }
    return null;
  };
  // Cache entries (vm/attr_cache.ts) the translation reads, as A0, A1... (constants of its
  // closure: V8 embeds them in the optimised code). A site's first entry stays the same object.
  const sites: AttrCache[] = [];
  // The blocks SETUP_LOOP, SETUP_EXCEPT and SETUP_FINALLY push, as B0, B1... after the sites in
  // the closure's constants: a block's type, handler and level are the instruction's, and
  // nothing changes a block once pushed (only an EXCEPT_HANDLER block's level, which the
  // loop's unwinder makes afresh), so each push shares one object instead of allocating.
  const blocks: TryBlock[] = [];
  const block = (type: number, handler: number, level: number): string =>
    `B${blocks.push(new TryBlock(type, handler, level)) - 1}`;
  const out: string[] = [];
  // The last instruction of a `(x * c1 + c2) % m` or `x * c1 % m` written as one step, or -1.
  let fusedEnd = -1;
  for (let index = 0; index < instrs.length; index++) {
    const ins = instrs[index];
    const d = depth.get(ins.start);
    if (fusedEnd >= 0 && index > fusedEnd) {
      out.push('} }');
      fusedEnd = -1;
    }
    if (labels.has(ins.start)) out.push(`case ${ins.start}:`);
    if (d === undefined) continue;
    if (!inRegion(ins)) {
      // Entered here, or fallen into from the region: the loop carries on.
      if (labels.has(ins.start) || (index > 0 && inRegion(instrs[index - 1]))) out.push(`{ ${spill(d)}f.pc = ${ins.start}; f.sp = ${base + d}; return ${JIT_BAIL}; }`);
      continue;
    }
    inSync = iterSlots.filter(r => r.from <= ins.start && ins.start < r.to).map(r => r.slot);
    const off = ins.off, arg = ins.arg, next = ins.next;
    const bail = (sp: number): string => `{ ${spill(sp)}f.pc = ${ins.start}; f.sp = ${base + sp}; return ${JIT_BAIL}; }`;
    // The operator's out-of-line half (vm/jit_runtime.ts), which may return the frame of an
    // instance's method: the operands are then on the frame's stack, for its result to replace.
    const slowCall = (call: string): string => `{ f.f_lasti = ${off}; r = ${call};
  if (r === CALL_PENDING) { ${spill(d - 2)}f.pc = ${next}; r = runPending(f); if (r === LEFT_TO_LOOP) return ${JIT_ENTERED}; } }`;
    const fused = ins.name === 'BINARY_MULTIPLY' && fusedEnd < 0 ? mulAddModConstants(co, instrs, index, labels, inRegion) : null;
    if (fused !== null) {
      // The int case as one step; the instructions after this one to the modulo are the others'.
      out.push(`{ const x = ${S(d - 2)}; if (typeof x === 'number') ${S(d - 2)} = mulAddMod(x, ${fused[1].join(', ')}); else {`);
      fusedEnd = index + fused[0];
    }
    const binary = (BINARY ??= binaryTable())[ins.name];
    if (binary !== undefined) {
      let code = `{ const b = ${S(d - 1)}, a = ${S(d - 2)}; let r;\n  `;
      // Int %, // and shifts can raise (by zero, a negative count): the traceback needs f_lasti.
      const raises = binary.nb !== NB.ADD && binary.nb !== NB.SUBTRACT && binary.nb !== NB.MULTIPLY ? `f.f_lasti = ${off}; ` : '';
      if (binary.int !== null) code += `if (typeof a === 'number' && typeof b === 'number') { ${raises}${binary.int} }\n  else `;
      if (binary.float !== null) {
        // A float with an int the size of a JavaScript number: Python converts the int to a
        // float, exactly (|n| <= 2**53), and does the float operation, as here.
        const div = binary.nb === NB.TRUE_DIVIDE, op = binary.float;
        code += `if (a.ob_type === FloatType && b.ob_type === FloatType${div ? ' && b.value !== 0' : ''}) r = new PyFloat(a.value ${op} b.value);
  else if (a.ob_type === FloatType && typeof b === 'number'${div ? ' && b !== 0' : ''}) r = new PyFloat(a.value ${op} b);
  else if (typeof a === 'number' && b.ob_type === FloatType${div ? ' && b.value !== 0' : ''}) r = new PyFloat(a ${op} b.value);\n  else `;
      }
      if (binary.nb === NB.ADD) code += `if (typeof a === 'string' && typeof b === 'string') { f.f_lasti = ${off}; r = strConcat(a, b); }\n  else `;
      if (binary.nb === NB.POWER) {
        // `x ** 0.5`, `x ** 2` for a positive float x: always a float (or OverflowError).
        code += `if (a.ob_type === FloatType && a.value > 0 && (b.ob_type === FloatType || typeof b === 'number')) {
    f.f_lasti = ${off}; r = new PyFloat(floatPow(a.value, typeof b === 'number' ? b : b.value)); }\n  else `;
      }
      code += slowCall(`binarySlow(f, ${base + d}, a, b, ${binary.nb}, ${binary.inplace}, ${binary.frame})`);
      out.push(`${code}\n  ${S(d - 2)} = r; }`);
      continue;
    }
    switch (ins.name) {
      case 'LOAD_FAST':
        // Not tested where the local is certainly bound (vm/jit_bound.ts): a parameter (unless
        // a cell, whose slot the call leaves empty) or a local stored on every way here.
        out.push(isBound(bound.get(ins.start), arg) ? `${S(d)} = l${arg};` : `if ((${S(d)} = l${arg}) === null) unbound(f, ${off}, ${arg});`);
        break;
      case 'DELETE_FAST':
        out.push(`if (l${arg} === null) unbound(f, ${off}, ${arg}); lp[${arg}] = l${arg} = null;`);
        break;
      case 'SETUP_FINALLY':
        // As SETUP_EXCEPT: the stack under the block is in the frame for the loop's unwinder.
        out.push(`${spill(d)}f.sp = ${base + d}; f.f_blockstack.push(${block(Op.SETUP_FINALLY, next + arg, base + d)});`);
        break;
      case 'END_FINALLY':
        // Closing a finally entered without an exception, the None on top is popped; anything
        // else (an except clause that matched nothing, re-raising) the loop does.
        out.push(closesFinally.has(ins.start) ? `if (${S(d - 1)} !== None) ${bail(d)}` : bail(d));
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
      case 'JUMP_IF_FALSE_OR_POP': case 'JUMP_IF_TRUE_OR_POP':
        out.push(`f.f_lasti = ${off}; if (${ins.name === 'JUMP_IF_TRUE_OR_POP' ? '' : '!'}truthy(${S(d - 1)})) { pc = ${arg}; continue; }`);
        break;
      case 'STORE_SUBSCR':
        out.push(`{ const i = ${S(d - 1)}, a = ${S(d - 2)}, v = ${S(d - 3)};
  if (typeof i === 'number' && a.ob_type === ListType && i >= 0 && i < a.items.length) a.items[i] = v;
  else if (a.ob_type === DictType) { f.f_lasti = ${off}; a.set(i, v); }
  else if (a instanceof PyInstance) ${bail(d)}
  else { f.f_lasti = ${off}; setItem(a, i, v); } }`);
        break;
      case 'UNPACK_SEQUENCE': {
        // An exact tuple or list of the right length (`for a, b in pairs`, `x, y = p`) is
        // unpacked here, its first item on top; anything else by the loop's helper.
        let load = '', take = '';
        for (let k = d - 1; k < d - 1 + arg; k++) load += `${S(k)} = lp[${base + k}]; `;
        for (let k = 0; k < arg; k++) take += `${S(d - 1 + k)} = it[${arg - 1 - k}]; `;
        spilled = Math.max(spilled, d - 1 + arg);
        out.push(`{ const t = ${S(d - 1)}, u = t.ob_type; let it;
  if ((u === TupleType || u === ListType) && (it = t.items).length === ${arg}) { ${take}}
  else { f.f_lasti = ${off}; unpackSequence(lp, ${base + d - 1}, t, ${arg}); ${load}} }`);
        break;
      }
      case 'BUILD_TUPLE': case 'BUILD_LIST': {
        let push = '';
        // One elements kind for all item arrays, as the loop's slices of the value stack.
        for (let k = d - arg; k < d; k++) push += `t.push(${S(k)}); `;
        out.push(`{ const t = objectArray(); ${push}${S(d - arg)} = new ${ins.name === 'BUILD_LIST' ? 'PyList' : 'PyTuple'}(t); }`);
        break;
      }
      case 'BINARY_SUBSCR':
        out.push(`{ const i = ${S(d - 1)}, a = ${S(d - 2)}, u = a.ob_type; let r;
  if (typeof i === 'number' && (u === ListType || u === TupleType) &&
      (r = a.items[i < 0 ? i + a.items.length : i]) !== undefined) {}
  else if ((typeof i === 'string' || typeof i === 'number') && u === DictType && (r = a.get(i)) !== undefined) {}
  else ${slowCall(`subscrSlow(f, ${base + d}, a, i)`)}
  ${S(d - 2)} = r; }`);
        break;
      case 'COMPARE_OP': {
        if (arg === 8 || arg === 9) {
          out.push(`${S(d - 2)} = ${S(d - 2)} ${arg === 8 ? '===' : '!=='} ${S(d - 1)};`);
          break;
        }
        // Tested here, in order, as [test, result]: two ints; for == and != two strs; a float
        // with a float or an int the size of a JavaScript number (Python compares them
        // exactly, as the int's double here); `k in d` / `k not in d` on an exact dict and a
        // str key, or on an exact set or frozenset and a str or an int. No Python code runs in
        // any of them; anything else goes to compareSlow.
        const op = CMP_JS[arg], not = arg === 7 ? '!' : '';
        const fastTests: [string, string][] = arg < 6 ? [
          [`typeof a === 'number' && typeof b === 'number'`, `a ${op} b`],
          ...(arg === 2 || arg === 3 ? [[`typeof a === 'string' && typeof b === 'string'`, `a ${op} b`] as [string, string]] : []),
          [`a.ob_type === FloatType && b.ob_type === FloatType`, `a.value ${op} b.value`],
          [`a.ob_type === FloatType && typeof b === 'number'`, `a.value ${op} b`],
          [`typeof a === 'number' && b.ob_type === FloatType`, `a ${op} b.value`],
        ] : arg === 6 || arg === 7 ? [
          [`typeof a === 'string' && b.ob_type === DictType`, `${not}b.hasStr(a)`],
          [`(typeof a === 'string' || typeof a === 'number') && (b.ob_type === SetType || b.ob_type === FrozenSetType)`, `${not}b.has(a)`],
        ] : [];
        const fast = (to: string): string => fastTests.map(([test, result]) => `if (${test}) ${to} = ${result};\n  else `).join('');
        const jump = instrs[index + 1];
        if (fastTests.length > 0 && jump !== undefined && (jump.name === 'POP_JUMP_IF_FALSE' || jump.name === 'POP_JUMP_IF_TRUE') && !labels.has(jump.start)) {
          // `if a < b:`, `while i < n:` and `if k in d:` as one test, without a bool in between.
          out.push(`{ const b = ${S(d - 1)}, a = ${S(d - 2)}; let t;
  ${fast('t')}{
    f.f_lasti = ${off}; let r = compareSlow(f, ${base + d}, a, b, ${arg});
    if (r === CALL_PENDING) { ${spill(d - 2)}f.pc = ${next}; r = runPending(f); if (r === LEFT_TO_LOOP) return ${JIT_ENTERED}; }
    if (r === true) t = true; else if (r === false) t = false; else { f.f_lasti = ${jump.off}; t = isTrue(r); }
  }
  if (${jump.name === 'POP_JUMP_IF_TRUE' ? 't' : '!t'}) { pc = ${jump.arg}; continue; } }`);
          index++;
          break;
        }
        out.push(`{ const b = ${S(d - 1)}, a = ${S(d - 2)}; let r;
  ${fast('r')}${slowCall(`compareSlow(f, ${base + d}, a, b, ${arg})`)}
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
        out.push(`f.f_blockstack.push(${block(Op.SETUP_LOOP, next + arg, base + d)});`);
        break;
      case 'SETUP_EXCEPT':
        // An exception the block catches is unwound by the loop (handleError), from f.sp down to
        // the block's level, which the stack under it must already be in the frame for: those
        // values do not change while the block is set up. The loop then re-enters the
        // translation at the handler (a jump target); POP_EXCEPT and END_FINALLY go to the loop.
        out.push(`${spill(d)}f.sp = ${base + d}; f.f_blockstack.push(${block(Op.SETUP_EXCEPT, next + arg, base + d)});`);
        break;
      case 'POP_BLOCK':
        // A loop or except block, with the stack back at the block's level.
        out.push(`f.f_blockstack.pop();`);
        break;
      case 'GET_ITER': {
        // As the loop: a generator is its own iterator, marked when nothing else refers to it.
        const prev = index > 0 ? instrs[index - 1].name : '';
        const transient = prev === 'CALL_FUNCTION' || prev === 'CALL_METHOD' || prev === 'CALL_FUNCTION_KW' || prev === 'CALL_FUNCTION_EX';
        // The iterator is also written to the frame: leaving the loop by an exception, the
        // loop's unwinder finalizes a transient generator found in the loop block's slot.
        spilled = Math.max(spilled, d);
        out.push(`{ const o = ${S(d - 1)}; if (o.ob_type === GeneratorType) o.gi_transient = ${transient}; else { f.f_lasti = ${off}; ${S(d - 1)} = getIter(o); }
  lp[${base + d - 1}] = ${S(d - 1)}; }`);
        break;
      }
      case 'FOR_ITER': {
        // A generator's frame runs above this one (vm/gen_inline.ts), its translation run
        // directly to its next yield (the value) or its return (null: the loop's exit); else
        // the loop runs it and comes back here after its yield or return.
        const un = instrs[index + 1];
        let pair = '';
        if (un !== undefined && un.name === 'UNPACK_SEQUENCE' && un.arg === 2 && inRegion(un) && labels.has(un.next)) {
          // `for i, x in enumerate(xs)`, `for k, v in d.items()`, `for a, b in zip(xs, ys)`:
          // the two values without the tuple, left as the unpack leaves them.
          spilled = Math.max(spilled, d + 2);
          pair = `else if ((t === EnumerateType || t === DictItemIterType || t === ZipType) &&
      (k = (f.f_lasti = ${off}, forIterPair(it, t, lp, ${base + d}))) >= 0) {
    if (k === 0) { pc = ${next + arg}; continue; }
    ${S(d)} = lp[${base + d}]; ${S(d + 1)} = lp[${base + d + 1}]; pc = ${un.next}; continue;
  } `;
        }
        // A range, list or tuple iterator's step neither raises nor runs Python code, so
        // nothing can read f_lasti before the next instruction that can sets its own.
        out.push(`{ const it = ${S(d - 1)}, t = it.ob_type; let v, k;
  if (t === RangeIterType || t === ListIterType || t === TupleIterType) v = forIterNext(it);
  else if (t === GeneratorType) {
    ${spill(d)}f.f_lasti = ${off}; f.sp = ${base + d}; f.pc = ${next};
    const g = genResume(it, f, ${next + arg});
    if (g === null) v = null;
    else if ((v = resumeDirect(f, g)) === LEFT_TO_LOOP) return ${JIT_ENTERED};
  } else if (it instanceof PyInstance || it instanceof PyGenerator) ${bail(d)}
  ${pair}else { f.f_lasti = ${off}; v = forIterNext(it); }
  if (v === null) { pc = ${next + arg}; continue; }
  ${S(d)} = v; }`);
        break;
      }
      case 'GET_YIELD_FROM_ITER':
        out.push(`f.f_lasti = ${off}; ${S(d - 1)} = getYieldFromIter(${S(d - 1)}, ${co.co_flags});`);
        break;
      case 'YIELD_FROM':
        // As the loop: one step of the delegate; its value is yielded with the frame set to run
        // this instruction again on resumption, until the delegate is done.
        out.push(`{ f.f_lasti = ${off}; const r = yieldFromStep(${S(d - 2)}, ${S(d - 1)});
  if (isDelegateDone()) ${S(d - 2)} = r;
  else { ${spill(d - 1)}f.sp = ${base + d - 1}; f.pc = ${ins.start}; f.f_retval = r; return ${JIT_YIELD}; } }`);
        break;
      case 'YIELD_VALUE':
        // The loop suspends the frame; resumed, it comes back here after the yield.
        out.push(`${spill(d - 1)}f.f_lasti = ${off}; f.sp = ${base + d - 1}; f.pc = ${next}; f.f_retval = ${S(d - 1)}; return ${JIT_YIELD};`);
        break;
      case 'LOAD_ATTR': {
        // A site whose cache has seen one class, reading the instance dict only (`self.x`),
        // tests that entry itself: the receiver's class, the name at the entry's hint. The class
        // is enough to know the receiver is a PyInstance (a str or an int has no ob_type), and
        // `!= null` also refuses an object without a dict; no `instanceof`, whose prototype
        // walk made TurboFan's graphs of richards' translations a tenth larger.
        const name = JSON.stringify(co.co_names[arg]), e = co.co_attrcache?.[next >> 1];
        const full = `f.f_lasti = ${off}; v = loadAttr(co, ${next}, o, ${name}, true);
  if (v === CALL_PENDING) { ${spill(d - 1)}f.sp = ${base + d - 1}; f.pc = ${next}; v = runPending(f); if (v === LEFT_TO_LOOP) return ${JIT_ENTERED}; }`;
        const a = dictLoadSite(e) ? `A${sites.push(e) - 1}` : '';
        out.push(a === '' ? `{ const o = ${S(d - 1)}; let v; ${full}
  ${S(d - 1)} = v; }` : `{ const o = ${S(d - 1)}; let v, dd;
  if (o.ob_type === ${a}.type && ${a}.kind === ${DICT_LOAD_KIND} && ${a}.epoch === typeCache.epoch &&
      (dd = o.dict) != null && dd.keys[${a}.hint] === ${name}) v = dd.vals[${a}.hint];
  else { ${full} }
  ${S(d - 1)} = v; }`);
        break;
      }
      case 'STORE_ATTR': {
        // As LOAD_ATTR: an existing instance-dict entry is replaced in place.
        const name = JSON.stringify(co.co_names[arg]), e = co.co_attrcache?.[next >> 1];
        const full = `f.f_lasti = ${off}; storeAttr(co, ${next}, ${S(d - 1)}, ${name}, ${S(d - 2)});`;
        const a = dictStoreSite(e) ? `A${sites.push(e) - 1}` : '';
        out.push(a === '' ? full : `{ const o = ${S(d - 1)}; let dd;
  if (o.ob_type === ${a}.type && ${a}.kind === ${DICT_STORE_KIND} && ${a}.epoch === typeCache.epoch &&
      (dd = o.dict) != null && dd.keys[${a}.hint] === ${name}) dd.vals[${a}.hint] = ${S(d - 2)};
  else { ${full} } }`);
        break;
      }
      case 'LOAD_METHOD': {
        // A site that has found a builtin type's method (`s.strip`, `xs.append`) asks its cache
        // entry first, inline; the rest call methodOf, whose result and self stay in registers.
        const name = JSON.stringify(co.co_names[arg]), e = co.co_attrcache?.[next >> 1];
        const full = `f.f_lasti = ${off}; { const o = ${S(d - 1)}, m = methodOf(co, ${next}, o, ${name}), k = methodFound.kind;
  if (k === ${METHOD_SELF}) { ${S(d - 1)} = m; ${S(d)} = o; } else if (k === ${METHOD_NONE}) { ${S(d - 1)} = null; ${S(d)} = m; }
  else { ${S(d - 1)} = m; ${S(d)} = methodFound.obj; methodFound.obj = null; } }`;
        if (nativeMethodSite(e)) {
          out.push(`{ const m = cachedMethod(A${sites.push(e) - 1}, ${S(d - 1)});
  if (m !== undefined) { ${S(d)} = ${S(d - 1)}; ${S(d - 1)} = m; }
  else { ${full} } }`);
        } else {
          out.push(full);
        }
        break;
      }
      case 'CALL_FUNCTION': case 'CALL_METHOD': case 'CALL_FUNCTION_KW': {
        // The callee and its arguments are read from localsplus, and the stack below them is
        // where the loop finds it if the callee runs as a frame.
        const fi = ins.name === 'CALL_FUNCTION' ? d - arg - 1 : d - arg - 2;
        const callExpr = ins.name === 'CALL_FUNCTION' ? `callSlow(f, ${base + fi}, ${arg}, null, ${base + d})`
          : ins.name === 'CALL_FUNCTION_KW' ? `callSlow(f, ${base + fi}, ${arg}, ${S(d - 1)}.items, ${base + d})`
          : `callSlow(f, ${base + fi}, ${arg + 1}, null, ${base + d})`;
        // A function with positional parameters only, called with as many arguments (a method
        // found by LOAD_METHOD counts its instance): its frame gets them straight from the
        // variables, and only the stack under the callee goes to the frame, for the loop to
        // run the function; a leaf runs here and then not even that.
        let direct = '';
        if (ins.name !== 'CALL_FUNCTION_KW') {
          // What the callee was when the caches last saw it: only the paths for that kind of
          // callee are written (smaller translations compile sooner); any callee still works
          // through the generic call.
          const from = producer(index, ins.name === 'CALL_FUNCTION' ? fi : fi + 1);
          const callee = ins.name === 'CALL_FUNCTION' && from?.name === 'LOAD_GLOBAL' ? lastGlobal(co, from.arg) : undefined;
          const site = ins.name === 'CALL_METHOD' && from?.name === 'LOAD_METHOD' ? co.co_attrcache?.[from.next >> 1] : undefined;
          const pyMethod = pythonMethodSite(site);
          // The function the cache last found for a method call of Python methods.
          const methodSeen = pyMethod ? site?.descr : undefined;
          const anyCallee = callee === undefined || callee instanceof PyFunction;
          const argc = ins.name === 'CALL_FUNCTION' ? arg : arg + 1;
          let store = '';
          for (let k = 0; k < argc; k++) store += `a[${k}] = ${S(fi + 1 + k)}; `;
          // The stack under the callee goes to the frame even for a direct run: an exception
          // the callee raises and itself catches leaves this function through the loop's handler.
          const run = `${spill(fi)}${S(fi)} = callDirect(f, nf);
  if (${S(fi)} === LEFT_TO_LOOP) return ${JIT_ENTERED};`;
          if (anyCallee && !nativeMethodSite(site)) {
            direct = `if (${isFunction(S(fi), ins.name === 'CALL_METHOD')} && ${S(fi)}.func_code.co_simpleArgc === ${argc}) {
  nf = newFrame(${S(fi)}); const a = nf.localsplus; ${store}
  ${run}
} else `;
            // The same function called with fewer arguments, its defaults making up the rest,
            // written where the function the caches last saw there is such a call.
            const seen = callee ?? methodSeen;
            if (seen instanceof PyFunction && seen.func_defaults !== null && seen.func_code.co_simpleArgc > argc) {
              direct += `if (${isFunction(S(fi), ins.name === 'CALL_METHOD')} && (nf = defaultsFrame(${S(fi)}, ${argc})) !== null) {
  const a = nf.localsplus; ${store}
  ${run}
} else `;
            }
          }
          // A class statement's class (a builtin type's __init__ is never a Python function).
          if (ins.name === 'CALL_FUNCTION' && (callee === undefined || (callee instanceof PyType && (callee.flags & TPFLAGS_HEAPTYPE) !== 0))) {
            // A class whose __init__ is such a function (and whose __new__ is object's); only a
            // class whose metaclass is type qualifies (initFrame), so its class is tested first.
            let initStore = '';
            for (let k = 0; k < arg; k++) initStore += `a[${k + 1}] = ${S(fi + 1 + k)}; `;
            direct += `if (${S(fi)}.ob_type === TypeType && (nf = initFrame(${S(fi)}, ${arg})) !== null) {
  const a = nf.localsplus; ${initStore}
  ${run}
} else `;
          }
          if (callee === RangeType && ins.name === 'CALL_FUNCTION' && arg >= 1 && arg <= 3) {
            // `range(n)`, `range(a, b)`, `range(a, b, s)` of ints the size of JavaScript numbers
            // (a step not 0): the range made here, without the type call's argument handling.
            const a1 = S(fi + 1), a2 = S(fi + 2), a3 = S(fi + 3);
            const test = arg === 1 ? `typeof ${a1} === 'number'`
              : `typeof ${a1} === 'number' && typeof ${a2} === 'number'${arg === 3 ? ` && typeof ${a3} === 'number' && ${a3} !== 0` : ''}`;
            const make = arg === 1 ? `new PyRange(0, ${a1}, 1)` : `new PyRange(${a1}, ${a2}, ${arg === 3 ? a3 : '1'})`;
            direct += `if (${S(fi)} === RangeType && ${test}) ${S(fi)} = ${make};
else `;
          }
          if (callee instanceof PyType && callee.vectorcall !== null && ins.name === 'CALL_FUNCTION') {
            // `str(i)`, `int(s)`, `enumerate(xs)`: a builtin type with a conversion entry, called
            // with the arguments from the variables, as callOther calls it.
            let push = '';
            for (let k = 0; k < arg; k++) push += `args.push(${S(fi + 1 + k)}); `;
            direct += `if (${S(fi)}.ob_type === TypeType && ${S(fi)}.vectorcall !== null && !ts.tracing) {
  const args = objectArray(); ${push}${S(fi)} = ${S(fi)}.vectorcall(args, null);
} else `;
          }
          if (callee === superFast.type && arg === 0) {
            // `super()`, the object made straight from this frame.
            direct += `if (${S(fi)} === superFast.type) ${S(fi)} = superFast.make();
else `;
          } else if (callee instanceof PyBuiltinFunction && arg <= 2 && fixedArity(callee, arg) !== null) {
            // `len(x)`, `isinstance(o, C)`: a builtin with an entry for this many arguments.
            let values = '';
            for (let k = 0; k < arg; k++) values += `, ${S(fi + 1 + k)}`;
            direct += `if (${isBuiltin(S(fi))} && ${S(fi)}.fn${arg} !== null && !ts.tracing) {
  ${S(fi)} = ${S(fi)}.fn${arg}(${S(fi)}.self${values});
} else `;
          } else if (callee instanceof PyBuiltinFunction) {
            // A global that was another builtin function when translated.
            let push = '';
            for (let k = 0; k < arg; k++) push += `args.push(${S(fi + 1 + k)}); `;
            direct += `if (${isBuiltin(S(fi))} && !ts.tracing) {
  const args = objectArray(); ${push}${S(fi)} = ${S(fi)}.fn(${S(fi)}.self, args, null);
} else `;
          }
          if (arg <= 2 && nativeMethodSite(site) && fixedArity(site.descr, arg) !== null) {
            // `s.strip(".,")`, `xs.append(x)`: the method LOAD_METHOD found there has an entry
            // for this many arguments.
            let values = '';
            for (let k = 0; k < arg; k++) values += `, ${S(fi + 2 + k)}`;
            direct += `if (${isMethodDescr(S(fi))} && ${S(fi)}.fn${arg} !== null && !ts.tracing && isSubtype(typeOf(${S(fi + 1)}), ${S(fi)}.objclass)) {
  ${S(fi)} = ${S(fi)}.fn${arg}(${S(fi + 1)}${values});
} else `;
          }
          if (ins.name === 'CALL_METHOD' && moduleSite(site)) {
            // `math.sqrt(x)`, `mod.f(x)`: a module's function, called without a self (the NULL
            // LOAD_METHOD left under it).
            let push = '', store = '';
            for (let k = 0; k < arg; k++) {
              push += `args.push(${S(fi + 2 + k)}); `;
              store += `a[${k}] = ${S(fi + 2 + k)}; `;
            }
            const fn = S(fi + 1);
            direct = `if (${S(fi)} === null && ${isBuiltin(fn)} && !ts.tracing) {
  const args = objectArray(); ${push}${S(fi)} = ${fn}.fn(${fn}.self, args, null);
} else if (${S(fi)} === null && ${isFunction(fn, false)} && ${fn}.func_code.co_simpleArgc === ${arg}) {
  nf = newFrame(${fn}); const a = nf.localsplus; ${store}
  ${run}
} else `;
          } else if (ins.name === 'CALL_METHOD' && !pyMethod) {
            // A builtin type's method found by LOAD_METHOD (`s.strip(".,")`, `xs.append(x)`):
            // the native function with the arguments from the variables, as callOther calls it.
            let push = '';
            for (let k = 1; k < argc; k++) push += `args.push(${S(fi + 1 + k)}); `;
            direct += `if (${isMethodDescr(S(fi))} && !ts.tracing && isSubtype(typeOf(${S(fi + 1)}), ${S(fi)}.objclass)) {
  const args = objectArray(); ${push}${S(fi)} = ${S(fi)}.fn(${S(fi + 1)}, args, null);
} else `;
          }
        }
        out.push(`{ f.f_lasti = ${off}; f.pc = ${next}; f.sp = ${base + fi}; let nf;
  ${direct}{ ${spill(d)}${S(fi)} = ${callExpr};
  if (${S(fi)} === LEFT_TO_LOOP) return ${JIT_ENTERED}; }
  if (ts.tracing) { lp[${base + fi}] = ${S(fi)}; f.sp = ${base + fi + 1}; return ${JIT_BAIL}; } }`);
        break;
      }
      case 'UNARY_POSITIVE': case 'UNARY_INVERT':
        out.push(`f.f_lasti = ${off}; ${S(d - 1)} = ${ins.name === 'UNARY_POSITIVE' ? 'positive' : 'invert'}(${S(d - 1)});`);
        break;
      case 'STORE_GLOBAL':
        out.push(`f.f_lasti = ${off}; storeGlobal(f, ${arg}, ${S(d - 1)});`);
        break;
      case 'LOAD_CLOSURE':
        out.push(`${S(d)} = lp[${nlocals + arg}];`);
        break;
      case 'LOAD_DEREF':
        out.push(`if ((${S(d)} = lp[${nlocals + arg}].ob_ref) === null) unboundCell(f, ${off}, ${arg});`);
        break;
      case 'STORE_DEREF':
        out.push(`lp[${nlocals + arg}].ob_ref = ${S(d - 1)};`);
        break;
      case 'BUILD_SLICE':
        out.push(`${S(d - arg)} = new PySlice(${S(d - arg)}, ${S(d - arg + 1)}, ${arg === 3 ? S(d - 1) : 'None'});`);
        break;
      case 'BUILD_MAP':
        out.push(arg === 0 ? `${S(d)} = new PyDict();`
          : `f.f_lasti = ${off}; ${spillRange(d - 2 * arg, d)}${S(d - 2 * arg)} = buildMap(lp, ${base + d - 2 * arg}, ${arg});`);
        break;
      case 'BUILD_CONST_KEY_MAP':
        out.push(`f.f_lasti = ${off}; ${spillRange(d - 1 - arg, d - 1)}${S(d - 1 - arg)} = buildConstKeyMap(lp, ${base + d - 1 - arg}, ${arg}, ${S(d - 1)});`);
        break;
      case 'BUILD_STRING': {
        let concat = "''";
        for (let k = d - arg; k < d; k++) concat += ` + ${S(k)}`;
        out.push(`${S(d - arg)} = ${concat};`);
        break;
      }
      case 'FORMAT_VALUE':
        out.push((arg & 4) !== 0 ? `f.f_lasti = ${off}; ${S(d - 2)} = formatValue(${S(d - 2)}, ${arg}, ${S(d - 1)});`
          : `f.f_lasti = ${off}; ${S(d - 1)} = formatValue(${S(d - 1)}, ${arg}, null);`);
        break;
      case 'LIST_APPEND':
        out.push(`${S(d - 1 - arg)}.items.push(${S(d - 1)});`);
        break;
      case 'SET_ADD':
        out.push(`f.f_lasti = ${off}; setAdd(${S(d - 1 - arg)}, ${S(d - 1)});`);
        break;
      case 'MAP_ADD':
        out.push(`f.f_lasti = ${off}; ${S(d - 2 - arg)}.set(${S(d - 1)}, ${S(d - 2)});`);
        break;
      case 'MAKE_FUNCTION': {
        const first = d - 2 - makeFunctionExtra(arg);
        out.push(`f.f_lasti = ${off}; ${spillRange(first, d)}${S(first)} = makeFunction(f, lp, ${base + d - 1}, ${arg});`);
        break;
      }
      case 'BREAK_LOOP':
        // As the loop: unwindBlocks pops the blocks down to the innermost loop's, and with them
        // the stack (written to the frame first), finalizing a generator only the for loop
        // referred to (vm/unwind.ts, closeTransient); the loop's end is a label. The variables
        // under the loop block's level are unchanged.
        out.push(`{ ${spill(d)}f.sp = ${base + d}; f.f_lasti = ${off}; const t = unwindBlocks(f, ${WHY_BREAK}, None);
  if (t < 0) return ${JIT_RETURN};
  f.pc = pc = t; continue; }`);
        break;
      case 'RAISE_VARARGS':
        // Rare by nature: the loop raises it.
        out.push(bail(d));
        break;
      case 'RETURN_VALUE':
        // A return from inside loops or an except block leaves them as BREAK_LOOP does; a
        // `finally` never is in a translation, so nothing stops the return.
        out.push(`${hasBlocks ? `if (f.f_blockstack.length !== 0) { ${spill(d - 1)}f.sp = ${base + d - 1}; f.f_lasti = ${off};
  const t = unwindBlocks(f, ${WHY_RETURN}, ${S(d - 1)}); if (t >= 0) { f.pc = t; return ${JIT_BAIL}; } }
else ` : ''}f.f_retval = ${S(d - 1)}; CLEAR_SPILLED return ${JIT_RETURN};`);
        break;
      case 'LOAD_NAME':
        out.push(`f.f_lasti = ${off}; ${S(d)} = namesAreGlobals(f) ? loadGlobal(f, ${arg}) : loadName(f, ${JSON.stringify(co.co_names[arg])});`);
        break;
      case 'STORE_NAME':
        out.push(`f.f_lasti = ${off}; if (namesAreGlobals(f)) storeGlobal(f, ${arg}, ${S(d - 1)}); else storeName(f, ${JSON.stringify(co.co_names[arg])}, ${S(d - 1)});`);
        break;
      default:
        if (!HANDED_OVER.has(ins.name)) return null;
        out.push(bail(d));
    }
  }
  // What was written to localsplus's stack slots is cleared when the frame returns (frames are
  // reused, and would otherwise keep those objects alive).
  const clearSpilled = clearSlots(0, spilled);
  let vars = '';
  for (let i = 0; i < nlocals; i++) vars += `${i === 0 ? '' : ', '}l${i} = lp[${i}]`;
  let stackVars = '', stackLoad = '';
  for (let k = 0; k < maxDepth; k++) {
    stackVars += `${k === 0 ? '' : ', '}s${k} = null`;
    stackLoad += `s${k} = lp[${base + k}]; `;
  }
  // The frame's stack top for each way in: a frame whose stack does not match (a finally
  // block run by the loop after an exception, entered at a call inside it) stays in the loop.
  const entryDepths = new Int32Array(co.co_code.length).fill(-1);
  for (const off of labels) {
    const d = depth.get(off);
    if (d !== undefined) entryDepths[off] = base + d;
  }
  helpers ??= makeHelpers();
  // The closure's constants: the attribute sites, then the blocks.
  let closureConsts = '';
  for (let i = 0; i < sites.length; i++) closureConsts += `${i === 0 ? 'const ' : ', '}A${i} = C[${i}]`;
  for (let i = 0; i < blocks.length; i++) closureConsts += `${i === 0 && sites.length === 0 ? 'const ' : ', '}B${i} = C[${sites.length + i}]`;
  const fn = `return function ${jsName(co.co_name)}(f) {
  const lp = f.localsplus;
  let pc = f.pc;${vars === '' ? '' : `
  let ${vars};`}${stackVars === '' ? '' : `
  let ${stackVars};
  if (pc !== 0) { if (f.sp !== DEPTH[pc]) return ${JIT_BAIL}; ${stackLoad}}`}
${catches ? '  try {\n' : ''}  for (;;) switch (pc) {
${out.join('\n').replaceAll('CLEAR_SPILLED ', clearSpilled)}
  default: return ${JIT_BAIL};
  }${catches ? `\n  } catch (e) { ts.raised = e ?? new Error(String(e)); return ${JIT_RAISED}; }` : ''}
};`;
  // Only the helpers the function names are unpacked: V8 parses every translation's source,
  // and the whole list was a quarter of the text of a small function's.
  const words = new Set(fn.match(/[A-Za-z_$][\w$]*/g));
  const used = Object.keys(helpers).filter(name => words.has(name));
  const body = `${used.length === 0 ? '' : `const { ${used.join(', ')} } = h;\n`}${closureConsts === '' ? '' : `${closureConsts};\n`}${fn}`;
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    return new Function('h', 'K', 'co', 'DEPTH', 'C', body)(helpers, co.co_consts, co, entryDepths, [...sites, ...blocks]) as JitFunction;
  } catch {
    // A host that forbids compiling code at run time (a page's Content-Security-Policy): the loop.
    return null;
  }
}

/**
 * For the BINARY_MULTIPLY at instrs[i] in `LOAD_CONST c1; BINARY_MULTIPLY; LOAD_CONST c2;
 * BINARY_ADD; LOAD_CONST m; BINARY_MODULO`, or the same without the addition, with int
 * constants, 0 < m <= 2**32, nothing entering in between: how many instructions after i the
 * sequence takes, and mulAddMod's constant arguments [hi, lo, c2 mod m, m]; else null.
 * `& mask` in place of `% m` (`(seed * 1103515245 + 12345) & 0x7fffffff`) is the same
 * sequence when mask + 1 is a power of two: an int's low k bits are it modulo 2**k, negative
 * ints included (Python's & works on the infinite two's complement, its % floors).
 */
function mulAddModConstants(
  co: CodeObject, instrs: Instr[], i: number, labels: Set<number>, inRegion: (ins: Instr) => boolean,
): [number, number[]] | null {
  const matches = (names: string[]): boolean => i >= 1 && i - 1 + names.length <= instrs.length && names.every((name, k) => {
    const ins = instrs[i - 1 + k];
    return ins.name === name && inRegion(ins) && (k < 2 || !labels.has(ins.start));
  });
  // The instruction that would end the sequence, 2 or 4 after i: `% m` or `& mask`.
  const reduction = (k: number): string => {
    const name = instrs[i + k]?.name;
    return name === 'BINARY_MODULO' || name === 'BINARY_AND' ? name : '';
  };
  let c2: unknown = 0, m: unknown, length: number;
  if (matches(['LOAD_CONST', 'BINARY_MULTIPLY', 'LOAD_CONST', 'BINARY_ADD', 'LOAD_CONST', reduction(4)])) {
    c2 = co.co_consts[instrs[i + 1].arg];
    m = co.co_consts[instrs[i + 3].arg];
    length = 4;
  } else if (matches(['LOAD_CONST', 'BINARY_MULTIPLY', 'LOAD_CONST', reduction(2)])) {
    m = co.co_consts[instrs[i + 1].arg];
    length = 2;
  } else {
    return null;
  }
  if (reduction(length) === 'BINARY_AND') m = typeof m === 'number' && m >= 0 && Number.isInteger(Math.log2(m + 1)) ? m + 1 : -1;
  const c1 = co.co_consts[instrs[i - 1].arg];
  if (typeof c1 !== 'number' || typeof c2 !== 'number' || typeof m !== 'number' || m <= 0 || m > 2 ** 32) return null;
  const c1m = ((c1 % m) + m) % m;
  return [length, [Math.floor(c1m / 65536), c1m % 65536, ((c2 % m) + m) % m, m]];
}

// Tests of what kind of object a value is, by its class rather than `instanceof`: TurboFan
// builds a prototype-chain walk (a loop) for each `instanceof` whose receiver's map it does not
// know, and those loops made the graphs of float-heavy translations half again as large and
// slow to optimise. A class implies the representation: none of these types can be
// subclassed or assigned to `__class__`, and a str or an int has no ob_type.

/** A Python function (a CALL_METHOD's method slot may hold null: LOAD_METHOD found an attribute). */
function isFunction(x: string, nullable: boolean): string {
  return `${nullable ? `${x} !== null && ` : ''}${x}.ob_type === FunctionType`;
}

/** A PyBuiltinFunction: a builtin function or a slot wrapper bound to its object. */
function isBuiltin(x: string): string {
  return `(${x}.ob_type === BuiltinFunctionType || ${x}.ob_type === MethodWrapperType)`;
}

/** A PyMethodDescr, in a CALL_METHOD's method slot (which may hold null). */
function isMethodDescr(x: string): string {
  return `${x} !== null && (${x}.ob_type === MethodDescrType || ${x}.ob_type === WrapperDescrType)`;
}

/** The native's entry for exactly `argc` positional arguments (PyBuiltinFunction, PyMethodDescr), or null. */
function fixedArity(fn: PyValue | undefined, argc: number): unknown {
  if (!(fn instanceof PyBuiltinFunction || fn instanceof PyMethodDescr)) return null;
  return argc === 0 ? fn.fn0 : argc === 1 ? fn.fn1 : fn.fn2;
}

/** A JavaScript identifier for profiles: the Python name, if it is one. */
function jsName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? `py_${name}` : 'py_code';
}

/**
 * The opcodes a program seldom runs in a hot loop (imports, class bodies, deletions, `*` and
 * `**` unpacking, async setup, `@`, `raise`...), run outside the dispatch loop. `execute` stays
 * smaller, so V8 compiles it sooner; and its one call site for all of these gets type feedback
 * from a program's first lines, so meeting one of them late does not deoptimise the loop, as
 * a case with no feedback of its own would. The frame's sp and pc are current on entry and
 * read back after. CPython: the same TARGET() bodies of Python/ceval.c.
 */
import { PyCell, PyList, PyTuple, type PyValue } from './objects/object.js';
import { PyException, Exc, newException } from './objects/exceptions.js';
import { PyDict } from './objects/dict.js';
import { NB, binaryOp, delAttr, delItem, inplaceOp } from './abstract.js';
import { TryBlock, currentException, type Frame } from './frame.js';
import { reraise } from './unwind.js';
import {
  concatIterables, deleteName, dictMerge, doRaise, loadBuildClass, loadClassDeref, nameError, buildSet, printExpr,
  setUpdate, setupAnnotations, unboundDeref, unboundLocal, unpackEx,
} from './ceval_helpers.js';
import { importFrom, importName, importStar } from './modules/registry.js';
import { asyncWithEnter, getAIter, getANext, getAwaitable, getYieldFromIter } from './generator.js';
import { Op } from './ceval.js';

/**
 * RAISE_VARARGS: [exc?, cause?] → the exception to raise, which the loop hands to its error
 * handling without a JavaScript throw (V8 takes microseconds per throw on this path). A bare
 * `raise` re-raises by throwing, as do the TypeErrors of a bad raise.
 */
export function raiseVarargs(f: Frame, oparg: number): PyException {
  const stack = f.localsplus;
  if (oparg === 0) {
    const cur = currentException();
    if (!(cur instanceof PyException)) throw newException(Exc.RuntimeError, 'No active exception to reraise');
    reraise(cur);
  }
  const cause = oparg === 2 ? stack[--f.sp] as PyValue : null;
  const exc = stack[--f.sp] as PyValue;
  return doRaise(exc, cause);
}

export function rareOp(f: Frame, opcode: number, oparg: number): void {
  const stack = f.localsplus;
  const names = f.f_code.co_names;
  const cellBase = f.f_code.co_nlocals;
  const pc = f.pc;
  let sp = f.sp;
  switch (opcode) {
    case Op.POP_BLOCK: { // pop the block stack
      // Here although every loop ends with one: it runs once per loop, and the first after V8
      // optimised the dispatch loop would otherwise deoptimise it (see the header).
      const b = f.f_blockstack.pop() as TryBlock;
      while (sp > b.b_level) stack[--sp] = null;
      break;
    }
    case Op.INPLACE_POWER: { // [a, b] → [a **= b]
      const b = stack[--sp] as PyValue;
      stack[sp - 1] = inplaceOp(stack[sp - 1] as PyValue, b, NB.POWER);
      break;
    }
    case Op.BINARY_MATRIX_MULTIPLY: { // [a, b] → [a @ b]
      const b = stack[--sp] as PyValue;
      stack[sp - 1] = binaryOp(stack[sp - 1] as PyValue, b, NB.MATRIX_MULTIPLY);
      break;
    }
    case Op.INPLACE_MATRIX_MULTIPLY: { // [a, b] → [a @= b]
      const b = stack[--sp] as PyValue;
      stack[sp - 1] = inplaceOp(stack[sp - 1] as PyValue, b, NB.MATRIX_MULTIPLY);
      break;
    }
    case Op.DELETE_SUBSCR: { // [a, i] → [] ; del a[i]
      const i = stack[sp - 1] as PyValue, a = stack[sp - 2] as PyValue;
      sp -= 2;
      delItem(a, i);
      break;
    }
    case Op.GET_YIELD_FROM_ITER: // [o] → [iter(o) unless o is a generator/coroutine]
      stack[sp - 1] = getYieldFromIter(stack[sp - 1] as PyValue, f.f_code.co_flags);
      break;
    case Op.PRINT_EXPR: // [v] → [] ; sys.displayhook(v)
      printExpr(stack[--sp] as PyValue);
      break;
    case Op.LOAD_BUILD_CLASS: // [] → [builtins.__build_class__]
      stack[sp++] = loadBuildClass(f);
      break;
    case Op.SETUP_ANNOTATIONS: // create __annotations__ if missing
      setupAnnotations(f);
      break;
    case Op.GET_AWAITABLE: // [o] → [awaitable iterator of o]
      stack[sp - 1] = getAwaitable(stack[sp - 1] as PyValue);
      break;
    case Op.GET_AITER: // [o] → [o.__aiter__()]
      stack[sp - 1] = getAIter(stack[sp - 1] as PyValue);
      break;
    case Op.GET_ANEXT: // [ai] → [ai, awaitable of ai.__anext__()]
      stack[sp] = getANext(stack[sp - 1] as PyValue);
      sp++;
      break;
    case Op.BEFORE_ASYNC_WITH: { // [mgr] → [exit, awaitable of mgr.__aenter__()]
      const mgr = stack[sp - 1] as PyValue;
      stack[sp] = asyncWithEnter(mgr, stack, sp - 1);
      sp++;
      break;
    }
    case Op.SETUP_ASYNC_WITH: // push a finally block for async with (below the __aenter__ result)
      f.f_blockstack.push(new TryBlock(Op.SETUP_FINALLY, pc + oparg, sp - 1));
      break;
    case Op.DELETE_NAME: // del locals[co_names[i]]
      deleteName(f, names[oparg]);
      break;
    case Op.DELETE_GLOBAL: // del globals[name]
      if (!f.f_globals.delStr(names[oparg])) throw nameError(names[oparg]);
      break;
    case Op.DELETE_FAST: // fastlocals[i] = NULL
      if (stack[oparg] === null) throw unboundLocal(f.f_code.co_varnames[oparg]);
      stack[oparg] = null;
      break;
    case Op.LOAD_CLASSDEREF: // [] → [class locals name, else cell]
      stack[sp++] = loadClassDeref(f, oparg);
      break;
    case Op.DELETE_DEREF: { // empty cell i
      const cell = stack[cellBase + oparg] as PyCell;
      if (cell.ob_ref === null) throw unboundDeref(f.f_code, oparg);
      cell.ob_ref = null;
      break;
    }
    case Op.DELETE_ATTR: // [o] → [] ; del o.name
      delAttr(stack[--sp] as PyValue, names[oparg]);
      break;
    case Op.UNPACK_EX: { // [seq] → [after..., list, before...]
      const v = stack[--sp] as PyValue;
      sp += unpackEx(stack, sp, v, oparg);
      break;
    }
    case Op.BUILD_SET: { // [x0..xn-1] → [set]
      sp -= oparg;
      stack[sp] = buildSet(stack.slice(sp, sp + oparg) as PyValue[]);
      sp++;
      break;
    }
    case Op.BUILD_LIST_UNPACK: // [it0..] → [list]
      sp -= oparg;
      stack[sp] = new PyList(concatIterables(stack, sp, oparg, false, null));
      sp++;
      break;
    case Op.BUILD_TUPLE_UNPACK: // [it0..] → [tuple]
    case Op.BUILD_TUPLE_UNPACK_WITH_CALL: // [it0..] → [tuple] for f(*a, *b)
      sp -= oparg;
      stack[sp] = new PyTuple(concatIterables(stack, sp, oparg, opcode === Op.BUILD_TUPLE_UNPACK_WITH_CALL, stack[sp - 1]));
      sp++;
      break;
    case Op.BUILD_SET_UNPACK: { // [it0..] → [set]
      sp -= oparg;
      const s = buildSet([]);
      for (let i = 0; i < oparg; i++) setUpdate(s, stack[sp + i] as PyValue);
      stack[sp++] = s;
      break;
    }
    case Op.BUILD_MAP_UNPACK: // [m0..] → [dict]
    case Op.BUILD_MAP_UNPACK_WITH_CALL: { // [m0..] → [dict], no duplicate keys
      sp -= oparg;
      const d = new PyDict();
      const withCall = opcode === Op.BUILD_MAP_UNPACK_WITH_CALL;
      for (let i = 0; i < oparg; i++) dictMerge(d, stack[sp + i] as PyValue, withCall, withCall ? stack[sp - 2] : null);
      stack[sp++] = d;
      break;
    }
    case Op.IMPORT_NAME: { // [level, fromlist] → [module]
      const fromlist = stack[--sp] as PyValue;
      stack[sp - 1] = importName(f, names[oparg], fromlist, stack[sp - 1] as PyValue);
      break;
    }
    case Op.IMPORT_FROM: // [module] → [module, module.name]
      stack[sp] = importFrom(stack[sp - 1] as PyValue, names[oparg]);
      sp++;
      break;
    case Op.IMPORT_STAR: // [module] → [] ; copy public names into locals
      importStar(f, stack[--sp] as PyValue);
      break;
    default:
      throw newException(Exc.SystemError, `unknown opcode ${opcode}`);
  }
  f.sp = sp;
}

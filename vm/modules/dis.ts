/**
 * The `dis` module for Python code: `dis.dis(f)` prints what `python3.7 -m dis` would for the
 * same code, through the same disassembler as `pyvm dis` (dis/dis.ts), plus the opcode tables
 * (`opname`, `opmap`, `cmp_op`, `hasjrel`…) and `stack_effect`. CPython: Lib/dis.py, Lib/opcode.py.
 */
import {
  None, PyList, PyMethod, PyTuple, PyType, typeOf, type PyValue,
} from '../objects/object.js';
import { CodeObject, findLineStarts } from '../code.js';
import { PyFunction } from '../objects/function.js';
import { PyDict } from '../objects/dict.js';
import { Exc, newException, typeError } from '../objects/exceptions.js';
import { makeNativeModule, type PyModule } from '../objects/module.js';
import { parseArgs } from '../objects/native_args.js';
import { callMethod, getAttr } from '../abstract.js';
import { writeStdout } from '../io.js';
import { compileSource, registerBuiltinModule } from './registry.js';
import {
  CMP_OP, HAVE_ARGUMENT, OPCODES, OPNAME, hasArg, hascompare, hasconst, hasfree, hasjabs, hasjrel,
  haslocal, hasname, isOpcode, stackEffect,
} from '../opcode.js';
import { dis as disText, disassemble as disassembleText } from '../../dis/dis.js';

/** CPython: dis._get_code_object — the code behind a function, method, code object or source. */
function codeOf(x: PyValue): CodeObject | null {
  if (x instanceof PyMethod) x = x.im_func;
  if (x instanceof PyFunction) return x.func_code;
  if (x instanceof CodeObject) return x;
  if (typeof x === 'string') {
    try {
      return compileSource(x, '<dis>', 'eval');
    } catch {
      return compileSource(x, '<dis>', 'exec');
    }
  }
  return null;
}

/** Writes to `file` (an object with write()) or to sys.stdout. */
function emit(text: string, file: PyValue | undefined): void {
  if (file === undefined || file === None) writeStdout(text);
  else callMethod(getAttr(file, 'write'), file, [text]);
}

/** CPython: dis.dis — a class or module disassembles each of its functions in name order. */
function disObject(x: PyValue, file: PyValue | undefined): void {
  const code = codeOf(x);
  if (code !== null) {
    emit(disText(code), file);
    return;
  }
  if (x instanceof PyType || x instanceof PyDict || typeOf(x).name === 'module') {
    const items = x instanceof PyType
      ? [...x.dict.entries()]
      : (x instanceof PyDict ? x : (getAttr(x, '__dict__') as PyDict)).entriesArray()
        .filter((e): e is [string, PyValue] => typeof e[0] === 'string');
    items.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [name, value] of items) {
      const inner = codeOf(value instanceof PyMethod ? value.im_func : value);
      if (inner === null || typeof value === 'string') continue;
      emit(`Disassembly of ${name}:\n`, file);
      emit(disText(inner), file);
      emit('\n', file);
    }
    return;
  }
  throw typeError(`don't know how to disassemble ${typeOf(x).name} objects`);
}

function intList(codes: readonly number[]): PyList {
  return new PyList([...codes]);
}

function makeDis(): PyModule {
  const opmap = new PyDict();
  for (const [name, info] of Object.entries(OPCODES)) opmap.setStr(name, info.code);
  return makeNativeModule('dis', {
    dis: (_s, args, kw) => {
      const [x, file] = parseArgs('dis', args, kw, ['x', 'file'], 0, 1, 1);
      if (x === undefined || x === None) throw newException(Exc.RuntimeError, 'no last traceback to disassemble');
      disObject(x, file);
      return None;
    },
    disassemble: (_s, args, kw) => {
      const [co, lasti, file] = parseArgs('disassemble', args, kw, ['co', 'lasti', 'file'], 1);
      const code = codeOf(co!);
      if (code === null) throw typeError(`don't know how to disassemble ${typeOf(co!).name} objects`);
      emit(disassembleText(code, typeof lasti === 'number' ? lasti : -1), file);
      return None;
    },
    findlinestarts: (_s, args, kw) => {
      const [co] = parseArgs('findlinestarts', args, kw, ['code'], 1);
      const code = codeOf(co!);
      if (code === null) throw typeError('findlinestarts() expects a code object');
      return new PyList(findLineStarts(code).map(([off, line]) => new PyTuple([off, line])));
    },
    stack_effect: (_s, args, kw) => {
      const [op, arg] = parseArgs('stack_effect', args, kw, ['opcode', 'oparg'], 1, 2);
      if (typeof op !== 'number' || !isOpcode(op) || op === OPCODES.NOP.code || op === OPCODES.EXTENDED_ARG.code) {
        throw newException(Exc.ValueError, 'invalid opcode or oparg');
      }
      if (hasArg(op)) {
        if (typeof arg !== 'number') throw newException(Exc.ValueError, 'stack_effect: opcode requires oparg but oparg was not specified');
        return stackEffect(op, arg);
      }
      if (arg !== undefined && arg !== None) throw newException(Exc.ValueError, 'stack_effect: opcode does not permit oparg but oparg was specified');
      return stackEffect(op, 0);
    },
  }, {
    opname: new PyList([...OPNAME]),
    opmap,
    cmp_op: new PyTuple([...CMP_OP]),
    hasconst: intList(hasconst),
    hasname: intList(hasname),
    hasjrel: intList(hasjrel),
    hasjabs: intList(hasjabs),
    haslocal: intList(haslocal),
    hascompare: intList(hascompare),
    hasfree: intList(hasfree),
    HAVE_ARGUMENT,
    EXTENDED_ARG: OPCODES.EXTENDED_ARG.code,
  });
}

registerBuiltinModule('dis', makeDis);

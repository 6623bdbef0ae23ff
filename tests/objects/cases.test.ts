// Table-driven checks of the object protocol against CPython 3.11: each case in cases.json is
// a Python expression (as a compact AST), evaluated here through vm/abstract.ts and the type
// methods, and compared with the repr (or 'Exc: message') CPython produced. Regenerate the
// table with `python3 tests/objects/gen_cases.py` after editing a *.cases file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as A from '../../vm/abstract.js';
import * as O from '../../vm/objects/object.js';
import { PyException, exceptionStr } from '../../vm/objects/exceptions.js';
import { callObject } from '../../vm/call.js';
import { PySlice } from '../../vm/objects/slice.js';
import { PyDict } from '../../vm/objects/dict.js';
import { normBig } from '../../vm/objects/int.js';
import '../../vm/objects/list.js';
import '../../vm/objects/tuple.js';
import '../../vm/objects/dict_methods.js';
import '../../vm/modules/math.js';
import { importModule } from '../../vm/modules/registry.js';

type Node = { k: string; [key: string]: unknown };
interface Case { src: string; file: string; ast: Node; expect: string }

const cases: Case[] = JSON.parse(readFileSync(new URL('./cases.json', import.meta.url), 'utf8'));

const BIN: Record<string, number> = {
  Add: A.NB.ADD, Sub: A.NB.SUBTRACT, Mult: A.NB.MULTIPLY, Div: A.NB.TRUE_DIVIDE, FloorDiv: A.NB.FLOOR_DIVIDE,
  Mod: A.NB.REMAINDER, Pow: A.NB.POWER, LShift: A.NB.LSHIFT, RShift: A.NB.RSHIFT, BitAnd: A.NB.AND,
  BitOr: A.NB.OR, BitXor: A.NB.XOR, MatMult: A.NB.MATRIX_MULTIPLY,
};
const CMP: Record<string, number> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };

const TYPES: Record<string, O.PyType> = {
  int: O.IntType, float: O.FloatType, complex: O.ComplexType, str: O.StrType, bool: O.BoolType,
  bytes: O.BytesType, bytearray: O.ByteArrayType, object: O.ObjectType, type: O.TypeType, tuple: O.TupleType, list: O.ListType,
};

function builtin(name: string, args: O.PyValue[]): O.PyValue {
  switch (name) {
    case 'repr': return A.repr(args[0]);
    case 'str': return args.length === 0 ? '' : A.str(args[0]);
    case 'ascii': return A.ascii(args[0]);
    case 'format': return A.format(args[0], args.length > 1 ? args[1] as string : '');
    case 'hash': return A.hashValue(args[0]);
    case 'len': return A.len(args[0]);
    case 'abs': return A.absolute(args[0]);
    case 'pow': return A.power(args[0], args[1], args.length > 2 ? args[2] : O.None);
    case 'round': {
      const f = O.lookupType(O.typeOf(args[0]), '__round__')!;
      return A.callMethod(f, args[0], args.slice(1));
    }
    case 'divmod': {
      const f = O.lookupType(O.typeOf(args[0]), '__divmod__');
      const r = f === undefined ? O.NotImplemented : A.callMethod(f, args[0], [args[1]]);
      if (r !== O.NotImplemented) return r;
      const g = O.lookupType(O.typeOf(args[1]), '__rdivmod__')!;
      return A.callMethod(g, args[1], [args[0]]);
    }
    case 'list': return new O.PyList(args.length ? A.toArray(args[0]) : []);
    case 'tuple': return new O.PyTuple(args.length ? A.toArray(args[0]) : []);
    case 'iter': return A.getIter(args[0]);
    case 'next': { const v = A.iterNext(args[0]); if (v === null) throw new Error('StopIteration'); return v; }
    default: throw new Error('unknown builtin ' + name);
  }
}

function ev(n: Node): O.PyValue {
  switch (n.k) {
    case 'None': return O.None;
    case 'Ellipsis': return O.Ellipsis;
    case 'bool': return n.v as boolean;
    case 'int': return normBig(BigInt(n.v as string));
    case 'float': return new O.PyFloat(Number((n.v as string).replace('inf', 'Infinity').replace('nan', 'NaN')));
    case 'complex': { const [r, i] = n.v as string[]; return new O.PyComplex(Number(r.replace('inf', 'Infinity')), Number(i.replace('inf', 'Infinity'))); }
    case 'str': return n.v as string;
    case 'bytes': return new O.PyBytes(Uint8Array.from(n.v as number[]));
    case 'bin': return A.binaryOp(ev(n.l as Node), ev(n.r as Node), BIN[n.op as string]);
    case 'un': {
      const v = ev(n.v as Node);
      switch (n.op) {
        case 'USub': return A.negative(v);
        case 'UAdd': return A.positive(v);
        case 'Invert': return A.invert(v);
        default: return !A.isTrue(v);
      }
    }
    case 'boolop': {
      let v: O.PyValue = O.None;
      for (const x of n.vs as Node[]) {
        v = ev(x);
        if (A.isTrue(v) === (n.op === 'Or')) return v;
      }
      return v;
    }
    case 'cmp': {
      const l = ev(n.l as Node), r = ev(n.r as Node);
      switch (n.op) {
        case 'In': return A.contains(r, l);
        case 'NotIn': return !A.contains(r, l);
        case 'Is': return l === r;
        case 'IsNot': return l !== r;
        default: return A.richCompare(l, r, CMP[n.op as string]);
      }
    }
    case 'name': {
      const t = TYPES[n.id as string];
      if (t !== undefined) return t;
      if (n.id === 'math') return importModule('math');
      return new O.PyBuiltinFunction(n.id as string, (_s, args) => builtin(n.id as string, args), O.None);
    }
    case 'call': {
      const f = ev(n.f as Node);
      const args = (n.args as Node[]).map(ev);
      const kw = n.kw as [string, Node][];
      for (const [, v] of kw) args.push(ev(v));
      return callObject(f, args, kw.length ? kw.map(([k]) => k) : null);
    }
    case 'attr': return A.getAttr(ev(n.v as Node), n.name as string);
    case 'sub': return A.getItem(ev(n.v as Node), ev(n.i as Node));
    case 'slice': {
      const f = (x: unknown) => (x === null ? O.None : ev(x as Node));
      return new PySlice(f(n.lo), f(n.hi), f(n.st));
    }
    case 'tuple': return new O.PyTuple((n.vs as Node[]).map(ev));
    case 'list': return new O.PyList((n.vs as Node[]).map(ev));
    case 'dict': {
      const d = new PyDict();
      const ks = n.ks as Node[], vs = n.vs as Node[];
      for (let i = 0; i < ks.length; i++) d.set(ev(ks[i]), ev(vs[i]));
      return d;
    }
    case 'fstr': return (n.vs as Node[]).map(x => (x.k === 'str' ? x.v as string : ev(x) as string)).join('');
    case 'fval': {
      let v = ev(n.v as Node);
      if (n.conv === 114) v = A.repr(v);
      else if (n.conv === 115) v = A.str(v);
      else if (n.conv === 97) v = A.ascii(v);
      const spec = n.spec === null ? '' : ev(n.spec as Node) as string;
      return A.format(v, spec);
    }
    default: throw new Error('unknown node ' + n.k);
  }
}

function run(src: Node): string {
  try {
    return A.repr(ev(src));
  } catch (e) {
    if (e instanceof PyException) return `${e.ob_type.name}: ${exceptionStr(e)}`;
    throw e;
  }
}

const byFile = new Map<string, Case[]>();
for (const c of cases) {
  if (!byFile.has(c.file)) byFile.set(c.file, []);
  byFile.get(c.file)!.push(c);
}

for (const [file, list] of byFile) {
  describe(file, () => {
    it.each(list.map(c => [c.src, c] as const))('%s', (_src, c) => {
      expect(run(c.ast)).toBe(c.expect);
    });
  });
}

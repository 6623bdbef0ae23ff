/**
 * Checks vm/opcode.ts, the one opcode table, against CPython 3.7's own (Lib/opcode.py and
 * dis.stack_effect, captured in tests/opcode37.json by tools/gen-expected.mjs), and that the
 * dispatch loop (vm/ceval*.ts) has a `case Op.NAME` for every opcode.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  CMP_OP, EXTENDED_ARG, HAVE_ARGUMENT, OPCODES, OPNAME, Op, argKind, hascompare, hasconst, hasfree,
  hasjabs, hasjrel, haslocal, hasname, stackEffect, type OpName,
} from '../vm/opcode.js';
import { ROOT } from './support/run.js';

interface Opcode37 {
  HAVE_ARGUMENT: number;
  EXTENDED_ARG: number;
  cmp_op: string[];
  opmap: Record<string, number>;
  hasconst: number[]; hasname: number[]; hasjrel: number[]; hasjabs: number[];
  haslocal: number[]; hascompare: number[]; hasfree: number[];
  /** A number when the effect does not depend on the argument, else one entry per arg 0..300; null where 3.7 raises. */
  stack_effect: Record<string, number | null | (number | null)[]>;
}

const ref = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/opcode37.json'), 'utf8')) as Opcode37;
const names = Object.keys(ref.opmap);
const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);

describe('opcode table matches CPython 3.7', () => {
  test('same set of opcode names', () => {
    expect(Object.keys(OPCODES).sort()).toEqual([...names].sort());
  });

  test('constants and cmp_op', () => {
    expect(HAVE_ARGUMENT).toBe(ref.HAVE_ARGUMENT);
    expect(EXTENDED_ARG).toBe(ref.EXTENDED_ARG);
    expect([...CMP_OP]).toEqual(ref.cmp_op);
  });

  test.each(names)('%s: number and OPNAME', name => {
    expect((Op as Record<string, number>)[name]).toBe(ref.opmap[name]);
    expect(OPNAME[ref.opmap[name]]).toBe(name);
  });

  test('unused numbers are named <N>', () => {
    const used = new Set(Object.values(ref.opmap));
    for (let i = 0; i < 256; i++) if (!used.has(i)) expect(OPNAME[i]).toBe(`<${i}>`);
  });

  test('has* lists', () => {
    expect(sorted(hasconst)).toEqual(sorted(ref.hasconst));
    expect(sorted(hasname)).toEqual(sorted(ref.hasname));
    expect(sorted(hasjrel)).toEqual(sorted(ref.hasjrel));
    expect(sorted(hasjabs)).toEqual(sorted(ref.hasjabs));
    expect(sorted(haslocal)).toEqual(sorted(ref.haslocal));
    expect(sorted(hascompare)).toEqual(sorted(ref.hascompare));
    expect(sorted(hasfree)).toEqual(sorted(ref.hasfree));
  });

  test.each(names)('%s: argKind agrees with the has* lists', name => {
    const code = ref.opmap[name];
    const kind = argKind(code);
    const expected =
      ref.hasconst.includes(code) ? 'const' : ref.hasname.includes(code) ? 'name'
      : ref.hasjrel.includes(code) ? 'jrel' : ref.hasjabs.includes(code) ? 'jabs'
      : ref.haslocal.includes(code) ? 'local' : ref.hascompare.includes(code) ? 'compare'
      : ref.hasfree.includes(code) ? 'free' : code >= ref.HAVE_ARGUMENT ? 'int' : 'none';
    expect(kind).toBe(expected);
  });

  test.each(names)('%s: stackEffect(op, arg) for arg 0..300 equals dis.stack_effect', name => {
    const code = ref.opmap[name];
    const eff = ref.stack_effect[name];
    const mismatches: string[] = [];
    for (let arg = 0; arg <= 300; arg++) {
      const want = Array.isArray(eff) ? eff[arg] : eff;
      if (want === null || want === undefined) continue; // 3.7 rejects this (op, arg); any answer is fine
      const got = stackEffect(code, arg);
      if (got !== want) mismatches.push(`arg ${arg}: got ${got}, want ${want}`);
      if (code < ref.HAVE_ARGUMENT) break;
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});

describe('the dispatch loop handles every opcode', () => {
  const vmDir = path.join(ROOT, 'vm');
  const files = fs.existsSync(vmDir)
    ? fs.readdirSync(vmDir).filter(f => /^ceval.*\.ts$/.test(f)).map(f => path.join(vmDir, f))
    : [];
  const source = files.map(f => fs.readFileSync(f, 'utf8')).join('\n');

  test('vm/ceval.ts exists', () => {
    expect(files.map(f => path.basename(f))).toContain('ceval.ts');
  });

  test.each(names)('case Op.%s', name => {
    expect(new RegExp(`case\\s+Op\\.${name}\\s*:`).test(source), `no 'case Op.${name}:' in vm/ceval*.ts`).toBe(true);
  });
});

// Keeps the OpName type import meaningful: every 3.7 name must be a key of OPCODES.
const _check: OpName[] = names.filter((n): n is OpName => n in OPCODES);
void _check;

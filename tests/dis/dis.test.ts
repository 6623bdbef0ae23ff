/**
 * dis against `python3.7 -m dis`: each programs/NAME.json holds CPython 3.7's code objects
 * (tools/dump37.py) and NAME.dis what 3.7's dis printed for them; our dis of the loaded code
 * must print the same text, code-object addresses aside. Regenerate with ./regen.sh.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
// The real object protocol is loaded first: vm/objects/object_type.js sets up the attribute
// machinery the rest of vm/ depends on when imported in isolation.
import '../../vm/objects/object_type.js';
import { dis, disassemble, formatInstruction, getInstructions } from '../../dis/dis.js';
import { loadCode } from '../support/code37.js';
import { constRepr, makeFrozenSet } from './constrepr.js';


const DIR = path.join(import.meta.dirname, 'programs');
const names = fs.readdirSync(DIR).filter(f => f.endsWith('.json')).map(f => f.slice(0, -5)).sort();
const norm = (s: string): string => s.replace(/0x[0-9a-f]+/g, '0x?');
const load = (name: string) => loadCode(JSON.parse(fs.readFileSync(path.join(DIR, name + '.json'), 'utf8')), makeFrozenSet);

describe('dis matches python3.7 -m dis', () => {
  test('has at least 40 programs', () => {
    expect(names.length).toBeGreaterThanOrEqual(40);
  });
  test.each(names)('%s', name => {
    const want = fs.readFileSync(path.join(DIR, name + '.dis'), 'utf8');
    expect(norm(dis(load(name), constRepr))).toBe(norm(want));
  });
});

describe('instruction records', () => {
  test('fields as dis.get_instructions gives them', () => {
    const co = load('control');
    const ins = getInstructions(co, constRepr);
    expect(ins[0]).toEqual({
      opname: 'LOAD_CONST', opcode: 100, arg: 0, argval: 0, argrepr: '0', offset: 0,
      starts_line: 1, is_jump_target: false,
    });
    const loop = ins.find(i => i.opname === 'SETUP_LOOP')!;
    expect(loop.argrepr).toBe(`to ${loop.argval}`);
    expect(ins.some(i => i.is_jump_target)).toBe(true);
  });
  test('one-line formatter and the current-instruction marker', () => {
    const co = load('arith');
    const ins = getInstructions(co, constRepr);
    expect(formatInstruction(ins[1])).toBe('              2 STORE_NAME               0 (a)');
    expect(formatInstruction(ins[1], { linenoWidth: 0, offsetWidth: 4 }, true)).toBe('-->       2 STORE_NAME               0 (a)');
    expect(disassemble(co, 2, constRepr).split('\n')[1]).toBe('    -->       2 STORE_NAME               0 (a)');
  });
});

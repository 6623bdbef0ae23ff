/**
 * The assembler against CPython 3.7's own output: every code object of every dis golden
 * program is split back into blocks and reassembled; co_code, co_lnotab, co_stacksize, flags
 * and consts must come out as 3.7 made them (the peephole pass finds nothing left to do).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { assemble } from '../../compiler/assemble.js';
import { CodeObject } from '../../vm/code.js';
import { PyTuple, type PyValue } from '../../vm/objects/object.js';
import { loadCode } from '../support/code37.js';
import { decompose } from './decompose.js';

const DIR = path.join(import.meta.dirname, '../dis/programs');
// `returns`, `flow`: 3.7 keeps dead code after a return when a jump (itself removed as dead) targeted
// it; the finished code no longer shows that jump, so reassembly cannot know about the label.
const SKIP = new Set(['returns', 'flow']);
const names = fs.readdirSync(DIR).filter(f => f.endsWith('.json')).map(f => f.slice(0, -5))
  .filter(n => !SKIP.has(n)).sort();
const frozen = (items: PyValue[]): PyValue => new PyTuple(items);

function allCodes(co: CodeObject, out: CodeObject[] = []): CodeObject[] {
  out.push(co);
  for (const c of co.co_consts) if (c instanceof CodeObject) allCodes(c, out);
  return out;
}
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

describe('reassembling 3.7 code objects', () => {
  test.each(names)('%s', name => {
    const top = loadCode(JSON.parse(fs.readFileSync(path.join(DIR, name + '.json'), 'utf8')), frozen);
    for (const co of allCodes(top)) {
      const out = assemble(decompose(co));
      expect({ name: co.co_name, code: hex(out.co_code), lnotab: hex(out.co_lnotab), flags: out.co_flags, stacksize: out.co_stacksize, nconsts: out.co_consts.length })
        .toEqual({ name: co.co_name, code: hex(co.co_code), lnotab: hex(co.co_lnotab), flags: co.co_flags, stacksize: co.co_stacksize, nconsts: co.co_consts.length });
    }
  });
});

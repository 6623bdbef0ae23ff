/**
 * The whole compiler against CPython 3.7, field by field: each tests/dis/programs/NAME.py is
 * compiled (lowering, constant folding, codegen, assembly, peephole) and every code object must
 * equal the one 3.7 made (NAME.json from tools/dump37.py): co_code, co_lnotab, co_stacksize,
 * flags, names, and constants in the same order.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { compile } from '../../compiler/compile.js';
import { CodeObject } from '../../vm/code.js';

const DIR = path.join(import.meta.dirname, '../dis/programs');
const names = fs.readdirSync(DIR).filter(f => f.endsWith('.py')).map(f => f.slice(0, -3)).sort();
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

type Json = Record<string, any>;

/** The fields compared, with constants reduced to their kind and nested code recursed into. */
function summary(co: CodeObject): Json {
  return {
    name: co.co_name, argcount: co.co_argcount, kwonly: co.co_kwonlyargcount, nlocals: co.co_nlocals,
    stacksize: co.co_stacksize, flags: co.co_flags, code: hex(co.co_code), lnotab: hex(co.co_lnotab),
    names: co.co_names, varnames: co.co_varnames, freevars: co.co_freevars, cellvars: co.co_cellvars,
    firstlineno: co.co_firstlineno,
    consts: co.co_consts.map(c => c instanceof CodeObject ? summary(c) : typeof c === 'object' ? c.ob_type.name : typeof c),
  };
}
function summary37(j: Json): Json {
  const kind = (c: Json): unknown => {
    if ('code' in c) return summary37(c.code);
    const k = Object.keys(c)[0];
    return ({ None: 'NoneType', Ellipsis: 'ellipsis', bool: 'boolean', int: 'number', str: 'string' } as Json)[k] ?? k;
  };
  return {
    name: j.co_name, argcount: j.co_argcount, kwonly: j.co_kwonlyargcount, nlocals: j.co_nlocals,
    stacksize: j.co_stacksize, flags: j.co_flags, code: j.co_code, lnotab: j.co_lnotab,
    names: j.co_names, varnames: j.co_varnames, freevars: j.co_freevars, cellvars: j.co_cellvars,
    firstlineno: j.co_firstlineno,
    consts: j.co_consts.map(kind),
  };
}
/** JS-side kinds: big ints are bigint, the rest as summary() names them. */
function normalizeKinds(s: Json): Json {
  return { ...s, consts: s.consts.map((c: unknown) => typeof c === 'object' && c !== null ? normalizeKinds(c as Json) : c === 'bigint' ? 'number' : c) };
}

describe('compiled code equals CPython 3.7', () => {
  test.each(names)('%s', name => {
    const source = fs.readFileSync(path.join(DIR, name + '.py'), 'utf8');
    const ours = normalizeKinds(summary(compile(source, name + '.py', 'exec')));
    const theirs = summary37(JSON.parse(fs.readFileSync(path.join(DIR, name + '.json'), 'utf8')));
    expect(ours).toEqual(theirs);
  });
});

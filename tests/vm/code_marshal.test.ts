/**
 * The saved form of code objects (vm/code_marshal.ts), used for the compiled standard library:
 * a code object loaded back disassembles exactly as the one compiled (constants, names, line
 * table, nested code), and the build's saved stdlib matches what the current sources compile to.
 */
import '../../vm/objects/object_type.js';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile.js';
import { dis } from '../../dis/dis.js';
import { dumpCode, loadCode, sourceStamp } from '../../vm/code_marshal.js';
import { cachePath } from '../../vm/modules/stdlib_cache.js';
import type { CodeObject } from '../../vm/code.js';
import { PyFloat } from '../../vm/objects/object.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** The disassembly without object addresses (a loaded code object is another object). */
function disText(code: CodeObject): string {
  return dis(code).replace(/ at 0x[0-9a-f]+/g, ' at 0x?');
}

function roundTrip(source: string, filename: string): [CodeObject, CodeObject] {
  const code = compile(source, filename, 'exec');
  const back = loadCode(dumpCode(code, sourceStamp(source)), sourceStamp(source), filename);
  expect(back).not.toBeNull();
  return [code, back as CodeObject];
}

const TRICKY = String.raw`
x = (-0.0, 0.0, 1e300 * 1e300, 1e-320, 2.5, 3j, -1.5 + 2j, 2 ** 64, -(2 ** 70), 10 ** 30, 1e300 * 1e300 - 1e300 * 1e300)
y = b'\x00\xff\x80abc', 'h\u00e9llo \U0001F600 \udc80', ..., None, True, False
def f(a, b=1.5, *args, k=b'z', **kw):
    if a in {1, 2, 'three', 4.0}:
        return lambda q: [q * i for i in range(a) if i not in frozenset()]
    try:
        return f(a - 1, k=2, b=b)
    finally:
        del args
class C:
    def m(self):
        return super().m(), __class__
async def g():
    async with x as y:
        await y
    yield 1
`;

describe('code objects saved and loaded', () => {
  it('keep every constant, name and line of tricky source', () => {
    const [code, back] = roundTrip(TRICKY, '/tmp/tricky.py');
    expect(disText(back)).toBe(disText(code));
    const floats = back.co_consts.filter(c => c instanceof PyFloat).map(c => (c as PyFloat).value);
    expect(floats.some(v => Object.is(v, -0))).toBe(true);
    expect(floats.some(v => Number.isNaN(v))).toBe(true);
    expect(back.co_filename).toBe('/tmp/tricky.py');
  });

  it('refuse a save made from another source text', () => {
    const code = compile('x = 1\n', 'a.py', 'exec');
    expect(loadCode(dumpCode(code, sourceStamp('x = 1\n')), sourceStamp('x = 2\n'), 'a.py')).toBeNull();
  });

  it('round-trip every stdlib module', () => {
    const lib = join(ROOT, 'vm', 'lib');
    for (const file of pyFiles(lib)) {
      const [code, back] = roundTrip(readFileSync(file, 'utf8'), file);
      expect(disText(back), relative(lib, file)).toBe(disText(code));
    }
  });

  it('the build saved the stdlib as the current sources compile', () => {
    const lib = join(ROOT, 'dist', 'vm', 'lib');
    let n = 0;
    for (const file of pyFiles(lib)) {
      const source = readFileSync(file, 'utf8');
      const saved = loadCode(readFileSync(cachePath(file), 'utf8'), sourceStamp(source), file);
      expect(saved, relative(lib, file)).not.toBeNull();
      expect(disText(saved as CodeObject), relative(lib, file)).toBe(disText(compile(source, file, 'exec')));
      n++;
    }
    expect(n).toBeGreaterThan(20);
  });
});

function* pyFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== '__pycache__') yield* pyFiles(p);
    } else if (name.endsWith('.py')) {
      yield p;
    }
  }
}

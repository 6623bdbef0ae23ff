/**
 * Syntax errors: each tests/syntax_errors/NAME.py is malformed; `pyvm run NAME.py` must exit 1
 * and print exactly CPython 3.11's report: `  File "NAME.py", line N`, the source line, the
 * caret line, `Kind: message` (NAME.expect.json, from `node tools/gen-expected.mjs syntax`).
 * The file is named as given on the command line; an absolute path to it is accepted too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { SYNTAX_ERRORS, filesUnder } from './support/files.js';
import { lastLine, runFile } from './support/run.js';

interface SyntaxCase { kind: string; msg: string; line: number; status: number; stderr: string }

const cases = filesUnder(SYNTAX_ERRORS, '.py').map(file => ({
  name: path.basename(file), file,
  expected: JSON.parse(fs.readFileSync(file.slice(0, -3) + '.expect.json', 'utf8')) as SyntaxCase,
}));

describe.concurrent('syntax errors', () => {
  test('has cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  test.each(cases.map(c => [c.name, c] as const))('%s', async (_name, c) => {
    const r = await runFile(c.name, [], { cwd: path.dirname(c.file) });
    const stderr = r.stderr.split(c.file).join(c.name);
    expect(r.stdout).toBe('');
    // The kind/message line first, so a wrong message reads clearly before any caret diff.
    expect(lastLine(stderr)).toBe(`${c.expected.kind}: ${c.expected.msg}`);
    expect(stderr).toContain(`line ${c.expected.line}\n`);
    expect(stderr).toBe(c.expected.stderr);
    expect(r.status).toBe(c.expected.status);
  });
});

/**
 * Finds the differential suite's data files: corpus programs with their expected results,
 * dis goldens and syntax-error cases (all written by tools/gen-expected.mjs from CPython).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './run.js';

export const PROGRAMS = path.join(ROOT, 'tests/programs');
export const DIS_GOLDENS = path.join(ROOT, 'tests/goldens/dis');
export const DIS_SNIPPETS = path.join(ROOT, 'tests/goldens/dis_snippets');
export const SYNTAX_ERRORS = path.join(ROOT, 'tests/syntax_errors');

/** All files under dir ending in ext, sorted, as absolute paths. */
export function filesUnder(dir: string, ext: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p, ext));
    else if (e.name.endsWith(ext)) out.push(p);
  }
  return out.sort();
}

/** Topics left out of a run: PYVM_SKIP_TOPICS=classes,generators (classes come in a later milestone). */
export function skippedTopics(): Set<string> {
  return new Set((process.env.PYVM_SKIP_TOPICS ?? '').split(',').map(s => s.trim()).filter(Boolean));
}

/** Only these topics when set: PYVM_TOPICS=objmodel,imports. */
export function onlyTopics(): Set<string> | null {
  const v = (process.env.PYVM_TOPICS ?? '').split(',').map(s => s.trim()).filter(Boolean);
  return v.length === 0 ? null : new Set(v);
}

/** A path component starting with `_` marks support files (packages, helper modules), not programs. */
export function isSupportFile(relative: string): boolean {
  return relative.split(/[\\/]/).some(part => part.startsWith('_'));
}

export interface ProgramCase {
  /** `topic/name`, the test's title. */
  id: string;
  topic: string;
  file: string;
  source: string;
  stdout: string;
  status: number;
  /** Last line of stderr (`Type: message`), empty when the program exits cleanly. */
  stderr: string;
}

export function programCases(): ProgramCase[] {
  const skip = skippedTopics();
  const only = onlyTopics();
  return filesUnder(PROGRAMS, '.py').filter(file => !isSupportFile(path.relative(PROGRAMS, file))).map(file => {
    const id = path.relative(PROGRAMS, file).slice(0, -3).split(path.sep).join('/');
    return { id, topic: id.split('/')[0], file };
  }).filter(c => !skip.has(c.topic) && (only === null || only.has(c.topic))).map(({ id, topic, file }) => {
    const base = file.slice(0, -3);
    const expect = JSON.parse(fs.readFileSync(base + '.expect.json', 'utf8')) as { status: number; stderr: string };
    return {
      id, topic, file, source: fs.readFileSync(file, 'utf8'),
      stdout: fs.readFileSync(base + '.out', 'utf8'), status: expect.status, stderr: expect.stderr,
    };
  });
}

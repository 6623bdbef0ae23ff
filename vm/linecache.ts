/**
 * Source lines for tracebacks: files are read once and split into lines; the host can pre-fill
 * sources that have no file (`-c` code, strings given to the library, exec'd text).
 * CPython: Lib/linecache.py.
 */
import { readFileSync } from 'node:fs';
import { mayRead } from './host/access.js';

const cache = new Map<string, string[] | null>();

/** Registers the text of `filename` (replacing what was cached). */
export function setSource(filename: string, source: string): void {
  cache.set(filename, source.split(/\r\n|\r|\n/));
}

function linesOf(filename: string): string[] | null {
  let lines = cache.get(filename);
  // A sandboxed VirtualMachine reads no files, not even for traceback lines (nor caches the miss).
  if (lines === undefined && !mayRead(filename)) return null;
  if (lines === undefined) {
    lines = null;
    if (!(filename.startsWith('<') && filename.endsWith('>'))) {
      try {
        lines = readFileSync(filename, 'utf8').split(/\r\n|\r|\n/);
      } catch {
        lines = null;
      }
    }
    cache.set(filename, lines);
  }
  return lines;
}

/** CPython: linecache.getline — line `lineno` (1-based) without its newline, or '' when unknown. */
export function getLine(filename: string, lineno: number): string {
  const lines = linesOf(filename);
  if (lines === null || lineno < 1 || lineno > lines.length) return '';
  return lines[lineno - 1];
}

/** Forgets every cached file (CPython: linecache.clearcache). */
export function clearCache(): void {
  cache.clear();
}

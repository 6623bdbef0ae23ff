/**
 * A tiny in-memory file system for the page: the standard library written in Python (vm/lib,
 * bundled as text) and whatever the page writes. The VM reads modules through node:fs calls,
 * which the build points at ./fs.ts, a view over this map.
 */
const files = new Map<string, string>();

/** Where vm/lib is mounted; ./url.ts makes stdlib_path.ts resolve to it. */
export const STDLIB = '/pyvm/vm/lib';

const sources = import.meta.glob('../../vm/lib/**/*.py', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
for (const [key, text] of Object.entries(sources)) {
  files.set(STDLIB + key.slice('../../vm/lib'.length), text);
}

export function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

export function readText(path: string): string | undefined {
  return files.get(normalize(path));
}

export function writeText(path: string, text: string): void {
  files.set(normalize(path), text);
}

export function isFile(path: string): boolean {
  return files.has(normalize(path));
}

export function isDir(path: string): boolean {
  const p = normalize(path) + '/';
  for (const k of files.keys()) if (k.startsWith(p)) return true;
  return false;
}

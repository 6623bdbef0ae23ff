/** node:path (POSIX) for the page: the few functions the VM uses. */
import { normalize } from './vfs.js';

export function join(...parts: string[]): string {
  const joined = parts.filter((p) => p !== '').join('/');
  const n = normalize(joined);
  return joined.startsWith('/') ? n : n.slice(1) || '.';
}

export function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  if (i < 0) return '.';
  return i === 0 ? '/' : p.slice(0, i);
}

export function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

export function resolve(...parts: string[]): string {
  let out = '/';
  for (const p of parts) out = p.startsWith('/') ? p : out + '/' + p;
  return normalize(out);
}

export const sep = '/';

export default { join, dirname, basename, resolve, sep };

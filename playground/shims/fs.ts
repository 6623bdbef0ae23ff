/**
 * node:fs for the page, over the in-memory files of ./vfs.ts. Only what the VM calls: reading
 * modules, existence checks, and descriptor writes (unused: the page installs output sinks); the
 * os module's other calls fail (the page's VM is sandboxed, so they are refused before reaching here).
 */
import { isDir, isFile, readText } from './vfs.js';

function enoent(path: string): Error {
  const e = new Error(`ENOENT: no such file or directory, open '${path}'`) as Error & { code: string; errno: number };
  e.code = 'ENOENT';
  e.errno = -2;
  return e;
}

export function existsSync(path: string): boolean {
  return isFile(path) || isDir(path);
}

export function statSync(path: string): { isFile(): boolean; isDirectory(): boolean } {
  if (!existsSync(path)) throw enoent(path);
  return { isFile: () => isFile(path), isDirectory: () => isDir(path) };
}

export function readFileSync(path: string | number, encoding?: string | { encoding?: string }): string | Uint8Array {
  const text = typeof path === 'string' ? readText(path) : undefined;
  if (text === undefined) throw enoent(String(path));
  const enc = typeof encoding === 'string' ? encoding : encoding?.encoding;
  return enc === undefined ? new TextEncoder().encode(text) : text;
}

export function writeSync(_fd: number, data: string | Uint8Array): number {
  return typeof data === 'string' ? data.length : data.length;
}

export function readSync(): number {
  return 0;
}

export function openSync(path: string): number {
  throw enoent(path);
}

export function closeSync(): void {}

/** The page's files are read-only modules: the os module's calls fail as on a read-only disk. */
function readOnly(path: string): never {
  const e = new Error(`EROFS: read-only file system, '${path}'`) as Error & { code: string; errno: number };
  e.code = 'EPERM';
  e.errno = -1;
  throw e;
}

export function lstatSync(path: string): never {
  return readOnly(path);
}

export function opendirSync(path: string): never {
  return readOnly(path);
}

export function readlinkSync(path: string): never {
  return readOnly(path);
}

export function mkdirSync(path: string): never {
  return readOnly(path);
}

export function rmdirSync(path: string): never {
  return readOnly(path);
}

export function unlinkSync(path: string): never {
  return readOnly(path);
}

export function renameSync(path: string): never {
  return readOnly(path);
}

export function fstatSync(): { size: number } {
  return { size: 0 };
}

export default {
  existsSync, statSync, readFileSync, writeSync, readSync, openSync, closeSync, fstatSync,
  lstatSync, opendirSync, readlinkSync, mkdirSync, rmdirSync, unlinkSync, renameSync,
};

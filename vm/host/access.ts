/**
 * What a running program may touch on the host. The CLI grants the file system; a library
 * VirtualMachine does not unless its embedder asks (`filesystem: true`), so `open()` raises
 * PermissionError, imports see only the bundled standard library (vm/lib) and tracebacks do not
 * read source files. CPython has no counterpart (the closest is an audit hook refusing `open`).
 * Kept free of imports from the rest of the VM so that low-level files can consult it cheaply.
 */
import { resolve, sep } from 'node:path';
import { stdlibDir } from '../modules/stdlib_path.js';

/** The current program's grants; the active VirtualMachine installs its own on entry. */
export const hostAccess = { filesystem: true };

/**
 * EPERM's number and the strerror `open()` reports when the file system is not granted; with
 * the file name CPython's OSError formats it as
 * `[Errno 1] Operation not permitted (no file system access): 'name'` (a PermissionError).
 */
export const SANDBOX_ERRNO = 1;
export const SANDBOX_STRERROR = 'Operation not permitted (no file system access)';

/** Whether a program may read `path`: always with the file system, else only inside vm/lib. */
export function mayRead(path: string): boolean {
  if (hostAccess.filesystem) return true;
  const lib = stdlibDir();
  if (lib === null) return false;
  const p = resolve(path), root = resolve(lib);
  return p === root || p.startsWith(root + sep);
}

/**
 * node:url for the page. The VM's only use is stdlib_path.ts locating vm/lib beside its own
 * module file; every module URL maps into the in-memory tree so that lookup finds the bundled lib.
 */
import { STDLIB } from './vfs.js';

export function fileURLToPath(_url: string | URL): string {
  return STDLIB.replace(/\/lib$/, '/modules/stdlib_path.js');
}

export default { fileURLToPath };

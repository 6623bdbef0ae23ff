/**
 * Where the standard-library modules written in Python live: `vm/lib/` beside the sources, and
 * `dist/vm/lib/` beside the compiled output (scripts/postbuild.mjs copies it). runCode appends
 * this directory to sys.path after the script's directory, as CPython lists its own Lib/.
 * CPython: Modules/getpath.c (the prefix/lib/pythonX.Y entry of sys.path).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | null | undefined;

/** The stdlib directory, or null when neither layout is present. */
export function stdlibDir(): string | null {
  if (cached !== undefined) return cached;
  const candidates: string[] = [];
  // The CLI bundle (dist/pyvm-cli.cjs) is CommonJS: __dirname is dist/.
  if (typeof __dirname === 'string') candidates.push(join(__dirname, 'vm', 'lib'));
  const url = typeof import.meta === 'object' ? import.meta.url : undefined;
  if (typeof url === 'string' && url !== '') {
    const here = dirname(fileURLToPath(url));
    // <out>/vm/modules → <out>/vm/lib; a build into another folder of the repo (<repo>/<dir>/<out>/vm/modules) → <repo>/vm/lib.
    candidates.push(join(here, '..', 'lib'), join(here, '..', '..', '..', '..', 'vm', 'lib'));
  }
  cached = candidates.find((d) => existsSync(d)) ?? null;
  return cached;
}

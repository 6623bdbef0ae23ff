/**
 * Node built-in modules that only some Python programs need, loaded on first use: requiring
 * node:crypto at start-up costs every run several milliseconds.
 */
import { createRequire } from 'node:module';

// The CLI bundle is CommonJS (__filename is set); the library is an ES module.
const load = createRequire(typeof __filename === 'string' ? __filename : import.meta.url);

let crypto: typeof import('node:crypto') | null = null;

export function nodeCrypto(): typeof import('node:crypto') {
  return crypto ??= load('node:crypto') as typeof import('node:crypto');
}

/**
 * Node built-in modules that only some Python programs need, loaded on first use: requiring
 * node:crypto at start-up costs every run several milliseconds, node:os a fifth of one.
 * process.getBuiltinModule (Node 20.16) serves both the CommonJS bundle and the ES module
 * library; requiring node:module for createRequire instead cost every start-up 0.4 ms.
 * The playground's process (playground/shims/globals.ts) provides the same function.
 */

let crypto: typeof import('node:crypto') | null = null;
let os: typeof import('node:os') | null = null;

export function nodeCrypto(): typeof import('node:crypto') {
  return crypto ??= process.getBuiltinModule('node:crypto');
}

export function nodeOs(): typeof import('node:os') {
  return os ??= process.getBuiltinModule('node:os');
}

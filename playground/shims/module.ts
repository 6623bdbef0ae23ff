/** node:module for the page: createRequire serves the built-ins the VM loads lazily (vm/node_lazy.ts). */
import * as crypto from './crypto.js';

export function createRequire(_from: string): (id: string) => unknown {
  return (id: string) => {
    if (id === 'node:crypto') return crypto;
    throw new Error(`${id} is not available in the page`);
  };
}

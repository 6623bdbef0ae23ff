/** Basic blocks → CodeObject: CPython 3.7's assemble() and makecode() (placeholder). */
import type { AssemblerInput } from './block.js';
import type { CodeObject } from '../vm/code.js';

export function assemble(u: AssemblerInput): CodeObject {
  void u;
  throw new Error('assemble: not written yet');
}

/**
 * The dispatch loop's shortcuts for `super().m(...)`, filled in by super.ts when it loads:
 * importing super.ts from the loop's modules would reorder module initialisation (it reaches
 * the builtins registry). Until then the shortcuts never match.
 */
import type { PyObject, PyType, PyValue } from './objects/object.js';

/** The fields of a super object the shortcuts read. */
export interface SuperObject extends PyObject {
  readonly thisType: PyType;
  readonly obj: PyValue;
  readonly objType: PyType;
}

export const superFast: {
  /** The builtin `super` type, once loaded. */
  type: PyType | null;
  /** `super()` with no arguments, for the running frame. */
  make: () => PyValue;
  /** The raw attribute found after thisType in the MRO, or undefined. */
  lookup: (s: SuperObject, name: string) => PyValue | undefined;
} = {
  type: null,
  make: () => { throw new Error('super is not loaded'); },
  lookup: () => undefined,
};

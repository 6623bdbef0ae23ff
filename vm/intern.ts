/**
 * String interning (CPython: PyUnicode_InternInPlace, applied to code objects' names by
 * PyCode_New). Names reach the VM as substrings of the source, a fresh JS string per occurrence:
 * `self.x` in two methods gives two strings, and every dict or Map probe that meets the other one
 * compares characters (V8's String::SlowEquals). V8 internalizes property keys, so the copy
 * Object.keys hands back is the engine's canonical string: equal names become the same pointer,
 * and V8 tells unequal internalized strings apart without reading them.
 */
export function intern(s: string): string {
  const keys = Object.keys({ [s]: 0 });
  // An array-index name ("0", "12") is an element, not a named key: keep the string as is.
  return keys.length === 1 && keys[0] === s ? keys[0] : s;
}

/** Interns every string of `a` in place and returns it. */
export function internAll(a: string[]): string[] {
  for (let i = 0; i < a.length; i++) a[i] = intern(a[i]);
  return a;
}

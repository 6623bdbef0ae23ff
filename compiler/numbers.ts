/**
 * Numeric literals: the text of an `integer` / `float` token → int (JS number, or bigint past
 * 2^53), PyFloat, or PyComplex for imaginary literals. Also rejects the spellings tree-sitter
 * accepts but CPython's tokenizer does not (Python 2 `L` suffix, `0777`, misplaced `_`).
 * CPython: parsenumber() in Parser/pegen.c and the number states of Parser/tokenizer.c.
 */
import { PyComplex, PyFloat, type PyValue } from '../vm/objects/object.js';

/** A literal CPython's tokenizer rejects; `at` is the offset in the text where it points. */
export class NumberError {
  /** `end` is where CPython's error range ends (defaults to `at`). */
  constructor(readonly msg: string, readonly at: number, readonly end: number = at) {}
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Normalises a bigint to a JS number when it fits exactly (the int representation rule). */
export function normInt(b: bigint): number | bigint {
  return b <= MAX_SAFE && b >= -MAX_SAFE ? Number(b) : b;
}

/** Checks underscore placement: only single underscores between digits. */
function checkUnderscores(text: string, start: number): NumberError | null {
  for (let i = start; i < text.length; i++) {
    if (text.charCodeAt(i) !== 95) continue;
    const next = text.charCodeAt(i + 1);
    if (i + 1 >= text.length || next === 95 || !isDigitLike(next)) {
      return new NumberError('invalid decimal literal', i);
    }
  }
  return null;
}

function isDigitLike(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** CPython: parsenumber — value of an integer, float or imaginary literal, or a NumberError. */
export function parseNumber(text: string): PyValue | NumberError {
  const last = text.charCodeAt(text.length - 1);
  if (last === 76 || last === 108) return new NumberError('invalid decimal literal', text.length - 1);
  const imag = last === 106 || last === 74;
  const body = imag ? text.slice(0, -1) : text;
  const c1 = body.length > 1 ? body.charCodeAt(1) | 32 : 0;
  if (body.charCodeAt(0) === 48 && (c1 === 120 || c1 === 111 || c1 === 98)) {
    const kind = c1 === 120 ? 'hexadecimal' : c1 === 111 ? 'octal' : 'binary';
    const digits = body.slice(2);
    if (digits.endsWith('_') || digits.includes('__')) {
      return new NumberError(`invalid ${kind} literal`, text.length - 1);
    }
    if (imag) return new NumberError(`invalid ${kind} literal`, text.length - 1);
    return normInt(BigInt(body.slice(0, 2) + digits.replace(/_/g, '')));
  }
  const bad = checkUnderscores(body, 0);
  if (bad !== null) return bad;
  const clean = body.replace(/_/g, '');
  const isFloat = /[.eE]/.test(clean);
  if (imag) return new PyComplex(0, Number(clean));
  if (isFloat) return new PyFloat(Number(clean));
  if (clean.length > 1 && clean.charCodeAt(0) === 48 && /[^0]/.test(clean)) {
    return new NumberError(
      'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
      0,
      /^0*/.exec(body)![0].length,
    );
  }
  if (clean.length <= 15) return Number(clean);
  return normInt(BigInt(clean));
}

/**
 * Test helper: repr of the constant kinds co_consts holds, so the dis goldens can be checked
 * without the object protocol (which imports most of the VM). Self-contained on purpose: the
 * float and complex layouts are repeated here rather than imported with their dependencies.
 * Also a frozenset stand-in for tests/support/code37.ts's loader that keeps 3.7's item order.
 */
import { CodeObject } from '../../vm/code.js';
import { codeRepr } from '../../vm/objects/codeobject.js';
import { strRepr } from '../../vm/objects/str.js';
import {
  Ellipsis, FrozenSetType, None, PyBytes, PyComplex, PyFloat, PyObject, PyTuple, type PyValue,
} from '../../vm/objects/object.js';

export class TestFrozenSet extends PyObject {
  constructor(readonly items: PyValue[]) {
    super(FrozenSetType);
  }
}
export const makeFrozenSet = (items: PyValue[]): PyValue => new TestFrozenSet(items);

/** Python's repr layout of a float: shortest digits, exponent below 1e-4 and from 1e16. */
function floatText(x: number, dot0: boolean): string {
  if (x !== x) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return (Object.is(x, -0) ? '-0' : '0') + (dot0 ? '.0' : '');
  const sign = x < 0 ? '-' : '';
  const e = Math.abs(x).toExponential();
  const k = e.indexOf('e');
  const mant = e.slice(0, k);
  const digits = mant.length > 1 ? mant[0] + mant.slice(2) : mant;
  const decpt = Number(e.slice(k + 1)) + 1;
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) return sign + '0.' + '0'.repeat(-decpt) + digits;
    if (decpt >= digits.length) return sign + digits + '0'.repeat(decpt - digits.length) + (dot0 ? '.0' : '');
    return sign + digits.slice(0, decpt) + '.' + digits.slice(decpt);
  }
  const exp = decpt - 1, ae = Math.abs(exp);
  const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
  return sign + m + 'e' + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' + ae : String(ae));
}

function complexText(re: number, im: number): string {
  const imS = floatText(im, false);
  if (re === 0 && !Object.is(re, -0)) return imS + 'j';
  return '(' + floatText(re, false) + (imS[0] === '-' ? '' : '+') + imS + 'j)';
}

function bytesRepr(b: Uint8Array): string {
  const hasSingle = b.includes(0x27), hasDouble = b.includes(0x22);
  const q = hasSingle && !hasDouble ? '"' : "'";
  let s = 'b' + q;
  for (const c of b) {
    if (c === q.charCodeAt(0) || c === 0x5c) s += '\\' + String.fromCharCode(c);
    else if (c === 9) s += '\\t';
    else if (c === 10) s += '\\n';
    else if (c === 13) s += '\\r';
    else if (c < 0x20 || c >= 0x7f) s += '\\x' + c.toString(16).padStart(2, '0');
    else s += String.fromCharCode(c);
  }
  return s + q;
}

export function constRepr(v: PyValue): string {
  switch (typeof v) {
    case 'number': case 'bigint': return String(v);
    case 'boolean': return v ? 'True' : 'False';
    case 'string': return strRepr(v);
    default:
      if (v === None) return 'None';
      if (v === Ellipsis) return 'Ellipsis';
      if (v instanceof PyFloat) return floatText(v.value, true);
      if (v instanceof PyComplex) return complexText(v.real, v.imag);
      if (v instanceof PyBytes) return bytesRepr(v.data);
      if (v instanceof PyTuple) {
        const parts = v.items.map(constRepr);
        return '(' + parts.join(', ') + (parts.length === 1 ? ',)' : ')');
      }
      if (v instanceof TestFrozenSet) return v.items.length ? 'frozenset({' + v.items.map(constRepr).join(', ') + '})' : 'frozenset()';
      if (v instanceof CodeObject) return codeRepr(v);
      throw new Error('unexpected constant');
  }
}

/**
 * random.SystemRandom: a Random whose bits come from the host's cryptographic source instead of
 * the Mersenne Twister, so it has no seed and no state. Its random/getrandbits overrides are
 * found by random.ts's dispatch as a Python subclass's would be. CPython: Lib/random.py (SystemRandom).
 */
import { None, PyBytes, PyFloat, PyType, defMethod, typeOf, type PyValue } from '../objects/object.js';
import { Exc, newException, typeError } from '../objects/exceptions.js';
import { nodeCrypto } from '../node_lazy.js';
import { normBig } from '../objects/int.js';
import { asIndex } from '../objects/slice.js';
import { isTrue, richCompare } from '../abstract.js';
import { LT } from '../objects/tuple.js';

function bigFromBytes(b: Uint8Array): bigint {
  return b.length === 0 ? 0n : BigInt('0x' + Buffer.from(b).toString('hex'));
}

function count(v: PyValue | undefined, what: string): number {
  const n = v === undefined ? null : asIndex(v);
  if (n === null) throw typeError(`'${v === undefined ? 'NoneType' : typeOf(v).name}' object cannot be interpreted as an integer`);
  if (typeof n === 'bigint') throw newException(Exc.OverflowError, `${what} too large to convert to C int`);
  return n;
}

export function makeSystemRandom(base: PyType): PyType {
  const T = new PyType('SystemRandom', base);
  T.module = 'random';
  T.dict.set('__doc__', 'Alternate random number generator using sources provided by the operating system.');
  defMethod(T, 'random', () => new PyFloat(Number(bigFromBytes(nodeCrypto().randomBytes(7)) >> 3n) * 2 ** -53));
  defMethod(T, 'getrandbits', (_s, a) => {
    // CPython's Python code compares `k < 0` before anything converts k
    if (a[0] !== undefined && asIndex(a[0]) === null && isTrue(richCompare(a[0], 0, LT))) {
      throw newException(Exc.ValueError, 'number of bits must be non-negative');
    }
    const k = count(a[0], 'Python int');
    if (k < 0) throw newException(Exc.ValueError, 'number of bits must be non-negative');
    const numbytes = Math.ceil(k / 8);
    return normBig(bigFromBytes(nodeCrypto().randomBytes(numbytes)) >> BigInt(numbytes * 8 - k));
  });
  defMethod(T, 'randbytes', (_s, a) => {
    const n = count(a[0], 'Python int');
    if (n < 0) throw newException(Exc.ValueError, 'negative argument not allowed');
    return new PyBytes(new Uint8Array(nodeCrypto().randomBytes(n)));
  });
  defMethod(T, 'seed', () => None);
  const noState = (): PyValue => {
    throw newException(Exc.NotImplementedError, 'System entropy source does not have state.');
  };
  defMethod(T, 'getstate', noState);
  defMethod(T, 'setstate', noState);
  return T;
}

// Unit checks of the text conversions behind the types_* corpus: the int digit limit, bytes
// %-formatting, case mapping with titlecase digraphs, ligatures and final sigma, and the
// parse of Unicode digits in int(). Expected values are CPython 3.11's.
import { describe, expect, it } from 'vitest';
import '../../vm/objects/object_type.js';
import { longToDecimal, parseIntLiteral, setIntMaxStrDigits, intMaxStrDigits } from '../../vm/objects/int.js';
import { bytesPercentFormat } from '../../vm/objects/strformat.js';
import { strCapitalize, strSwapcase, strTitle } from '../../vm/objects/str_case.js';
import { PyBytes, PyTuple } from '../../vm/objects/object.js';
import { PyException, exceptionStr } from '../../vm/objects/exceptions.js';

function raised(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyException) return `${e.ob_type.name}: ${exceptionStr(e)}`;
    throw e;
  }
  return 'no exception';
}

const latin1 = (d: Uint8Array): string => String.fromCharCode(...d);
const bytesOf = (s: string): Uint8Array => Uint8Array.from(s, c => c.charCodeAt(0));

describe('int digit limit', () => {
  it('converts up to 4300 digits and refuses more', () => {
    expect(longToDecimal(10n ** 4299n).length).toBe(4300);
    expect(longToDecimal(-(10n ** 4299n)).length).toBe(4301);
    expect(raised(() => longToDecimal(10n ** 4300n))).toMatch(/^ValueError: Exceeds the limit \(4300 digits\)/);
    expect(raised(() => parseIntLiteral('1'.repeat(4301), 10))).toContain('value has 4301 digits');
    expect(parseIntLiteral('1'.repeat(5000), 16)).not.toBeNull();
  });
  it('can be lifted', () => {
    const old = intMaxStrDigits;
    setIntMaxStrDigits(0);
    try {
      expect(longToDecimal(10n ** 5000n).length).toBe(5001);
    } finally {
      setIntMaxStrDigits(old);
    }
  });
});

describe('int() digits', () => {
  it('accepts Unicode decimal digits only below the base', () => {
    expect(parseIntLiteral('١٢٣', 10)).toBe(123);
    expect(parseIntLiteral('١٢٣', 2)).toBeNull();
    expect(parseIntLiteral('1_000', 10)).toBe(1000);
    expect(parseIntLiteral('1__0', 10)).toBeNull();
  });
});

describe('bytes % args', () => {
  const fmt = (f: string, args: unknown): string => latin1(bytesPercentFormat(bytesOf(f), args as never));
  it('formats bytes, numbers and single bytes', () => {
    expect(fmt('%s-%d', new PyTuple([new PyBytes(bytesOf('ab')), 5]))).toBe('ab-5');
    expect(fmt('%5s|%x|%c%c', new PyTuple([new PyBytes(bytesOf('ab')), 255, 65, new PyBytes(bytesOf('B'))]))).toBe('   ab|ff|AB');
    expect(fmt('%a', 'é')).toBe("'\\xe9'");
  });
  it('raises CPython errors', () => {
    expect(raised(() => fmt('%s', 'str'))).toBe("TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'");
    expect(raised(() => fmt('%c', 256))).toBe('OverflowError: %c arg not in range(256)');
    expect(raised(() => fmt('%s %s', new PyTuple([new PyBytes(bytesOf('a'))])))).toBe('TypeError: not enough arguments for format string');
    expect(raised(() => fmt('%d', new PyTuple([1, 2])))).toBe('TypeError: not all arguments converted during bytes formatting');
  });
});

describe('case mapping', () => {
  it('title-cases digraphs and ligatures', () => {
    expect(strTitle('ǆungla ﬁne straße')).toBe('ǅungla Fine Straße');
    expect(strCapitalize('ﬁne')).toBe('Fine');
    expect(strTitle('ŉ')).toBe('ʼN');
  });
  it('swapcase leaves titlecase letters and applies final sigma', () => {
    expect(strSwapcase('ǅ')).toBe('ǅ');
    expect(strSwapcase('ΣΊΣΥΦΟΣ')).toBe('σίσυφος');
    expect(strSwapcase('Hello World')).toBe('hELLO wORLD');
  });
});

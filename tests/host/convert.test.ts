// Value conversion between JS and Python, each direction and each kind of value.
import { capturedVm } from './support.js';
import { describe, expect, it } from 'vitest';
import { toJS, toPython, directCall, PythonError } from '../../vm/host/convert.js';
import { None, PyFloat, PyList, PyBytes, typeOf } from '../../vm/objects/object.js';
import { PyDict } from '../../vm/objects/dict.js';
import { repr } from '../../vm/abstract.js';

describe('JS → Python', () => {
  it('numbers: integral safe numbers are ints, the rest floats, -0 an int 0', () => {
    expect(toPython(3)).toBe(3);
    expect(toPython(-0)).toBe(0);
    expect(Object.is(toPython(-0), -0)).toBe(false);
    expect(toPython(2.5)).toBeInstanceOf(PyFloat);
    expect((toPython(2.5) as PyFloat).value).toBe(2.5);
    expect(toPython(2 ** 60)).toBeInstanceOf(PyFloat);
    expect(toPython(NaN)).toBeInstanceOf(PyFloat);
  });

  it('bigint normalises to a number when it fits', () => {
    expect(toPython(5n)).toBe(5);
    expect(toPython(2n ** 80n)).toBe(2n ** 80n);
  });

  it('strings, booleans, null and undefined', () => {
    expect(toPython('héllo')).toBe('héllo');
    expect(toPython(true)).toBe(true);
    expect(toPython(null)).toBe(None);
    expect(toPython(undefined)).toBe(None);
  });

  it('arrays, Maps, plain objects, Sets, bytes', () => {
    expect(repr(toPython([1, 'a', [null, 1.5]]))).toBe("[1, 'a', [None, 1.5]]");
    expect(repr(toPython(new Map<unknown, unknown>([[1, 'one'], ['k', [true]]])))).toBe("{1: 'one', 'k': [True]}");
    expect(repr(toPython({ a: 1, b: { c: 'd' } }))).toBe("{'a': 1, 'b': {'c': 'd'}}");
    expect(repr(toPython(new Set([3, 1, 2])))).toBe('{1, 2, 3}');
    expect(toPython(new Uint8Array([104, 105]))).toBeInstanceOf(PyBytes);
    expect(repr(toPython(new Uint8Array([104, 105])))).toBe("b'hi'");
  });

  it('a cyclic array becomes a cyclic list', () => {
    const a: unknown[] = [1];
    a.push(a);
    const l = toPython(a) as PyList;
    expect(l.items[1]).toBe(l);
    expect(repr(l)).toBe('[1, [...]]');
  });

  it('functions become builtin functions; a symbol is refused with TypeError', () => {
    expect(typeOf(toPython(() => 1)).name).toBe('builtin_function_or_method');
    expect(() => toPython(Symbol('s'))).toThrow();
  });
});

describe('Python → JS', () => {
  const { vm } = capturedVm();
  it('ints are numbers, or bigints past 2**53', () => {
    expect(vm.eval('7')).toBe(7);
    expect(vm.eval('-(2**53 - 1)')).toBe(-(2 ** 53 - 1));
    expect(vm.eval('2**53')).toBe(2n ** 53n);
    expect(vm.eval('2**64')).toBe(2n ** 64n);
  });

  it('floats, str, bool, None', () => {
    expect(vm.eval('1.0')).toBe(1);
    expect(vm.eval('float("inf")')).toBe(Infinity);
    expect(vm.eval('"abc" * 2')).toBe('abcabc');
    expect(vm.eval('3 > 2')).toBe(true);
    expect(vm.eval('None')).toBe(null);
  });

  it('lists and tuples are arrays, dicts Maps (keys converted), sets Sets, bytes Uint8Array', () => {
    expect(vm.eval('[1, (2, 3), []]')).toEqual([1, [2, 3], []]);
    expect(vm.eval('{"a": 1, 2: [None], (1, 2): "t"}')).toEqual(new Map<unknown, unknown>([['a', 1], [2, [null]], [[1, 2], 't']]));
    expect(vm.eval('{1, 2}')).toEqual(new Set([1, 2]));
    expect(vm.eval('b"\\x00\\xff"')).toEqual(new Uint8Array([0, 255]));
  });

  it('callables are JS functions calling back into the VM', () => {
    const f = vm.eval('lambda *a: sum(a)') as (...a: number[]) => number;
    expect(f(1, 2, 3)).toBe(6);
    const cls = vm.eval('dict') as (...a: unknown[]) => unknown;
    expect(cls([['x', 1]])).toEqual(new Map([['x', 1]]));
  });

  it('other objects pass through as handles and come back as themselves', () => {
    vm.exec('class Point:\n    def __init__(self, x):\n        self.x = x\np = Point(4)');
    const p = vm.globals.get('p');
    expect(typeof p).toBe('object');
    vm.globals.set('q', p);
    expect(vm.eval('q is p and q.x == 4')).toBe(true);
  });

  it('a round trip of a host function gives back the same JS function', () => {
    const fn = (x: number): number => x + 1;
    expect(toJS(toPython(fn), directCall)).toBe(fn);
  });

  it('a dict converted twice gives equal maps; the same list twice in one value stays shared', () => {
    const v = vm.eval('(lambda l: [l, l])([1])') as unknown[][];
    expect(v[0]).toBe(v[1]);
    const d = toPython({ x: [1] }) as PyDict;
    expect(toJS(d, directCall)).toEqual(new Map([['x', [1]]]));
  });

  it('errors: a JS Error raised in a host function is a RuntimeError; a PythonError crossing back is the original exception', () => {
    const { vm: v2, out } = capturedVm();
    v2.registerModule('m', {
      throwsString: () => { throw 'plain string'; },
      rethrow: (f: () => unknown) => {
        try {
          return f();
        } catch (e) {
          expect(e).toBeInstanceOf(PythonError);
          throw e;
        }
      },
    });
    v2.run('import m\ntry:\n    m.throwsString()\nexcept RuntimeError as e:\n    print(repr(e))\n'
      + 'class MyErr(Exception):\n    pass\ndef bad():\n    raise MyErr("mine")\ntry:\n    m.rethrow(bad)\nexcept MyErr as e:\n    print("MyErr", e)');
    expect(out()).toBe("RuntimeError('plain string')\nMyErr mine\n");
  });
});

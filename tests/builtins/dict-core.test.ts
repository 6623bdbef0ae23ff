import { describe, expect, it } from 'vitest';
import { PyDict } from '../../vm/objects/dict.js';
import { PyFloat } from '../../vm/objects/object.js';

describe('PyDict core (primitive keys)', () => {
  it('keeps insertion order and merges 1, 1.0, True', () => {
    const d = new PyDict();
    d.set(1, 'a');
    d.set(new PyFloat(1.0), 'b');
    d.set(true, 'c');
    d.set('x', 'd');
    d.set(new PyFloat(-0), 'z');
    d.set(0, 'zz');
    expect(d.size).toBe(3);
    expect(d.keysArray()).toEqual([1, 'x', expect.any(PyFloat)]);
    expect(d.get(1)).toBe('c');
    expect(d.get(false)).toBe('zz');
    expect(d.get(new PyFloat(1.5))).toBeUndefined();
  });
  it('deletes in O(1) and compacts', () => {
    const d = new PyDict();
    for (let i = 0; i < 1000; i++) d.set(i, i * 2);
    for (let i = 0; i < 1000; i += 2) expect(d.delete(i)).toBe(true);
    expect(d.size).toBe(500);
    for (let i = 1000; i < 1100; i++) d.set(i, i);
    expect(d.size).toBe(600);
    expect(d.keysArray().slice(0, 3)).toEqual([1, 3, 5]);
    expect(d.get(999)).toBe(1998);
    expect(d.get(998)).toBeUndefined();
    // FIFO deletion stays cheap
    while (d.size > 0) d.deleteAt(d.nextIndex(0));
    expect(d.capacity).toBe(0);
  });
  it('popItem is LIFO; the keys version moves with keys, not values', () => {
    const d = new PyDict();
    const v0 = d.keysVersion;
    d.setStr('a', 1);
    d.setStr('b', 2);
    const v1 = d.keysVersion;
    expect(v1).toBeGreaterThan(v0);
    d.setStr('a', 10);
    expect(d.keysVersion).toBe(v1);
    expect(d.popItem()).toEqual(['b', 2]);
    expect(d.keysVersion).toBeGreaterThan(v1);
    expect(d.popItem()).toEqual(['a', 10]);
    expect(d.popItem()).toBeNull();
    d.setStr('c', 3);
    expect(d.entriesArray()).toEqual([['c', 3]]);
  });
  it('big ints and big floats share keys', () => {
    const d = new PyDict();
    d.set(2n ** 60n, 'big');
    expect(d.get(new PyFloat(2 ** 60))).toBe('big');
  });
});

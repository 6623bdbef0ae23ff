/** The page's stand-ins for Node modules (playground/shims) agree with Node's own. */
import { createHash, randomBytes } from 'node:crypto';
import { Buffer } from 'node:buffer';
import nodePath from 'node:path';
import { describe, expect, test } from 'vitest';
import * as shimCrypto from '../../playground/shims/crypto.js';
import * as shimPath from '../../playground/shims/path.js';

describe('playground shims', () => {
  test('sha512 equals node:crypto on block-boundary lengths', () => {
    const g = globalThis as unknown as { Buffer?: unknown };
    g.Buffer ??= Buffer;
    for (const n of [0, 1, 3, 111, 112, 127, 128, 129, 300]) {
      const data = randomBytes(n);
      const mine = Buffer.from(shimCrypto.createHash('sha512').update(data).digest()).toString('hex');
      expect(mine).toBe(createHash('sha512').update(data).digest('hex'));
    }
    expect(shimCrypto.randomBytes(70000).length).toBe(70000);
  });

  test('path functions equal node:path (POSIX) for the paths the VM builds', () => {
    for (const parts of [['/a/b', 'c.py'], ['a', '..', 'b'], ['/pyvm/vm/modules', '..', 'lib'], ['', 'x.py'], ['.', 'pkg', '__init__.py']]) {
      expect(shimPath.join(...parts)).toBe(nodePath.posix.join(...parts));
    }
    for (const p of ['/a/b/c.py', 'c.py', '/c.py', 'a/b']) expect(shimPath.dirname(p)).toBe(nodePath.posix.dirname(p));
  });
});

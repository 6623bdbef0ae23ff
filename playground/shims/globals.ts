/**
 * Host globals the VM expects from Node: Buffer for UTF-8 byte work, process for sys and time,
 * and process.getBuiltinModule for the built-ins it loads on first use (vm/node_lazy.ts).
 */
import { Buffer } from 'buffer';
import * as crypto from './crypto.js';
import * as os from './os.js';

const g = globalThis as unknown as { Buffer?: unknown; process?: unknown };
if (g.Buffer === undefined) g.Buffer = Buffer;

const started = performance.now();
const nowNs = (): bigint => BigInt(Math.round((performance.now() + performance.timeOrigin) * 1e6));
const hrtime = Object.assign((prev?: [number, number]): [number, number] => {
  const ns = nowNs() - (prev === undefined ? 0n : BigInt(prev[0]) * 1_000_000_000n + BigInt(prev[1]));
  return [Number(ns / 1_000_000_000n), Number(ns % 1_000_000_000n)];
}, { bigint: nowNs });

if (g.process === undefined) {
  g.process = {
    execPath: '', env: {}, argv: [], platform: 'browser', versions: {}, pid: 1,
    cwd: () => '/',
    hrtime,
    // The page has no CPU clock: process time is wall time since load.
    cpuUsage: (prev?: { user: number; system: number }) => {
      const us = Math.round((performance.now() - started) * 1000);
      return { user: us - (prev?.user ?? 0), system: 0 - (prev?.system ?? 0) };
    },
    memoryUsage: () => ({ rss: 0, heapUsed: 0, heapTotal: 0, external: 0 }),
    stdout: { isTTY: false },
    stderr: { isTTY: false },
    on: () => undefined,
    exit: () => undefined,
    getBuiltinModule: (id: string): unknown => {
      if (id === 'node:crypto') return crypto;
      if (id === 'node:os') return os;
      throw new Error(`${id} is not available in the page`);
    },
  };
}

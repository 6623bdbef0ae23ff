#!/usr/bin/env node
// The `pyvm` command's entry (copied to dist/cli.js by scripts/bundle.mjs): compiles the
// CommonJS bundle dist/pyvm-cli.cjs with V8's code cache when the cache is newer than the bundle,
// and runs it as Node would run a CommonJS main module. PYVM_WRITE_CODE_CACHE=FILE writes the
// cache after the run (the build does this once).
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const bundle = fileURLToPath(new URL('./pyvm-cli.cjs', import.meta.url));
const cacheFile = bundle + '.cache';
let cachedData;
try {
  if (statSync(cacheFile).mtimeMs >= statSync(bundle).mtimeMs) cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
// A leading "#!" line is not JavaScript inside a function wrapper; keep the line count.
const source = readFileSync(bundle, 'utf8').replace(/^#!.*/, '');
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: bundle,
  cachedData,
});
const module = { exports: {} };
script.runInThisContext().call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
const writeTo = process.env.PYVM_WRITE_CODE_CACHE;
if (writeTo) process.on('exit', () => writeFileSync(writeTo, script.createCachedData()));

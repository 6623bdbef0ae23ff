#!/usr/bin/env node
// The `pyvm` command's entry (copied to dist/cli.cjs by scripts/bundle.mjs): compiles the
// CommonJS bundle dist/pyvm-cli.cjs (the module already inside its function wrapper) with V8's
// code cache when the cache is newer than the bundle, and runs it as Node would run a CommonJS
// main module. It is CommonJS itself because an ES module entry makes Node start its ES module
// loader, about 15 ms of every start-up.
// PYVM_WRITE_CODE_CACHE=FILE writes the cache after the run (the build does this once).
'use strict';
const { readFileSync, statSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

// dist/pyvm hands NODE_EXTRA_CA_CERTS over under this name (see scripts/pyvm-launcher.sh), so
// that Node skips building the certificate store; the program sees the variable as it was.
const savedCerts = process.env.PYVM_NODE_EXTRA_CA_CERTS;
if (savedCerts !== undefined) {
  process.env.NODE_EXTRA_CA_CERTS = savedCerts;
  delete process.env.PYVM_NODE_EXTRA_CA_CERTS;
}

const bundle = join(__dirname, 'pyvm-cli.cjs');
const cacheFile = bundle + '.cache';
let cachedData;
try {
  if (statSync(cacheFile).mtimeMs >= statSync(bundle).mtimeMs) cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
// The bundle is ASCII (the build checks), so latin1 reads it exactly, without UTF-8 decoding, as
// a one-byte string; the build wrote it as the CommonJS function wrapper, compiled as it is.
const script = new Script(readFileSync(bundle, 'latin1'), { filename: bundle, cachedData });
// V8 has consumed the cache: the megabyte buffer need not stay referenced.
cachedData = undefined;
// Registered first: the command ends with process.exit, inside the bundle's run.
const writeTo = process.env.PYVM_WRITE_CODE_CACHE;
if (writeTo) process.on('exit', () => writeFileSync(writeTo, script.createCachedData()));
const bundleModule = { exports: {} };
script.runInThisContext().call(bundleModule.exports, bundleModule.exports, require, bundleModule, bundle, dirname(bundle));

// Bundled in place of node-gyp-build for tree-sitter and tree-sitter-python (scripts/bundle.mjs):
// their JavaScript goes into the command's bundle and its code cache, and only the native addon
// is loaded from the package's directory. The bundle lives in dist/, so the project's own
// node_modules is looked at first (a stat instead of a module resolution); node-gyp-build's
// search (a local build first, then the prebuilt binary for this platform) is the fallback.
'use strict';
const { existsSync } = require('node:fs');
const { dirname, join } = require('node:path');

module.exports = function loadAddon(pkg, file) {
  const platform = `${process.platform}-${process.arch}`;
  const local = join(__dirname, '..', 'node_modules', pkg);
  const prebuilt = join(local, 'prebuilds', platform, file);
  if (existsSync(prebuilt) && !existsSync(join(local, 'build'))) {
    const addon = { exports: {} };
    process.dlopen(addon, prebuilt);
    return addon.exports;
  }
  return require('node-gyp-build')(dirname(require.resolve(`${pkg}/package.json`)));
};

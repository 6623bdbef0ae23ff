// The playground: the compiler and VM of pyvm running in the page. Node-only imports of the
// VM and compiler are pointed at small browser shims (shims/); the parser is web-tree-sitter
// with the grammar's own WebAssembly build. `npm run playground` serves it, `npm run build:web`
// writes a static site to dist/web.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const shim = (name: string): string => path.join(here, 'shims', name);

export default defineConfig({
  root: here,
  base: './',
  resolve: {
    alias: [
      { find: /^node:fs$/, replacement: shim('fs.ts') },
      { find: /^node:path$/, replacement: shim('path.ts') },
      { find: /^node:url$/, replacement: shim('url.ts') },
      { find: /^node:crypto$/, replacement: shim('crypto.ts') },
      { find: /^node:perf_hooks$/, replacement: shim('perf_hooks.ts') },
      { find: /^tree-sitter$/, replacement: shim('tree-sitter.ts') },
      { find: /^tree-sitter-python$/, replacement: shim('tree-sitter-python.ts') },
    ],
  },
  build: {
    outDir: path.join(here, '..', 'dist', 'web'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      // web-tree-sitter's Emscripten loader uses eval to link the grammar's WebAssembly.
      onwarn(warning, warn) {
        if (warning.code !== 'EVAL') warn(warning);
      },
    },
  },
  server: { fs: { allow: [path.join(here, '..')] } },
});

// Startup bundle for the `pyvm` command, run by `npm run build` after tsc.
// Node spends most of a cold start resolving, reading and compiling ~90 separate ES modules, so
// the command ships as one CommonJS file (dist/pyvm-cli.cjs, tree-sitter's JavaScript included,
// its native addons loaded from node_modules) plus V8's code cache for it
// (dist/pyvm-cli.cjs.cache), written here by running a small program once. dist/cli.cjs is a tiny loader that compiles the bundle with that cache;
// dist/cli.js, which tsc emitted as the unbundled entry, is replaced by a shim that loads it.
// The library (dist/index.js) is unchanged.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const bundle = path.join(dist, 'pyvm-cli.cjs');
const cache = bundle + '.cache';

// The bindings' entry files find their addon with node-gyp-build(__dirname), which inside the
// bundle would be dist/: that call becomes scripts/addon-loader.cjs, which finds the package.
// tree-sitter-python's entry also reads node-types.json, which only the node classes that
// compiler/parse.ts skips would use. Loading these files through Node instead cost ~10 ms of
// every start (resolving, reading and compiling them without a code cache).
const addonLoader = JSON.stringify(path.join(root, 'scripts', 'addon-loader.cjs'));
const bindings = {
  plugins: [{
    name: 'tree-sitter-addons',
    setup(b) {
      b.onLoad({ filter: /[\\/]node_modules[\\/]tree-sitter[\\/]index\.js$/ }, async (args) => {
        const text = await fs.promises.readFile(args.path, 'utf8');
        const entry = /^const binding = typeof process\.versions\.bun[^;]*;/m;
        if (!entry.test(text)) throw new Error(`${args.path}: the addon loading statement has changed`);
        return { contents: text.replace(entry, `const binding = require(${addonLoader})('tree-sitter', 'tree-sitter.node');`), loader: 'js' };
      });
      b.onLoad({ filter: /[\\/]node_modules[\\/]tree-sitter-python[\\/]bindings[\\/]node[\\/]index\.js$/ }, () => ({
        contents: `module.exports = require(${addonLoader})('tree-sitter-python', 'tree-sitter-python.node');`,
        loader: 'js',
      }));
    },
  }],
};

await build({
  ...bindings,
  entryPoints: [path.join(root, 'cli.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Whitespace and syntax only: identifiers keep their names, so stack traces stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  // stdlib_path.ts reads import.meta.url only when __dirname is absent, which a CJS bundle never is.
  logOverride: { 'empty-import-meta': 'silent' },
  outfile: bundle,
});

// The loader reads the bundle as latin1: one non-ASCII byte would garble it, and UTF-8 text would
// make it a two-byte string that costs every start-up time to decode and scan.
const bytes = fs.readFileSync(bundle);
const nonAscii = bytes.findIndex((b) => b > 0x7f);
if (nonAscii >= 0) throw new Error(`${bundle}: non-ASCII byte at offset ${nonAscii}; escape it in the source`);
// The file holds the CommonJS wrapper itself, so the loader compiles the text as read: building
// the wrapped source at start-up copied the megabyte string twice more. The wrapper takes the
// place of esbuild's "#!" line, so line numbers are unchanged.
const text = bytes.toString('latin1');
if (!text.startsWith('#!')) throw new Error(`${bundle}: expected the entry's "#!" line first`);
fs.writeFileSync(bundle, `(function (exports, require, module, __filename, __dirname) {${text.slice(text.indexOf('\n'))}\n})`, 'latin1');

fs.writeFileSync(path.join(dist, 'cli.cjs'), fs.readFileSync(path.join(root, 'scripts', 'cli-loader.cjs'), 'utf8'));
fs.chmodSync(path.join(dist, 'cli.cjs'), 0o755);
fs.copyFileSync(path.join(root, 'scripts', 'pyvm-launcher.sh'), path.join(dist, 'pyvm'));
fs.chmodSync(path.join(dist, 'pyvm'), 0o755);
// `node dist/cli.js` keeps working: an ES module (the package's type) that loads the entry.
fs.writeFileSync(path.join(dist, 'cli.js'), [
  '#!/usr/bin/env node',
  "// The command's entry is dist/cli.cjs; this path stays for `node dist/cli.js`.",
  "import { createRequire } from 'node:module';",
  "createRequire(import.meta.url)('./cli.cjs');",
  '',
].join('\n'));

// Warm the cache on a program that touches the compiler, the common opcodes and builtins, so
// the functions V8 compiled lazily during the run are in it too.
fs.rmSync(cache, { force: true });
const warm = path.join(os.tmpdir(), `pyvm-warm-${process.pid}.py`);
fs.writeFileSync(warm, [
  'import sys',
  'class A:',
  '    def __init__(self, x): self.x = x',
  '    def f(self, *a, **k): return [self.x, a, k]',
  '    def __add__(self, o): return A(self.x + o.x)',
  '    def __lt__(self, o): return self.x < o.x',
  '    @property',
  '    def p(self): return self.x * 2',
  'class B(A):',
  '    def f(self, *a, **k): return super().f(*a, **k) + [len(a)]',
  'def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)',
  'def gen(n):',
  '    i = 0',
  '    while i < n:',
  '        yield i * i',
  '        i += 1',
  'def chain(n):',
  '    yield from gen(n)',
  'd = {str(i): i * 1.5 for i in range(10)}',
  'counts = {}',
  'for w in "the cat the hat. The bat".split():',
  '    w = w.strip(".,").lower()',
  '    counts[w] = counts.get(w, 0) + 1',
  'items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))',
  'xs = [x for x in range(20) if x % 3] + list(gen(5)) + [y for y in chain(4)]',
  'xs[1:3] = xs[::-1][:2]',
  's = set(xs) | {1, 2}',
  't = (1, 2.5, "a", None, True)',
  'acc = A(0)',
  'for i in range(30):',
  '    acc = acc + A(i)',
  '    acc.x += i % 7 - (i ^ 3) & 5',
  'b = B(2)',
  'with open(sys.argv[0]) as fh:',
  '    first = fh.readline()',
  'try:',
  '    raise ValueError("x")',
  'except ValueError as e:',
  '    msg = str(e)',
  'finally:',
  '    pass',
  'x = 1 << 70',
  'y = (x * 3 + 12345) % 2147483647',
  'f = 0.5 * 3 / 7 + 2 ** 0.5',
  'print(fib(10), A(1).f(2, k=3), b.f(1), b.p, sorted(d)[:2], "%s-%d" % ("a", 1), f"{1.5:.2f} {x!r}", sys.argv[1:])',
  'print(items[:2], xs[:4], len(s), t, acc.x, max(A(1), A(2)).x, first[:0], msg, y, round(f, 3), sum(gen(4)),',
  '      " ".join(str(v) for v in range(3)), isinstance(b, A), min(xs), any(xs), abs(-3), divmod(7, 2))',
  '',
].join('\n'));
try {
  execFileSync(process.execPath, [path.join(dist, 'cli.cjs'), 'run', warm], {
    env: { ...process.env, PYVM_WRITE_CODE_CACHE: cache },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
} finally {
  fs.rmSync(warm, { force: true });
}
// Without the cache every start compiles the bundle from source (about 30 ms more).
if (!fs.existsSync(cache)) throw new Error(`${cache} was not written`);

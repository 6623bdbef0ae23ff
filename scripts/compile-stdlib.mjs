// After tsc and the copy of vm/lib to dist/vm/lib: compiles every stdlib module there and saves
// its code object in __pycache__/<name>.pyvm.json beside it (vm/modules/stdlib_cache.ts loads
// them when the source is unchanged). A module whose constants cannot be saved is skipped and
// compiled at import as before.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lib = path.join(root, 'dist', 'vm', 'lib');
const { compile } = await import(path.join(root, 'dist', 'index.js'));
const { dumpCode, sourceStamp } = await import(path.join(root, 'dist', 'vm', 'code_marshal.js'));
const { cachePath } = await import(path.join(root, 'dist', 'vm', 'modules', 'stdlib_cache.js'));

function* pyFiles(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== '__pycache__') yield* pyFiles(p);
    else if (e.isFile() && e.name.endsWith('.py')) yield p;
  }
}

let saved = 0;
const skipped = [];
for (const file of pyFiles(lib)) {
  const source = fs.readFileSync(file, 'utf8');
  let text;
  try {
    text = dumpCode(compile(source, file, 'exec'), sourceStamp(source));
  } catch (e) {
    skipped.push(`${path.relative(lib, file)} (${e.message})`);
    continue;
  }
  fs.mkdirSync(path.dirname(cachePath(file)), { recursive: true });
  fs.writeFileSync(cachePath(file), text);
  saved++;
}
if (skipped.length > 0) console.log(`compile-stdlib: ${saved} saved; compiled at import: ${skipped.join(', ')}`);

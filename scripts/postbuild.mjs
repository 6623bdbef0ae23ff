// After tsc: make the command executable and copy the Python-written standard library
// (vm/lib) beside the compiled VM (dist/vm/lib) and the CLI bundle (same path from dist/).
import fs from 'node:fs';
fs.chmodSync('dist/cli.js', 0o755);
fs.rmSync('dist/vm/lib', { recursive: true, force: true });
fs.cpSync('vm/lib', 'dist/vm/lib', { recursive: true, filter: (src) => !src.endsWith('.pyc') && !src.includes('__pycache__') });

/**
 * `pyvm coverage run FILE [args]` runs a program measuring line, arc and branch coverage
 * (vm/host/coverage.ts) of every file it runs outside the bundled standard library, and saves
 * the data as JSON in `.pyvm-coverage.json` in the current directory; `pyvm coverage report`
 * prints the table and `pyvm coverage report --html DIR` writes annotated pages.
 * Counterpart: coverage.py's `coverage run`, `coverage report -m`, `coverage html`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { runFile } from './cli_run.js';
import { stdlibDir } from './vm/modules/stdlib_path.js';
import { CoverageCollector, type CoverageData } from './vm/host/coverage.js';
import { htmlFilePage, htmlIndex, pageName, textReport } from './vm/host/coverage_report.js';
import { flushAll } from './vm/io.js';

export const DATA_FILE = '.pyvm-coverage.json';

/** Files worth measuring: real files, not the bundled standard library. */
function measured(filename: string): boolean {
  if (filename.startsWith('<')) return false;
  const lib = stdlibDir();
  if (lib === null) return true;
  const p = resolve(filename), root = resolve(lib);
  return !(p === root || p.startsWith(root + sep));
}

/** `coverage run`: the program's own exit status (2 when the file cannot be read). */
export function coverageRun(file: string, args: string[]): number {
  const collector = new CoverageCollector(measured);
  const status = runFile(file, args, collector.hooks());
  flushAll();
  // Keys are absolute so the data does not depend on where the report is made.
  const data = collector.data();
  const files: CoverageData['files'] = {};
  for (const [name, f] of Object.entries(data.files)) files[resolve(name)] = f;
  writeFileSync(DATA_FILE, JSON.stringify({ version: 1, files } satisfies CoverageData) + '\n');
  return status;
}

function loadData(): CoverageData | null {
  let text: string;
  try {
    text = readFileSync(DATA_FILE, 'utf8');
  } catch {
    process.stderr.write('No data to report.\n');
    return null;
  }
  return JSON.parse(text) as CoverageData;
}

function shownName(file: string): string {
  const r = relative(process.cwd(), file);
  return r.startsWith('..') ? file : r;
}

/** `coverage report [--html DIR]`: 1 when there is no data (as coverage.py). */
export function coverageReport(htmlDir: string | undefined): number {
  const data = loadData();
  if (data === null) return 1;
  if (htmlDir === undefined) {
    process.stdout.write(textReport(data, shownName));
    return 0;
  }
  mkdirSync(htmlDir, { recursive: true });
  writeFileSync(join(htmlDir, 'index.html'), htmlIndex(data, shownName));
  for (const [file, f] of Object.entries(data.files)) {
    let source = '';
    try {
      source = readFileSync(file, 'utf8');
    } catch {
      // The file is gone: its page shows the numbers without the text.
    }
    writeFileSync(join(htmlDir, pageName(shownName(file))), htmlFilePage(shownName(file), source, f));
  }
  process.stdout.write(`Wrote HTML report to ${join(htmlDir, 'index.html')}\n`);
  return 0;
}

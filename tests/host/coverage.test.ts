// Coverage: lines, arcs (as CPython 3.7 + coverage.py's tracer record them), branch directions,
// the text report with a known missed line and partial branch, HTML pages, and the CLI.
import { capturedVm } from './support.js';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { CoverageCollector } from '../../vm/host/coverage.js';
import { formatMissing, htmlFilePage, percent, textReport } from '../../vm/host/coverage_report.js';
import { CLI, exec } from '../support/run.js';

const PROGRAM = [
  'def classify(n):',        // 1
  '    if n < 0:',           // 2
  '        return "neg"',    // 3
  '    return "pos"',        // 4
  '',                        // 5
  'def gen(k):',             // 6
  '    for i in range(k):',  // 7
  '        yield i',         // 8
  '',                        // 9
  'for v in [1, 5]:',        // 10
  '    print(classify(v))',  // 11
  'print(sum(gen(2)))',      // 12
].join('\n') + '\n';

function measure(src: string, file: string): ReturnType<CoverageCollector['data']> {
  const c = new CoverageCollector((f) => f === file);
  const { vm } = capturedVm({ hooks: c.hooks() });
  vm.run(src, file);
  return c.data();
}

describe('coverage collection', () => {
  const data = measure(PROGRAM, 'cov.py');
  const f = data.files['cov.py'];

  it('statements come from every code object\'s line table; executed lines are recorded', () => {
    expect(f.statements).toEqual([1, 2, 3, 4, 6, 7, 8, 10, 11, 12]);
    expect(f.executed).toEqual([1, 2, 4, 6, 7, 8, 10, 11, 12]);
  });

  it('arcs match what a coverage.py-style tracer records under CPython 3.7', () => {
    // python3.7 with a settrace tracer recording (last_line, line), -firstlineno on entry and on real return.
    expect(f.arcs).toEqual([
      [-6, 7], [-1, 1], [-1, 2], [1, 6], [2, 4], [4, -1], [6, 10], [7, -6], [7, 8], [8, 7],
      [10, 11], [10, 12], [11, 10], [12, -1],
    ]);
  });

  it('branch directions: `if n < 0` only fell through, the loops went both ways', () => {
    const byLine = new Map<number, [boolean, boolean][]>();
    for (const b of f.branches) byLine.set(b.line, [...(byLine.get(b.line) ?? []), f.taken[b.key] ?? [false, false]]);
    expect(byLine.get(2)).toEqual([[true, false]]);
    expect(byLine.get(7)).toEqual([[true, true]]);
    expect(byLine.get(10)).toEqual([[true, true]]);
  });

  it('the text report shows the missed line and the partial branch', () => {
    expect(textReport(data)).toBe([
      'Name     Stmts   Miss Branch BrPart  Cover   Missing',
      '----------------------------------------------------',
      'cov.py      10      1      6      1    88%   3',
      '----------------------------------------------------',
      'TOTAL       10      1      6      1    88%',
      '',
    ].join('\n'));
  });

  it('a partial branch whose other side ran elsewhere is listed as line->line', () => {
    const d = measure('x = 1\nif x:\n    y = 2\nz = 3\n', 'p.py');
    expect(textReport(d).split('\n')[2]).toBe('p.py        4      0      2      1    83%   2->4');
  });

  it('formatMissing groups runs of statements and drops arcs into missing lines', () => {
    expect(formatMissing([1, 2, 3, 5, 8, 9], [2, 3, 5, 9], [[1, 2], [8, 10], [8, -1]])).toBe('2-5, 8->10, 8->exit, 9');
    expect(percent(0, 0)).toBe('100%');
    expect(percent(199, 200)).toBe('99%');
    expect(percent(1, 200)).toBe('1%');
    // (9 statements + 5 directions) / (10 + 6) = 87.5%; Python's round gives 88, 82.5 gives 82.
    expect(percent(14, 16)).toBe('88%');
    expect(percent(33, 40)).toBe('82%');
  });

  it('the HTML page marks run, missing and partial lines', () => {
    const page = htmlFilePage('cov.py', PROGRAM, f);
    expect(page).toContain('<tr class="mis"><td class="ln">3</td><td class="src">        return &quot;neg&quot;</td>');
    expect(page).toContain('<tr class="par"><td class="ln">2</td>');
    expect(page).toContain('never jumped to line 3');
    expect(page).toContain('<tr class="text"><td class="ln">5</td>');
    expect(page).toContain('<tr class="run"><td class="ln">12</td>');
  });
});

describe('pyvm coverage (CLI)', () => {
  it('coverage run saves JSON, report prints the table, --html writes pages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pyvm-cov-'));
    try {
      writeFileSync(join(dir, 'helper.py'), 'def twice(x):\n    if x > 100:\n        return 0\n    return 2 * x\n');
      writeFileSync(join(dir, 'main.py'), 'import sys\nfrom helper import twice\nprint(twice(int(sys.argv[1])))\n');
      const r = await exec([process.execPath, CLI, 'coverage', 'run', 'main.py', '21'], { cwd: dir });
      expect(r.stdout).toBe('42\n');
      expect(r.status).toBe(0);
      const json = JSON.parse(readFileSync(join(dir, '.pyvm-coverage.json'), 'utf8'));
      expect(Object.keys(json.files).sort()).toEqual([join(dir, 'helper.py'), join(dir, 'main.py')]);
      const rep = await exec([process.execPath, CLI, 'coverage', 'report'], { cwd: dir });
      expect(rep.stdout).toBe([
        'Name        Stmts   Miss Branch BrPart  Cover   Missing',
        '-------------------------------------------------------',
        'helper.py       4      1      2      1    67%   3',
        'main.py         3      0      0      0   100%',
        '-------------------------------------------------------',
        'TOTAL           7      1      2      1    78%',
        '',
      ].join('\n'));
      const html = await exec([process.execPath, CLI, 'coverage', 'report', '--html', 'htmlcov'], { cwd: dir });
      expect(html.status).toBe(0);
      expect(existsSync(join(dir, 'htmlcov', 'index.html'))).toBe(true);
      expect(readFileSync(join(dir, 'htmlcov', 'helper.py.html'), 'utf8')).toContain('<tr class="mis"><td class="ln">3</td>');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('report without data says so and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pyvm-cov-'));
    try {
      const r = await exec([process.execPath, CLI, 'coverage', 'report'], { cwd: dir });
      expect(r.status).toBe(1);
      expect(r.stderr).toBe('No data to report.\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

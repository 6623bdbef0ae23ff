/**
 * Reports on coverage data (vm/host/coverage.ts): the text table of `coverage report` (Name,
 * Stmts, Miss, Branch, BrPart, Cover, Missing) and the annotated HTML pages of `coverage html`.
 * Branch counts are per conditional jump: each has two directions (jump taken, fell through);
 * BrPart counts the executed lines where some jump went only one way, and Missing lists each
 * direction never taken as `line->line`. Counterpart: coverage.py's summary.py and html.py.
 */
import type { CoverageData, FileCoverage } from './coverage.js';

/** The numbers of one file's row. */
export interface FileSummary {
  name: string;
  statements: number;
  missing: number[];
  branches: number;
  partialLines: number;
  takenDirections: number;
  /** The missed directions of executed jumps, as [from, to] lines. */
  missedArcs: [number, number][];
}

export function summarize(name: string, f: FileCoverage): FileSummary {
  const executed = new Set(f.executed);
  const missing = f.statements.filter((l) => !executed.has(l));
  let takenDirections = 0;
  const partial = new Set<number>();
  const missedArcs: [number, number][] = [];
  const seenArc = new Set<string>();
  for (const b of f.branches) {
    const seen = f.taken[b.key] ?? [false, false];
    takenDirections += (seen[0] ? 1 : 0) + (seen[1] ? 1 : 0);
    if (!executed.has(b.line) || (seen[0] && seen[1])) continue;
    partial.add(b.line);
    for (const [went, to] of [[seen[0], b.takenLine], [seen[1], b.fallLine]] as [boolean, number][]) {
      const key = `${b.line}->${to}`;
      if (!went && !seenArc.has(key)) {
        seenArc.add(key);
        missedArcs.push([b.line, to]);
      }
    }
  }
  return {
    name, statements: f.statements.length, missing, branches: 2 * f.branches.length,
    partialLines: partial.size, takenDirections, missedArcs,
  };
}

/** coverage.py's Numbers.pc_covered_str: rounded, but never 0 or 100 unless exactly so. */
export function percent(covered: number, total: number): string {
  if (total === 0) return '100%';
  const pc = (100 * covered) / total;
  const shown = pc > 0 && pc < 1 ? 1 : pc > 99 && pc < 100 ? 99 : roundHalfEven(pc);
  return `${shown}%`;
}

/** Python's round() for the percentages: halves go to the even neighbour. */
function roundHalfEven(x: number): number {
  const f = Math.floor(x), d = x - f;
  if (d !== 0.5) return Math.round(x);
  return f % 2 === 0 ? f : f + 1;
}

function coveredOf(s: FileSummary): [number, number] {
  return [s.statements - s.missing.length + s.takenDirections, s.statements + s.branches];
}

/**
 * coverage.py's format_lines: runs of missing statements (consecutive among the statements,
 * not numerically) as `a-b`, and missed branches `a->b`, sorted by line.
 */
export function formatMissing(statements: readonly number[], missing: readonly number[], arcs: readonly [number, number][]): string {
  const miss = new Set(missing);
  const parts: [number, string][] = [];
  let start = -1, end = -1;
  for (const line of statements) {
    if (miss.has(line)) {
      if (start < 0) start = line;
      end = line;
    } else if (start >= 0) {
      parts.push([start, start === end ? `${start}` : `${start}-${end}`]);
      start = -1;
    }
  }
  if (start >= 0) parts.push([start, start === end ? `${start}` : `${start}-${end}`]);
  // As coverage.py: an arc is listed only when neither end is already a missing line.
  for (const [from, to] of arcs) {
    if (!miss.has(from) && !miss.has(to)) parts.push([from, `${from}->${to < 0 ? 'exit' : to}`]);
  }
  parts.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return parts.map((p) => p[1]).join(', ');
}

/** The text table; `rename` turns a data file's path into the name shown. */
export function textReport(data: CoverageData, rename: (file: string) => string = (f) => f): string {
  const names = Object.keys(data.files).sort((a, b) => (rename(a) < rename(b) ? -1 : rename(a) > rename(b) ? 1 : 0));
  const rows = names.map((n) => summarize(rename(n), data.files[n]));
  const width = Math.max(5, ...rows.map((r) => r.name.length));
  const num = (n: number | string): string => String(n).padStart(6);
  const line = (name: string, st: number, mi: number, br: number, bp: number, cov: string): string =>
    `${name.padEnd(width)}  ${num(st)} ${num(mi)} ${num(br)} ${num(bp)} ${num(cov)}`;
  // coverage.py's summary layout: the name column, two spaces, then right-aligned columns of 6.
  const header = `${'Name'.padEnd(width)}   Stmts   Miss Branch BrPart  Cover   Missing`;
  const rule = '-'.repeat(header.length);
  const out = [header, rule];
  let st = 0, mi = 0, br = 0, bp = 0, cov = 0, tot = 0;
  rows.forEach((r, i) => {
    const [c, t] = coveredOf(r);
    const missing = formatMissing(data.files[names[i]].statements, r.missing, r.missedArcs);
    out.push(`${line(r.name, r.statements, r.missing.length, r.branches, r.partialLines, percent(c, t))}${missing === '' ? '' : '   ' + missing}`);
    st += r.statements; mi += r.missing.length; br += r.branches; bp += r.partialLines; cov += c; tot += t;
  });
  out.push(rule, line('TOTAL', st, mi, br, bp, percent(cov, tot)));
  return out.join('\n') + '\n';
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const CSS = `body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse}
td,th{padding:2px 8px;text-align:right}td.name,th.name{text-align:left}
pre{margin:0}.src{font-family:monospace;white-space:pre}.ln{color:#888;text-align:right;padding-right:1em;user-select:none}
tr.run td.src{background:#dfd}tr.mis td.src{background:#fdd}tr.par td.src{background:#ffc}
.note{color:#a60;font-size:smaller;padding-left:2em;text-align:left}.legend span{padding:0 .5em;margin-right:.5em}`;

function page(title: string, body: string): string {
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${CSS}</style></head>\n<body>\n${body}\n</body></html>\n`;
}

/** The page of one file: each source line marked run / missed / partial, with its missed branches. */
export function htmlFilePage(name: string, source: string, f: FileCoverage): string {
  const s = summarize(name, f);
  const executed = new Set(f.executed), statements = new Set(f.statements), missing = new Set(s.missing);
  const notes = new Map<number, string[]>();
  for (const [from, to] of s.missedArcs) {
    const list = notes.get(from) ?? [];
    list.push(to < 0 ? 'never exited' : `never jumped to line ${to}`);
    notes.set(from, list);
  }
  const lines = source.split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const rows = lines.map((text, i) => {
    const n = i + 1;
    const cls = !statements.has(n) ? 'text' : missing.has(n) ? 'mis' : notes.has(n) ? 'par' : executed.has(n) ? 'run' : 'mis';
    const note = notes.get(n);
    return `<tr class="${cls}"><td class="ln">${n}</td><td class="src">${escapeHtml(text)}</td>`
      + `<td class="note">${note === undefined ? '' : escapeHtml(note.join('; '))}</td></tr>`;
  });
  const [c, t] = coveredOf(s);
  const body = `<h1>Coverage for ${escapeHtml(name)}: ${percent(c, t)}</h1>
<p class="legend">${s.statements} statements, ${s.missing.length} missing, ${s.branches} branches, ${s.partialLines} partial
 — <span class="run" style="background:#dfd">run</span><span style="background:#fdd">missing</span><span style="background:#ffc">partial</span>
 <a href="index.html">index</a></p>
<table>
${rows.join('\n')}
</table>`;
  return page(`Coverage for ${name}`, body);
}

/** A file name for a source file's page (flat, no directories). */
export function pageName(name: string): string {
  return name.replace(/[^A-Za-z0-9_.-]/g, '_') + '.html';
}

/** The index page: the text report's table with a link per file. */
export function htmlIndex(data: CoverageData, rename: (file: string) => string = (f) => f): string {
  const names = Object.keys(data.files).sort();
  const rows = names.map((n) => {
    const s = summarize(rename(n), data.files[n]);
    const [c, t] = coveredOf(s);
    return `<tr><td class="name"><a href="${pageName(rename(n))}">${escapeHtml(s.name)}</a></td><td>${s.statements}</td>`
      + `<td>${s.missing.length}</td><td>${s.branches}</td><td>${s.partialLines}</td><td>${percent(c, t)}</td></tr>`;
  });
  return page('Coverage report', `<h1>Coverage report</h1>
<table>
<tr><th class="name">Name</th><th>Stmts</th><th>Miss</th><th>Branch</th><th>BrPart</th><th>Cover</th></tr>
${rows.join('\n')}
</table>`);
}

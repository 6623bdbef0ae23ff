import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { compileToAst } from './helpers.js';
it('debug', () => {
  const cases = JSON.parse(readFileSync('tests/frontend/errors.expected.json', 'utf8'));
  let pass = 0;
  const out: string[] = [];
  cases.forEach((c: any, i: number) => {
    let got = 'NO ERROR';
    try { compileToAst(c.src, c.mode); } catch (e: any) { got = `${e.kind} ${JSON.stringify(e.msg)} ${e.lineno}:${e.offset}`; if (!e.kind) got = String(e?.stack ?? e); }
    const exp = `${c.kind} ${JSON.stringify(c.msg)} ${c.lineno}:${c.offset}`;
    if (got === exp) { pass++; return; }
    out.push(`#${i} ${JSON.stringify(c.src).slice(0, 50)}\n  exp: ${exp}\n  got: ${got.slice(0, 300)}`);
  });
  console.log(out.join('\n') + `\nPASS ${pass}/${cases.length}`);
});

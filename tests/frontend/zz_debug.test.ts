import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { parse } from '../../compiler/parse.js';
import { lower } from '../../compiler/lower.js';
import { dumpAst } from './astdump.js';
it('debug', () => {
  const cases = JSON.parse(readFileSync('tests/frontend/corpus.expected.json', 'utf8'));
  let pass = 0;
  const out: string[] = [];
  cases.forEach((c: any, i: number) => {
    let got: string;
    try { got = dumpAst(lower(parse(c.src, 'f.py'), c.src, 'f.py', c.mode)); } catch (e: any) { got = 'THROW ' + (e?.msg ?? e) + ' ' + (e?.lineno ?? '') + ':' + (e?.offset ?? ''); }
    if (got === c.dump) { pass++; return; }
    let k = 0; while (k < got.length && got[k] === c.dump[k]) k++;
    out.push(`#${i} ${JSON.stringify(c.src).slice(0, 80)}\n  exp: ${c.dump.slice(Math.max(0, k - 60), k + 80)}\n  got: ${got.slice(Math.max(0, k - 60), k + 80)}`);
  });
  console.log(out.join('\n') + `\nPASS ${pass}/${cases.length}`);
});

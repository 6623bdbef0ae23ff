import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { compileToAst } from './helpers.js';
import { dumpAst } from './astdump.js';
it('std', () => {
  const cases = JSON.parse(readFileSync('/tmp/h1/std/std.json', 'utf8'));
  let pass = 0;
  const out: string[] = [];
  const t0 = Date.now();
  let bytes = 0;
  for (const c of cases) {
    let got: string;
    bytes += c.src.length;
    try { got = dumpAst(compileToAst(c.src)); } catch (e: any) { got = 'THROW ' + (e?.msg ?? e?.stack ?? e) + ' ' + (e?.lineno ?? '') + ':' + (e?.offset ?? '') + ' ' + (e?.text ?? ''); }
    if (got === c.dump) { pass++; continue; }
    let k = 0; while (k < got.length && got[k] === c.dump[k]) k++;
    out.push(`${c.file.split('/').pop()}\n  exp: ${c.dump.slice(Math.max(0, k - 150), k + 100)}\n  got: ${got.slice(Math.max(0, k - 150), k + 100)}`);
  }
  console.log(out.join('\n') + `\nPASS ${pass}/${cases.length} in ${Date.now() - t0}ms for ${bytes} chars`);
}, 600000);

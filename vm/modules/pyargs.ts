/**
 * Argument binding for native functions that stand in for functions written in Python in
 * CPython (random.Random's methods, json.dumps…): same parameter rules and the same messages as a
 * Python function (`Random.randint() missing 1 required positional argument: 'b'`).
 * CPython: Python/ceval.c (positional_only_passed_as_keyword, missing_arguments, too_many_positional).
 */
import type { PyValue } from '../objects/object.js';
import { typeError } from '../objects/exceptions.js';

function nameList(names: string[]): string {
  const q = names.map(n => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/**
 * Binds `args` (positionals, then the values named by `kwnames`) to `names`. The first `nreq`
 * names are required; names from `kwOnlyFrom` on are keyword-only (required among them: those in
 * `kwReq`). `selfCount` is 1 for methods so counts match the Python signature with `self`.
 * Missing optional parameters come back undefined.
 */
export function bindPy(
  fname: string, args: PyValue[], kwnames: readonly string[] | null, names: readonly string[],
  nreq: number, kwOnlyFrom = names.length, selfCount = 1, kwReq: readonly string[] = [],
): (PyValue | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const out: (PyValue | undefined)[] = new Array(names.length).fill(undefined);
  if (npos > kwOnlyFrom) {
    const max = kwOnlyFrom + selfCount, min = nreq + selfCount, given = npos + selfCount;
    const takes = min === max ? `${max}` : `from ${min} to ${max}`;
    throw typeError(`${fname}() takes ${takes} positional argument${max === 1 && min === max ? '' : 's'} but ${given} ${given === 1 ? 'was' : 'were'} given`);
  }
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const i = names.indexOf(name);
    if (i < 0) throw typeError(`${fname}() got an unexpected keyword argument '${name}'`);
    if (out[i] !== undefined) throw typeError(`${fname}() got multiple values for argument '${name}'`);
    out[i] = args[npos + k];
  }
  const missing: string[] = [];
  for (let i = 0; i < nreq; i++) if (out[i] === undefined) missing.push(names[i]);
  if (missing.length > 0) {
    throw typeError(`${fname}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${nameList(missing)}`);
  }
  const kwMissing = kwReq.filter(n => out[names.indexOf(n)] === undefined);
  if (kwMissing.length > 0) {
    throw typeError(`${fname}() missing ${kwMissing.length} required keyword-only argument${kwMissing.length === 1 ? '' : 's'}: ${nameList(kwMissing)}`);
  }
  return out;
}

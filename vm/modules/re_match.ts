/**
 * Match objects: the spans of each group over the subject, group()/groups()/groupdict(),
 * start/end/span by number or name, lastindex/lastgroup, expand(), `m[g]` and the repr
 * `<re.Match object; span=(0, 3), match='abc'>`. Spans are kept as JS indices and turned
 * into code-point indices only when asked for.
 * CPython: Modules/_sre/sre.c (match_getindex, match_getslice, match_group, match_repr…).
 */
import { None, ObjectType, PyObject, PyTuple, PyType, defGetSet, defMethod, typeOf, type PyValue } from '../objects/object.js';
import { indexError, typeError } from '../objects/exceptions.js';
import { PyDict } from '../objects/dict.js';
import { index as pyIndex, repr as pyRepr } from '../abstract.js';
import { PyStrSub } from '../objects/str.js';
import { clinicArgs } from './itertools_util.js';
import { PyPattern, type Subject } from './re_pattern.js';
import { expandTemplate } from './re_sub.js';

export const MatchType = new PyType('Match', ObjectType, 0);
MatchType.module = 're';

export class PyMatch extends PyObject {
  constructor(
    readonly re: PyPattern,
    readonly subject: Subject,
    /** [start0, end0, start1, end1, …] as JS indices, -1 for a group that did not match; then lastindex or -1. */
    readonly spans: Int32Array,
    readonly pos: number,
    readonly endpos: number,
  ) {
    super(MatchType);
  }

  /** Group g's text, or `dflt` when it did not take part. */
  groupValue(g: number, dflt: PyValue): PyValue {
    const a = this.spans[2 * g];
    if (a < 0) return dflt;
    return this.subject.slice(a, this.spans[2 * g + 1]);
  }

  /** Group g's start (code points), -1 when unmatched. */
  start(g: number): number {
    const a = this.spans[2 * g];
    return a < 0 ? -1 : this.subject.cp(a);
  }

  end(g: number): number {
    const b = this.spans[2 * g + 1];
    return b < 0 ? -1 : this.subject.cp(b);
  }

  /**
   * CPython: the lastindex sre tracks — the group closed last along the successful path, i.e.
   * of the groups that took part, the one whose closing parenthesis comes last in the pattern.
   */
  lastindex(): number {
    const known = this.spans[this.spans.length - 1];
    if (known >= 0) return known;
    let best = 0;
    const order = this.re.closeOrder;
    for (let g = 1; g <= this.re.groups; g++) {
      if (this.spans[2 * g + 1] >= 0 && order[g] > order[best]) best = g;
    }
    return best;
  }
}

function asMatch(v: PyValue): PyMatch {
  if (v instanceof PyMatch) return v;
  throw typeError(`descriptor requires a 're.Match' object but received a '${typeOf(v).name}'`);
}

/** CPython: match_getindex — a group number from an int-like or a group name. */
export function groupIndex(m: PyMatch, g: PyValue): number {
  let i: number | bigint | null = null;
  if (typeof g === 'number' || typeof g === 'bigint' || typeof g === 'boolean') i = pyIndex(g);
  else if (typeof g === 'string' || g instanceof PyStrSub) {
    const n = m.re.groupindex.get(typeof g === 'string' ? g : g.value);
    if (n !== undefined) i = n;
  } else if (typeOf(g).mro.some(t => t.dict.has('__index__'))) {
    i = pyIndex(g);
  }
  if (i === null || typeof i === 'bigint' || i < 0 || i > m.re.groups) throw indexError('no such group');
  return i;
}

function span(m: PyMatch, g: number): PyTuple {
  return new PyTuple([m.start(g), m.end(g)]);
}

/** CPython: match_repr — `%.50R` of the matched text. */
function matchRepr(m: PyMatch): string {
  let r = pyRepr(m.groupValue(0, None));
  if (r.length > 50) r = [...r].slice(0, 50).join('');
  return `<re.Match object; span=(${m.start(0)}, ${m.end(0)}), match=${r}>`;
}

function install(): void {
  const M = MatchType;
  defMethod(M, 'group', (self, args, kw) => {
    const m = asMatch(self);
    if (kw !== null && kw.length > 0) throw typeError('group() takes no keyword arguments');
    if (args.length === 0) return m.groupValue(0, None);
    if (args.length === 1) return m.groupValue(groupIndex(m, args[0]), None);
    return new PyTuple(args.map(a => m.groupValue(groupIndex(m, a), None)));
  });
  defMethod(M, '__getitem__', (self, args) => {
    const m = asMatch(self);
    return m.groupValue(groupIndex(m, args[0]), None);
  });
  defMethod(M, 'groups', (self, args, kw) => {
    const m = asMatch(self);
    const [d] = clinicArgs('groups', args, kw, ['default'], 0);
    const out: PyValue[] = [];
    for (let g = 1; g <= m.re.groups; g++) out.push(m.groupValue(g, d ?? None));
    return new PyTuple(out);
  });
  defMethod(M, 'groupdict', (self, args, kw) => {
    const m = asMatch(self);
    const [d] = clinicArgs('groupdict', args, kw, ['default'], 0);
    const out = new PyDict();
    for (const [name, g] of m.re.groupindex) out.setStr(name, m.groupValue(g, d ?? None));
    return out;
  });
  const posMethod = (name: string, f: (m: PyMatch, g: number) => PyValue): void => {
    defMethod(M, name, (self, args, kw) => {
      const m = asMatch(self);
      if (kw !== null && kw.length > 0) throw typeError(`${name}() takes no keyword arguments`);
      if (args.length > 1) throw typeError(`${name} expected at most 1 argument, got ${args.length}`);
      return f(m, args.length === 0 ? 0 : groupIndex(m, args[0]));
    });
  };
  posMethod('start', (m, g) => m.start(g));
  posMethod('end', (m, g) => m.end(g));
  posMethod('span', span);
  defMethod(M, 'expand', (self, args, kw) => {
    const m = asMatch(self);
    const [t] = clinicArgs('expand', args, kw, ['template'], 1);
    return expandTemplate(m.re, t!, m);
  });
  defMethod(M, '__repr__', self => matchRepr(asMatch(self)));
  defMethod(M, '__copy__', self => self);
  defMethod(M, '__deepcopy__', self => self);
  defGetSet(M, 'lastindex', self => {
    const i = asMatch(self).lastindex();
    return i === 0 ? None : i;
  });
  defGetSet(M, 'lastgroup', self => {
    const m = asMatch(self);
    const i = m.lastindex();
    return i === 0 ? None : m.re.indexgroup[i] ?? None;
  });
  defGetSet(M, 're', self => asMatch(self).re);
  defGetSet(M, 'string', self => asMatch(self).subject.original);
  defGetSet(M, 'pos', self => asMatch(self).pos);
  defGetSet(M, 'endpos', self => asMatch(self).endpos);
  defGetSet(M, 'regs', self => {
    const m = asMatch(self);
    const out: PyValue[] = [];
    for (let g = 0; g <= m.re.groups; g++) out.push(span(m, g));
    return new PyTuple(out);
  });
}
install();

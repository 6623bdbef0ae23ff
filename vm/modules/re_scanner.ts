/**
 * `re.Scanner(lexicon, flags=0)`: one pattern made of every phrase as its own group, and
 * scan(string) that calls each phrase's action on successive anchored matches. As in CPython,
 * the combined pattern is compiled without the UNICODE flag, so its categories are ASCII.
 * CPython: Lib/re/__init__.py (class Scanner).
 */
import { None, ObjectType, PyList, PyTuple, PyType, TPFLAGS_BASETYPE, defMethod, lookupType, typeOf, type PyValue } from '../objects/object.js';
import { overflowError, typeError, valueError } from '../objects/exceptions.js';
import { getAttr, setAttr, toArray } from '../abstract.js';
import { callObject } from '../call.js';
import { K_INT, intOf, numKind } from '../objects/numeric.js';
import { bytesData } from '../objects/bytes.js';
import { PyStrSub } from '../objects/str.js';
import { bindPy } from './pyargs.js';
import { FLAG_ASCII, FLAG_LOCALE, FLAG_UNICODE, ParseState, RegexError, RegexOverflow, parse, type Node } from './re_parse.js';
import { PyPattern, Scanner, latin1, subjectOf } from './re_pattern.js';
import { PyMatch } from './re_match.js';
import { reError } from './re_types.js';

export const ReScannerType = new PyType('Scanner', ObjectType, TPFLAGS_BASETYPE);
ReScannerType.module = 're';
// instances are ordinary objects with a __dict__ (lexicon, scanner, match are attributes)
ReScannerType.native = ObjectType;

/** Phrase groups are replaced by the phrase's own group; inner groups stop capturing. */
function uncapture(p: Node[]): Node[] {
  return p.map(n => {
    switch (n.op) {
      case 'SUBPATTERN': return { ...n, group: null, p: uncapture(n.p) };
      case 'BRANCH': return { ...n, alts: n.alts.map(uncapture) };
      case 'ATOMIC_GROUP': case 'ASSERT': return { ...n, p: uncapture(n.p) };
      case 'REPEAT': return { ...n, item: uncapture(n.item) };
      default: return n;
    }
  });
}

function compileLexicon(lexicon: PyValue, flags: number): PyPattern {
  const state = new ParseState();
  state.flags = flags;
  const alts: Node[][] = [];
  let istext = true;
  for (const entry of toArray(lexicon)) {
    const [phrase] = toArray(entry);
    let text: string;
    if (typeof phrase === 'string') text = phrase;
    else if (phrase instanceof PyStrSub) text = phrase.value;
    else {
      const d = bytesData(phrase);
      if (d === null) throw typeError(`first argument must be string or compiled pattern`);
      text = latin1(d);
      istext = false;
    }
    const gid = state.opengroup(null);
    let parsed;
    try {
      parsed = parse(Array.from(text), istext, flags);
    } catch (e) {
      if (e instanceof RegexError) throw reError(e, phrase);
      if (e instanceof RegexOverflow) throw overflowError(e.msg);
      throw e;
    }
    if (typeof parsed === 'string') throw valueError(parsed);
    const body: Node[] = [{ op: 'SUBPATTERN', group: gid, addFlags: 0, delFlags: 0, p: uncapture(parsed.p) }];
    state.closegroup(gid, body);
    alts.push(body);
  }
  const typeFlags = flags & (FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE) ? flags : flags | FLAG_ASCII;
  state.flags = typeFlags;
  return new PyPattern(None, flags, istext, { p: [{ op: 'BRANCH', alts }], flags: typeFlags, state });
}

function scannerInit(self: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
  const [lexicon, flagsV] = bindPy('Scanner.__init__', args, kw, ['lexicon', 'flags'], 1);
  const flags = flagsV === undefined ? 0 : numKind(flagsV) === K_INT ? Number(intOf(flagsV)) : 0;
  setAttr(self, 'lexicon', lexicon!);
  setAttr(self, 'scanner', compileLexicon(lexicon!, flags));
  return None;
}

function isCallable(v: PyValue): boolean {
  return lookupType(typeOf(v), '__call__') !== undefined;
}

function scan(self: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
  const [s] = bindPy('Scanner.scan', args, kw, ['string'], 1);
  const pat = getAttr(self, 'scanner');
  if (!(pat instanceof PyPattern)) throw typeError('Scanner.scanner must be a compiled pattern');
  const lexicon = toArray(getAttr(self, 'lexicon'));
  const subject = subjectOf(pat, s!);
  const sc = new Scanner(pat, subject, 0, subject.length);
  const result: PyValue[] = [];
  let i = 0;
  for (;;) {
    const spans = sc.match();
    if (spans === null) break;
    const j = spans[1];
    if (i === j) break;
    const m = new PyMatch(pat, subject, spans, 0, subject.length);
    let action = toArray(lexicon[m.lastindex() - 1])[1];
    if (isCallable(action)) {
      setAttr(self, 'match', m);
      action = callObject(action, [self, m.groupValue(0, None)], null);
    }
    if (action !== None) result.push(action);
    i = j;
  }
  return new PyTuple([new PyList(result), subject.slice(i, subject.text.length)]);
}

defMethod(ReScannerType, '__init__', scannerInit);
defMethod(ReScannerType, 'scan', scan);

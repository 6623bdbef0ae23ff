/**
 * The small types of the `re` module: `re.error` (msg, pattern, pos, lineno, colno and the
 * "at position N (line L, column C)" message) and `re.RegexFlag`, an int subclass whose members
 * print as `re.IGNORECASE|re.MULTILINE` and whose bit operations stay RegexFlag.
 * CPython: Lib/re/_constants.py (error), Lib/re/__init__.py (RegexFlag, enum.global_flag_repr).
 */
import { IntType, None, PyType, TPFLAGS_BASETYPE, TPFLAGS_BASE_EXC_SUBCLASS, defMethod, type PyValue } from '../objects/object.js';
import { Exc, PyException, initException } from '../objects/exceptions.js';
import { PyIntSub } from '../objects/int.js';
import { K_INT, intOf, numKind } from '../objects/numeric.js';
import { NotImplemented } from '../objects/object.js';
import { setAttr } from '../abstract.js';
import { callObject } from '../call.js';
import { bytesData } from '../objects/bytes.js';
import { bindPy } from './pyargs.js';
import { RegexError } from './re_parse.js';

export const ReErrorType = new PyType('error', Exc.Exception, TPFLAGS_BASETYPE | TPFLAGS_BASE_EXC_SUBCLASS);
ReErrorType.module = 're';

/** The pattern as text, to count lines in (bytes as latin-1). */
function patternText(p: PyValue): string | null {
  if (typeof p === 'string') return p;
  const d = bytesData(p);
  return d === null ? null : String.fromCharCode(...d);
}

function initError(self: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
  const [msgV, patternV, posV] = bindPy('error.__init__', args, kw, ['msg', 'pattern', 'pos'], 1);
  const msg = msgV!, pattern = patternV ?? None, pos = posV ?? None;
  let text = msg;
  let lineno: PyValue = None, colno: PyValue = None;
  const ptext = patternText(pattern);
  if (pattern !== None && pos !== None && ptext !== null && typeof msg === 'string') {
    const p = Number(intOf(pos));
    const head = [...ptext].slice(0, p).join('');
    lineno = head.split('\n').length;
    const nl = head.lastIndexOf('\n');
    colno = nl < 0 ? p + 1 : p - [...head.slice(0, nl)].length;
    text = `${msg} at position ${p}`;
    if (ptext.includes('\n')) text = `${text} (line ${lineno}, column ${colno})`;
  }
  initException(self as PyException, [text], null);
  setAttr(self, 'msg', msg);
  setAttr(self, 'pattern', pattern);
  setAttr(self, 'pos', pos);
  setAttr(self, 'lineno', lineno);
  setAttr(self, 'colno', colno);
  return None;
}
defMethod(ReErrorType, '__init__', initError);

/** `re.error(msg, pattern, pos)` for a parse or compile failure. */
export function reError(e: RegexError, pattern: PyValue): PyException {
  return callObject(ReErrorType, e.pos === null ? [e.msg] : [e.msg, pattern, e.pos], null) as PyException;
}

// ---- RegexFlag ----

export const RegexFlagType = new PyType('RegexFlag', IntType, 0);
RegexFlagType.module = 're';
RegexFlagType.native = IntType;

/** Members in definition order (the order names are listed in a combined repr). */
export const FLAG_MEMBERS: [string, number][] = [
  ['ASCII', 256], ['IGNORECASE', 2], ['LOCALE', 4], ['UNICODE', 32], ['MULTILINE', 8],
  ['DOTALL', 16], ['VERBOSE', 64], ['TEMPLATE', 1], ['DEBUG', 128],
];
const ALL_FLAGS = 511;

export function regexFlag(v: number): PyIntSub {
  return new PyIntSub(RegexFlagType, v);
}

/** CPython: enum.global_flag_repr for RegexFlag (unknown bits shown in hex). */
function flagRepr(v: number): string {
  if (v === 0) return 're.NOFLAG';
  if (v < 0) return `re.RegexFlag(${v})`;
  const names: string[] = [];
  let rest = v;
  for (const [name, bit] of FLAG_MEMBERS) {
    if (v & bit) {
      names.push('re.' + name);
      rest &= ~bit;
    }
  }
  if (rest) names.push('0x' + rest.toString(16));
  return names.join('|');
}

function flagValue(v: PyValue): number | null {
  if (numKind(v) !== K_INT) return null;
  const n = intOf(v);
  return typeof n === 'number' ? n : null;
}

function defFlagOp(name: string, f: (a: number, b: number) => number): void {
  defMethod(RegexFlagType, name, (self, args) => {
    const a = flagValue(self), b = flagValue(args[0]);
    if (a === null || b === null) return NotImplemented;
    return regexFlag(f(a, b));
  });
}

function installFlag(): void {
  const T = RegexFlagType;
  defMethod(T, '__repr__', self => flagRepr(flagValue(self) ?? 0));
  defMethod(T, '__str__', self => flagRepr(flagValue(self) ?? 0));
  defFlagOp('__or__', (a, b) => a | b);
  defFlagOp('__ror__', (a, b) => a | b);
  defFlagOp('__and__', (a, b) => a & b);
  defFlagOp('__rand__', (a, b) => a & b);
  defFlagOp('__xor__', (a, b) => a ^ b);
  defFlagOp('__rxor__', (a, b) => a ^ b);
  defMethod(T, '__invert__', self => regexFlag(~(flagValue(self) ?? 0) & ALL_FLAGS));
}
installFlag();

/**
 * Traceback objects (one entry per frame an exception passed through, outermost first) and the
 * report of an uncaught exception in CPython 3.11's format: chained causes/contexts, the
 * `File "x.py", line N, in f` lines with their source, folding of repeated lines, and the final
 * `Type: message` line, and exception groups drawn in their nested `| ` boxes; the `~~^^` lines
 * come from traceback_carets.ts.
 * CPython: Python/traceback.c, Python/pythonrun.c (print_exception_recursive).
 */
import { None, PyList, PyObject, PyTuple, PyType, TracebackType, defGetSet, typeOf, type PyValue } from './objects/object.js';
import { PyException, Exc, NAME_NAME, ATTR_NAME, ATTR_OBJ, SYNTAX_FILENAME, SYNTAX_LINENO, SYNTAX_OFFSET, SYNTAX_TEXT, SYNTAX_MSG } from './objects/exceptions.js';
import { repr as pyRepr, str as pyStr } from './abstract.js';
import { getLine } from './linecache.js';
import { caretLine } from './traceback_carets.js';
import { markEscaped, type Frame } from './frame.js';
import { groupExceptions, isExceptionGroup } from './objects/exception_group.js';

export class PyTraceback extends PyObject {
  constructor(
    public tb_next: PyTraceback | null,
    readonly tb_frame: Frame,
    readonly tb_lasti: number,
    readonly tb_lineno: number,
  ) {
    super(TracebackType);
  }
}

function asTb(v: PyValue): PyTraceback {
  return v as PyTraceback;
}
defGetSet(TracebackType, 'tb_next', self => asTb(self).tb_next ?? None);
defGetSet(TracebackType, 'tb_frame', self => asTb(self).tb_frame);
defGetSet(TracebackType, 'tb_lasti', self => asTb(self).tb_lasti);
defGetSet(TracebackType, 'tb_lineno', self => asTb(self).tb_lineno);

/** CPython: PyTraceBack_Here — prepend an entry for frame `f` at its current instruction. */
export function addTraceback(exc: PyException, f: Frame): void {
  markEscaped(f);
  const next = exc.traceback instanceof PyTraceback ? exc.traceback : null;
  const lasti = f.f_lasti < 0 ? 0 : f.f_lasti;
  exc.traceback = new PyTraceback(next, f, lasti, f.f_code.tracebackLine(lasti));
}

/** How many entries are shown (sys.tracebacklimit's default). */
export let tracebackLimit = 1000;
export function setTracebackLimit(n: number): void {
  tracebackLimit = n;
}

const RECURSIVE_CUTOFF = 3;

function repeated(cnt: number): string {
  cnt -= RECURSIVE_CUTOFF;
  return `  [Previous line repeated ${cnt} more time${cnt > 1 ? 's' : ''}]\n`;
}

/**
 * CPython: tb_printinternal — the entries of a traceback chain, each line after `margin` (the
 * indent and `| ` of an exception inside a group; empty at top level).
 */
export function formatTraceback(tb: PyTraceback | null, margin = ''): string {
  let depth = 0;
  for (let t = tb; t !== null; t = t.tb_next) depth++;
  let t = tb;
  while (t !== null && depth > tracebackLimit) {
    depth--;
    t = t.tb_next;
  }
  let out = '';
  let lastFile: string | null = null, lastName: string | null = null, lastLine = -1, cnt = 0;
  for (; t !== null; t = t.tb_next) {
    const co = t.tb_frame.f_code;
    if (co.co_filename !== lastFile || t.tb_lineno !== lastLine || co.co_name !== lastName) {
      if (cnt > RECURSIVE_CUTOFF) out += margin + repeated(cnt);
      lastFile = co.co_filename;
      lastLine = t.tb_lineno;
      lastName = co.co_name;
      cnt = 0;
    }
    cnt++;
    if (cnt <= RECURSIVE_CUTOFF) {
      out += `${margin}  File "${co.co_filename}", line ${t.tb_lineno}, in ${co.co_name}\n`;
      // The line without its indentation (spaces, tabs, form feeds); its trailing blanks stay.
      const raw = getLine(co.co_filename, t.tb_lineno);
      const line = raw.replace(/^[ \t\f]+/, '');
      if (line.trim() !== '') out += `${margin}    ${line}\n` + caretLine(co, t.tb_lasti, t.tb_lineno, raw, margin);
    }
  }
  if (cnt > RECURSIVE_CUTOFF) out += margin + repeated(cnt);
  return out;
}

/** `module.Qualname` unless the type is a builtin or defined in __main__. */
function typeName(t: PyType): string {
  const mod = t.module;
  return mod === 'builtins' || mod === '__main__' ? t.qualname : `${mod}.${t.qualname}`;
}

function safeStr(exc: PyException): string {
  try {
    return pyStr(exc);
  } catch {
    return '<exception str() failed>';
  }
}

/** The `Type: message` line(s) of an exception (CPython: print_exception minus the traceback). */
export function formatExceptionOnly(exc: PyException): string {
  const t = exc.ob_type;
  let out = '';
  if (exc.extra !== null && isSubtypeOf(t, Exc.SyntaxError)) {
    const ex = exc.extra;
    const filename = ex[SYNTAX_FILENAME], lineno = ex[SYNTAX_LINENO], text = ex[SYNTAX_TEXT];
    if (typeof filename === 'string' || typeof lineno === 'number') {
      out += `  File "${typeof filename === 'string' ? filename : '<string>'}", line ${typeof lineno === 'number' ? lineno : '?'}\n`;
    }
    if (typeof text === 'string') {
      const raw = text.replace(/\n$/, '');
      const stripped = raw.replace(/^[ \t\f]+/, '');
      out += `    ${stripped.replace(/\s+$/, '')}\n`;
      const offset = exc.extra[SYNTAX_OFFSET];
      if (typeof offset === 'number' && offset > 0) {
        const col = Math.max(0, Math.min(offset - 1 - (raw.length - stripped.length), stripped.length));
        out += `    ${' '.repeat(col)}^\n`;
      }
    }
    const msg = ex[SYNTAX_MSG];
    return out + `${typeName(t)}: ${typeof msg === 'string' ? msg : safeStr(exc)}\n`;
  }
  const s = safeStr(exc);
  out += s === '' ? `${typeName(t)}\n` : `${typeName(t)}: ${s}\n`;
  const hint = suggestion(exc);
  if (hint !== null) out = out.slice(0, -1) + `. Did you mean: '${hint}'?\n`;
  return out;
}

function isSubtypeOf(t: PyType, base: PyType): boolean {
  return t.mro.includes(base);
}

/** Hook for "Did you mean" hints (3.10+); installed by the module that knows the namespaces. */
let suggest: ((exc: PyException, name: string, obj: PyValue | null) => string | null) | null = null;
export function setSuggestionHook(fn: (exc: PyException, name: string, obj: PyValue | null) => string | null): void {
  suggest = fn;
}

function suggestion(exc: PyException): string | null {
  if (suggest === null || exc.extra === null) return null;
  const t = exc.ob_type;
  if (isSubtypeOf(t, Exc.NameError)) {
    const name = exc.extra[NAME_NAME];
    return typeof name === 'string' ? suggest(exc, name, null) : null;
  }
  if (isSubtypeOf(t, Exc.AttributeError)) {
    const name = exc.extra[ATTR_NAME];
    return typeof name === 'string' ? suggest(exc, name, exc.extra[ATTR_OBJ]) : null;
  }
  return null;
}

/** What print_exception_recursive carries along (CPython: struct exception_print_context). */
interface PrintContext {
  seen: Set<PyException>;
  /** Nesting inside exception groups: 0 at top level. */
  depth: number;
  /** The closing `+----` line is still owed by the innermost last sub-exception. */
  needClose: boolean;
}

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;
const CAUSE_MESSAGE = 'The above exception was the direct cause of the following exception:\n';
const CONTEXT_MESSAGE = 'During handling of the above exception, another exception occurred:\n';

/** CPython: EXC_INDENT + EXC_MARGIN — what starts each line at the current group depth. */
function margin(ctx: PrintContext): string {
  return ctx.depth === 0 ? '' : ' '.repeat(2 * ctx.depth) + '| ';
}

/** CPython: print_exception_recursive — the whole report, causes and contexts first. */
export function formatException(exc: PyException): string {
  return printRecursive({ seen: new Set(), depth: 0, needClose: false }, exc);
}

function printRecursive(ctx: PrintContext, exc: PyException): string {
  const out = printCauseAndContext(ctx, exc);
  return out + (isExceptionGroup(exc) ? printGroup(ctx, exc) : printOne(ctx, exc));
}

/** CPython: print_exception_cause_and_context / print_chained. */
function printCauseAndContext(ctx: PrintContext, exc: PyException): string {
  ctx.seen.add(exc);
  const cause = exc.cause, context = exc.context;
  let chained: PyException | null = null, message = '';
  if (cause instanceof PyException) {
    if (!ctx.seen.has(cause)) {
      chained = cause;
      message = CAUSE_MESSAGE;
    }
  } else if (!exc.suppressContext && context instanceof PyException && !ctx.seen.has(context)) {
    chained = context;
    message = CONTEXT_MESSAGE;
  }
  if (chained === null) return '';
  const needClose = ctx.needClose;
  let out = printRecursive(ctx, chained);
  ctx.needClose = needClose;
  const m = margin(ctx);
  out += `${m}\n${m}${message}${m}\n`;
  return out;
}

/** CPython: print_exception — traceback, `Type: message` and notes of one exception. */
function printOne(ctx: PrintContext, exc: PyException): string {
  const m = margin(ctx);
  let out = '';
  const tb = exc.traceback instanceof PyTraceback ? exc.traceback : null;
  if (tb !== null) {
    let header = 'Traceback (most recent call last):\n', headerMargin = m;
    if (isExceptionGroup(exc)) {
      header = 'Exception Group Traceback (most recent call last):\n';
      if (ctx.depth === 1) headerMargin = ' '.repeat(2 * ctx.depth) + '+ ';
    }
    out += headerMargin + header + formatTraceback(tb, m);
  }
  out += withMargin(formatExceptionOnly(exc), m);
  out += withMargin(formatNotes(exc), m);
  return out;
}

function withMargin(text: string, m: string): string {
  if (m === '' || text === '') return text;
  return text.replace(/[^\n]*\n/g, line => m + line);
}

/** CPython: print_exception_group — the group, then each sub-exception in its numbered box. */
function printGroup(ctx: PrintContext, exc: PyException): string {
  if (ctx.depth > MAX_GROUP_DEPTH) return `${margin(ctx)}... (max_group_depth is ${MAX_GROUP_DEPTH})\n`;
  const top = ctx.depth === 0;
  if (top) ctx.depth = 1;
  let out = printOne(ctx, exc);
  const excs = groupExceptions(exc);
  const n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    const indent = ' '.repeat(2 * ctx.depth);
    const label = truncated ? '...' : String(i + 1);
    out += `${indent}${i === 0 ? '+-' : '  '}+---------------- ${label} ----------------\n`;
    ctx.depth++;
    if (!truncated) {
      out += printRecursive(ctx, excs[i] as PyException);
    } else {
      const remaining = excs.length - MAX_GROUP_WIDTH;
      out += `${margin(ctx)}and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`;
    }
    if (last && ctx.needClose) {
      out += ' '.repeat(2 * ctx.depth) + '+------------------------------------\n';
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (top) ctx.depth = 0;
  return out;
}

function formatNotes(exc: PyException): string {
  const notes = exc.notes;
  if (notes === null) return '';
  const items = notes instanceof PyList || notes instanceof PyTuple ? notes.items : null;
  if (items === null) {
    // CPython: print_exception_notes shows a non-sequence __notes__ by its repr
    try {
      return pyRepr(notes) + '\n';
    } catch {
      return '<__notes__ repr() failed>\n';
    }
  }
  let out = '';
  for (const n of items) out += (typeof n === 'string' ? n : safeReprless(n)) + '\n';
  return out;
}

function safeReprless(v: PyValue): string {
  try {
    return pyStr(v);
  } catch {
    return `<${typeOf(v).name} object>`;
  }
}

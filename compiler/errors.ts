/**
 * The one error type the compiler throws: a Python SyntaxError (or its IndentationError /
 * TabError subclasses) with CPython's fields. The VM turns it into the Python exception; the
 * CLI prints it in CPython 3.11's format.
 */
export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

export class CompileError {
  constructor(
    readonly kind: SyntaxErrorKind,
    readonly msg: string,
    readonly filename: string,
    /** 1-based line. */
    readonly lineno: number,
    /** 1-based column of the caret, in characters of `text` (CPython: offset). */
    readonly offset: number,
    /** The source line, without its newline; null when not available. */
    readonly text: string | null,
    readonly end_lineno: number = lineno,
    readonly end_offset: number = offset,
  ) {}
}

/**
 * CPython 3.11's report of a SyntaxError that stops a script (pythonrun.c print_error_text):
 * the file/line header, the source line with leading whitespace stripped, carets from
 * `offset` to `end_offset`, then `Kind: msg`.
 */
export function formatCompileError(e: CompileError): string {
  let out = `  File "${e.filename}", line ${e.lineno}\n`;
  if (e.text !== null) {
    let text = e.text.replace(/\n$/, '');
    let offset = e.offset - 1;
    let end = e.end_lineno === e.lineno && e.end_offset > 0 ? e.end_offset - 1 : -1;
    while (text.length > 0 && (text[0] === ' ' || text[0] === '\t' || text[0] === '\f')) {
      text = text.slice(1);
      offset--;
      end--;
    }
    if (offset > text.length) offset = text.length;
    out += `    ${text}\n`;
    if (offset >= 0) {
      const carets = end > offset ? Math.min(end, text.length + 1) - offset : 1;
      out += `    ${' '.repeat(offset)}${'^'.repeat(Math.max(carets, 1))}\n`;
    }
  }
  return out + `${e.kind}: ${e.msg}\n`;
}

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

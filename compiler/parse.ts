/**
 * The tree-sitter binding: the only module that imports it (a browser build swaps in
 * web-tree-sitter behind the same `parse`). A tree with ERROR or MISSING nodes becomes a
 * CompileError with CPython 3.11's kind, message and location (parse_errors.ts).
 * CPython: Parser/peg_api.c (_PyParser_ASTFromString) and the error paths of Parser/pegen_errors.c.
 */
import Parser from 'tree-sitter';
import Python from 'tree-sitter-python';
import { diagnose } from './parse_errors.js';
import { copyTree, type CursorLike } from './parse_cst.js';

/** The subset of a tree-sitter node the lowering uses; satisfied by node and web bindings. */
export interface CstNode {
  readonly type: string;
  readonly text: string;
  readonly isNamed: boolean;
  readonly isMissing: boolean;
  readonly hasError: boolean;
  readonly startPosition: { row: number; column: number };
  readonly endPosition: { row: number; column: number };
  readonly startIndex: number;
  readonly endIndex: number;
  readonly children: CstNode[];
  readonly namedChildren: CstNode[];
  childForFieldName(name: string): CstNode | null;
  childrenForFieldName(name: string): CstNode[];
}

let parser: Parser | null = null;

/** Parses a source text with tree-sitter-python, without any error checks. */
export function parseTree(source: string): CstNode {
  if (parser === null) {
    parser = new Parser();
    parser.setLanguage(Python as unknown as Parser.Language);
  }
  // bufferSize: the node binding otherwise rejects sources longer than its default buffer.
  const tree = parser.parse(source, undefined, { bufferSize: Math.max(32 * 1024, source.length * 2 + 16) });
  return copyTree(tree.walk() as unknown as CursorLike, source);
}

/** Parses `source`; throws CompileError when the tree has ERROR or MISSING nodes. */
export function parse(source: string, filename: string): CstNode {
  const root = parseTree(source);
  diagnose(root, source, filename);
  return root;
}

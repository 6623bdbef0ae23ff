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

interface LanguageWithNodeClasses {
  nodeSubclasses?: unknown;
}

/**
 * The node binding's setLanguage builds (with `eval`) one SyntaxNode subclass per node type
 * unless the language already has them, a large share of a cold start. The tree is read only
 * through a TreeCursor (parse_cst.ts), which never makes node objects; should a node be made
 * anyway, every type maps to the generic SyntaxNode, whose `type` and child accessors work for
 * any node.
 */
function skipNodeClasses(language: LanguageWithNodeClasses): void {
  if (language.nodeSubclasses !== undefined) return;
  const base = (Parser as unknown as { SyntaxNode: unknown }).SyntaxNode;
  language.nodeSubclasses = new Proxy([], { get: (_t, key) => (key === 'length' ? 0 : base) });
}

/** Parses a source text with tree-sitter-python, without any error checks. */
export function parseTree(source: string): CstNode {
  if (parser === null) {
    parser = new Parser();
    skipNodeClasses(Python as unknown as LanguageWithNodeClasses);
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

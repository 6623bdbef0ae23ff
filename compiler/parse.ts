/**
 * tree-sitter binding (placeholder: the real module keeps the binding behind `parse`).
 */
import type { CompileError } from './errors.js';

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

/** Parses `source`; throws CompileError when the tree has ERROR or MISSING nodes. */
export function parse(source: string, filename: string): CstNode {
  void source; void filename;
  throw null as unknown as CompileError;
}

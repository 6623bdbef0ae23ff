/**
 * A plain-object copy of the tree-sitter tree, made in one cursor walk. Reading nodes through
 * the binding costs a native call and an object per access; the lowering touches every node
 * several times, so it works on this copy instead. Satisfies the CstNode interface.
 * CPython has no counterpart (its parser builds the AST directly).
 */
import type { CstNode } from './parse.js';

/** The cursor operations used (node and web bindings both provide them). */
export interface CursorLike {
  readonly nodeType: string;
  readonly nodeTypeId: number;
  readonly nodeIsNamed: boolean;
  readonly nodeIsMissing: boolean;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly currentFieldName: string | null;
  readonly currentFieldId: number;
  gotoFirstChild(): boolean;
  gotoNextSibling(): boolean;
  gotoParent(): boolean;
}

/** Line starts of a source text, shared by all nodes of one tree for positions. */
class LineTable {
  readonly starts: number[];
  constructor(readonly source: string) {
    const s = [0];
    for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) s.push(i + 1);
    this.starts = s;
  }
  point(idx: number): { row: number; column: number } {
    const s = this.starts;
    let lo = 0, hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= idx) lo = mid; else hi = mid - 1;
    }
    return { row: lo, column: idx - s[lo] };
  }
}

export class CNode implements CstNode {
  readonly children: CNode[] = [];
  readonly namedChildren: CNode[] = [];
  field: string | null = null;
  hasError: boolean;
  private start: { row: number; column: number } | null = null;
  private end: { row: number; column: number } | null = null;

  constructor(
    readonly type: string,
    readonly isNamed: boolean,
    readonly isMissing: boolean,
    readonly startIndex: number,
    readonly endIndex: number,
    private readonly lines: LineTable,
  ) {
    this.hasError = isMissing || type === 'ERROR';
  }

  get text(): string {
    return this.lines.source.slice(this.startIndex, this.endIndex);
  }
  get startPosition(): { row: number; column: number } {
    return this.start ??= this.lines.point(this.startIndex);
  }
  get endPosition(): { row: number; column: number } {
    return this.end ??= this.lines.point(this.endIndex);
  }
  childForFieldName(name: string): CNode | null {
    for (const c of this.children) if (c.field === name) return c;
    return null;
  }
  childrenForFieldName(name: string): CNode[] {
    const out: CNode[] = [];
    for (const c of this.children) if (c.field === name) out.push(c);
    return out;
  }
}

/**
 * Node type names, whether the type is named, and field names, by the grammar's ids: each
 * cursor property is a call into the binding, and a name read that way is a new string each
 * time, so a name is asked once per id (a grammar's ids and names never change).
 */
const typeNames: string[] = [];
const typeNamed: boolean[] = [];
const fieldNames: string[] = [];

/** The node at `cursor`, as a CNode without children. */
function nodeAt(cursor: CursorLike, lines: LineTable): CNode {
  const id = cursor.nodeTypeId;
  let type = typeNames[id];
  if (type === undefined) {
    type = typeNames[id] = cursor.nodeType;
    typeNamed[id] = cursor.nodeIsNamed;
  }
  const start = cursor.startIndex, end = cursor.endIndex;
  // Only a zero-width node can be MISSING (one the parser inserted to recover).
  return new CNode(type, typeNamed[id], start === end && cursor.nodeIsMissing, start, end, lines);
}

/** The field name of the node at `cursor` in its parent, or null. */
function fieldAt(cursor: CursorLike): string | null {
  const id = cursor.currentFieldId;
  if (id === 0) return null;
  return fieldNames[id] ??= cursor.currentFieldName as string;
}

/** Copies the tree under `cursor` (positioned at its root). */
export function copyTree(cursor: CursorLike, source: string): CNode {
  const lines = new LineTable(source);
  const root = nodeAt(cursor, lines);
  // Iterative walk: deeply nested expressions must not overflow the JS stack.
  const stack: CNode[] = [root];
  if (!cursor.gotoFirstChild()) return root;
  for (;;) {
    const parent = stack[stack.length - 1];
    const node = nodeAt(cursor, lines);
    node.field = fieldAt(cursor);
    parent.children.push(node);
    if (node.isNamed) parent.namedChildren.push(node);
    if (cursor.gotoFirstChild()) {
      stack.push(node);
      continue;
    }
    while (!cursor.gotoNextSibling()) {
      if (stack.length === 1) return finish(root);
      cursor.gotoParent();
      stack.pop();
    }
  }
}

/** Propagates hasError upwards (a node has an error when any descendant is ERROR/MISSING). */
function finish(root: CNode): CNode {
  const order: CNode[] = [];
  const pending: CNode[] = [root];
  while (pending.length > 0) {
    const n = pending.pop()!;
    order.push(n);
    for (const c of n.children) pending.push(c);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i];
    if (n.hasError) continue;
    for (const c of n.children) if (c.hasError) { n.hasError = true; break; }
  }
  return root;
}

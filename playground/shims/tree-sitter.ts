/**
 * The browser's stand-in for the `tree-sitter` node binding: web-tree-sitter (the same parser
 * compiled to WebAssembly) behind the API compiler/parse.ts uses (`new Parser()`,
 * `setLanguage`, `parse(...).walk()`), so the page runs the very compiler the CLI runs.
 * Top-level await: importers see a parser that is ready to use.
 */
import WebParser from 'web-tree-sitter';
import runtimeWasm from 'web-tree-sitter/tree-sitter.wasm?url';
import pythonWasm from 'tree-sitter-python/tree-sitter-python.wasm?url';

await WebParser.init({ locateFile: () => runtimeWasm });
export const pythonLanguage = await WebParser.Language.load(pythonWasm);

export default class Parser {
  private readonly inner = new WebParser();
  static SyntaxNode = Object;

  setLanguage(language: unknown): void {
    this.inner.setLanguage(language as WebParser.Language);
  }

  parse(source: string): WebParser.Tree {
    // The node binding takes (source, oldTree, options); web-tree-sitter needs no buffer size.
    return this.inner.parse(source);
  }
}

/** The browser's `tree-sitter-python`: the grammar's WebAssembly build, loaded by the parser shim. */
import { pythonLanguage } from './tree-sitter.js';

export default pythonLanguage;

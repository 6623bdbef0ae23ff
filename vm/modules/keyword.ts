/**
 * The `keyword` module: Python 3.11's keyword and soft-keyword lists and the membership tests
 * (which hash their argument, so `iskeyword([])` raises as frozenset.__contains__ does).
 * CPython: Lib/keyword.py (generated from the grammar).
 */
import { PyList, type PyValue } from '../objects/object.js';
import { makeNativeModule, type PyModule } from '../objects/module.js';
import { registerBuiltinModule } from './registry.js';
import { hash as pyHash } from '../abstract.js';
import { typeError } from '../objects/exceptions.js';

const KWLIST = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
  'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
];
const SOFT = ['_', 'case', 'match'];

function member(list: readonly string[]) {
  const set = new Set(list);
  return (_s: PyValue, args: PyValue[]): PyValue => {
    if (args.length !== 1) throw typeError(`frozenset.__contains__() takes exactly one argument (${args.length} given)`);
    const v = args[0];
    if (typeof v === 'string') return set.has(v);
    pyHash(v);
    return false;
  };
}

function build(): PyModule {
  return makeNativeModule('keyword', {
    iskeyword: member(KWLIST),
    issoftkeyword: member(SOFT),
  }, {
    kwlist: new PyList([...KWLIST]),
    softkwlist: new PyList([...SOFT]),
    __all__: new PyList(['iskeyword', 'issoftkeyword', 'kwlist', 'softkwlist']),
  });
}

registerBuiltinModule('keyword', build);

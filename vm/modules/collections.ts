/**
 * The `_collections` module: the native deque and its iterator types, which
 * vm/lib/collections/__init__.py re-exports. CPython: Modules/_collectionsmodule.c.
 */
import { makeNativeModule, type PyModule } from '../objects/module.js';
import { registerBuiltinModule } from './registry.js';
import { DequeIterType, DequeRevIterType, DequeType } from '../objects/deque.js';
import '../objects/deque_methods.js';

function build(): PyModule {
  return makeNativeModule('_collections', {}, {
    deque: DequeType,
    _deque_iterator: DequeIterType,
    _deque_reverse_iterator: DequeRevIterType,
  });
}

registerBuiltinModule('_collections', build);

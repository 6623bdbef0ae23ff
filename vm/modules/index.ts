/**
 * Registers every builtin module written in TypeScript (each file calls registerBuiltinModule
 * on load; the module object itself is built on first import). Modules written in Python live in
 * vm/lib/ and are found on sys.path instead. CPython: PC/config.c / Modules/config.c (_PyImport_Inittab).
 */
import './sys.js';
import './math.js';
import './dis.js';
import '../async_builtins.js';
import './random.js';
import './importlib.js';
import './itertools.js';
import './operator.js';
import './json.js';
import './cmath.js';
import './keyword.js';
import './heapq.js';
import './time.js';
import './re.js';
import './collections.js';
import './io.js';
import './posix.js';

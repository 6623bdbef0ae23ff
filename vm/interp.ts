/**
 * Running a program: sets up sys.argv/sys.path, the `__main__` module and its builtins, runs
 * the module code, and turns the outcome into an exit status as `python` does (SystemExit
 * codes, a traceback on stderr and status 1 for an uncaught exception). Also the compiler hook
 * through which compile()/exec()/eval() and imports reach the compiler.
 * CPython: Python/pythonrun.c (PyRun_SimpleFileExFlags, handle_system_exit, PyErr_Print).
 */
import { dirname } from 'node:path';
import type { CodeObject } from './code.js';
import { None, isSubtype, typeCache, type PyValue } from './objects/object.js';
import { PyDict } from './objects/dict.js';
import { PyModule } from './objects/module.js';
import { PyException, Exc, SYSEXIT_CODE } from './objects/exceptions.js';
import { str as pyStr } from './abstract.js';
import { flushAll, flushStdout, writeStderr } from './io.js';
import { evalCode } from './call.js';
import { tstate } from './frame.js';
import { PyGenerator, genClose } from './generator.js';
import { formatException } from './traceback.js';
import './suggestions.js';
import { setSource } from './linecache.js';
import { stdlibDir } from './modules/stdlib_path.js';
import { setDisplayHook } from './ceval_helpers.js';
import {
  compileSource, installCompiler, importModule, setImportBuiltins, sysModules, sysPath, type CompileFn,
} from './modules/registry.js';
import { getSys, sysArgv, syncTracebackLimit } from './modules/sys.js';
import { callObject } from './call.js';
// Registers the builtins module with the import system.
import './builtins/index.js';
import './super.js';
// Builtin modules register themselves with the import system when loaded.
import './modules/index.js';
import './objects/builtin_function.js';
// Code objects' Python-level attributes (co_name…), for tracebacks and frames seen from Python.
import './objects/codeobject.js';

export { installCompiler, compileSource, type CompileFn };
/** Same as installCompiler (the name the VM's contract uses). */
export const setCompiler = installCompiler;

export interface RunOptions {
  /** sys.argv; argv[0] is the script path ('-c' for code given on the command line). */
  argv?: string[];
  /** The file name the code was compiled with (tracebacks read its lines). */
  filename?: string;
  /** The source text, registered with linecache (for code that has no file). */
  source?: string;
  /** sys.path[0]; by default the script's directory ('' for -c). */
  path0?: string;
}

let builtinsModule: PyModule | null = null;

/** The builtins module (its factory is registered as 'builtins' by vm/builtins). */
export function getBuiltins(): PyModule {
  if (builtinsModule === null) {
    const m = importModule('builtins');
    if (!(m instanceof PyModule)) throw new Error('builtins module is not registered');
    builtinsModule = m;
    setImportBuiltins(m.dict, m);
  }
  return builtinsModule;
}

/**
 * Replaces the builtins module runs use (a host VirtualMachine installs its own on entry and
 * puts the previous one back on exit); null goes back to the shared one on the next use.
 */
export function setBuiltinsModule(m: PyModule | null): PyModule | null {
  const old = builtinsModule;
  builtinsModule = m;
  if (m !== null) setImportBuiltins(m.dict, m);
  return old;
}

/** Globals for a new `__main__` module. */
export function makeMainGlobals(filename: string | null): PyDict {
  const b = getBuiltins();
  const main = new PyModule('__main__');
  const g = main.dict;
  g.setStr('__name__', '__main__');
  g.setStr('__doc__', None);
  g.setStr('__package__', None);
  g.setStr('__loader__', None);
  g.setStr('__spec__', None);
  g.setStr('__annotations__', new PyDict());
  g.setStr('__builtins__', b);
  if (filename !== null && !filename.startsWith('<')) g.setStr('__file__', filename);
  sysModules.setStr('__main__', main);
  return g;
}

/** Runs module code in `globals` (exec semantics); exceptions propagate. */
export function execCode(code: CodeObject, globals: PyDict, locals: PyDict | null = null): PyValue {
  const b = globals.getStr('__builtins__');
  let bdict: PyDict;
  if (b instanceof PyModule) bdict = b.dict;
  else if (b instanceof PyDict) bdict = b;
  else {
    bdict = getBuiltins().dict;
    globals.setStr('__builtins__', getBuiltins());
  }
  return evalCode(code, globals, locals ?? globals, bdict);
}

/** CPython: handle_system_exit — the exit status a SystemExit asks for (printing a message). */
function systemExitStatus(exc: PyException): number {
  const code = exc.extra !== null ? exc.extra[SYSEXIT_CODE] : (exc.args.items[0] ?? None);
  if (code === None || code === undefined) return 0;
  if (typeof code === 'number') return code;
  if (typeof code === 'boolean') return code ? 1 : 0;
  flushStdout();
  writeStderr(`${safeStr(code)}\n`);
  return 1;
}

function safeStr(v: PyValue): string {
  try {
    return pyStr(v);
  } catch {
    return '<object str() failed>';
  }
}

/** Prints an uncaught exception as CPython's PyErr_Print does. */
export function printException(exc: PyException): void {
  flushStdout();
  syncTracebackLimit();
  let text: string;
  try {
    text = formatException(exc);
  } catch (e) {
    text = `${exc.ob_type.name}: <exception while formatting the traceback>\n`;
    void e;
  }
  writeStderr(text);
}

/**
 * Sets up a run of `code` as `__main__` (sys.argv, sys.path, displayhook, the module's globals)
 * and returns the globals; shared by runCode and vm/execution.ts.
 */
export function prepareMain(code: CodeObject, options: RunOptions = {}): PyDict {
  const filename = options.filename ?? code.co_filename;
  const argv = options.argv ?? [filename];
  if (options.source !== undefined) setSource(filename, options.source);
  // Natives were added to type dicts directly while the VM's modules loaded: start lookups afresh.
  typeCache.epoch++;
  getSys();
  sysArgv.items.length = 0;
  for (const a of argv) sysArgv.items.push(a);
  sysPath.items.length = 0;
  sysPath.items.push(options.path0 ?? (argv[0] === '-c' || filename.startsWith('<') ? '' : dirname(filename)));
  const lib = stdlibDir();
  if (lib !== null) sysPath.items.push(lib);
  setDisplayHook(v => {
    const hook = getSys().dict.getStr('displayhook');
    if (hook !== undefined) callObject(hook, [v], null);
  });
  return makeMainGlobals(filename);
}

/** The end of a run: finalizes `__main__`'s suspended generators and flushes the streams. */
export function finishMain(globals: PyDict): void {
  finalizeMainGenerators(globals);
  try {
    flushAll();
  } catch {
    // Output errors at exit are not the program's failure.
  }
}

/** Runs a compiled program as `__main__`; returns the process exit status. */
export function runCode(code: CodeObject, options: RunOptions = {}): number {
  const globals = prepareMain(code, options);
  tstate.depth = 0;
  tstate.frame = null;
  let status = 0;
  try {
    execCode(code, globals);
  } catch (e) {
    status = handleUncaught(e);
  }
  finishMain(globals);
  return status;
}

/**
 * At shutdown CPython clears `__main__`'s dict (_PyModule_ClearDict: names with a single leading
 * underscore first, then the rest, in insertion order), which finalizes the suspended generators
 * it held: their `finally` blocks run then. Errors there are ignored, as in a finalizer.
 */
function finalizeMainGenerators(globals: PyDict): void {
  const keys = globals.keysArray();
  for (const underscoreFirst of [true, false]) {
    for (const k of keys) {
      if (typeof k !== 'string' || k === '__builtins__') continue;
      if (underscoreFirst !== (k[0] === '_' && k[1] !== '_')) continue;
      const v = globals.getStr(k);
      if (!(v instanceof PyGenerator) || v.gi_frame === null) continue;
      try {
        genClose(v);
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
      }
    }
  }
  flushAll();
}

/** The exit status for an exception that reached the top (printing what python prints). */
export function handleUncaught(e: unknown): number {
  if (!(e instanceof PyException)) {
    flushStdout();
    const msg = e instanceof Error ? (e.stack ?? e.message) : String(e);
    writeStderr(`Fatal Python error: ${msg}\n`);
    return 1;
  }
  if (isSubtype(e.ob_type, Exc.SystemExit)) return systemExitStatus(e);
  printException(e);
  return 1;
}

/** Compiles and runs source text as `__main__` (the library's one-call entry point). */
export function runSource(source: string, filename = '<string>', argv: string[] = [filename]): number {
  setSource(filename, source);
  let code: CodeObject;
  try {
    getSys();
    getBuiltins();
    code = compileSource(source, filename, 'exec');
  } catch (e) {
    return handleUncaught(e);
  }
  return runCode(code, { filename, argv });
}


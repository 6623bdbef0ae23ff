/**
 * The per-interpreter state of a host VirtualMachine. pyvm keeps its interpreter state in module
 * variables (sys.modules and sys.path in vm/modules/registry.ts, the builtins and sys modules,
 * the io sinks, the thread state); a VirtualMachine owns its own copies and swaps them in on
 * entry and back out on exit, so two machines, even interleaved while stepping, never see each
 * other's modules, builtins or output. CPython: Py_NewInterpreter / PyThreadState_Swap.
 */
import { PyModule } from '../objects/module.js';
import type { PyValue } from '../objects/object.js';
import type { PyDict } from '../objects/dict.js';
import { ExcStackItem, tstate, type Frame } from '../frame.js';
import { getSinks, setSinks, flushStdout, type IoSinks } from '../io.js';
import {
  builtinModuleFactory, registerBuiltinModule, sysModules, sysPath, unregisterBuiltinModule,
} from '../modules/registry.js';
import { newSysModule, setSysModule, sysArgv } from '../modules/sys.js';
import { makeBuiltins, newBuiltinsModule } from '../builtins/index.js';
import { setBuiltinsDictSource } from '../builtins/frame_functions.js';
import { setBuiltinsModule } from '../interp.js';
import { getHooks, setHooks, setProfileFunc, setTraceFunc, traceState, type TraceHooks } from '../trace.js';
import { hostAccess } from './access.js';

/** Everything one interpreter keeps while another one (or the process's own) runs. */
export class InterpreterState {
  readonly builtins: PyModule;
  readonly sys: PyModule;
  /** sys.modules' entries while this interpreter is not running. */
  modules: [PyValue, PyValue][];
  path: PyValue[] = [];
  argv: PyValue[] = [];
  sinks: IoSinks;
  filesystem: boolean;
  hooks: TraceHooks | null;
  traceFunc: PyValue | null = null;
  profileFunc: PyValue | null = null;
  recursionLimit = 1000;
  frame: Frame | null = null;
  depth = 0;
  excInfo: ExcStackItem = new ExcStackItem(null);
  /** Host-registered modules, importable only while this interpreter runs. */
  readonly registered = new Map<string, () => PyModule>();

  constructor(sinks: IoSinks, filesystem: boolean, hooks: TraceHooks | null) {
    this.sinks = sinks;
    this.filesystem = filesystem;
    this.hooks = hooks;
    this.builtins = newBuiltinsModule();
    this.sys = newSysModule();
    this.modules = [['sys', this.sys], ['builtins', this.builtins]];
  }
}

/** What was installed before an interpreter was entered, put back when it leaves. */
interface Saved {
  modules: [PyValue, PyValue][];
  path: PyValue[];
  argv: PyValue[];
  builtins: PyModule | null;
  sys: PyModule | null;
  sinks: IoSinks;
  filesystem: boolean;
  hooks: TraceHooks | null;
  traceFunc: PyValue | null;
  profileFunc: PyValue | null;
  recursionLimit: number;
  frame: Frame | null;
  depth: number;
  excInfo: ExcStackItem;
  /** Factories the interpreter's own modules shadowed (undefined: none was registered). */
  shadowed: Map<string, (() => PyModule) | undefined>;
}

function fillDict(d: PyDict, entries: [PyValue, PyValue][]): void {
  d.clear();
  for (const [k, v] of entries) d.set(k, v);
}

/** Installs `st` as the running interpreter; returns what to give to `leave`. */
export function enter(st: InterpreterState): Saved {
  flushStdout();
  const ts = tstate, tr = traceState;
  const outerModules = sysModules.entriesArray();
  // sys.modules first: installing the builtins gives the modules in it their import attributes.
  fillDict(sysModules, st.modules);
  const saved: Saved = {
    modules: outerModules,
    path: sysPath.items.slice(),
    argv: sysArgv.items.slice(),
    builtins: setBuiltinsModule(st.builtins),
    sys: setSysModule(st.sys),
    sinks: getSinks(),
    filesystem: hostAccess.filesystem,
    hooks: getHooks(),
    traceFunc: tr.traceFunc,
    profileFunc: tr.profileFunc,
    recursionLimit: ts.recursionLimit,
    frame: ts.frame,
    depth: ts.depth,
    excInfo: ts.exc_info,
    shadowed: new Map(),
  };
  sysPath.items = st.path.slice();
  sysArgv.items = st.argv.slice();
  setBuiltinsDictSource(() => st.builtins.dict);
  setSinks(st.sinks);
  hostAccess.filesystem = st.filesystem;
  setHooks(st.hooks);
  setTraceFunc(st.traceFunc);
  setProfileFunc(st.profileFunc);
  ts.recursionLimit = st.recursionLimit;
  ts.depth = st.depth;
  ts.frame = st.frame;
  ts.exc_info = st.excInfo;
  for (const [name, factory] of st.registered) {
    saved.shadowed.set(name, builtinModuleFactory(name));
    registerBuiltinModule(name, factory);
  }
  return saved;
}

/** Saves the running interpreter's state into `st` and puts back what `enter` replaced. */
export function leave(st: InterpreterState, saved: Saved): void {
  flushStdout();
  const ts = tstate, tr = traceState;
  st.modules = sysModules.entriesArray();
  st.path = sysPath.items.slice();
  st.argv = sysArgv.items.slice();
  st.traceFunc = tr.traceFunc;
  st.profileFunc = tr.profileFunc;
  st.recursionLimit = ts.recursionLimit;
  st.frame = ts.frame;
  st.depth = ts.depth;
  st.excInfo = ts.exc_info;
  for (const [name, factory] of saved.shadowed) {
    if (factory === undefined) unregisterBuiltinModule(name);
    else registerBuiltinModule(name, factory);
  }
  sysPath.items = saved.path;
  sysArgv.items = saved.argv;
  fillDict(sysModules, saved.modules);
  setBuiltinsModule(saved.builtins);
  setSysModule(saved.sys);
  setBuiltinsDictSource(makeBuiltins);
  setSinks(saved.sinks);
  hostAccess.filesystem = saved.filesystem;
  setHooks(saved.hooks);
  setTraceFunc(saved.traceFunc);
  setProfileFunc(saved.profileFunc);
  ts.recursionLimit = saved.recursionLimit;
  ts.depth = saved.depth;
  ts.frame = saved.frame;
  ts.exc_info = saved.excInfo;
}

/** Makes a host module available now (the interpreter is running) and on every later entry. */
export function addRegistered(st: InterpreterState, name: string, factory: () => PyModule, running: Saved | null): void {
  st.registered.set(name, factory);
  if (running !== null) {
    if (!running.shadowed.has(name)) running.shadowed.set(name, builtinModuleFactory(name));
    registerBuiltinModule(name, factory);
  }
}

#!/usr/bin/env node
/**
 * The `pyvm` command: `run FILE [args]`, `dis FILE`, `-c CODE`, like `python3` in its exit codes
 * (0, 1 for an uncaught exception or a syntax error, 2 for usage errors and missing files,
 * `sys.exit(n)`) and in what it prints. The plain spellings (`run FILE args…`, `-c CODE args…`,
 * `dis FILE`) are recognised here directly; anything else (help, --version, `run --trace`,
 * `coverage run|report`, options in unusual places, usage errors) goes to the commander parser
 * in cli_args.ts, loaded only then.
 */
import { disFile, runFile, runSource } from './cli_run.js';
import { flushAll } from './vm/io.js';

/** True for an argument commander would read as an option (or the `--` separator). */
function isOption(arg: string | undefined): boolean {
  return arg !== undefined && arg.length > 1 && arg[0] === '-';
}

/**
 * The exit status for argument shapes whose meaning is unambiguous, or -1 to defer to commander.
 * Mirrors commander's reading of them: after the script name every argument (options too) passes
 * through to sys.argv, as `passThroughOptions` does.
 */
function fastMain(argv: string[]): number {
  const cmd = argv[2], first = argv[3];
  if (first === undefined || isOption(first)) return -1;
  if (cmd === 'run') return runFile(first, argv.slice(4));
  if (cmd === '-c') {
    const file = argv[4];
    if (isOption(file)) return -1;
    return runSource(first, '<string>', ['-c', ...argv.slice(4)]);
  }
  if (cmd === 'dis' && argv.length === 4) return disFile(first);
  return -1;
}

function finish(status: number): void {
  flushAll();
  process.exitCode = status;
}

const fast = fastMain(process.argv);
if (fast >= 0) {
  finish(fast);
  // Output is written synchronously, so nothing is pending; exiting at once spares the wait a
  // natural exit makes for V8's background compilations still in progress (tens of ms after a
  // long run).
  process.exit(fast);
}
else void import('./cli_args.js').then((m) => finish(m.commanderMain(process.argv)));

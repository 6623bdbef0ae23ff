/**
 * The full `pyvm` argument parser (commander): help, `--version`, usage errors (exit status 2)
 * and every spelling of `run`, `dis` and `-c`. cli.ts handles the plain spellings itself and
 * loads this module only for the rest, since loading commander costs startup time.
 */
import { Command, CommanderError } from 'commander';
import { disFile, runFile, runSource } from './cli_run.js';

export const VERSION = '0.1.0';

/** Parses `argv` (process.argv shape) and runs the command; returns the exit status. */
export function commanderMain(argv: string[]): number {
  let status = 0;
  const program = new Command();
  program
    .name('pyvm')
    .description('A Python bytecode interpreter: CPython 3.7 bytecode, CPython 3.11 behaviour')
    .version(VERSION, '-V, --version', 'print the version number and exit')
    .enablePositionalOptions()
    .option('-c <code>', 'program passed in as a string (remaining arguments go to sys.argv)')
    .argument('[file]', 'script to run (same as `pyvm run FILE`)')
    .argument('[args...]', 'arguments passed to the script in sys.argv[1:]')
    .passThroughOptions()
    .exitOverride()
    .action((file: string | undefined, args: string[], opts: { c?: string }) => {
      if (opts.c !== undefined) {
        status = runSource(opts.c, '<string>', ['-c', ...(file === undefined ? [] : [file]), ...args]);
      } else if (file !== undefined) {
        status = runFile(file, args);
      } else {
        program.outputHelp();
        status = 2;
      }
    });
  program
    .command('run')
    .description('run a Python program')
    .argument('<file>', 'the script')
    .argument('[args...]', 'arguments passed to the script in sys.argv[1:]')
    .passThroughOptions()
    .allowUnknownOption()
    .exitOverride()
    .action((file: string, args: string[]) => {
      status = runFile(file, args);
    });
  program
    .command('dis')
    .description('print the bytecode of a Python file, as `python3.7 -m dis FILE` does')
    .argument('<file>', 'the script')
    .exitOverride()
    .action((file: string) => {
      status = disFile(file);
    });
  try {
    program.parse(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? 0 : 2;
    }
    throw e;
  }
  return status;
}

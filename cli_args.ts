/**
 * The full `pyvm` argument parser (commander): help, `--version`, usage errors (exit status 2),
 * every spelling of `run` (with `--trace`, cli_trace.ts), `dis` and `-c`, and `coverage run` /
 * `coverage report [--html DIR]` (cli_coverage.ts). cli.ts handles the plain spellings itself and
 * loads this module only for the rest, since loading commander costs startup time.
 */
import { Command, CommanderError } from 'commander';
import { disFile, runFile, runFileTraced, runSource } from './cli_run.js';
import { DATA_FILE, coverageReport, coverageRun } from './cli_coverage.js';

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
    .option('--trace', 'print each instruction with the value and block stacks to stderr before running it')
    .argument('<file>', 'the script')
    .argument('[args...]', 'arguments passed to the script in sys.argv[1:]')
    .passThroughOptions()
    .allowUnknownOption()
    .exitOverride()
    .action((file: string, args: string[], opts: { trace?: boolean }) => {
      status = opts.trace === true ? runFileTraced(file, args) : runFile(file, args);
    });
  program
    .command('dis')
    .description('print the bytecode of a Python file, as `python3.7 -m dis FILE` does')
    .argument('<file>', 'the script')
    .exitOverride()
    .action((file: string) => {
      status = disFile(file);
    });
  const coverage = program.command('coverage').description('measure line, arc and branch coverage of a program');
  coverage
    .command('run')
    .description(`run a program, saving coverage data in ${DATA_FILE}`)
    .argument('<file>', 'the script')
    .argument('[args...]', 'arguments passed to the script in sys.argv[1:]')
    .passThroughOptions()
    .allowUnknownOption()
    .exitOverride()
    .action((file: string, args: string[]) => {
      status = coverageRun(file, args);
    });
  coverage
    .command('report')
    .description('print the coverage table (or write annotated HTML pages with --html DIR)')
    .option('--html <dir>', 'write an index and one annotated page per file into DIR')
    .exitOverride()
    .action((opts: { html?: string }) => {
      status = coverageReport(opts.html);
    });
  coverage.exitOverride();
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

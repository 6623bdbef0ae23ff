#!/usr/bin/env node
/**
 * The `pyvm` command: `run FILE [args]`, `dis FILE`, `-c CODE`, like `python3` in its exit codes
 * (0, 1 for an uncaught exception or a syntax error, 2 for usage errors and missing files,
 * `sys.exit(n)`) and in what it prints.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError } from 'commander';
import { CompileError, formatCompileError } from './compiler/errors.js';
import { compile } from './compiler/compile.js';
import { dis } from './dis/dis.js';
import { runCode, installCompiler } from './vm/interp.js';
import { flushAll, writeStderr, writeStdout } from './vm/io.js';

const VERSION = '0.1.0';

function readSource(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const errno = err.code === 'ENOENT' ? '[Errno 2] No such file or directory' : `[Errno ${-(err.errno ?? 0)}] ${err.message}`;
    process.stderr.write(`pyvm: can't open file '${resolve(file)}': ${errno}\n`);
    return null;
  }
}

/** Compiles and runs; returns the exit status. */
function runSource(source: string, filename: string, argv: string[]): number {
  installCompiler(compile);
  let code;
  try {
    code = compile(source, filename, 'exec');
  } catch (e) {
    if (e instanceof CompileError) {
      process.stderr.write(formatCompileError(e));
      return 1;
    }
    throw e;
  }
  return runCode(code, { argv, filename });
}

function disFile(file: string): number {
  const source = readSource(file);
  if (source === null) return 2;
  try {
    writeStdout(dis(compile(source, file, 'exec')));
  } catch (e) {
    if (e instanceof CompileError) {
      writeStderr(formatCompileError(e));
      return 1;
    }
    throw e;
  }
  return 0;
}

function main(argv: string[]): number {
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
        const source = readSource(file);
        status = source === null ? 2 : runSource(source, file, [file, ...args]);
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
      const source = readSource(file);
      status = source === null ? 2 : runSource(source, file, [file, ...args]);
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

const status = main(process.argv);
flushAll();
process.exitCode = status;

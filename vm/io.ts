/**
 * The interpreter's standard streams at the host level: stdout is buffered (flushed at exit,
 * on `flush=True`, when the buffer grows past a threshold, and before anything goes to
 * stderr so the two interleave as a terminal shows them); stderr is written at once; stdin is
 * read synchronously a line at a time. A library user can replace the sinks and the line
 * source with callbacks. CPython: Modules/_io (BufferedWriter / TextIOWrapper over fds 0-2).
 */
import { readSync, writeSync } from 'node:fs';

export interface IoSinks {
  /** Receives stdout text in order (already decoded; one call per flush). */
  stdout: (text: string) => void;
  /** Receives stderr text as soon as it is written. */
  stderr: (text: string) => void;
  /** Returns the next input line including its '\n' (or the final unterminated text), null at EOF. */
  stdin: () => string | null;
}

const FLUSH_AT = 1 << 16;
let outBuf = '';

function writeFd(fd: number, text: string): void {
  const data = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < data.length) {
    try {
      off += writeSync(fd, data, off, data.length - off);
    } catch (e) {
      // A non-blocking pipe may refuse for a moment; anything else (EPIPE…) drops the output.
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      return;
    }
  }
}

let stdinPending = '';
let stdinEof = false;

/** Reads fd 0 until a newline or EOF. */
function readLineFd(): string | null {
  const buf = Buffer.alloc(4096);
  for (;;) {
    const nl = stdinPending.indexOf('\n');
    if (nl >= 0) {
      const line = stdinPending.slice(0, nl + 1);
      stdinPending = stdinPending.slice(nl + 1);
      return line;
    }
    if (stdinEof) {
      if (stdinPending === '') return null;
      const line = stdinPending;
      stdinPending = '';
      return line;
    }
    let n: number;
    try {
      n = readSync(0, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') n = 0;
      else throw e;
    }
    if (n === 0) stdinEof = true;
    else stdinPending += buf.toString('utf8', 0, n);
  }
}

const defaultSinks: IoSinks = {
  stdout: (text) => writeFd(1, text),
  stderr: (text) => writeFd(2, text),
  stdin: readLineFd,
};

let sinks: IoSinks = defaultSinks;

/** Replaces some or all sinks (flushing what the old stdout sink still holds first). */
export function setSinks(s: Partial<IoSinks>): void {
  flushStdout();
  sinks = { ...sinks, ...s };
}

/** The sinks now in use (a host VirtualMachine puts them back after its run). */
export function getSinks(): IoSinks {
  return sinks;
}

/** Back to the process's own fds 0, 1, 2. */
export function resetSinks(): void {
  flushStdout();
  sinks = defaultSinks;
}

export function writeStdout(text: string): void {
  outBuf += text;
  if (outBuf.length >= FLUSH_AT) flushStdout();
}

export function flushStdout(): void {
  if (outBuf === '') return;
  const t = outBuf;
  outBuf = '';
  sinks.stdout(t);
}

/** Writes to stderr after flushing stdout, so the two appear in program order. */
export function writeStderr(text: string): void {
  flushStdout();
  sinks.stderr(text);
}

/** Flushes everything (at exit). */
export function flushAll(): void {
  flushStdout();
}

/** One line of input with its newline, or null at EOF (CPython: the readline of sys.stdin). */
export function readStdinLine(): string | null {
  flushStdout();
  return sinks.stdin();
}

import { relative, resolve } from 'node:path';
import type { ToolInfo } from '../../shared/format/tool-info';
import { wantsColor, type CliIo, type CliOutput } from './cli-io';

/** What every command needs from the run it is part of. */
export interface CliContext {
  io: CliIo;
  tool: ToolInfo;
  env: Readonly<Record<string, string | undefined>>;
  /** Absolute path of a path the user typed, against the run's working folder. */
  resolvePath(path: string): string;
  /** A path to show the user: relative to the working folder when inside it. */
  displayPath(absolutePath: string): string;
  color(stream: CliOutput): boolean;
  out(text: string): void;
  err(text: string): void;
  /** The run's exit code; the highest one set wins, so a later success cannot hide a failure. */
  setExitCode(code: number): void;
  readonly exitCode: number;
}

export function createCliContext(io: CliIo, tool: ToolInfo): CliContext {
  const env = io.env ?? process.env;
  let exitCode = 0;
  return {
    io,
    tool,
    env,
    resolvePath: (path) => resolve(io.cwd, path),
    displayPath: (absolutePath) => {
      const fromCwd = relative(io.cwd, absolutePath);
      return fromCwd === '' ? '.' : fromCwd.startsWith('..') ? absolutePath : fromCwd;
    },
    color: (stream) => wantsColor(stream, env),
    out: (text) => {
      io.stdout.write(text);
    },
    err: (text) => {
      io.stderr.write(text);
    },
    setExitCode: (code) => {
      exitCode = Math.max(exitCode, code);
    },
    get exitCode() {
      return exitCode;
    },
  };
}

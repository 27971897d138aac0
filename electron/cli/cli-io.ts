/** Where a CLI run reads and writes: the real process streams, or buffers in tests. */
export interface CliOutput {
  /** Text, or bytes for `pack -o -` (the archive on standard output). */
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
}

export interface CliInput extends NodeJS.ReadableStream {
  isTTY?: boolean;
}

export interface CliIo {
  stdout: CliOutput;
  stderr: CliOutput;
  /** Prompts are only shown when this is a terminal. */
  stdin?: CliInput;
  /** Folder that relative paths are resolved against. */
  cwd: string;
  /** Environment (NO_COLOR); process.env when absent. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** Colour only for a terminal, and never when NO_COLOR is set to anything (no-color.org). */
export function wantsColor(stream: CliOutput, env: Readonly<Record<string, string | undefined>>): boolean {
  const noColor = env.NO_COLOR;
  return stream.isTTY === true && (noColor === undefined || noColor === '');
}

import { terminalSafe } from '../../shared/format/terminal-safe';
import { EXIT_FAILURE } from './exit-codes';

/** A problem the user can fix (bad argument, wrong kind of path): printed as is, never with a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_FAILURE,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Errors whose message is already written for the user (they name the file, line and what to do). */
const USER_FACING_ERRORS = new Set(['CliError', 'UserError', 'ConfigError', 'MessageInputError', 'InitInputError']);

const SYSTEM_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a folder, a file was expected',
  ENOTDIR: 'a folder was expected',
  ENOSPC: 'no space left on the disk',
  EROFS: 'the file system is read-only',
  EBUSY: 'the file is in use',
};

/** One readable line (or a few) for any error a command throws. */
export function describeError(error: unknown): string {
  if (error instanceof Error && USER_FACING_ERRORS.has(error.name)) return error.message;
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  const path = error instanceof Error ? (error as NodeJS.ErrnoException).path : undefined;
  if (code && SYSTEM_ERRORS[code]) return `${path ? `${path}: ` : ''}${SYSTEM_ERRORS[code]}.`;
  const message = error instanceof Error ? error.message : String(error);
  return `Unexpected error: ${message}. Please report this to Widget Publisher (set WIDGET_PUBLISHER_DEBUG=1 to see the details).`;
}

export function errorExitCode(error: unknown): number {
  return error instanceof CliError ? error.exitCode : EXIT_FAILURE;
}

/**
 * Every error the CLI prints has this shape, whether the argument parser or a command found it:
 * `widget-publisher: <what>` and where to read the usage, as Unix tools do.
 */
export function formatCliError(message: string, command: string | null, usageHint = true): string {
  const help = command ? `widget-publisher ${command} --help` : 'widget-publisher --help';
  return `widget-publisher: ${terminalSafe(message.trimEnd(), { keepLineBreaks: true })}\n${usageHint ? `See "${help}" for usage.\n` : ''}`;
}

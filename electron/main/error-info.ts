import { ConfigError } from '../../shared/config/widget-config';
import type { ApiErrorInfo } from '../../shared/ipc/types';
import { MessageInputError } from '../../shared/message/message-inputs';
import { UserError } from '../services/user-error';

/** A request the handler refuses (a non-https link, a path that is not a folder). */
export class ForbiddenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** Bad arguments from the renderer: a bug or a tampered page, never passed on to a handler. */
export class InvalidArgumentsError extends Error {
  constructor(channel: string, problem: string) {
    super(`Invalid arguments for ${channel}: ${problem}.`);
    this.name = 'InvalidArgumentsError';
  }
}

/**
 * What the renderer is told when something fails. Problems the user can fix keep their message;
 * a bug gets a plain sentence (the stack trace goes to the log, not to the screen).
 */
export function describeError(error: unknown, log: (message: string, error: unknown) => void = logToConsole): ApiErrorInfo {
  if (error instanceof InvalidArgumentsError) return info('invalid-arguments', error.message);
  if (error instanceof ForbiddenError) return info('forbidden', error.message);
  if (error instanceof ConfigError) return { kind: 'config', message: error.message, file: error.file, line: error.line };
  if (error instanceof UserError) return { kind: 'user', message: error.message, file: error.file ?? null, line: null };
  if (error instanceof MessageInputError) return info('user', error.message);
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const path = (error as NodeJS.ErrnoException | null)?.path ?? null;
  if (code === 'ENOENT') return { kind: 'not-found', message: `${path ?? 'The file'} does not exist any more. Choose it again.`, file: path, line: null };
  if (code === 'EACCES' || code === 'EPERM') {
    return { kind: 'user', message: `Widget Publisher may not access ${path ?? 'this file'}. Check its permissions and try again.`, file: path, line: null };
  }
  if (code === 'ENOSPC') return { kind: 'user', message: 'The disk is full. Free some space and try again.', file: path, line: null };
  log('Unexpected error in a main-process handler', error);
  const detail = error instanceof Error ? error.message : String(error);
  return info('internal', `Something went wrong inside Widget Publisher (${detail}). Please try again; if it keeps happening, report it.`);
}

function info(kind: ApiErrorInfo['kind'], message: string): ApiErrorInfo {
  return { kind, message, file: null, line: null };
}

function logToConsole(message: string, error: unknown): void {
  console.error(message, error);
}

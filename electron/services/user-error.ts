/**
 * A problem the user can fix (a wrong path, a damaged archive, a bad config), as opposed to a bug.
 * The CLI prints the message without a stack trace and exits with code 2; the app shows it as is.
 */
export class UserError extends Error {
  constructor(
    message: string,
    /** The file or folder the message is about, when there is one. */
    readonly file?: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

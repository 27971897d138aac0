/** The CLI's exit codes, documented in README and `--help`. */
export const EXIT_OK = 0;
/** Findings over the limit (check), or pack refused because of errors. */
export const EXIT_FINDINGS = 1;
/** Could not run: bad arguments, unreadable path, bad config, missing inputs. */
export const EXIT_FAILURE = 2;
/** Stopped with Ctrl-C at a prompt (128 + SIGINT, as shells report it); nothing was written. */
export const EXIT_INTERRUPTED = 130;

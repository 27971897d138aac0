import type { JobTicket, OpenedProject } from '../../../shared/ipc/types';
import { getApi } from './api';

/**
 * The check of a project the user just chose, started at once: the project screen is a chunk of its own
 * and the wizard takes a moment to mount, and the check (the slow part of opening) need not wait for them.
 * The project screen takes the ticket on its first check; main keeps a finished job's outcome for it.
 */
const started = new Map<string, { ticket: Promise<JobTicket<OpenedProject>>; at: number }>();

/** A ticket older than this is not taken: the project screen mounts well within it, and files may have changed since. */
const FRESH_MS = 5_000;

export function startOpening(path: string): void {
  const ticket = getApi().openProject(path, {});
  // Whoever takes the ticket sees a refusal; until then it must not surface as an unhandled rejection.
  ticket.catch(() => undefined);
  started.set(path, { ticket, at: Date.now() });
}

/** The check started for `path` when it was chosen, once; later checks start their own. */
export function takeStartedOpening(path: string): Promise<JobTicket<OpenedProject>> | undefined {
  const entry = started.get(path);
  started.delete(path);
  return entry && Date.now() - entry.at < FRESH_MS ? entry.ticket : undefined;
}

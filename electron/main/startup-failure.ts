import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface StartupFailureDeps {
  /** Where main.log goes; null when even that path cannot be had. */
  logFolder(): string | null;
  showErrorBox(title: string, content: string): void;
  quit(): void;
}

export const STARTUP_FAILURE_TITLE = 'Widget Publisher could not start';

/**
 * Any error while the app starts ends in a native error box, a line in main.log and a quit, never a
 * process that runs on without a window. Nothing here may throw: it is the last handler.
 */
export function reportStartupFailure(error: unknown, deps: StartupFailureDeps): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  const summary = error instanceof Error ? error.message : String(error);
  let logPath: string | null = null;
  try {
    const folder = deps.logFolder();
    if (folder) {
      mkdirSync(folder, { recursive: true });
      logPath = join(folder, 'main.log');
      appendFileSync(logPath, `${new Date().toISOString()} startup failed: ${detail}\n`);
    }
  } catch {
    logPath = null;
  }
  console.error(`${STARTUP_FAILURE_TITLE}: ${detail}`);
  try {
    deps.showErrorBox(STARTUP_FAILURE_TITLE, `${summary}${logPath ? `\n\nDetails were written to ${logPath}.` : ''}`);
  } finally {
    deps.quit();
  }
}

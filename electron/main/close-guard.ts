import type { BrowserWindow } from 'electron';

/** How long a page that does not answer may hold the window open. */
export const CLOSE_FLUSH_TIMEOUT_MS = 3000;

export interface CloseGuardOptions {
  /** Ask the page to save what it holds; false when there is no page to ask (crashed, gone). */
  ask(requestId: string): boolean;
  /** Runs once when closing starts (remember the bounds while the window still has them). */
  onClosing(): void;
  /** Runs after the page answered (or timed out) and the window was told to close. */
  onClosed?(): void;
  timeoutMs?: number;
}

export interface CloseGuard {
  /** The page's answer to a close request. Unknown or stale ids are ignored. */
  acknowledge(requestId: string): void;
}

let nextRequest = 1;

/**
 * Closing the window waits for the page: Electron does not promise that IPC sent during `pagehide`
 * arrives, so the close is held, the page flushes its draft and answers, then the window closes.
 * A page that never answers holds it for `timeoutMs` at most.
 */
export function guardClose(window: Pick<BrowserWindow, 'on' | 'close' | 'isDestroyed'>, options: CloseGuardOptions): CloseGuard {
  const waiting = new Map<string, () => void>();
  let closing = false;
  let released = false;

  window.on('close', (event) => {
    if (released) return;
    event.preventDefault();
    if (closing) return;
    closing = true;
    options.onClosing();
    const requestId = `close-${nextRequest++}`;
    const answered = new Promise<void>((resolve) => {
      waiting.set(requestId, resolve);
      if (!options.ask(requestId)) resolve();
      setTimeout(resolve, options.timeoutMs ?? CLOSE_FLUSH_TIMEOUT_MS).unref?.();
    });
    void answered.then(() => {
      waiting.delete(requestId);
      released = true;
      if (!window.isDestroyed()) window.close();
      options.onClosed?.();
    });
  });

  return {
    acknowledge(requestId) {
      waiting.get(requestId)?.();
    },
  };
}

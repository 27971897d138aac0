import type { LiveCheckRunner } from './live-check-job';
import type { LiveCheckMessage, LiveCheckReply } from './live-check-messages';

export interface LiveChecker {
  post(message: LiveCheckMessage): void;
  close(): void;
}

/**
 * The live check in a Web Worker when the page can start one. Should the worker fail to start or
 * to load, the same runner takes over on the page with the last widget and draft, so the wizard
 * keeps checking, only on the page's thread. The runner brings the whole rule catalogue (JS and
 * CSS parsers included), so the page imports it only then: startup never parses it.
 */
export function startLiveChecker(onReply: (reply: LiveCheckReply) => void): LiveChecker {
  let lastBase: LiveCheckMessage | null = null;
  let lastCheck: LiveCheckMessage | null = null;
  let worker: Worker | null = null;
  let pageRunner: LiveCheckRunner | null = null;
  let onPage = false;
  let closed = false;

  const runOnPage = (message: LiveCheckMessage) => {
    if (!pageRunner || closed) return;
    if (message.type === 'base') pageRunner.setBase(message.base, message.known ?? null);
    else {
      const reply = pageRunner.check(message.id, message.widget, message.pending);
      if (reply) onReply(reply);
    }
  };

  const fallBack = () => {
    if (onPage || closed) return;
    onPage = true;
    worker?.terminate();
    worker = null;
    import('./live-check-job').then(
      ({ LiveCheckRunner }) => {
        pageRunner = new LiveCheckRunner();
        if (lastBase) runOnPage(lastBase);
        if (lastCheck) runOnPage(lastCheck);
      },
      (error: unknown) => console.error('Widget Publisher: the live check could not load, so the wizard shows no findings until it is reopened.', error),
    );
  };

  try {
    worker = new Worker(new URL('./live-check.worker.ts', import.meta.url), { type: 'module', name: 'live-check' });
    worker.addEventListener('message', (event: MessageEvent<LiveCheckReply>) => onReply(event.data));
    worker.addEventListener('error', fallBack);
  } catch {
    fallBack();
  }

  return {
    post: (message) => {
      if (message.type === 'base') lastBase = message;
      else lastCheck = message;
      if (worker) worker.postMessage(message);
      else runOnPage(message);
    },
    close: () => {
      closed = true;
      worker?.terminate();
      worker = null;
    },
  };
}

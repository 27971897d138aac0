import { useEffect, useRef, useState } from 'react';
import type { WidgetConfig } from '../../../shared/config/widget-config';
import type { LiveCheck } from '../../../shared/draft/live-check';
import type { WidgetDraft } from '../../../shared/draft/widget-draft';
import type { WidgetSnapshot } from '../../../shared/model/snapshot';
import { LiveCheckRunner, withoutImageBytes, withoutPendingBytes, type LiveCheckMessage, type LiveCheckReply } from './live-check-job';
import type { PendingImages } from './wizard-files';

/** Skips the keystrokes inside a word; the check itself runs off the page's thread. */
const LIVE_CHECK_DELAY_MS = 80;

interface Checker {
  post(message: LiveCheckMessage): void;
  close(): void;
}

function recordTiming(ms: number): void {
  try {
    if (performance.getEntriesByName('wp:live-check').length > 400) performance.clearMeasures('wp:live-check');
    performance.measure('wp:live-check', { start: Math.max(0, performance.now() - ms), duration: ms });
  } catch {
    // Without user timing only the figure is lost.
  }
}

function pageChecker(onReply: (reply: LiveCheckReply) => void): Checker {
  const runner = new LiveCheckRunner();
  return {
    post: (message) => {
      if (message.type === 'base') runner.setBase(message.base, message.config);
      else {
        const reply = runner.check(message.id, message.widget, message.pending);
        if (reply) onReply(reply);
      }
    },
    close: () => undefined,
  };
}

/**
 * A worker when the page can start one. Should it fail to load, the same runner takes over on the
 * page with the last widget and draft, so the wizard keeps checking, only on the page's thread.
 */
function startChecker(onReply: (reply: LiveCheckReply) => void): Checker {
  let lastBase: LiveCheckMessage | null = null;
  let lastCheck: LiveCheckMessage | null = null;
  let current: Checker;
  const fallBack = () => {
    current.close();
    current = pageChecker(onReply);
    if (lastBase) current.post(lastBase);
    if (lastCheck) current.post(lastCheck);
  };
  try {
    const worker = new Worker(new URL('./live-check.worker.ts', import.meta.url), { type: 'module', name: 'live-check' });
    worker.addEventListener('message', (event: MessageEvent<LiveCheckReply>) => onReply(event.data));
    worker.addEventListener('error', fallBack);
    current = { post: (message) => worker.postMessage(message), close: () => worker.terminate() };
  } catch {
    current = pageChecker(onReply);
  }
  return {
    post: (message) => {
      if (message.type === 'base') lastBase = message;
      else lastCheck = message;
      current.post(message);
    },
    close: () => current.close(),
  };
}

/**
 * Every finding of the widget as the save would leave it, kept up to date while the user edits:
 * the first check runs at once, later ones shortly after the last change. Late answers to older
 * drafts are dropped.
 */
export function useLiveCheck(base: WidgetSnapshot | null, config: WidgetConfig | undefined, widget: WidgetDraft | null, pending: PendingImages): LiveCheck | null {
  const [live, setLive] = useState<LiveCheck | null>(null);
  const checker = useRef<Checker | null>(null);
  const asked = useRef(0);
  const shown = useRef(0);

  useEffect(() => {
    const started = startChecker((reply) => {
      if (reply.id < shown.current) return;
      shown.current = reply.id;
      recordTiming(reply.ms);
      setLive(reply.result);
    });
    checker.current = started;
    return () => {
      started.close();
      checker.current = null;
    };
  }, []);

  useEffect(() => {
    if (base) checker.current?.post({ type: 'base', base: withoutImageBytes(base), config });
  }, [base, config]);

  const first = live === null;
  useEffect(() => {
    if (!widget || !base) return;
    const timer = setTimeout(
      () => {
        asked.current += 1;
        checker.current?.post({ type: 'check', id: asked.current, widget, pending: withoutPendingBytes(pending) });
      },
      first ? 0 : LIVE_CHECK_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [widget, base, config, pending, first]);

  return live;
}

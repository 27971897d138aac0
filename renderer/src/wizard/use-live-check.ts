import { useEffect, useRef, useState } from 'react';
import type { KnownCodeFindings } from '../../../shared/draft/code-findings';
import type { LiveCheck } from '../../../shared/draft/live-check';
import type { WidgetDraft } from '../../../shared/draft/widget-draft';
import type { WidgetSnapshot } from '../../../shared/model/snapshot';
import { withoutImageBytes, withoutPendingBytes } from './live-check-messages';
import { startLiveChecker, type LiveChecker } from './live-checker';
import type { PendingImages } from './wizard-files';

/** Skips the keystrokes inside a word; the check itself runs off the page's thread. */
const LIVE_CHECK_DELAY_MS = 80;

function recordTiming(ms: number): void {
  try {
    if (performance.getEntriesByName('wp:live-check').length > 400) performance.clearMeasures('wp:live-check');
    performance.measure('wp:live-check', { start: Math.max(0, performance.now() - ms), duration: ms });
  } catch {
    // Without user timing only the figure is lost.
  }
}

/**
 * Every finding of the widget as the save would leave it, kept up to date while the user edits:
 * the first check runs at once, later ones shortly after the last change. Late answers to older
 * drafts are dropped. `known`: the code findings of `base` the opening check made (they come with it).
 */
export function useLiveCheck(base: WidgetSnapshot | null, known: KnownCodeFindings | null, widget: WidgetDraft | null, pending: PendingImages): LiveCheck | null {
  const [live, setLive] = useState<LiveCheck | null>(null);
  const checker = useRef<LiveChecker | null>(null);
  const asked = useRef(0);
  const shown = useRef(0);

  useEffect(() => {
    const started = startLiveChecker((reply) => {
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
    if (base) checker.current?.post({ type: 'base', base: withoutImageBytes(base), known });
    // `known` is made from `base` and changes with it only: a new `known` alone is no new widget.
  }, [base]);

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
  }, [widget, base, pending, first]);

  return live;
}

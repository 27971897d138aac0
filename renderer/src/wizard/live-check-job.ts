/**
 * The live check as a job over plain data, run in a Web Worker (live-check.worker.ts) so a check
 * of a large widget never blocks typing. The page loads it only when the worker cannot run
 * (live-checker.ts): it holds the whole rule catalogue with the JS and CSS parsers.
 */
import type { WidgetConfig } from '../../../shared/config/widget-config';
import { checkCode, liveCheck, type LiveCheck } from '../../../shared/draft/live-check';
import type { WidgetDraft } from '../../../shared/draft/widget-draft';
import type { Finding } from '../../../shared/model/finding';
import type { WidgetSnapshot } from '../../../shared/model/snapshot';
import type { LiveCheckReply } from './live-check-messages';
import { virtualBase, type PendingImages } from './wizard-files';

/** The page needs the draft's manifest and i18n texts (the moderation request) and the list of files, not every byte. */
function forPage(result: LiveCheck): LiveCheck {
  const keep = (path: string) => path === 'manifest.json' || /^i18n\/[^/]+\.json$/.test(path);
  return { ...result, snapshot: { ...result.snapshot, files: result.snapshot.files.map((file) => (keep(file.path) ? file : { ...file, bytes: null })) } };
}

/** Holds the widget as read and its code findings between checks (they change only with the files). */
export class LiveCheckRunner {
  private base: WidgetSnapshot | null = null;
  private config: WidgetConfig | undefined;
  private code: { platform: string; findings: Finding[] } | null = null;

  setBase(base: WidgetSnapshot, config: WidgetConfig | undefined): void {
    this.base = base;
    this.config = config;
    this.code = null;
  }

  check(id: number, widget: WidgetDraft, pending: PendingImages): LiveCheckReply | null {
    if (!this.base) return null;
    const started = performance.now();
    if (this.code?.platform !== widget.platform) this.code = { platform: widget.platform, findings: checkCode(this.base, widget, this.config) };
    const result = liveCheck(widget, virtualBase(this.base, widget, pending, {}), this.code.findings, this.config);
    return { id, result: forPage(result), ms: performance.now() - started };
  }
}

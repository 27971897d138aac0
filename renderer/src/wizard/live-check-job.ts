/**
 * The live check as a job over plain data, run in a Web Worker (live-check.worker.ts) so a check
 * of a large widget never blocks typing. The page loads it only when the worker cannot run
 * (live-checker.ts): it holds the whole rule catalogue with the JS and CSS parsers.
 */
import { withoutIgnoredFiles } from '../../../shared/config/ignore-matcher';
import { codeCheckKey, type KnownCodeFindings } from '../../../shared/draft/code-findings';
import { cssRootInfo, type CssRootInfo } from '../../../shared/code/css-root-info';
import { configForCheck } from '../../../shared/draft/draft-config';
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
  /** Code findings with the settings they were made with (platform, CSS roots, vendor, ignore, severities). */
  private code: { key: string; findings: Finding[]; cssRoot: CssRootInfo } | null = null;
  /** The code findings the check that opened these files made: used instead of checking them again while the settings match. */
  private known: KnownCodeFindings | null = null;

  setBase(base: WidgetSnapshot, known: KnownCodeFindings | null = null): void {
    this.base = base;
    this.code = null;
    this.known = known;
  }

  check(id: number, widget: WidgetDraft, pending: PendingImages): LiveCheckReply | null {
    if (!this.base) return null;
    const started = performance.now();
    // The draft's settings, not the file's: a setting changed in the wizard is checked before it is saved.
    const config = configForCheck(widget);
    const base = withoutIgnoredFiles(this.base, config.ignore);
    const key = codeCheckKey(config);
    if (this.code?.key !== key) {
      const findings = this.known?.key === key ? this.known.findings : checkCode(base, widget, config);
      this.code = { key, findings, cssRoot: cssRootInfo(base, widget.platform, config) };
    }
    const result = liveCheck(widget, virtualBase(base, widget, pending, {}), this.code.findings, config, this.code.cssRoot);
    return { id, result: forPage(result), ms: performance.now() - started };
  }
}

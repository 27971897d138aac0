import { afterEach, describe, expect, it, vi } from 'vitest';
import { setStoreText } from '../../../shared/draft/draft-edits';
import { draftFromWidget } from '../../../shared/draft/draft-from-widget';
import type { WidgetDraft } from '../../../shared/draft/widget-draft';
import { snapshotFromFiles, validI18n, validManifest, VALID_SCRIPT } from '../../helpers/widget-fixture';
import { withoutImageBytes, type LiveCheckMessage, type LiveCheckReply } from '../../../renderer/src/wizard/live-check-messages';
import { startLiveChecker } from '../../../renderer/src/wizard/live-checker';
import { NO_PENDING_IMAGES } from '../../../renderer/src/wizard/wizard-files';

const widget = snapshotFromFiles({
  'manifest.json': validManifest(),
  'i18n/en.json': validI18n('en'),
  'i18n/ru.json': validI18n('ru'),
  'script.js': `${VALID_SCRIPT}\nconsole.trace('left in');\n`,
});
const base: LiveCheckMessage = { type: 'base', base: withoutImageBytes(widget) };
const checkOf = (id: number, draft: WidgetDraft): LiveCheckMessage => ({ type: 'check', id, widget: draft, pending: NO_PENDING_IMAGES });
const longName = (id: number) => checkOf(id, setStoreText(draftFromWidget(widget, 'amocrm'), 'name', 'en', 'A name far longer than thirty characters via Acme'));

/** The first import of the runner compiles the whole checker under the test runner. */
const LOADING = { timeout: 15_000 };

/** A worker that takes messages and never answers, until the test makes it fail. */
class SilentWorker extends EventTarget {
  static started: SilentWorker[] = [];
  readonly posted: LiveCheckMessage[] = [];
  terminated = false;

  constructor(readonly url: URL) {
    super();
    SilentWorker.started.push(this);
  }

  postMessage(message: LiveCheckMessage): void {
    this.posted.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }
}

function collectReplies() {
  const replies: LiveCheckReply[] = [];
  return { replies, onReply: (reply: LiveCheckReply) => replies.push(reply) };
}

afterEach(() => {
  vi.unstubAllGlobals();
  SilentWorker.started = [];
});

describe('the live checker (a worker, or the page when none can run)', () => {
  it('checks on the page, with the runner loaded then, when the Worker constructor throws', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('Workers are disabled', 'SecurityError');
        }
      },
    );
    const { replies, onReply } = collectReplies();
    const checker = startLiveChecker(onReply);
    checker.post(base);
    checker.post(longName(1));
    await vi.waitFor(() => expect(replies).toHaveLength(1), LOADING);

    const [reply] = replies;
    expect(reply.id).toBe(1);
    const rules = reply.result.findings.map((finding) => finding.ruleId);
    expect(rules).toContain('text/name-length');
    expect(rules).toContain('code/console-trace');
    expect(reply.result.ruleHelp['text/name-length']?.summary).toMatch(/30/);
    expect(reply.result.ruleHelp['text/name-length']?.summaryRu).toMatch(/30 символов/);

    // Once loaded, later drafts are answered at once, on the page's thread.
    checker.post(checkOf(2, draftFromWidget(widget, 'amocrm')));
    expect(replies).toHaveLength(2);
    expect(replies[1].result.findings.map((finding) => finding.ruleId)).not.toContain('text/name-length');
    checker.close();
  });

  it('takes over on the page with the last widget and draft when the worker fails to load', async () => {
    vi.stubGlobal('Worker', SilentWorker);
    const { replies, onReply } = collectReplies();
    const checker = startLiveChecker(onReply);
    const [worker] = SilentWorker.started;
    expect(worker.url.pathname).toMatch(/live-check\.worker\.ts$/);

    checker.post(base);
    checker.post(longName(1));
    checker.post(longName(2));
    expect(worker.posted.map((message) => message.type)).toEqual(['base', 'check', 'check']);
    expect(replies).toEqual([]);

    worker.dispatchEvent(new Event('error'));
    expect(worker.terminated).toBe(true);
    await vi.waitFor(() => expect(replies).toHaveLength(1), LOADING);
    expect(replies[0].id).toBe(2);
    expect(replies[0].result.findings.map((finding) => finding.ruleId)).toEqual(expect.arrayContaining(['text/name-length', 'code/console-trace']));

    checker.post(longName(3));
    expect(replies.map((reply) => reply.id)).toEqual([2, 3]);
    expect(worker.posted).toHaveLength(3);
    checker.close();
  });

  it('leaves the check to a working worker', async () => {
    vi.stubGlobal('Worker', SilentWorker);
    const { replies, onReply } = collectReplies();
    const checker = startLiveChecker(onReply);
    checker.post(base);
    checker.post(longName(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(SilentWorker.started[0].posted).toHaveLength(2);
    expect(replies).toEqual([]);
    checker.close();
    expect(SilentWorker.started[0].terminated).toBe(true);
  });

  it('answers nothing once closed, even when the runner arrives later', async () => {
    vi.stubGlobal('Worker', SilentWorker);
    const { replies, onReply } = collectReplies();
    const checker = startLiveChecker(onReply);
    checker.post(base);
    checker.post(longName(1));
    SilentWorker.started[0].dispatchEvent(new Event('error'));
    checker.close();
    checker.post(longName(2));
    await import('../../../renderer/src/wizard/live-check-job');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(replies).toEqual([]);
  });
});

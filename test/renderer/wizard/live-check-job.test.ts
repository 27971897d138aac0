import { describe, expect, it } from 'vitest';
import { setStoreText } from '../../../shared/draft/draft-edits';
import { draftFromWidget } from '../../../shared/draft/draft-from-widget';
import { snapshotFromFiles, validI18n, validManifest, VALID_SCRIPT } from '../../helpers/widget-fixture';
import { LiveCheckRunner } from '../../../renderer/src/wizard/live-check-job';
import { withoutImageBytes } from '../../../renderer/src/wizard/live-check-messages';
import { NO_PENDING_IMAGES } from '../../../renderer/src/wizard/wizard-files';

const widget = snapshotFromFiles({
  'manifest.json': validManifest(),
  'i18n/en.json': validI18n('en'),
  'i18n/ru.json': validI18n('ru'),
  'script.js': `${VALID_SCRIPT}\nconsole.trace('left in');\n`,
  'images/logo_main.png': new Uint8Array([137, 80, 78, 71]),
});

describe('the live check job (run in the worker, or on the page without one)', () => {
  it('waits for the widget before it checks anything', () => {
    expect(new LiveCheckRunner().check(1, draftFromWidget(widget, 'amocrm'), NO_PENDING_IMAGES)).toBeNull();
  });

  it('finds the draft’s problems next to the code findings of the files, and answers with the draft’s id', () => {
    const runner = new LiveCheckRunner();
    runner.setBase(withoutImageBytes(widget));
    const draft = setStoreText(draftFromWidget(widget, 'amocrm'), 'name', 'en', 'A name far longer than thirty characters via Acme');
    const reply = runner.check(7, draft, NO_PENDING_IMAGES)!;
    expect(reply.id).toBe(7);
    const rules = reply.result.findings.map((finding) => finding.ruleId);
    expect(rules).toContain('text/name-length');
    expect(rules).toContain('code/console-trace');
    expect(reply.result.byStep.texts.map((finding) => finding.ruleId)).toContain('text/name-length');
    const fixed = runner.check(8, draftFromWidget(widget, 'amocrm'), NO_PENDING_IMAGES)!;
    expect(fixed.result.findings.map((finding) => finding.ruleId)).not.toContain('text/name-length');
  });

  it('answers with both languages of every finding, and they survive the copy to the page', () => {
    const runner = new LiveCheckRunner();
    runner.setBase(withoutImageBytes(widget));
    const draft = setStoreText(draftFromWidget(widget, 'amocrm'), 'name', 'en', 'A name far longer than thirty characters via Acme');
    // postMessage copies the reply with the structured clone algorithm.
    const copied = structuredClone(runner.check(3, draft, NO_PENDING_IMAGES)!);
    const byRule = (id: string) => copied.result.findings.find((finding) => finding.ruleId === id)!;
    expect(byRule('text/name-length').messageRu).toContain('49 символов, а amoCRM допускает не больше 30');
    expect(byRule('text/name-length').help?.ru).toContain('Сократите на 19 символов');
    expect(byRule('code/console-trace').messageRu).toBe('console.trace вне блока catch и обработчика отклонения промиса');
    expect(byRule('code/console-trace').help?.ru).toContain('чек-лист его запрещает');
    expect(copied.result.byStep.texts.find((finding) => finding.ruleId === 'text/name-length')?.help?.ru).toContain('Сократите на 19 символов');
  });

  it('sends the page only the texts it reads, never image bytes', () => {
    const runner = new LiveCheckRunner();
    const stripped = withoutImageBytes(widget);
    expect(stripped.files.find((file) => file.path === 'images/logo_main.png')?.bytes).toBeNull();
    runner.setBase(stripped);
    const { snapshot } = runner.check(1, draftFromWidget(widget, 'amocrm'), NO_PENDING_IMAGES)!.result;
    expect(snapshot.files.find((file) => file.path === 'i18n/en.json')?.bytes).toBeInstanceOf(Uint8Array);
    expect(snapshot.files.find((file) => file.path === 'script.js')?.bytes).toBeNull();
  });
});

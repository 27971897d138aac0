import { describe, expect, it } from 'vitest';
import { checkWidget } from '../../../shared/check/check-widget';
import { parseWidgetConfig } from '../../../shared/config/widget-config';
import { codeFindingsOf, knownCodeFindings } from '../../../shared/draft/code-findings';
import { editConfig } from '../../../shared/draft/draft-config';
import { draftFromWidget } from '../../../shared/draft/draft-from-widget';
import type { Finding } from '../../../shared/model/finding';
import { LiveCheckRunner } from '../../../renderer/src/wizard/live-check-job';
import { withoutImageBytes } from '../../../renderer/src/wizard/live-check-messages';
import { NO_PENDING_IMAGES } from '../../../renderer/src/wizard/wizard-files';
import { validSnapshot, VALID_SCRIPT } from '../../helpers/widget-fixture';

const CONFIG_TEXT = JSON.stringify({
  ignore: ['docs/'],
  css: { rootSelectors: ['.acme-deals'] },
  rules: { 'code/debug-leftover': 'error' },
  moderation: { widgetCode: 'acme_deals' },
});

/** A widget with code findings (a console.log, an unprefixed selector), settings in widget-publisher.json, and an ignored folder. */
const widget = validSnapshot('amocrm', {
  'script.js': `${VALID_SCRIPT}\nconsole.log('left in');\nconsole.trace('here');\n`,
  'css/extra.css': '.button { color: red; }\n',
  'docs/notes.js': "console.log('not shipped');\n",
  'widget-publisher.json': CONFIG_TEXT,
});
const base = { ...widget, configText: CONFIG_TEXT };

/** What the check that opens the widget reports: every rule, with the file's settings (electron/services/check-operations.ts). */
const opened = checkWidget(base, { config: parseWidgetConfig(CONFIG_TEXT) });

const MARKER = 'made by the opening check';

/**
 * A runner given the opening check's code findings as one marker finding only that check could have
 * made: while the runner reuses them the marker is shown; were the files checked again, it would be gone.
 */
function markedRunner() {
  const draft = draftFromWidget(base, opened.platform);
  const known = knownCodeFindings(base, draft, opened)!;
  const runner = new LiveCheckRunner();
  runner.setBase(withoutImageBytes(base), { ...known, findings: [{ ...codeFindingsOf(opened.findings)[0], message: MARKER }] });
  return { draft, known, runner };
}

const codeOf = (findings: readonly Finding[]) => codeFindingsOf(findings).map((finding) => `${finding.ruleId} ${finding.severity} ${finding.file}:${finding.line}`);

describe('the live check reuses the code findings of the check that opened the widget', () => {
  it('gives the same code findings as checking the files again, settings included', () => {
    const fresh = new LiveCheckRunner();
    fresh.setBase(withoutImageBytes(base));
    const draft = draftFromWidget(base, opened.platform);
    const checkedAgain = fresh.check(1, draft, NO_PENDING_IMAGES)!.result.findings;
    expect(codeOf(checkedAgain)).toEqual(codeOf(opened.findings));
    expect(codeOf(checkedAgain)).toContain('code/debug-leftover error script.js:41');
    expect(codeOf(checkedAgain).some((line) => line.includes('docs/notes.js'))).toBe(false);
  });

  it('shows the opening check’s code findings without checking the files again while the settings are the file’s', () => {
    const { draft, runner } = markedRunner();
    const shown = runner.check(1, draft, NO_PENDING_IMAGES)!.result.findings;
    expect(shown.filter((finding) => finding.message === MARKER)).toHaveLength(1);
    expect(codeFindingsOf(shown)).toHaveLength(1);
  });

  it('checks the files again once the draft’s settings differ from those the widget was opened with', () => {
    const { draft, known, runner } = markedRunner();
    const lowered = editConfig(draft, (config) => ({ ...config, rules: { ...config.rules, 'code/debug-leftover': 'info' } }));
    const shown = runner.check(2, lowered, NO_PENDING_IMAGES)!.result.findings;
    expect(shown.some((finding) => finding.message === MARKER)).toBe(false);
    expect(codeOf(shown).some((line) => line.startsWith('code/debug-leftover info script.js'))).toBe(true);
    // Opened for the other marketplace, the code findings were made with other settings.
    expect(knownCodeFindings(base, draft, { ...opened, platform: opened.platform === 'kommo' ? 'amocrm' : 'kommo' })!.key).not.toBe(known.key);
  });

  it('offers nothing to reuse when widget-publisher.json cannot be read', () => {
    const broken = { ...base, configText: '{ "rules": ' };
    expect(knownCodeFindings(broken, draftFromWidget(base, 'amocrm'), opened)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { draftFromWidget } from '../../../shared/draft/draft-from-widget';
import { configForCheck } from '../../../shared/draft/draft-config';
import { withoutIgnoredFiles } from '../../../shared/config/ignore-matcher';
import { deleteOnSave, keepFile, keepInZip, leaveOutOfZip, unusedFilePaths, UNUSED_FILE_RULE_ID } from '../../../renderer/src/wizard/review/UnusedFiles';
import { savePlan } from '../../../renderer/src/wizard/wizard-files';
import { snapshotFromFiles, validI18n, validManifest, VALID_SCRIPT } from '../../helpers/widget-fixture';

const widget = snapshotFromFiles({
  'manifest.json': validManifest(),
  'i18n/en.json': validI18n('en'),
  'i18n/ru.json': validI18n('ru'),
  'script.js': VALID_SCRIPT,
  'README.md': '# Deals',
  'screenshots/card.png': 'png',
});

/** Findings of the shape the unused-file rule reports: the unused path as `file`. */
const findings = [
  { ruleId: UNUSED_FILE_RULE_ID, file: 'README.md' },
  { ruleId: UNUSED_FILE_RULE_ID, file: 'screenshots/' },
  { ruleId: UNUSED_FILE_RULE_ID, file: 'README.md' },
  { ruleId: 'code/debug-leftover', file: 'script.js' },
];

describe('files nothing refers to, in Review', () => {
  it('lists each path the unused-file rule reported, once', () => {
    expect(unusedFilePaths(findings)).toEqual(['README.md', 'screenshots/']);
  });

  it('leaves a file out of the zip through the ignore list, and undoes it', () => {
    const draft = leaveOutOfZip(draftFromWidget(widget, 'amocrm'), 'README.md');
    expect(draft.config?.ignore).toEqual(['README.md']);
    const checked = withoutIgnoredFiles(widget, configForCheck(draft).ignore).files.map((file) => file.path);
    expect(checked).not.toContain('README.md');
    expect(checked).toContain('screenshots/card.png');
    expect(keepInZip(draft, 'README.md').config?.ignore).toEqual([]);
    expect(JSON.parse(savePlan(draft, widget, { branding: null, slides: {} }).files.find((file) => file.path === 'widget-publisher.json')?.text ?? '{}')).toMatchObject({ ignore: ['README.md'] });
  });

  it('deletes a folder with the next Save, and undoes it', () => {
    const draft = deleteOnSave(draftFromWidget(widget, 'amocrm'), 'screenshots/');
    expect(savePlan(draft, widget, { branding: null, slides: {} }).deletes).toEqual(['screenshots/']);
    expect(savePlan(keepFile(draft, 'screenshots/'), widget, { branding: null, slides: {} }).deletes).toEqual([]);
  });
});

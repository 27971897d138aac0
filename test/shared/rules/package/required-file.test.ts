import { describe, expect, it } from 'vitest';
import { requiredFileRule } from '../../../../shared/rules/package/required-file';
import { snapshotFromFiles, validSnapshot, validWidgetFiles } from '../../../helpers/widget-fixture';
import { findingsOf } from './package-fixture';
import { said } from '../../../helpers/finding-text';

function filesWithout(...paths: string[]) {
  const files = validWidgetFiles();
  for (const path of paths) delete files[path];
  return files;
}

describe('package/required-file', () => {
  it('passes a widget with script.js and i18n files (amoCRM and Kommo)', () => {
    expect(findingsOf(requiredFileRule, validSnapshot('amocrm'))).toEqual([]);
    expect(findingsOf(requiredFileRule, validSnapshot('kommo'))).toEqual([]);
  });

  it('passes with a single locale file', () => {
    const files = filesWithout('i18n/en.json');
    expect(findingsOf(requiredFileRule, snapshotFromFiles(files))).toEqual([]);
  });

  it('reports a missing script.js', () => {
    const findings = findingsOf(requiredFileRule, snapshotFromFiles(filesWithout('script.js')));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'package/required-file', severity: 'error', file: 'script.js' });
  });

  it('stays quiet when the whole widget sits in a subfolder next to other files (manifest-missing names it)', () => {
    // A repository checked at its top: README beside widget/ that holds the real widget.
    const files: Record<string, string | object> = { 'README.md': '# My widget\n' };
    for (const [path, content] of Object.entries(validWidgetFiles())) files[`widget/${path}`] = content;
    expect(findingsOf(requiredFileRule, snapshotFromFiles(files))).toEqual([]);
  });

  it('names script.js written in another case or kept in a subfolder', () => {
    const upper = filesWithout('script.js');
    upper['Script.js'] = 'define([], function () {});';
    expect(said(findingsOf(requiredFileRule, snapshotFromFiles(upper))[0])).toContain('"Script.js"');

    const deeper = filesWithout('script.js');
    deeper['src/script.js'] = 'define([], function () {});';
    expect(said(findingsOf(requiredFileRule, snapshotFromFiles(deeper))[0])).toContain('src/script.js');
  });

  it('reports a widget without any i18n/<locale>.json, naming the files to add', () => {
    const findings = findingsOf(requiredFileRule, snapshotFromFiles(filesWithout('i18n/ru.json', 'i18n/en.json')));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'i18n', severity: 'error' });
    expect(findings[0].message).toContain('i18n/ru.json, i18n/en.json');
  });

  it('does not count locale files outside i18n/ at the root', () => {
    const files = filesWithout('i18n/ru.json', 'i18n/en.json');
    files['I18N/en.json'] = '{}';
    files['lang/en.json'] = '{}';
    const findings = findingsOf(requiredFileRule, snapshotFromFiles(files));
    expect(findings).toHaveLength(1);
    expect(said(findings[0])).toContain('Found I18N/en.json');
  });
});

import { describe, expect, it } from 'vitest';
import { checkWidget } from '../../../../shared/check/check-widget';
import { i18nFileMissingRule } from '../../../../shared/rules/i18n/file-missing';
import { validI18n, validManifest, validSnapshot, validWidgetFiles, snapshotFromFiles } from '../../../helpers/widget-fixture';
import { said } from '../../../helpers/finding-text';

const run = (snapshot: ReturnType<typeof validSnapshot>, platform: 'amocrm' | 'kommo' = 'amocrm') =>
  checkWidget(snapshot, { platform, rules: [i18nFileMissingRule] }).findings;

function manifestWithLocales(locales: string[], platform: 'amocrm' | 'kommo' = 'amocrm') {
  const manifest = validManifest(platform);
  (manifest.widget as Record<string, unknown>).locale = locales;
  return manifest;
}

describe('i18n/file-missing', () => {
  it('reports a declared locale without its file as an error at the locale in manifest.json', () => {
    const findings = run(validSnapshot('amocrm', { 'manifest.json': manifestWithLocales(['ru', 'en', 'es']) }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'manifest.json', locale: 'es', severity: 'error' });
    expect(findings[0].line).toBeGreaterThan(1);
    expect(findings[0].message).toContain('i18n/es.json is missing');
  });

  it('says to rename a file whose name differs only in case', () => {
    const files = validWidgetFiles('amocrm');
    files['i18n/EN.json'] = files['i18n/en.json'];
    delete files['i18n/en.json'];
    const findings = run(snapshotFromFiles(files));
    expect(findings).toHaveLength(1);
    expect(said(findings[0])).toContain('rename it to i18n/en.json');
  });

  it('warns about a file for a locale the manifest does not declare', () => {
    const findings = run(validSnapshot('amocrm', { 'i18n/es.json': validI18n('es'), 'i18n/de.json': validI18n('en') }));
    expect(findings.map((finding) => [finding.file, finding.severity, finding.locale])).toEqual([
      ['i18n/de.json', 'warning', 'de'],
      ['i18n/es.json', 'warning', 'es'],
    ]);
    expect(said(findings[1])).toContain('Add "es" to widget.locale');
    expect(said(findings[0])).toContain('does not offer the locale "de"');
  });

  it('passes when locales and files match, and leaves a manifest without locales to the manifest rules', () => {
    expect(run(validSnapshot('amocrm'))).toEqual([]);
    expect(run(validSnapshot('kommo'), 'kommo')).toEqual([]);
    expect(run(validSnapshot('amocrm', { 'manifest.json': '{ broken' }))).toEqual([]);
    expect(
      run(validSnapshot('amocrm', { 'manifest.json': manifestWithLocales(['ru', 'en', 'es']), 'i18n/es.json': validI18n('es') })),
    ).toEqual([]);
  });
});

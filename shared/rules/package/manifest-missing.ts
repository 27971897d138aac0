import ignore from 'ignore';
import type { FixAction } from '../../model/finding';
import { MANIFEST_PATH } from '../../check/rule-context';
import { defineRule, SOURCES } from '../rule';
import { archiveWasRefused, fileWithOtherCase, filesNamedDeeper } from './find-file';

export const manifestMissingRule = defineRule({
  id: 'package/manifest-missing',
  defaultSeverity: 'error',
  summary: 'manifest.json must sit at the root of the widget.',
  summaryRu: 'manifest.json должен лежать в корне виджета.',
  docs:
    'manifest.json describes the widget (name, locales, locations, settings) and is the one file the platform reads first: ' +
    'without it at the root of widget.zip the upload is refused. The structure page marks it "обязательный файл". ' +
    'Fix: put manifest.json at the top of the widget folder (exactly that name, lower case). When it sits in a subfolder, ' +
    'check and pack that subfolder instead.',
  sources: [
    SOURCES.structure('Table of files: manifest.json (обязательный файл)'),
    SOURCES.kommoManifest('manifest.json: "The only required file when creating the widget"'),
  ],
  check(context, report) {
    if (context.file(MANIFEST_PATH) || archiveWasRefused(context.snapshot)) return;
    if (context.snapshot.source.kind === 'folder' && ignoredByConfig(context.config.ignore ?? [], MANIFEST_PATH)) {
      report({
        message: {
          en: 'manifest.json is left out by the "ignore" setting, so it is neither checked nor packed.',
          ru: 'manifest.json исключён настройкой "ignore", поэтому он не проверяется и не упаковывается.',
        },
        help: {
          en: 'Remove the pattern that matches manifest.json (such as "**" or "*.json") from the ignored files.',
          ru: 'Уберите из списка исключённых файлов шаблон, под который попадает manifest.json (например "**" или "*.json").',
        },
        actions: [{ kind: 'set-config', key: 'ignore' }],
        file: MANIFEST_PATH,
      });
      return;
    }
    const otherCase = fileWithOtherCase(context.snapshot, MANIFEST_PATH);
    const deeper = filesNamedDeeper(context.snapshot, MANIFEST_PATH);
    let hint = {
      en: 'Create manifest.json at the root of the widget, or start from a new widget Widget Publisher writes with a valid one.',
      ru: 'Создайте manifest.json в корне виджета или начните с нового виджета: Widget Publisher создаёт корректный файл.',
    };
    let actions: FixAction[] = [{ kind: 'new-widget' }];
    if (otherCase) {
      actions = [];
      hint = {
        en: `There is "${otherCase}": file names are case-sensitive on the platform, rename it to manifest.json.`,
        ru: `Есть файл "${otherCase}": платформа различает регистр в именах файлов, переименуйте его в manifest.json.`,
      };
    } else if (deeper.length > 0) {
      const folder = deeper[0].slice(0, -`/${MANIFEST_PATH}`.length);
      actions = [];
      hint = {
        en:
          `Found ${deeper[0]}: if that is the widget, check and pack the folder "${folder}" so its files sit at the root of the zip ` +
          '(the checks of script.js, i18n/ and images/ at the root are skipped until then).',
        ru:
          `Найден ${deeper[0]}: если виджет там, проверяйте и упаковывайте папку "${folder}", чтобы её файлы оказались в корне архива ` +
          '(до тех пор проверки script.js, i18n/ и images/ в корне пропускаются).',
      };
    }
    report({
      message: {
        en: 'manifest.json is missing at the root of the widget: the platform refuses the upload without it',
        ru: 'В корне виджета нет manifest.json: без него платформа не примет архив',
      },
      help: hint,
      ...(actions.length > 0 ? { actions } : {}),
      file: MANIFEST_PATH,
    });
  },
});

function ignoredByConfig(globs: readonly string[], path: string): boolean {
  if (globs.length === 0) return false;
  try {
    return ignore().add([...globs]).ignores(path);
  } catch {
    return false;
  }
}

import { defineRule, SOURCES } from '../rule';

export const nestedRootRule = defineRule({
  id: 'package/nested-root',
  defaultSeverity: 'error',
  summary: 'The widget files must sit at the root of widget.zip, not inside a folder.',
  summaryRu: 'Файлы виджета должны лежать в корне widget.zip, а не внутри папки.',
  docs:
    'The platform looks for manifest.json, script.js, i18n/ and images/ at the top of widget.zip. A zip that holds a ' +
    'single folder (usually `widget/`) with the files inside is the most common upload mistake named on the structure ' +
    'page: "в упакованном архиве в корне лежит папка widget, ... а на самом деле должны уже сразу лежать файлы". ' +
    'Widget Publisher steps into the folder so the other checks still run, but the upload would fail. Fix: zip the ' +
    'files inside the folder (select them, not the folder), or build the zip with `widget-publisher pack <folder>`, ' +
    'which always puts the files at the root.',
  sources: [
    SOURCES.structure('Типовые ошибки: "в корне лежит папка widget"'),
    SOURCES.upload('Упаковать папку widget в zip-архив widget.zip'),
  ],
  check(context, report) {
    const folder = context.snapshot.nestedRoot;
    if (!folder) return;
    const name = folder.replace(/\/+$/, '');
    const { kind, path } = context.snapshot.source;
    if (kind === 'zip') {
      report({
        message: {
          en: `The zip holds the folder "${name}/" instead of the widget files at its root`,
          ru: `В корне архива лежит папка "${name}/", а не сами файлы виджета`,
        },
        help: {
          en:
            'The most common upload mistake (structure page, "Типовые ошибки"): the platform will not find manifest.json. ' +
            `Zip the files inside "${name}/" rather than the folder itself, or unpack it and pack "${name}" with Widget Publisher.`,
          ru:
            'Самая частая ошибка при загрузке (страница структуры виджета, "Типовые ошибки"): платформа не найдёт manifest.json. ' +
            `Упакуйте в zip файлы из "${name}/", а не саму папку, или распакуйте архив и упакуйте "${name}" средствами Widget Publisher.`,
        },
        actions: [{ kind: 'pack-zip' }],
      });
      return;
    }
    report({
      message: {
        en: `The folder ${path} holds only the folder "${name}/" with the widget inside`,
        ru: `В папке ${path} лежит только папка "${name}/" с виджетом внутри`,
      },
      help: {
        en:
          `A zip of it would have "${name}/" at its root, the most common upload mistake (structure page, "Типовые ошибки"). ` +
          `Check and pack the inner folder ${joinPath(path, name)} instead.`,
        ru:
          `В её архиве в корне оказалась бы "${name}/" — самая частая ошибка при загрузке (страница структуры виджета, ` +
          `"Типовые ошибки"). Проверяйте и упаковывайте вложенную папку ${joinPath(path, name)}.`,
      },
    });
  },
});

function joinPath(base: string, name: string): string {
  return `${base.replace(/[\\/]+$/, '')}/${name}`;
}

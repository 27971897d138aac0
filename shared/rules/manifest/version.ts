import { isRecord } from '../../widget/manifest-model';
import { defineRule, SOURCES } from '../rule';
import { at, describeValue, manifestView } from './manifest-helpers';
import { isMisplaced } from './misplaced-keys';

/**
 * Three dot-separated numbers. A leading zero ("1.0.00", "2.01.3") is still three ordered numbers, which is
 * all the platform and moderators need; strict semver's no-leading-zero rule is not a platform fact.
 */
const MAJOR_MINOR_PATCH = /^\d+\.\d+\.\d+$/;

export const versionRule = defineRule({
  id: 'manifest/version',
  defaultSeverity: 'warning',
  summary: 'widget.version should be MAJOR.MINOR.PATCH, e.g. 1.0.0.',
  summaryRu: 'widget.version лучше записывать в виде MAJOR.MINOR.PATCH, например 1.0.0.',
  docs:
    'widget.version is informative, but the structure page recommends raising it with every upload of the archive so ' +
    'the platform serves the current files, and moderators compare it between review rounds. A MAJOR.MINOR.PATCH ' +
    'version (1.0.0, 1.2.10) makes each upload distinct and ordered. Fix: set "version": "1.0.0" and raise it before ' +
    'each upload (`widget-publisher message --update` quotes it).',
  sources: [
    SOURCES.structure('widget/version: "Рекомендуется увеличивать версию при каждой загрузки архива"'),
    SOURCES.kommoManifest('widget/version'),
  ],
  check(context, report) {
    const view = manifestView(context);
    if (!view || !isRecord(view.root.widget)) return;
    const value = view.root.widget.version;
    if (value === undefined && isMisplaced(view, 'version')) return;
    if (value === undefined) {
      report({
        message: { en: 'widget.version is missing', ru: 'Нет widget.version' },
        help: {
          en: 'Add "version": "1.0.0" and raise it with every upload so the platform serves the new files.',
          ru: 'Добавьте "version": "1.0.0" и повышайте версию при каждой загрузке, чтобы платформа отдавала новые файлы.',
        },
        actions: [{ kind: 'edit-in-step', step: 'basics', field: 'version' }],
        ...at(view.document, ['widget']),
      });
      return;
    }
    if (typeof value === 'string' && MAJOR_MINOR_PATCH.test(value)) return;
    const suggestion = suggestVersion(value);
    const found = describeValue(value);
    report({
      message: { en: `widget.version is ${found.en}`, ru: `widget.version: ${found.ru}` },
      help: {
        en: `Use MAJOR.MINOR.PATCH in quotes, e.g. "${suggestion}", and raise it with every upload.`,
        ru: `Используйте MAJOR.MINOR.PATCH в кавычках, например "${suggestion}", и повышайте версию при каждой загрузке.`,
      },
      actions: [{ kind: 'edit-in-step', step: 'basics', field: 'version' }],
      ...at(view.document, ['widget', 'version']),
    });
  },
});

/** "1.9" -> "1.9.0", 2 -> "2.0.0", "v1.2.3" -> "1.2.3"; anything else -> "1.0.0". */
function suggestVersion(value: unknown): string {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim().replace(/^v/i, '') : '';
  const parts = text.split('.');
  if (parts.length >= 1 && parts.length <= 3 && parts.every((part) => /^\d+$/.test(part))) {
    const numbers = parts.map((part) => String(Number(part)));
    while (numbers.length < 3) numbers.push('0');
    return numbers.join('.');
  }
  return '1.0.0';
}

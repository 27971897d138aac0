import { isRecord } from '../../widget/manifest-model';
import { defineRule, SOURCES } from '../rule';
import { atKey, manifestView } from './manifest-helpers';

const LEGACY_KEYS = ['code', 'secret_key'] as const;

export const legacyKeysRule = defineRule({
  id: 'manifest/legacy-keys',
  defaultSeverity: 'info',
  summary: 'widget.code and widget.secret_key are no longer needed for new widgets.',
  summaryRu: 'widget.code и widget.secret_key новым виджетам больше не нужны.',
  docs:
    'Widgets used to carry their own code and secret_key in manifest.json. Since uploads moved to amoMarket the code ' +
    'is generated on upload, and the upload page says both keys are no longer required for new widgets. They are ' +
    'still required when you update a widget that was uploaded the old way, until it has been converted. Fix: for a ' +
    'new widget remove both keys; for an update of an old widget keep them until the conversion. Never publish a ' +
    'secret_key that was compromised: the structure page asks for a new code and key after a wrong first upload.',
  sources: [
    SOURCES.upload('"для новых виджетов поля code и secret_key в manifest больше не требуются ... Для обновления уже загруженных интеграций поля code и secret_key требуются, пока не будет произведена конвертация"'),
    SOURCES.structure('Типовые ошибки: код и ключ'),
  ],
  check(context, report) {
    const view = manifestView(context);
    if (!view || !isRecord(view.root.widget)) return;
    for (const key of LEGACY_KEYS) {
      if (view.root.widget[key] === undefined) continue;
      report({
        message: { en: `widget.${key} is no longer needed for new widgets`, ru: `widget.${key} больше не нужен для новых виджетов` },
        help: {
          en: 'The code is generated when the widget is uploaded to the marketplace. Remove it for a new widget; keep it only while you update a widget uploaded the old way, until that widget is converted.',
          ru: 'Код генерируется при загрузке виджета в маркетплейс. Для нового виджета удалите его; оставляйте только при обновлении виджета, загруженного по-старому, пока он не будет сконвертирован.',
        },
        ...atKey(view.document, ['widget', key]),
      });
    }
  },
});

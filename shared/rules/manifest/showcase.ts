import { isRecord } from '../../widget/manifest-model';
import { defineRule, SOURCES } from '../rule';
import { at, manifestView } from './manifest-helpers';

export const showcaseRule = defineRule({
  id: 'manifest/showcase',
  defaultSeverity: 'error',
  summary: 'widget.is_showcase true needs widget.installation false.',
  summaryRu: 'Если widget.is_showcase равен true, widget.installation должен быть false.',
  docs:
    'is_showcase: true turns the "Install" button into "View" for an informational widget that is not installed ' +
    'directly; the structure page says installation must then be false ("installation при этом должен быть false"). ' +
    'Fix: set "installation": false (and drop the settings block if it is only there for installation), or remove ' +
    'is_showcase if the widget is really installed.',
  sources: [SOURCES.structure('widget/is_showcase: "installation при этом должен быть false"')],
  check(context, report) {
    const view = manifestView(context);
    if (!view || !isRecord(view.root.widget)) return;
    const widget = view.root.widget;
    if (widget.is_showcase !== true || widget.installation !== true) return;
    report({
      message: { en: 'widget.is_showcase is true, so widget.installation must be false, but it is true', ru: 'widget.is_showcase равно true, поэтому widget.installation должно быть false, а оно true' },
      help: {
        en: 'A showcase widget has a "View" button instead of "Install". Set "installation": false, or remove is_showcase if users install the widget.',
        ru: 'У витринного виджета кнопка «Посмотреть» вместо «Установить». Укажите "installation": false или удалите is_showcase, если пользователи устанавливают виджет.',
      },
      ...at(view.document, ['widget', 'installation']),
    });
  },
});

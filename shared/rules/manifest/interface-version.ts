import { isRecord } from '../../widget/manifest-model';
import { defineRule, SOURCES } from '../rule';
import { at, manifestView } from './manifest-helpers';
import { isMisplaced } from './misplaced-keys';

const EXPECTED = 2;

export const interfaceVersionRule = defineRule({
  id: 'manifest/interface-version',
  defaultSeverity: 'warning',
  summary: 'widget.interface_version must be 2.',
  summaryRu: 'widget.interface_version должен быть равен 2.',
  docs:
    'interface_version says which system interface the widget is built for. Interface 1 is the old amoCRM interface ' +
    'without AJAX, closed to new registrations; both amoCRM ("По умолчанию необходимо оставлять 2") and Kommo ("You ' +
    'must use 2") ask for 2. Fix: set "interface_version": 2 in the widget block. A value of the wrong type (e.g. "2" ' +
    'in quotes) is reported by manifest/schema.',
  sources: [
    SOURCES.structure('widget/interface_version'),
    SOURCES.kommoManifest('widget/interface_version: "You must use 2"'),
  ],
  check(context, report) {
    const view = manifestView(context);
    if (!view || !isRecord(view.root.widget)) return;
    const value = view.root.widget.interface_version;
    if (value === undefined && isMisplaced(view, 'interface_version')) return;
    if (value === undefined) {
      report({
        message: { en: 'widget.interface_version is missing', ru: 'Нет widget.interface_version' },
        help: {
          en: `Set "interface_version": ${EXPECTED} (the current interface) in the widget block.`,
          ru: `Добавьте "interface_version": ${EXPECTED} (текущий интерфейс) в блок widget.`,
        },
        ...at(view.document, ['widget']),
      });
    } else if (typeof value === 'number' && Number.isInteger(value) && value !== EXPECTED) {
      report({
        message: {
          en: `widget.interface_version is ${value}; it must be ${EXPECTED}`,
          ru: `widget.interface_version равен ${value}, а должен быть ${EXPECTED}`,
        },
        help: {
          en: `Interface 1 is the old interface without AJAX, closed to new widgets. Set "interface_version": ${EXPECTED}.`,
          ru: `Интерфейс 1 — старый интерфейс без AJAX, закрытый для новых виджетов. Укажите "interface_version": ${EXPECTED}.`,
        },
        ...at(view.document, ['widget', 'interface_version']),
      });
    }
  },
});

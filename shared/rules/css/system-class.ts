import type selectorParser from 'postcss-selector-parser';
import { stylesheetSelectors } from '../../code/stylesheet-selectors';
import { isScoped, widgetRoot } from '../../code/widget-root';
import { defineRule, SOURCES } from '../rule';

const BEM_SEPARATORS = ['__', '--', '_'];

/** Classes a selector styles; those inside :not() are excluded (they are only tested, not styled). */
function styledClasses(selector: selectorParser.Selector): selectorParser.ClassName[] {
  const classes: selectorParser.ClassName[] = [];
  selector.walkClasses((node) => {
    for (let parent = node.parent; parent; parent = parent.parent) {
      if (parent.type === 'pseudo' && parent.value.toLowerCase() === ':not') return;
    }
    classes.push(node);
  });
  return classes;
}

function systemBlock(name: string, systemClasses: readonly string[]): string | null {
  return systemClasses.find((system) => name === system || BEM_SEPARATORS.some((separator) => name.startsWith(system + separator))) ?? null;
}

export const systemClassRule = defineRule({
  id: 'css/system-class',
  defaultSeverity: 'error',
  summary: 'The widget does not style the platform\'s own classes, and has no switcher styles.',
  summaryRu: 'Виджет не меняет оформление собственных классов платформы и не содержит стилей переключателя.',
  docs:
    'The checklist says "Your widget does not use the classes as our system in css files" and "The integration code is ' +
    'not based on and does not contain any switcher styles (switcher__on, switcher__off)". The rule reports ' +
    '`.switcher__on` and `.switcher__off` in any selector, even under your root, and platform interface classes ' +
    '(`.control-select` (the checklist\'s example), `.button-input`, `.card-holder`, ...; the list is in the platform ' +
    'profile) in a selector that is not scoped to your widget root, where they would restyle the CRM itself. Inside ' +
    'your root (`#amo_widget_code .control-select`) styling a platform control is allowed. Fix: give your elements your ' +
    'own namespaced classes, or put your root first.',
  sources: [
    SOURCES.amocrmChecklist('Development, Styles: "Your widget does not use the classes as our system in css files"'),
    SOURCES.amocrmChecklist('Development: "does not contain any switcher styles (switcher__on, switcher__off)"'),
    SOURCES.kommoChecklist('Development, Styles: "Your widget does not use the classes as our system in css files"'),
  ],
  check(context, report) {
    const { forbiddenClasses, systemClasses } = context.profile.css;
    const root = widgetRoot(context);
    const platform = context.profile.displayName;
    for (const entry of stylesheetSelectors(context).entries) {
      const scoped = isScoped(context, entry);
      const reported = new Set<string>();
      for (const node of styledClasses(entry.selector)) {
        if (reported.has(node.value)) continue;
        const where = { file: entry.path, line: entry.line, column: entry.column };
        if (forbiddenClasses.includes(node.value)) {
          reported.add(node.value);
          report({
            ...where,
            message: { en: `"${entry.text}" styles .${node.value}`, ru: `"${entry.text}" оформляет .${node.value}` },
            help: {
              en: 'The checklist forbids switcher styles (switcher__on, switcher__off) anywhere in a widget. Style your own toggle with your own class names.',
              ru: 'Чек-лист запрещает стили переключателя (switcher__on, switcher__off) где бы то ни было в виджете. Оформляйте свой переключатель собственными классами.',
            },
          });
          continue;
        }
        const block = scoped ? null : systemBlock(node.value, systemClasses);
        if (!block) continue;
        reported.add(node.value);
        report({
          ...where,
          message: {
            en: `"${entry.text}" styles .${node.value}, a class of the ${platform} interface, outside your widget root`,
            ru: `"${entry.text}" оформляет .${node.value}, класс интерфейса ${platform}, вне корня виджета`,
          },
          help: {
            en: `It would restyle the CRM's own ${block} elements. Use your own class name, or scope it: "${root.example} ${entry.text}".`,
            ru: `Это изменит оформление собственных элементов ${block} в CRM. Используйте свой класс или ограничьте селектор: "${root.example} ${entry.text}".`,
          },
        });
      }
    }
  },
});

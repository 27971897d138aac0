import type { CheckReport } from '../../../shared/check/check-widget';
import { manualChecklist } from '../../../shared/check/manual-checklist';
import { compareFindings, summarizeFindings, type Finding } from '../../../shared/model/finding';
import { platformProfile } from '../../../shared/platform/profiles';
import { defineRule, SOURCES, type Rule } from '../../../shared/rules/rule';

export function finding(overrides: Partial<Finding> & Pick<Finding, 'ruleId' | 'message'>): Finding {
  return { severity: 'error', messageRu: `(ru) ${overrides.message}`, file: null, line: null, column: null, locale: null, ...overrides };
}

export function reportOf(findings: Finding[]): CheckReport {
  const sorted = [...findings].sort(compareFindings);
  return {
    platform: 'amocrm',
    platformSource: 'default',
    platformReasons: [{ en: 'nothing in the widget points to a marketplace; amoCRM is the default', ru: 'ничто в виджете не указывает на маркетплейс; по умолчанию amoCRM' }],
    findings: sorted, summary: summarizeFindings(sorted),
    manual: manualChecklist(platformProfile('amocrm')),
  };
}

/** Findings of a widget with several defects, as the checker would report them. */
export const DEFECT_FINDINGS: Finding[] = [
  finding({ ruleId: 'package/junk-file', severity: 'warning', message: '.DS_Store is junk; pack leaves it out.' }),
  finding({
    ruleId: 'text/name-length',
    message: 'The name is 34 characters; the store allows 30. Shorten "widget.name".',
    messageRu: 'Название содержит 34 символа; магазин допускает 30. Сократите "widget.name".',
    file: 'i18n/en.json',
    line: 3,
    column: 13,
    locale: 'en',
  }),
  finding({ ruleId: 'code/eval', severity: 'warning', message: 'eval() runs code from a string.', file: 'script.js', line: 12, column: 5 }),
  finding({ ruleId: 'manifest/legacy-keys', severity: 'info', message: '"code" is no longer needed.', file: 'manifest.json', line: 2, column: 3 }),
  finding({ ruleId: 'image/dimensions', message: 'logo.png is 100x100; it must be 130x100.', file: 'images/logo.png' }),
];

const noop = () => undefined;

export const FAKE_RULES: Rule[] = [
  defineRule({
    id: 'package/junk-file',
    defaultSeverity: 'error',
    summary: 'No junk files in the package.',
    summaryRu: 'В пакете нет лишних файлов.',
    docs: 'Junk files such as .DS_Store are rejected by moderation; pack leaves them out.',
    sources: [SOURCES.structure('Типичные ошибки')],
    check: noop,
  }),
  defineRule({
    id: 'text/name-length',
    defaultSeverity: 'error',
    summary: 'The name is at most 30 characters.',
    summaryRu: 'Название не длиннее 30 символов.',
    docs: 'The marketplace cuts names longer than 30 characters.',
    sources: [SOURCES.amocrmChecklist('Content and appearance')],
    check: noop,
  }),
  defineRule({
    id: 'code/eval',
    defaultSeverity: 'warning',
    summary: 'No eval.',
    summaryRu: 'Без eval.',
    docs: 'eval and new Function run code from strings.',
    sources: [SOURCES.amocrmChecklist('Development')],
    check: noop,
  }),
  defineRule({
    id: 'manifest/legacy-keys',
    defaultSeverity: 'info',
    summary: 'code and secret_key are no longer needed.',
    summaryRu: 'code и secret_key больше не нужны.',
    docs: 'New widgets get their code on upload.',
    sources: [SOURCES.upload('Загрузка')],
    check: noop,
  }),
];

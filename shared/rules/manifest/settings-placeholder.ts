import { MANIFEST_PATH, type RuleContext } from '../../check/rule-context';
import type { LocalizedMessage } from '../../model/finding';
import { leakedValue, type FieldHint, type LeakedValue } from '../../text/leaked-values';
import { isRecord } from '../../widget/manifest-model';
import type { ManifestPath } from '../../widget/manifest-i18n-refs';
import { i18nFilesInOrder, i18nStrings } from '../i18n/i18n-entries';
import { defineRule, SOURCES, type Report } from '../rule';
import { entriesOf, jsonPath, jsonPathRu, lookupI18n, manifestView } from './manifest-helpers';

/** Keys of a settings field that hold an example or a starting value shown in the settings window. */
const EXAMPLE_KEYS = ['placeholder', 'default_value', 'default', 'value'] as const;
const PASSWORD_FIELD = /pass|pwd|secret/i;
const ACCOUNT_FIELD = /account|subdomain|domain|login|user(?:name)?|e-?mail|portal/i;
/** How much of a secret a finding repeats: enough to find it, not enough to reuse it. */
const SHOWN_SECRET_CHARS = 6;

interface SettingsField {
  path: ManifestPath;
  field: Record<string, unknown>;
}

function settingsFields(root: Record<string, unknown>): SettingsField[] {
  const fields: SettingsField[] = [];
  const collect = (settings: unknown, base: ManifestPath): void => {
    for (const [code, field] of entriesOf(settings)) if (isRecord(field)) fields.push({ path: [...base, code], field });
  };
  collect(root.settings, ['settings']);
  if (isRecord(root.dp)) collect(root.dp.settings, ['dp', 'settings']);
  for (const [handlerCode, handler] of entriesOf(root.salesbot_designer)) {
    if (isRecord(handler)) collect(handler.settings, ['salesbot_designer', handlerCode, 'settings']);
  }
  return fields;
}

function hintOf(field: SettingsField): FieldHint {
  const code = String(field.path[field.path.length - 1]);
  const label = `${code} ${typeof field.field.name === 'string' ? field.field.name : ''}`;
  return { password: field.field.type === 'pass' || PASSWORD_FIELD.test(code), account: ACCOUNT_FIELD.test(label) };
}

function shown(leak: LeakedValue): string {
  return leak.kind === 'secret' && leak.found.length > SHOWN_SECRET_CHARS * 2 ? `${leak.found.slice(0, SHOWN_SECRET_CHARS)}…` : leak.found;
}

const HELP: Record<LeakedValue['kind'], LocalizedMessage> = {
  secret: {
    en:
      'Every account that opens the widget\'s settings sees this value, and anyone can read it in widget.zip: revoke the key or ' +
      'change the password, and write a pattern instead ("Enter your API key", "xxxx-xxxx-xxxx").',
    ru:
      'Это значение видит каждый аккаунт, открывший настройки виджета, и любой может прочитать его в widget.zip: отзовите ключ ' +
      'или смените пароль, а вместо него напишите шаблон («Введите API-ключ», «xxxx-xxxx-xxxx»).',
  },
  account: {
    en: 'A test leftover that shows someone\'s real data to every user: write a pattern instead ("your-subdomain", "name@example.com").',
    ru: 'Это тестовые данные, которые увидит каждый пользователь: напишите вместо них шаблон («ваш-поддомен», «name@example.com»).',
  },
};

function reportLeak(report: Report, leak: LeakedValue, where: { en: string; ru: string }, position: { file: string; line: number; column: number; locale?: string }): void {
  const value = shown(leak);
  report({
    ...position,
    severity: leak.kind === 'secret' ? 'error' : 'warning',
    message: {
      en: `${where.en} holds "${value}", ${leak.what.en} (${position.file}:${position.line})`,
      ru: `${where.ru} содержит "${value}": ${leak.what.ru} (${position.file}:${position.line})`,
    },
    help: HELP[leak.kind],
  });
}

/** The i18n texts an example value points at, in each locale that has it. */
function checkI18nTexts(context: RuleContext, key: string, hint: FieldHint, where: { en: string; ru: string }, report: Report): void {
  for (const file of i18nFilesInOrder(context)) {
    const entry = i18nStrings(context, file).find((candidate) => candidate.key === key);
    const leak = entry ? leakedValue(entry.value, hint) : null;
    if (entry && leak) {
      const located = { en: `${where.en} (i18n "${key}")`, ru: `${where.ru} (i18n "${key}")` };
      reportLeak(report, leak, located, { file: file.path, line: entry.line, column: entry.column, locale: file.locale });
    }
  }
}

export const settingsPlaceholderRule = defineRule({
  id: 'manifest/settings-placeholder',
  defaultSeverity: 'error',
  summary: 'Settings placeholders and default values hold patterns, not real keys, passwords, e-mails or accounts.',
  summaryRu: 'Подсказки и значения по умолчанию в настройках — шаблоны, а не настоящие ключи, пароли, e-mail или аккаунты.',
  docs:
    'A settings field (settings, dp.settings, Salesbot handler settings) may show an example or starting value in the ' +
    'settings window: placeholder, default_value, default or value, written in manifest.json or as an i18n key whose texts ' +
    'are read in every locale. Every account that installs the widget sees it, and anyone can read it in the archive. The ' +
    'rule reports a value that looks real: a known key format (sk_live_..., ghp_..., AIza...), a JWT, a UUID, a hex key of ' +
    '32+ characters, a random-looking token of 20+ characters with letters and digits (error: revoke it); a password ' +
    'example in a password field that mixes letters and digits (error); a real-looking e-mail, a CRM account address ' +
    '(shop.amocrm.ru) or, in an account or login field, a login such as "shop_42" (warning: a test leftover). Patterns ' +
    'pass: sentences ("Enter your API key"), masks (xxxx-xxxx, ****), and values with your / example / domain / login ' +
    '(your-subdomain, name@example.com). A secret is shown only by its first characters.',
  sources: [
    SOURCES.amocrmChecklist('Clean files: "You\'ve deleted all test data, debug, alerts, confirms or other development traces"'),
    SOURCES.structure('settings: поля окна настроек виджета, заполняемые пользователем; name — ссылка на элемент в lang файле'),
    SOURCES.facts('Settings field types', 'https://developers.kommo.com/docs/field-types'),
  ],
  check(context, report) {
    const view = manifestView(context);
    if (!view) return;
    const locales = [...new Set(context.locales)];
    for (const settingsField of settingsFields(view.root)) {
      const hint = hintOf(settingsField);
      for (const key of EXAMPLE_KEYS) {
        const value = settingsField.field[key];
        if (typeof value !== 'string' || value.trim() === '') continue;
        const path = [...settingsField.path, key];
        const where = { en: jsonPath(path), ru: jsonPathRu(path) };
        if (locales.some((locale) => lookupI18n(context, locale, value) === 'text')) {
          checkI18nTexts(context, value, hint, where, report);
          continue;
        }
        const leak = leakedValue(value, hint);
        if (leak) reportLeak(report, leak, where, { file: MANIFEST_PATH, ...view.document.positionOf(path) });
      }
    }
  },
});

/**
 * Checks cheap enough to run on every keystroke. Store texts are checked by the text/* rules
 * themselves, run over a one-text widget, so a form can never disagree with `widget-publisher check`.
 */
import { runRules } from '../check/run-rules';
import type { LocalizedMessage, Severity } from '../model/finding';
import type { WidgetSnapshot } from '../model/snapshot';
import type { PlatformProfile } from '../platform/profiles';
import { i18nEmptyValueRule } from '../rules/i18n/empty-value';
import { textRules } from '../rules/text';
import { visibleLength } from '../text/visible-length';
import { DEFAULT_STORE_TEXT_KEYS, type StoreTextField, type WidgetDraft } from './widget-draft';
import { draftI18nKeySet } from './draft-texts';

export interface LiveProblem {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The same problem in Russian, for the Russian UI. */
  messageRu: string;
  /** What to do, in both languages (surface-neutral, as on a Finding). */
  help?: LocalizedMessage;
}

/** Language of the wizard's own problem texts; the UI passes its language. */
export type ProblemLanguage = 'en' | 'ru';

export interface StoreTextCheck {
  /** Characters as a person sees them (grapheme clusters of the text without HTML tags). */
  count: number;
  /** The platform's limit for this field; null when it has none (tour description). */
  limit: number | null;
  problems: LiveProblem[];
}

/** Straight from their modules, not the catalogue: the page runs these on every keystroke and must not load the code parsers. */
const LIVE_TEXT_RULES = [i18nEmptyValueRule, ...textRules];
const LIVE_TEXT_RULE_IDS = new Set(LIVE_TEXT_RULES.map((rule) => rule.id));

/**
 * A finding Store texts shows under its field (validateStoreText finds the same on each keystroke):
 * the step does not list it again at its top, so typing never inserts anything above the field.
 */
export function isStoreTextFieldFinding(finding: { ruleId: string; file: string | null; locale: string | null }): boolean {
  return LIVE_TEXT_RULE_IDS.has(finding.ruleId) && finding.locale !== null && finding.file === `i18n/${finding.locale}.json`;
}

export function storeTextLimit(field: StoreTextField, profile: PlatformProfile): number | null {
  switch (field) {
    case 'name':
      return profile.text.nameMax;
    case 'teaser':
      return profile.text.teaserMax;
    case 'description':
      return profile.text.descriptionMax;
    case 'tourDescription':
      return null;
  }
}

const encoder = new TextEncoder();

function jsonFile(path: string, value: unknown): WidgetSnapshot['files'][number] {
  const bytes = encoder.encode(JSON.stringify(value));
  return { path, size: bytes.length, bytes };
}

/** A widget holding this one text, for the text rules to look at. */
function oneTextWidget(locale: string, field: StoreTextField, value: string): WidgetSnapshot {
  const [group, name] = DEFAULT_STORE_TEXT_KEYS[field].split('.');
  const manifest = {
    widget: {
      name: DEFAULT_STORE_TEXT_KEYS.name,
      description: DEFAULT_STORE_TEXT_KEYS.description,
      short_description: DEFAULT_STORE_TEXT_KEYS.teaser,
      locale: [locale],
    },
    tour: { tour_description: DEFAULT_STORE_TEXT_KEYS.tourDescription },
  };
  return {
    source: { kind: 'folder', path: '' },
    nestedRoot: null,
    files: [jsonFile('manifest.json', manifest), jsonFile(`i18n/${locale}.json`, { [group]: { [name]: value } })],
    images: {},
    unsafeEntries: [],
    configText: null,
  };
}

/** The counter and the problems of one store text in one locale, as the text rules see them. */
export function validateStoreText(locale: string, field: StoreTextField, value: string, profile: PlatformProfile): StoreTextCheck {
  const report = runRules(oneTextWidget(locale, field, value), LIVE_TEXT_RULES, { platform: profile.id });
  const problems = report.findings
    .filter((finding) => finding.file === `i18n/${locale}.json`)
    .map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      messageRu: finding.messageRu,
      ...(finding.help ? { help: finding.help } : {}),
    }));
  return { count: visibleLength(value), limit: storeTextLimit(field, profile), problems };
}

export interface VersionSuggestion {
  version: string;
  /** Why the suggestion is not just the next patch: the current version is not MAJOR.MINOR.PATCH. */
  note: string | null;
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/**
 * The next version to upload: the structure page recommends raising it with every upload so the
 * platform serves the new files. `1.2.3` -> `1.2.4`.
 */
export function suggestNextVersion(version: string, lang: ProblemLanguage = 'en'): VersionSuggestion {
  const match = SEMVER.exec(version.trim());
  if (!match) {
    const trimmed = version.trim();
    if (lang === 'ru') {
      const shown = trimmed === '' ? 'Версия не указана' : `"${trimmed}" не в формате MAJOR.MINOR.PATCH`;
      return { version: '1.0.0', note: `${shown}; предлагается 1.0.0. Повышайте последнее число при каждой загрузке.` };
    }
    const shown = trimmed === '' ? 'No version is set' : `"${trimmed}" is not MAJOR.MINOR.PATCH`;
    return { version: '1.0.0', note: `${shown}; 1.0.0 is suggested. Raise the last number with every upload.` };
  }
  return { version: `${match[1]}.${match[2]}.${(BigInt(match[3]) + 1n).toString()}`, note: null };
}

/** Problems with a new i18n key typed into the grid, before it is added. */
export function validateI18nKey(draft: WidgetDraft, key: string, lang: ProblemLanguage = 'en'): string[] {
  const ru = lang === 'ru';
  const trimmed = key.trim();
  if (trimmed === '') return [ru ? 'Введите ключ, например userLang.buttonText.' : 'Type a key such as userLang.buttonText.'];
  const problems: string[] = [];
  if (!/^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/.test(trimmed)) {
    problems.push(
      ru
        ? 'Ключ состоит из латинских букв, цифр, "_" и "-", части соединяются точками (userLang.buttonText).'
        : 'A key is made of letters, digits, "_" and "-", in parts joined by dots (userLang.buttonText).',
    );
  }
  const existing = draftI18nKeySet(draft);
  if (existing.has(trimmed)) problems.push(ru ? `"${trimmed}" уже есть в таблице.` : `"${trimmed}" is already in the grid.`);
  for (const other of existing) {
    if (other.startsWith(`${trimmed}.`)) {
      problems.push(
        ru
          ? `"${trimmed}" содержит другие ключи (${other}); текстом он быть не может.`
          : `"${trimmed}" holds other keys (${other}); it cannot hold a text too.`,
      );
    } else if (trimmed.startsWith(`${other}.`)) {
      problems.push(ru ? `"${other}" — это текст; другие ключи он содержать не может.` : `"${other}" is a text; it cannot hold other keys.`);
    }
    if (problems.length > 2) break;
  }
  return problems;
}

/** Problems with a settings field code: it becomes a JSON key and, in the label key, part of a dot path. */
export function validateFieldCode(codes: readonly string[], code: string, index: number | null = null, lang: ProblemLanguage = 'en'): string[] {
  const ru = lang === 'ru';
  const problems: string[] = [];
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(code) || code === '__proto__') {
    problems.push(
      ru ? 'Используйте латинские буквы, цифры и "_", начиная с буквы (api_key).' : 'Use Latin letters, digits and "_", starting with a letter (api_key).',
    );
  }
  if (codes.some((existing, position) => existing === code && position !== index)) {
    problems.push(ru ? `Код "${code}" уже есть у другого поля.` : `Another field already has the code "${code}".`);
  }
  return problems;
}

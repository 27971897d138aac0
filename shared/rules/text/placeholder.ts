import { MANIFEST_PATH, type RuleContext } from '../../check/rule-context';
import type { PlatformProfile } from '../../platform/profiles';
import { isRecord } from '../../widget/manifest-model';
import { developmentHost } from '../../text/dev-hosts';
import { defineRule, SOURCES } from '../rule';
import { positionInString } from '../i18n/i18n-entries';
import { at, manifestView } from '../manifest/manifest-helpers';
import { quote, scannedTexts, STORE_FIELDS, storeTexts, type ScannedText, type StoreField } from './store-texts';

interface Leftover {
  /** What was found, as it appears in the text. */
  found: string;
  why: string;
  /** `why` in Russian, read after "это" / "которое": "похоже на тестовый ввод". */
  whyRu: string;
}

const LOREM = /lorem\s+ipsum|dolor\s+sit\s+amet/i;
// Upper case only: Spanish and Portuguese "todo" means "all".
const DEV_MARKERS = /(?<![\p{L}\p{N}_])(TODO|FIXME|TBD)(?![\p{L}\p{N}_])/u;
/** Whole values that are only ever typed while testing. "XXX" inside a text is a phone mask, so only whole. */
const JUNK_VALUES = new Set(['test', 'tests', 'testing', 'тест', 'asdf', 'asdfgh', 'qwerty', 'йцукен', 'xxx', 'xx', 'foo', 'foobar', 'lorem', 'рыба', 'рыбатекст']);
/** Store texts of the widget_example on the structure page, left in by copying it. */
const EXAMPLE_TEXTS = new Set([
  'demo widget',
  'demo виджет',
  'widget for sending the contact to the internal system',
  'виджет для отсылки контакта во внутреннюю систему',
]);
/**
 * Whole store texts (name, teaser, description, tour text) that widget skeletons ship and that stay
 * when nobody writes the real ones: "Short description", "Полное описание виджета". Matched only on
 * the store fields, where a label such as "Description" elsewhere in the i18n file is a real text.
 */
const SKELETON_STORE_TEXTS = new Set([
  'my widget',
  'mywidget',
  'мой виджет',
  'widget name',
  'widget description',
  'short description',
  'full description',
  'long description',
  'tour description',
  'название виджета',
  'описание виджета',
  'короткое описание виджета',
  'краткое описание виджета',
  'полное описание виджета',
  'длинное описание виджета',
  'описание тура',
]);
/** manifest.json values that are addresses: an example.com there is a copied documentation value. */
const MANIFEST_ADDRESS_PATHS: ReadonlyArray<readonly string[]> = [
  ['widget', 'support', 'link'],
  ['widget', 'support', 'email'],
  ['dp', 'webhook_url'],
  ['sms', 'endpoint'],
  ['mobile', 'frame_url'],
];
const EXAMPLE_DOMAIN = /(?:[\w.+-]{1,64}@|(?<![\w.-])(?:https?:\/\/)?(?:www\.)?)example\.(?:com|org|net)\b/i;
// A hint for an input field legitimately shows an example address.
const HINT_WORDS = /\b(?:e\.\s?g\.|for example|for instance|such as)|например|напр\.|por ejemplo|p\. ?ej\.|por exemplo|örneğin|misalnya|contoh/iu;

/** Looks only around each "example." so that long values cost linear time. */
function exampleAddress(text: string): string | null {
  const lower = text.toLowerCase();
  for (let index = lower.indexOf('example.'); index >= 0; index = lower.indexOf('example.', index + 1)) {
    const start = Math.max(0, index - 80);
    const window = text.slice(start, index + 12);
    const match = EXAMPLE_DOMAIN.exec(window);
    if (match && start + match.index + match[0].length > index) return match[0];
  }
  return null;
}

function brokenPlaceholder(text: string, profile: PlatformProfile): string | null {
  for (const match of text.matchAll(/#\s*([A-Z_]+)\s*#/g)) {
    const intended = `#${match[1]}#`;
    if (match[0] !== intended && profile.descriptionPlaceholders.includes(intended)) return match[0];
  }
  return null;
}

export function findLeftover(text: string, profile: PlatformProfile): Leftover | null {
  const whole = text.trim();
  const lowerWhole = whole.toLowerCase();
  if (JUNK_VALUES.has(lowerWhole)) return { found: whole, why: 'looks like test input', whyRu: 'похоже на тестовый ввод' };
  if (EXAMPLE_TEXTS.has(lowerWhole)) {
    return { found: whole, why: 'is the example text of the amoCRM widget_example', whyRu: 'это текст из примера виджета amoCRM widget_example' };
  }
  const lorem = LOREM.exec(text);
  if (lorem) return { found: lorem[0], why: 'is placeholder text', whyRu: 'это текст-заглушка' };
  const marker = DEV_MARKERS.exec(text);
  if (marker) return { found: marker[1], why: 'is a development note', whyRu: 'это заметка разработчика' };
  const example = exampleAddress(text);
  if (example && !HINT_WORDS.test(text)) return { found: example, why: 'is an example address, not a real one', whyRu: 'это адрес-пример, а не настоящий' };
  const broken = brokenPlaceholder(text, profile);
  if (broken) {
    const intended = broken.replace(/\s+/g, '');
    return {
      found: broken,
      why: `will not be replaced: the platform only fills in ${intended} written without spaces`,
      whyRu: `не будет заменено: платформа подставляет значение только в ${intended}, написанный без пробелов`,
    };
  }
  return null;
}

/** The i18n keys (or manifest keys, for literal texts) behind the store texts. */
function storeTextKeys(context: RuleContext): Set<string> {
  const keys = new Set<string>();
  for (const field of Object.keys(STORE_FIELDS) as StoreField[]) {
    for (const text of storeTexts(context, field)) keys.add(text.i18nKey ?? text.spec.manifestKey);
  }
  return keys;
}

function skeletonStoreText(text: ScannedText, storeKeys: ReadonlySet<string>): Leftover | null {
  if (!storeKeys.has(text.key) || !SKELETON_STORE_TEXTS.has(text.value.trim().toLowerCase())) return null;
  return {
    found: text.value.trim(),
    why: "is the default text of a widget template, not this widget's own text",
    whyRu: 'это текст по умолчанию из шаблона виджета, а не собственный текст этого виджета',
  };
}

/**
 * An i18n text that is only its own key, as an identifier ("time_rule": "time_rule"): a label nobody
 * wrote yet, which users would read as it is. Plain words ("status": "status") are left alone.
 */
function keyAsText(text: ScannedText): Leftover | null {
  if (!text.i18n) return null;
  const value = text.value.trim();
  const lastKey = text.key.split('.').pop() ?? '';
  if (value !== lastKey || !/[_.]/.test(value) || /\s/.test(value)) return null;
  return { found: value, why: 'is its own key, not a text written for users', whyRu: 'это сам ключ, а не текст для пользователей' };
}

function valueAt(root: unknown, path: readonly string[]): unknown {
  let current = root;
  for (const part of path) {
    if (!isRecord(current)) return undefined;
    current = current[part];
  }
  return current;
}

export const textPlaceholderRule = defineRule({
  id: 'text/placeholder',
  defaultSeverity: 'warning',
  summary: 'No placeholder or test texts (lorem ipsum, TODO, example.com, "test") or development addresses (localhost, ngrok) are left.',
  summaryRu: 'Не осталось текстов-заглушек и тестовых текстов (lorem ipsum, TODO, example.com, "test") и адресов для разработки (localhost, ngrok).',
  docs:
    'Moderation rejects widgets that still carry test data or development traces. The rule looks through every ' +
    'i18n text and the store texts for lorem ipsum, TODO / FIXME / TBD notes, values that are only "test", ' +
    '"asdf", "xxx" and the like, example.com addresses (unless the text is a hint such as "e.g. name@example.com"), ' +
    'the Demo widget texts of the amoCRM example, store texts left at a template\'s default ("Short description", ' +
    '"Полное описание виджета" as the whole teaser or description), example.com addresses in the manifest\'s ' +
    'support, dp.webhook_url, sms.endpoint and mobile.frame_url, and placeholders broken by spaces such as "# SUBDOMAIN #". ' +
    'In those manifest addresses it also reports development hosts: localhost, private network addresses and tunnels ' +
    'such as ngrok or localtunnel (the platform calls them from its servers; they stop answering when the developer\'s ' +
    'computer does). An i18n text that is only its own key written as an identifier ("time_rule": "time_rule") is a ' +
    'label nobody wrote yet and is reported too. ' +
    'The platform\'s own placeholders (#SUBDOMAIN#, #HOST#, #ACCOUNT_ID#, ...) are legitimate.',
  sources: [
    SOURCES.amocrmChecklist('Development > Clean files: "You\'ve deleted all test data, debug, alerts, confirms or other development traces"'),
    SOURCES.kommoChecklist('Development > Clean files: "You\'ve deleted all test data, debug, alerts, confirms or other development traces"'),
    SOURCES.upload('"не должно быть дебагов, тестовых данных в коде, должно быть готово описание виджета"'),
    SOURCES.structure('widget/description: список доступных тэгов #HOST#, #SUBDOMAIN#, ...'),
  ],
  check(context, report) {
    const storeKeys = storeTextKeys(context);
    for (const text of scannedTexts(context)) {
      const leftover = findLeftover(text.value, context.profile) ?? skeletonStoreText(text, storeKeys) ?? keyAsText(text);
      if (!leftover) continue;
      const position = text.i18n ? positionInString(text.i18n.file, text.i18n.entry, leftover.found) : { line: text.line, column: text.column };
      report({
        file: text.file,
        ...position,
        locale: text.locale,
        message: {
          en: `"${text.key}" holds "${leftover.found}", which ${leftover.why} (${quote(text.value, 50)})`,
          ru: `"${text.key}" содержит "${leftover.found}": ${leftover.whyRu} (${quote(text.value, 50)})`,
        },
        help: { en: 'Replace it with the final text before moderation.', ru: 'Замените это окончательным текстом до отправки на модерацию.' },
      });
    }
    const view = manifestView(context);
    if (!view) return;
    for (const path of MANIFEST_ADDRESS_PATHS) {
      const value = valueAt(view.root, path);
      if (typeof value !== 'string') continue;
      const devHost = developmentHost(value);
      if (devHost) {
        report({
          ...at(view.document, [...path]),
          file: MANIFEST_PATH,
          message: {
            en: `${path.join('.')} is "${value}", a development address on ${devHost}`,
            ru: `${path.join('.')} — "${value}", адрес для разработки на ${devHost}`,
          },
          help: {
            en:
              'A local or tunnel address the platform cannot reach once your computer or tunnel is off, so the functional test fails. ' +
              'Put the address of your production server there before moderation.',
            ru:
              'Это локальный адрес или адрес туннеля: платформа не сможет его открыть, когда ваш компьютер или туннель выключен, и ' +
              'функциональная проверка не пройдёт. Укажите там адрес рабочего сервера до отправки на модерацию.',
          },
        });
        continue;
      }
      const example = exampleAddress(value);
      if (!example) continue;
      report({
        ...at(view.document, [...path]),
        file: MANIFEST_PATH,
        message: {
          en: `${path.join('.')} is "${value}", an example address (${example}) copied from the documentation`,
          ru: `${path.join('.')} — "${value}", адрес-пример (${example}), скопированный из документации`,
        },
        help: { en: 'Put your real address there before moderation.', ru: 'Укажите там свой настоящий адрес до отправки на модерацию.' },
      });
    }
  },
});

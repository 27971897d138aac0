import type { RuleContext } from '../../check/rule-context';
import { isRecord } from '../../widget/manifest-model';
import { defineRule, SOURCES } from '../rule';
import { at, httpsUrlProblem, isBlank, isValidEmail, manifestView, truncate } from './manifest-helpers';
import { isMisplaced } from './misplaced-keys';

export const supportRule = defineRule({
  id: 'manifest/support',
  defaultSeverity: 'error',
  summary: 'widget.support needs a valid https link or a valid email (both valid when both are given).',
  summaryRu: 'В widget.support нужна корректная https-ссылка или корректный email (если указаны оба, корректными должны быть оба).',
  docs:
    'Since November 2018 the manifest must say where users get help: widget.support.link (a link to the support site) ' +
    'or, when there is no link, widget.support.email; the platform shows it behind the "Обратная связь" (feedback) ' +
    'button, and email is the less preferred channel. Kommo asks for a valid link. Each value given must be valid: ' +
    'the link an https:// URL, the email an address. Fix: add "support": {"link": "https://your-site/support", ' +
    '"email": "support@your-site"}; an empty string counts as not given. A link or email on the platform\'s own ' +
    'domain (amocrm.com, amocrm.ru, kommo.com: the values of the structure page\'s example) is a warning: the ' +
    'feedback button would send users to the platform instead of the developer, and the upload page wants the ' +
    'developer\'s own phone and email for support. The platform\'s own widget is not warned: when every support ' +
    'value is on one platform domain and the widget\'s files carry that platform\'s name (kommo.css, kommo_logo.svg, ' +
    'as in Kommo\'s published reference widget), support on the platform is right.',
  sources: [
    SOURCES.structure('manifest.json: "С ноября 2018 года добавилось 2 ОБЯЗАТЕЛЬНЫХ поля"; widget/support/link, widget/support/email'),
    SOURCES.kommoManifest('support/link: "You should provide a valid link"; support/email'),
    SOURCES.upload('"В описании виджета должен быть телефон и email, по которому конечный пользователь ... может получить консультацию"'),
  ],
  check(context, report) {
    const view = manifestView(context);
    if (!view || !isRecord(view.root.widget)) return;
    const { document } = view;
    const support = view.root.widget.support;
    if (support === undefined && isMisplaced(view, 'support')) return;
    if (support === undefined) {
      report({
        message: { en: 'widget.support is missing', ru: 'Нет widget.support' },
        help: {
          en: 'The platform requires a support link or email for the feedback button. Add "support": {"link": "https://your-site/support", "email": "support@your-site"} to the widget block.',
          ru: 'Платформа требует ссылку или email поддержки для кнопки обратной связи. Добавьте "support": {"link": "https://your-site/support", "email": "support@your-site"} в блок widget.',
        },
        actions: [{ kind: 'edit-in-step', step: 'support' }],
        ...at(document, ['widget']),
      });
      return;
    }
    if (!isRecord(support)) return;

    const { link, email } = support;
    const hasLink = link !== undefined && !isBlank(link);
    const hasEmail = email !== undefined && !isBlank(email);
    if (!hasLink && !hasEmail) {
      report({
        message: { en: 'widget.support has neither a link nor an email', ru: 'В widget.support нет ни ссылки, ни email' },
        help: {
          en: 'Empty values do not count. Set "link" to your https support page, or "email" to a support address.',
          ru: 'Пустые значения не считаются. Укажите в "link" https-адрес страницы поддержки или в "email" адрес поддержки.',
        },
        actions: [{ kind: 'edit-in-step', step: 'support' }],
        ...at(document, ['widget', 'support']),
      });
      return;
    }
    if (hasLink && typeof link === 'string') {
      const problem = httpsUrlProblem(link);
      if (problem) {
        report({
          message: { en: `widget.support.link "${truncate(link, 80)}" ${problem.en}`, ru: `widget.support.link "${truncate(link, 80)}" ${problem.ru}` },
          help: {
            en: `Give the https:// address of your support page${hasEmail ? '' : ', or remove it and set "email"'}.`,
            ru: `Укажите https://-адрес страницы поддержки${hasEmail ? '' : ' или удалите ссылку и заполните "email"'}.`,
          },
          actions: [{ kind: 'edit-in-step', step: 'support', field: 'link' }],
          ...at(document, ['widget', 'support', 'link']),
        });
      }
    }
    if (hasEmail && typeof email === 'string' && !isValidEmail(email.trim())) {
      report({
        message: { en: `widget.support.email "${truncate(email, 80)}" is not a valid email address`, ru: `widget.support.email "${truncate(email, 80)}" — некорректный адрес email` },
        help: {
          en: `Write it as name@domain.com${hasLink ? ', or remove it and keep the link' : ''}.`,
          ru: `Напишите его в виде name@domain.com${hasLink ? ' или удалите его и оставьте ссылку' : ''}.`,
        },
        actions: [{ kind: 'edit-in-step', step: 'support', field: 'email' }],
        ...at(document, ['widget', 'support', 'email']),
      });
    }
    if (publishedByPlatform(context, [link, email])) return;
    for (const [key, value] of [['link', link], ['email', email]] as const) {
      if (typeof value !== 'string') continue;
      const domain = platformDomainOf(value, context.profile.platformDomains);
      if (!domain) continue;
      report({
        severity: 'warning',
        message: {
          en: `widget.support.${key} "${truncate(value, 80)}" is on ${domain}, the platform's own domain`,
          ru: `widget.support.${key} "${truncate(value, 80)}" ведёт на ${domain}, домен самой платформы`,
        },
        help: {
          en:
            `That is the value of the documentation example: the feedback button would send your users to ${context.profile.displayName} instead of you. ` +
            `Give your own support ${key === 'link' ? 'page' : 'address'} (ignore this only if the widget is made by the platform itself).`,
          ru:
            `Это значение из примера в документации: кнопка обратной связи отправит ваших пользователей в ${context.profile.displayName}, а не к вам. ` +
            `Укажите ${key === 'link' ? 'свою страницу' : 'свой адрес'} поддержки (игнорируйте это, только если виджет сделан самой платформой).`,
        },
        actions: [{ kind: 'edit-in-step', step: 'support', field: key }],
        ...at(document, ['widget', 'support', key]),
      });
    }
  },
});

/**
 * The platform's own widget (Kommo publishes its reference widgets): every support value given is on one platform
 * domain AND the widget's own files carry that platform's name (`kommo.css`, `classes/kommo.js`,
 * `images/kommo_logo.svg`). Then support on the platform's domain is right. A developer who only copied the
 * documentation example has the domain but not the platform's own files, and is still warned.
 */
function publishedByPlatform(context: RuleContext, values: readonly unknown[]): boolean {
  const given = values.filter((value): value is string => typeof value === 'string' && !isBlank(value));
  const domains = new Set(given.map((value) => platformDomainOf(value, context.profile.platformDomains)));
  if (given.length === 0 || domains.size !== 1) return false;
  const [domain] = [...domains];
  if (!domain) return false;
  const brand = domain.slice(0, domain.indexOf('.'));
  return context.snapshot.files.some((file) => {
    const name = file.path.slice(file.path.lastIndexOf('/') + 1).toLowerCase();
    const stem = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name;
    return stem === brand || stem.startsWith(`${brand}_`) || stem.startsWith(`${brand}-`);
  });
}

/** The platform domain a support link or email points at (`https://www.amocrm.com`, `help@kommo.com`), else null. */
function platformDomainOf(value: string, domains: readonly string[]): string | null {
  const trimmed = value.trim().toLowerCase();
  let host: string;
  if (trimmed.includes('@') && !trimmed.includes('/')) {
    host = trimmed.slice(trimmed.lastIndexOf('@') + 1);
  } else {
    try {
      host = new URL(trimmed).hostname;
    } catch {
      return null;
    }
  }
  return domains.find((domain) => host === domain || host.endsWith(`.${domain}`)) ?? null;
}

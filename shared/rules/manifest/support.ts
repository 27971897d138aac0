import { isRecord } from '../../widget/manifest-model';
import { defineRule, SOURCES } from '../rule';
import { at, httpsUrlProblem, isBlank, isValidEmail, manifestView, truncate } from './manifest-helpers';

export const supportRule = defineRule({
  id: 'manifest/support',
  defaultSeverity: 'error',
  summary: 'widget.support needs a valid https link or a valid email (both valid when both are given).',
  docs:
    'Since November 2018 the manifest must say where users get help: widget.support.link (a link to the support site) ' +
    'or, when there is no link, widget.support.email; the platform shows it behind the "Обратная связь" (feedback) ' +
    'button, and email is the less preferred channel. Kommo asks for a valid link. Each value given must be valid: ' +
    'the link an https:// URL, the email an address. Fix: add "support": {"link": "https://your-site/support", ' +
    '"email": "support@your-site"}; an empty string counts as not given.',
  sources: [
    SOURCES.structure('manifest.json: "С ноября 2018 года добавилось 2 ОБЯЗАТЕЛЬНЫХ поля"; widget/support/link, widget/support/email'),
    SOURCES.kommoManifest('support/link: "You should provide a valid link"; support/email'),
  ],
  check(context, report) {
    const view = manifestView(context);
    if (!view || !isRecord(view.root.widget)) return;
    const { document } = view;
    const support = view.root.widget.support;
    if (support === undefined) {
      report({
        message: 'widget.support is missing: the platform requires a support link or email for the feedback button. Add "support": {"link": "https://your-site/support", "email": "support@your-site"} to the widget block.',
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
        message: 'widget.support has neither a link nor an email (empty values do not count). Set "link" to your https support page, or "email" to a support address.',
        ...at(document, ['widget', 'support']),
      });
      return;
    }
    if (hasLink && typeof link === 'string') {
      const problem = httpsUrlProblem(link);
      if (problem) {
        report({
          message: `widget.support.link "${truncate(link, 80)}" ${problem}. Give the https:// address of your support page${hasEmail ? '' : ', or remove it and set "email"'}.`,
          ...at(document, ['widget', 'support', 'link']),
        });
      }
    }
    if (hasEmail && typeof email === 'string' && !isValidEmail(email.trim())) {
      report({
        message: `widget.support.email "${truncate(email, 80)}" is not a valid email address. Write it as name@domain.com${hasLink ? ', or remove it and keep the link' : ''}.`,
        ...at(document, ['widget', 'support', 'email']),
      });
    }
  },
});

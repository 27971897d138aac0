import { valueAtDotPath } from '../../widget/manifest-model';
import { defineRule, SOURCES } from '../rule';
import { at, dotPathToPath, httpsUrlProblem, isBlank, manifestView, truncate } from './manifest-helpers';

export const httpsUrlRule = defineRule({
  id: 'manifest/https-url',
  defaultSeverity: 'error',
  summary: 'dp.webhook_url, sms.endpoint and mobile.frame_url must be https:// URLs.',
  summaryRu: 'dp.webhook_url, sms.endpoint и mobile.frame_url должны быть адресами https://.',
  docs:
    'The platform calls these addresses from its servers or opens them in the mobile app: dp.webhook_url receives ' +
    'digital pipeline webhooks ("Url должен содержать протокол SSL"), sms.endpoint receives the POST request that ' +
    'sends a system SMS, and mobile.frame_url is opened inside the mobile app. Each must be a valid https:// URL. ' +
    'Fix: serve the endpoint over TLS and write the full https:// address. An empty value is reported by ' +
    'manifest/location-block when the location needs it.',
  sources: [
    SOURCES.structure('dp/webhook_url: "Url должен содержать протокол SSL"; sms/endpoint; mobile/frame_url'),
    SOURCES.kommoManifest('sms/endpoint; mobile/frame_url'),
  ],
  check(context, report) {
    const view = manifestView(context);
    if (!view) return;
    const paths = new Set(context.profile.locations.flatMap((spec) => spec.block?.httpsPaths ?? []));
    for (const dotPath of paths) {
      const value = valueAtDotPath(view.root, dotPath);
      if (typeof value !== 'string' || isBlank(value)) continue;
      const problem = httpsUrlProblem(value);
      if (!problem) continue;
      report({
        message: {
          en: `${dotPath} "${truncate(value, 80)}" ${problem.en}`,
          ru: `${dotPath} "${truncate(value, 80)}" ${problem.ru}`,
        },
        help: {
          en: 'The platform only calls SSL addresses here: write the full https:// URL of your endpoint.',
          ru: 'Платформа обращается сюда только по SSL: укажите полный https:// URL вашего обработчика.',
        },
        ...at(view.document, dotPathToPath(dotPath)),
      });
    }
  },
});

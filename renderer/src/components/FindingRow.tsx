import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleHelp } from '../../../shared/ipc/types';
import type { Finding } from '../../../shared/model/finding';
import { getApi } from '../app/api';
import { useOptionalRouter } from '../app/router';
import { appActionOf, appActionText } from '../i18n/app-actions';
import { messageLanguageOf } from '../i18n/finding-text';
import { useMessageText, useRuleSummary } from '../i18n/finding-text';
import { SeverityIcon } from './Badge';
import { ExternalIcon } from './icons';

/**
 * One finding as the user reads it, in the UI's language: what is wrong, how to fix it, where
 * (`meta`, as the screen words it), the rule id and its source page, and an optional control.
 */
export function FindingRow({ finding, help, meta, action }: { finding: Finding; help: RuleHelp | undefined; meta: ReactNode; action?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const text = useMessageText();
  const ruleSummary = useRuleSummary();
  const summary = help ? ruleSummary(help) : '';
  const advice = finding.help?.[messageLanguageOf(i18n.language)];
  return (
    <li className={`finding finding--${finding.severity}`}>
      <span className="finding__icon" title={t(`severity.${finding.severity}`)}>
        <SeverityIcon severity={finding.severity} />
        <span className="visually-hidden">{t(`severity.${finding.severity}`)}</span>
      </span>
      <div className="finding__body">
        <p className="finding__message">{text(finding)}</p>
        {advice ? (
          <p className="finding__help">{advice}</p>
        ) : (
          summary && <p className="finding__help">{t('wizard.findings.howToFix', { summary })}</p>
        )}
        <FindingActions finding={finding} />
        <p className="finding__meta">
          {meta}
          <code className="finding__rule" title={summary || undefined}>
            {finding.ruleId}
          </code>
          {help?.url && (
            <button type="button" className="link-button" onClick={() => void getApi().openExternal(help.url as string)}>
              {t('check.source')}
              <ExternalIcon size={13} />
            </button>
          )}
          {action}
        </p>
      </div>
    </li>
  );
}

/** What the app can do about the finding, in the app's words, each with a link to the step where it is done. */
function FindingActions({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  // The router is absent where a finding is shown outside a project (component tests, the start screen).
  const router = useOptionalRouter();
  const actions = (finding.actions ?? []).flatMap((action) => {
    const app = appActionOf(action);
    return app ? [app] : [];
  });
  if (actions.length === 0) return null;
  const route = router?.route;
  return (
    <ul className="finding__actions" aria-label={t('wizard.advice.title')}>
      {actions.map((action, index) => {
        const words = appActionText(action, (key, values) => t(key, values));
        const target = action.target;
        return (
          <li key={`${action.key}-${index}`}>
            {target && router && route?.name === 'project' && route.step !== target.step ? (
              <button type="button" className="link-button" onClick={() => router.navigate({ ...route, step: target.step })}>
                {words}
              </button>
            ) : (
              <span>{words}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

import { useTranslation } from 'react-i18next';
import type { ManualItem } from '../../../shared/check/manual-checklist';
import type { Finding } from '../../../shared/model/finding';
import { useMessageText } from '../i18n/finding-text';
import { useProject } from './project-context';

/** Checklist items no program can verify; ticks are saved with the project's draft. */
export function ManualChecklist({ items, findings = [] }: { items: readonly ManualItem[]; findings?: readonly Finding[] }) {
  const { t, i18n } = useTranslation();
  const text = useMessageText();
  const { draft, updateDraft } = useProject();
  const confirmed = new Set(draft.manualConfirmed ?? []);
  const sections = [...new Set(items.map((item) => item.section))];
  const language = i18n.language === 'ru' ? 'ru' : 'en';
  const done = items.filter((item) => confirmed.has(item.id)).length;

  const toggle = (id: string, checked: boolean) => {
    const next = new Set(confirmed);
    if (checked) next.add(id);
    else next.delete(id);
    updateDraft({ manualConfirmed: [...next] });
  };

  return (
    <section className="card manual" aria-labelledby="manual-title">
      <header className="card__header">
        <div>
          <h2 id="manual-title">{t('export.manualTitle')}</h2>
          <p className="card__subtitle">{t('export.manualText')}</p>
        </div>
        <span className={done === items.length ? 'pill pill--success' : 'pill'}>{t('export.manualProgress', { done, total: items.length })}</span>
      </header>
      {sections.map((section) => (
        <fieldset key={section} className="manual__section">
          <legend>{section}</legend>
          {items
            .filter((item) => item.section === section)
            .map((item) => (
              <div key={item.id} className="manual__item">
                <label className="checkbox">
                  <input type="checkbox" checked={confirmed.has(item.id)} onChange={(event) => toggle(item.id, event.target.checked)} />
                  <span>{item.text[language]}</span>
                </label>
                {item.assistedBy && <AssistedFindings ruleId={item.assistedBy} findings={findings} text={text} />}
              </div>
            ))}
        </fieldset>
      ))}
    </section>
  );
}

/** What the rule that assists a manual item found, so the person confirming it knows where to look. */
function AssistedFindings({ ruleId, findings, text }: { ruleId: string; findings: readonly Finding[]; text: (finding: Finding) => string }) {
  const { t } = useTranslation();
  const found = findings.filter((finding) => finding.ruleId === ruleId);
  return (
    <div className="manual__assisted">
      <p className="field__help">{t(found.length === 0 ? 'export.manualAssistedNone' : 'export.manualAssisted', { ruleId })}</p>
      {found.length > 0 && (
        <ul className="problem-list">
          {found.map((finding) => (
            <li key={`${finding.file}-${finding.locale}-${finding.message}`}>{text(finding)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

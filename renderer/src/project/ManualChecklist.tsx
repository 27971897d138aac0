import { useTranslation } from 'react-i18next';
import type { ManualItem } from '../../../shared/check/manual-checklist';
import { useProject } from './project-context';

/** Checklist items no program can verify; ticks are saved with the project's draft. */
export function ManualChecklist({ items }: { items: readonly ManualItem[] }) {
  const { t, i18n } = useTranslation();
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
              <label key={item.id} className="checkbox">
                <input type="checkbox" checked={confirmed.has(item.id)} onChange={(event) => toggle(item.id, event.target.checked)} />
                <span>{item.text[language]}</span>
              </label>
            ))}
        </fieldset>
      ))}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { DEFAULT_VENDOR_GLOBS, type WidgetConfig } from '../../../../shared/config/widget-config';
import { editConfig, type RuleSeverityChoice } from '../../../../shared/draft/draft-config';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { useWizard } from '../wizard-context';
import { ListEditor } from './ListEditor';
import { RuleSeverities } from './RuleSeverities';

/** The element id of a Check settings field, so findings can link to it. */
export function checkSettingsFieldId(key: 'rootSelectors' | 'ignore' | 'vendor' | 'rules'): string {
  return `check-settings-${key}`;
}

const ROOT_SELECTOR = /^[#.][A-Za-z_][\w-]*$/;

/**
 * Code check › Check settings: what the checker assumes about this widget, saved with it. The CSS
 * root (shown as guessed, with why, and picked from the stylesheets' own names), the files left out
 * of the zip, the vendor files the code rules skip, and rule severities.
 */
export function CheckSettings() {
  const { t } = useTranslation();
  const { widget, update, live } = useWizard();
  const config = widget.config;
  const set = (change: (current: WidgetConfig) => WidgetConfig) => update((draft) => editConfig(draft, change));
  const rootInfo = live?.cssRoot ?? null;
  const roots = config?.css?.rootSelectors ?? [];
  const setRoots = (rootSelectors: string[]) => set((current) => ({ ...current, css: { ...current.css, rootSelectors } }));

  return (
    <section className="card form-stack check-settings" aria-labelledby="check-settings-title">
      <div>
        <h2 id="check-settings-title">{t('wizard.checkSettings.title')}</h2>
        <p className="card__subtitle">{t('wizard.checkSettings.subtitle')}</p>
      </div>
      {config === null ? (
        <Banner tone="warning">{t('wizard.checkSettings.configBroken')}</Banner>
      ) : (
        <>
          <div className="form-stack">
            <h3 className="check-settings__heading">{t('wizard.checkSettings.cssTitle')}</h3>
            {rootInfo && (
              <p className="field__help" aria-live="polite">
                {rootInfo.root.source === 'config'
                  ? t('wizard.checkSettings.rootFromSettings', { root: rootInfo.root.example, count: rootInfo.underRoot, total: rootInfo.topLevelSelectors })
                  : rootInfo.root.source === 'inferred'
                    ? t('wizard.checkSettings.rootGuessed', { root: rootInfo.root.example, count: rootInfo.underRoot, total: rootInfo.topLevelSelectors })
                    : t('wizard.checkSettings.rootNone', { total: rootInfo.topLevelSelectors })}
              </p>
            )}
            <ListEditor
              id={checkSettingsFieldId('rootSelectors')}
              label={t('wizard.checkSettings.rootSelectors')}
              help={t('wizard.checkSettings.rootSelectorsHelp')}
              values={roots}
              placeholder=".acme-deals"
              validate={(entry) => (ROOT_SELECTOR.test(entry) ? null : t('wizard.checkSettings.rootSelectorProblem'))}
              onChange={setRoots}
            />
            {rootInfo && rootInfo.candidates.length > 0 && (
              <div className="field">
                <span className="field__label">{t('wizard.checkSettings.candidates')}</span>
                <ul className="candidate-list">
                  {rootInfo.candidates
                    .filter((candidate) => !roots.includes(candidate.selector))
                    .map((candidate) => (
                      <li key={candidate.selector}>
                        <Button size="sm" variant="secondary" onClick={() => setRoots([...roots, candidate.selector])}>
                          <code>{candidate.selector}</code>
                          <span className="candidate-list__count">{` ${t('wizard.checkSettings.candidateCount', { count: candidate.selectors })}`}</span>
                        </Button>
                      </li>
                    ))}
                </ul>
              </div>
            )}
          </div>
          <ListEditor
            id={checkSettingsFieldId('ignore')}
            label={t('wizard.checkSettings.ignore')}
            help={t('wizard.checkSettings.ignoreHelp')}
            values={config.ignore ?? []}
            placeholder="docs/"
            onChange={(ignore) => set((current) => ({ ...current, ignore }))}
          />
          <ListEditor
            id={checkSettingsFieldId('vendor')}
            label={t('wizard.checkSettings.vendor')}
            help={t('wizard.checkSettings.vendorHelp', { defaults: DEFAULT_VENDOR_GLOBS.join(', ') })}
            values={config.vendor ?? []}
            placeholder="lib/**"
            onChange={(vendor) => set((current) => ({ ...current, vendor }))}
          />
          <RuleSeverities
            id={checkSettingsFieldId('rules')}
            rules={config.rules ?? {}}
            onChange={(rules: Record<string, RuleSeverityChoice>) => set((current) => ({ ...current, rules }))}
          />
        </>
      )}
    </section>
  );
}

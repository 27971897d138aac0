import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newDraft } from '../../../shared/draft/new-draft';
import { toErrorInfo } from '../../../shared/ipc/client';
import { platformProfile, PLATFORM_IDS, type PlatformId } from '../../../shared/platform/profiles';
import { getApi } from '../app/api';
import { useRouter } from '../app/router';
import { Banner } from '../components/Banner';
import { Button, IconButton } from '../components/Button';
import { ArrowLeftIcon, FolderIcon, SettingsIcon } from '../components/icons';
import { SegmentedControl } from '../components/SegmentedControl';
import { TextField } from '../wizard/ui/TextField';
import { EMPTY_STORED_WIZARD, storedWizardValue, widgetFingerprint } from '../wizard/wizard-storage';

const EMPTY_FOLDER = { source: { kind: 'folder' as const, path: '' }, nestedRoot: null, files: [], images: {}, unsafeEntries: [], configText: null };

/**
 * The wizard's first step for a widget that does not exist yet: the marketplace, an empty folder,
 * the company and the product name. Nothing but the empty folder is made until Save in the last step.
 */
export function NewWidgetScreen({ onOpenPreferences }: { onOpenPreferences: () => void }) {
  const { t } = useTranslation();
  const { navigate } = useRouter();
  const [platform, setPlatform] = useState<PlatformId>('amocrm');
  const [folder, setFolder] = useState<string | null>(null);
  const [company, setCompany] = useState('');
  const [name, setName] = useState('');
  const [chosenLocales, setChosenLocales] = useState<Partial<Record<PlatformId, string[]>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const profile = platformProfile(platform);
  const locales = chosenLocales[platform] ?? [...profile.defaultLocales];

  const toggleLocale = (locale: string, on: boolean) => {
    const next = on ? profile.locales.filter((code) => code === locale || locales.includes(code)) : locales.filter((code) => code !== locale);
    if (next.length > 0) setChosenLocales((current) => ({ ...current, [platform]: next }));
  };

  const chooseFolder = async () => {
    try {
      const chosen = await getApi().chooseNewWidgetFolder();
      if (chosen) setFolder(chosen);
    } catch (error) {
      setProblem(toErrorInfo(error).message);
    }
  };

  const start = async () => {
    if (!folder) return;
    setBusy(true);
    setProblem(null);
    try {
      const path = await getApi().prepareNewWidgetFolder(folder);
      const widget = newDraft(platform, { name, company, locales });
      await getApi().saveDraft(path, { step: 'start', wizard: storedWizardValue({ ...EMPTY_STORED_WIZARD, widget, baseline: widgetFingerprint(EMPTY_FOLDER), edited: true }) });
      navigate({ name: 'project', path, step: 'start', platform });
    } catch (error) {
      setProblem(toErrorInfo(error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="new-widget">
      <header className="page-header">
        <Button variant="ghost" size="sm" icon={<ArrowLeftIcon size={16} />} onClick={() => navigate({ name: 'start' })}>
          {t('project.backToStart')}
        </Button>
        <div className="toolbar__spacer" />
        <IconButton variant="ghost" label={t('common.preferences')} icon={<SettingsIcon size={18} />} onClick={onOpenPreferences} />
      </header>
      <div className="new-widget__inner">
        <h1>{t('newWidget.title')}</h1>
        <p className="step__subtitle">{t('newWidget.text')}</p>

        <section className="card form-stack">
          <SegmentedControl<PlatformId>
            label={t('newWidget.platform')}
            value={platform}
            options={PLATFORM_IDS.map((id) => ({ value: id, label: platformProfile(id).displayName }))}
            onChange={setPlatform}
          />
          <div className="field">
            <span className="field__label">{t('newWidget.folder')}</span>
            <div className="folder-picker">
              <Button icon={<FolderIcon size={16} />} onClick={() => void chooseFolder()}>
                {t('newWidget.chooseFolder')}
              </Button>
              <span className={folder ? 'mono-path' : 'recent__muted'}>{folder ?? t('newWidget.noFolder')}</span>
            </div>
          </div>
          <div className="field-row">
            <TextField label={t('newWidget.company')} value={company} onChange={setCompany} help={t('wizard.start.companyHelp')} />
            <TextField label={t('newWidget.productName')} value={name} onChange={setName} help={t('newWidget.productNameHelp')} />
          </div>
          <fieldset className="locale-picker">
            <legend>{t('newWidget.locales')}</legend>
            <div className="locale-picker__options">
              {profile.locales.map((locale) => (
                <label key={locale} className={locales.includes(locale) ? 'choice choice--active' : 'choice'}>
                  <input type="checkbox" checked={locales.includes(locale)} onChange={(event) => toggleLocale(locale, event.target.checked)} />
                  <span>
                    {t(`wizard.localeNames.${locale}`, { defaultValue: locale })} <code>{locale}</code>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        </section>

        {problem && (
          <Banner tone="error" title={t('newWidget.problemsTitle')}>
            {problem}
          </Banner>
        )}

        <div className="export-actions">
          <Button variant="primary" disabled={!folder} busy={busy} onClick={() => void start()}>
            {t('newWidget.create')}
          </Button>
        </div>
      </div>
    </div>
  );
}

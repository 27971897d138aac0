import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toErrorInfo } from '../../../shared/ipc/client';
import { platformProfile, PLATFORM_IDS, type PlatformId } from '../../../shared/platform/profiles';
import { storeName } from '../../../shared/scaffold/scaffold-answers';
import { visibleLength } from '../../../shared/text/visible-length';
import { getApi } from '../app/api';
import { useRouter } from '../app/router';
import { Banner } from '../components/Banner';
import { Button, IconButton } from '../components/Button';
import { ArrowLeftIcon, FolderIcon, SettingsIcon } from '../components/icons';
import { SegmentedControl } from '../components/SegmentedControl';

type LocaleTexts = Record<string, { name: string; teaser: string; description: string }>;

function Counter({ length, max }: { length: number; max: number }) {
  return (
    <span className={length > max ? 'counter counter--over' : 'counter'} aria-live="polite">
      {length}/{max}
    </span>
  );
}

function TextField({
  label,
  value,
  onChange,
  max,
  length,
  multiline = false,
  lang,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  max?: number;
  length?: number;
  multiline?: boolean;
  lang?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <div className="field__label-row">
        <label htmlFor={id}>{label}</label>
        {max !== undefined && <Counter length={length ?? visibleLength(value)} max={max} />}
      </div>
      {multiline ? (
        <textarea id={id} lang={lang} rows={3} value={value} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input id={id} lang={lang} type="text" value={value} onChange={(event) => onChange(event.target.value)} />
      )}
    </div>
  );
}

/**
 * The shortest way to a new widget that passes the checker: the same answers as
 * `widget-publisher init`. The wizard takes over from the project screen.
 */
export function NewWidgetScreen({ onOpenPreferences }: { onOpenPreferences: () => void }) {
  const { t } = useTranslation();
  const { navigate } = useRouter();
  const [platform, setPlatform] = useState<PlatformId>('amocrm');
  const [folder, setFolder] = useState<string | null>(null);
  const [company, setCompany] = useState('');
  const [supportEmail, setSupportEmail] = useState('');
  const [texts, setTexts] = useState<LocaleTexts>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const profile = platformProfile(platform);
  const locales = profile.defaultLocales;

  const textOf = (locale: string) => texts[locale] ?? { name: '', teaser: '', description: '' };
  const setText = (locale: string, field: 'name' | 'teaser' | 'description', value: string) =>
    setTexts((current) => ({ ...current, [locale]: { ...textOf(locale), ...current[locale], [field]: value } }));

  const chooseFolder = async () => {
    try {
      const chosen = await getApi().chooseNewWidgetFolder();
      if (chosen) setFolder(chosen);
    } catch (error) {
      setProblems([toErrorInfo(error).message]);
    }
  };

  const create = async () => {
    if (!folder) return;
    setBusy(true);
    setProblems([]);
    try {
      const result = await getApi().createWidget({
        folder,
        platform,
        locales: [...locales],
        company,
        names: Object.fromEntries(locales.map((locale) => [locale, textOf(locale).name])),
        teasers: Object.fromEntries(locales.map((locale) => [locale, textOf(locale).teaser])),
        descriptions: Object.fromEntries(locales.map((locale) => [locale, textOf(locale).description])),
        supportEmail,
      });
      if (result.status === 'created') navigate({ name: 'project', path: result.path, step: 'check', platform });
      else setProblems(result.problems);
    } catch (error) {
      setProblems([toErrorInfo(error).message]);
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
            <TextField label={t('newWidget.company')} value={company} onChange={setCompany} />
            <TextField label={t('newWidget.supportEmail')} value={supportEmail} onChange={setSupportEmail} />
          </div>
        </section>

        {locales.map((locale) => {
          const text = textOf(locale);
          return (
            <section key={locale} className="card form-stack" aria-labelledby={`locale-${locale}`}>
              <h2 id={`locale-${locale}`} className="locale-heading">
                <span className="pill">{locale}</span>
                {t('newWidget.localeTexts')}
              </h2>
              <TextField
                lang={locale}
                label={t('newWidget.name')}
                value={text.name}
                onChange={(value) => setText(locale, 'name', value)}
                max={profile.text.nameMax}
                length={visibleLength(storeName(text.name.trim(), company.trim() || undefined))}
              />
              <TextField lang={locale} label={t('newWidget.teaser')} value={text.teaser} onChange={(value) => setText(locale, 'teaser', value)} max={profile.text.teaserMax} />
              <TextField
                lang={locale}
                multiline
                label={t('newWidget.description')}
                value={text.description}
                onChange={(value) => setText(locale, 'description', value)}
                max={profile.text.descriptionMax}
              />
            </section>
          );
        })}

        {problems.length > 0 && (
          <Banner tone="error" title={t('newWidget.problemsTitle')}>
            <ul className="problem-list">
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </Banner>
        )}

        <div className="export-actions">
          <Button variant="primary" disabled={!folder} busy={busy} onClick={() => void create()}>
            {t('newWidget.create')}
          </Button>
        </div>
      </div>
    </div>
  );
}

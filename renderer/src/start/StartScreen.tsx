import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toErrorInfo } from '../../../shared/ipc/client';
import type { ApiErrorInfo, RecentProject } from '../../../shared/ipc/types';
import { getApi } from '../app/api';
import { useProjectActions } from '../app/project-actions';
import { Banner } from '../components/Banner';
import { IconButton } from '../components/Button';
import { ArchiveIcon, FolderIcon, LogoMark, PlusIcon, SettingsIcon } from '../components/icons';
import { RecentProjectList } from './RecentProjectList';

function ActionTile({ icon, title, hint, onClick, primary = false }: { icon: React.ReactNode; title: string; hint: string; onClick: () => void; primary?: boolean }) {
  return (
    <button type="button" className={primary ? 'tile tile--primary' : 'tile'} onClick={onClick}>
      <span className="tile__icon" aria-hidden="true">
        {icon}
      </span>
      <span className="tile__title">{title}</span>
      <span className="tile__hint">{hint}</span>
    </button>
  );
}

export function StartScreen({ onOpenPreferences }: { onOpenPreferences: () => void }) {
  const { t } = useTranslation();
  const [recent, setRecent] = useState<RecentProject[] | null>(null);
  const [error, setError] = useState<ApiErrorInfo | null>(null);
  const actions = useProjectActions(setError);

  const load = useCallback(async () => {
    try {
      setRecent(await getApi().listRecentProjects());
    } catch (failure) {
      setError(toErrorInfo(failure));
      setRecent([]);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const forget = async (path: string) => {
    try {
      setRecent(await getApi().forgetRecentProject(path));
    } catch (failure) {
      setError(toErrorInfo(failure));
    }
  };

  return (
    <div className="start">
      <header className="start__top">
        <IconButton variant="ghost" label={t('common.preferences')} icon={<SettingsIcon size={18} />} onClick={onOpenPreferences} />
      </header>
      <div className="start__inner">
        <section className="start__hero">
          <LogoMark size={52} />
          <h1 className="start__title">{t('app.title')}</h1>
          <p className="start__tagline">{t('app.tagline')}</p>
        </section>

        {error && (
          <Banner tone="error" title={t('errors.title')} onDismiss={() => setError(null)}>
            {error.message}
          </Banner>
        )}

        <section className="tiles" aria-label={t('app.title')}>
          <ActionTile primary icon={<PlusIcon size={22} />} title={t('start.newWidget')} hint={t('start.newWidgetHint')} onClick={actions.newWidget} />
          <ActionTile icon={<FolderIcon size={22} />} title={t('start.openFolder')} hint={t('start.openFolderHint')} onClick={() => void actions.openFolder()} />
          <ActionTile icon={<ArchiveIcon size={22} />} title={t('start.openZip')} hint={t('start.openZipHint')} onClick={() => void actions.openZip()} />
        </section>

        <section className="card recent-card" aria-labelledby="recent-title">
          <header className="card__header">
            <h2 id="recent-title">{t('start.recentTitle')}</h2>
          </header>
          {recent === null ? <p className="recent__muted">{t('common.loading')}</p> : <RecentProjectList projects={recent} onOpen={actions.openPath} onForget={(path) => void forget(path)} />}
        </section>
        <p className="start__hint">{t('start.dropHint')}</p>
      </div>
    </div>
  );
}

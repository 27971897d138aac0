import { useTranslation } from 'react-i18next';
import type { RecentProject } from '../../../shared/ipc/types';
import { CountChips, PlatformBadge } from '../components/Badge';
import { IconButton } from '../components/Button';
import { EmptyState } from '../components/EmptyState';
import { ArchiveIcon, CheckCircleIcon, CloseIcon, FolderIcon } from '../components/icons';
import { formatRelativeTime } from '../i18n/format';

export function RecentProjectList({
  projects,
  onOpen,
  onForget,
}: {
  projects: readonly RecentProject[];
  onOpen: (path: string) => void;
  onForget: (path: string) => void;
}) {
  const { t, i18n } = useTranslation();
  if (projects.length === 0) {
    return (
      <EmptyState icon={<FolderIcon size={28} />} title={t('start.recentEmptyTitle')}>
        {t('start.recentEmptyText')}
      </EmptyState>
    );
  }
  return (
    <ul className="recent-list">
      {projects.map((project) => (
        <li key={project.path} className={project.missing ? 'recent recent--missing' : 'recent'}>
          <button
            type="button"
            className="recent__open"
            disabled={project.missing}
            onClick={() => onOpen(project.path)}
            title={project.missing ? t('start.missingHint') : project.path}
          >
            <span className="recent__icon" aria-hidden="true">
              {project.kind === 'zip' ? <ArchiveIcon size={20} /> : <FolderIcon size={20} />}
            </span>
            <span className="recent__text">
              <span className="recent__name-row">
                <span className="recent__name">{project.name}</span>
                <PlatformBadge platform={project.platform} />
              </span>
              <span className="recent__path mono-path">{project.path}</span>
            </span>
            <span className="recent__status">
              {project.missing ? (
                <span className="pill pill--muted">{t('start.missing')}</span>
              ) : project.lastResult === null ? (
                <span className="recent__muted">{t('start.neverChecked')}</span>
              ) : project.lastResult.errors === 0 && project.lastResult.warnings === 0 ? (
                <span className="pill pill--success">
                  <CheckCircleIcon size={14} />
                  {t('start.readyForUpload')}
                </span>
              ) : (
                <CountChips errors={project.lastResult.errors} warnings={project.lastResult.warnings} />
              )}
              <span className="recent__when">{t('start.lastOpened', { when: formatRelativeTime(project.lastOpened, i18n.language) })}</span>
            </span>
          </button>
          <IconButton
            className="recent__forget"
            variant="ghost"
            size="sm"
            label={t('start.forgetNamed', { name: project.name })}
            icon={<CloseIcon size={16} />}
            onClick={() => onForget(project.path)}
          />
        </li>
      ))}
    </ul>
  );
}

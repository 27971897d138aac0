import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronIcon, FileIcon } from '../../components/icons';
import { formatBytes } from '../../i18n/format';
import type { PlannedFile } from '../wizard-files';
import { DiffView } from './DiffView';

function FileRow({ file }: { file: PlannedFile }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const canDiff = file.kind === 'text' && file.status !== 'unchanged' && file.newText !== null;
  return (
    <li className={`planned planned--${file.status}`} data-path={file.path}>
      <button type="button" className="planned__toggle" aria-expanded={canDiff ? open : undefined} disabled={!canDiff} onClick={() => setOpen(!open)}>
        {canDiff ? <ChevronIcon size={14} className={open ? 'chevron chevron--open' : 'chevron'} /> : <FileIcon size={14} />}
        <code className="planned__path">{file.path}</code>
        {file.renamedFrom && <span className="planned__from">{t('wizard.review.renamedFrom', { from: file.renamedFrom })}</span>}
        {file.bytes !== null && <span className="planned__size">{formatBytes(file.bytes, i18n.language)}</span>}
        <span className={`pill planned__status planned__status--${file.status}`}>{t(`wizard.review.status.${file.status}`)}</span>
      </button>
      {canDiff && open && <DiffView oldText={file.oldText} newText={file.newText as string} />}
    </li>
  );
}

/** Every file a Save writes, with what changes in it against the folder. */
export function FilesPreview({ files }: { files: readonly PlannedFile[] }) {
  const { t } = useTranslation();
  const [showUnchanged, setShowUnchanged] = useState(false);
  const changed = files.filter((file) => file.status !== 'unchanged');
  const shown = showUnchanged ? files : changed;
  return (
    <div className="planned-files">
      <div className="toolbar">
        <p className="step__subtitle">{changed.length === 0 ? t('wizard.review.allSaved') : t('wizard.review.filesToWrite', { count: changed.length })}</p>
        <div className="toolbar__spacer" />
        <label className="checkbox checkbox--inline">
          <input type="checkbox" checked={showUnchanged} onChange={(event) => setShowUnchanged(event.target.checked)} />
          <span>{t('wizard.review.showUnchanged')}</span>
        </label>
      </div>
      {shown.length > 0 && (
        <ul className="planned-list">
          {shown.map((file) => (
            <FileRow key={file.path} file={file} />
          ))}
        </ul>
      )}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { toErrorInfo } from '../../../../shared/ipc/client';
import type { BrandingOptions } from '../../../../shared/draft/widget-draft';
import { getApi } from '../../app/api';
import { Button } from '../../components/Button';
import { CloseIcon, FileIcon } from '../../components/icons';
import { useFileDrop } from '../ui/use-file-drop';

type SourceKey = 'logoSource' | 'wideSource' | 'squareSource';

function SourceRow({ label, help, path, primary, onPick, onClear, onDropPath }: {
  label: string;
  help: string;
  path: string | null;
  primary: boolean;
  onPick: () => void;
  onClear: (() => void) | null;
  onDropPath: (path: string) => void;
}) {
  const { t } = useTranslation();
  const drop = useFileDrop(([first]) => onDropPath(first));
  return (
    <div className={drop.over ? 'source-row source-row--over' : 'source-row'} {...drop.handlers}>
      <div className="source-row__text">
        <span className="field__label">{label}</span>
        {path ? (
          <span className="source-row__file" title={path}>
            <FileIcon size={14} /> {fileName(path)}
          </span>
        ) : (
          <span className="field__help">{help}</span>
        )}
        {drop.problem && <span className="text-error" role="alert">{drop.problem}</span>}
      </div>
      <Button size="sm" variant={primary && !path ? 'primary' : 'secondary'} onClick={onPick}>
        {path ? t('wizard.branding.replace') : t('wizard.branding.choose')}
      </Button>
      {path && onClear && <Button size="sm" variant="ghost" icon={<CloseIcon size={14} />} aria-label={t('wizard.branding.clear', { what: label })} onClick={onClear} />}
    </div>
  );
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** The logo the sizes are made from, and optional sources for the wide and the small square sizes. */
export function BrandingSources({ branding, onChange, onError }: { branding: BrandingOptions; onChange: (patch: Partial<BrandingOptions>) => void; onError: (message: string) => void }) {
  const { t } = useTranslation();
  const choose = async (key: SourceKey) => {
    try {
      const [path] = await getApi().chooseImages(false);
      if (path) onChange({ [key]: path });
    } catch (error) {
      onError(toErrorInfo(error).message);
    }
  };
  const rows: { key: SourceKey; label: string; help: string }[] = [
    { key: 'logoSource', label: t('wizard.branding.logo'), help: t('wizard.branding.logoHelp') },
    { key: 'wideSource', label: t('wizard.branding.wide'), help: t('wizard.branding.wideHelp') },
    { key: 'squareSource', label: t('wizard.branding.square'), help: t('wizard.branding.squareHelp') },
  ];
  return (
    <div className="source-list">
      {rows.map(({ key, label, help }) => (
        <SourceRow
          key={key}
          label={label}
          help={help}
          path={branding[key]}
          primary={key === 'logoSource'}
          onPick={() => void choose(key)}
          onClear={key === 'logoSource' ? null : () => onChange({ [key]: null })}
          onDropPath={(path) => onChange({ [key]: path })}
        />
      ))}
      <p className="field__help">{t('wizard.branding.dropHint')}</p>
    </div>
  );
}

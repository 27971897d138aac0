import { useTranslation } from 'react-i18next';
import { toErrorInfo } from '../../../../shared/ipc/client';
import type { BrandingOptions } from '../../../../shared/draft/widget-draft';
import { getApi } from '../../app/api';
import { Button } from '../../components/Button';
import { CloseIcon, FileIcon } from '../../components/icons';

type SourceKey = 'logoSource' | 'wideSource' | 'squareSource';

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
      {rows.map(({ key, label, help }) => {
        const path = branding[key];
        return (
          <div key={key} className="source-row">
            <div className="source-row__text">
              <span className="field__label">{label}</span>
              {path ? (
                <span className="source-row__file" title={path}>
                  <FileIcon size={14} /> {fileName(path)}
                </span>
              ) : (
                <span className="field__help">{help}</span>
              )}
            </div>
            <Button size="sm" variant={key === 'logoSource' && !path ? 'primary' : 'secondary'} onClick={() => void choose(key)}>
              {path ? t('wizard.branding.replace') : t('wizard.branding.choose')}
            </Button>
            {path && key !== 'logoSource' && (
              <Button size="sm" variant="ghost" icon={<CloseIcon size={14} />} aria-label={t('wizard.branding.clear', { what: label })} onClick={() => onChange({ [key]: null })} />
            )}
          </div>
        );
      })}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { useAppInfo } from './app-info';

/** "Show in Finder" on macOS, "Show in Explorer" on Windows, "Show in folder" elsewhere. */
export function useRevealLabel(): string {
  const { t } = useTranslation();
  const { os } = useAppInfo();
  if (os === 'darwin') return t('common.showInFinder');
  if (os === 'win32') return t('common.showInExplorer');
  return t('common.revealInFolder');
}

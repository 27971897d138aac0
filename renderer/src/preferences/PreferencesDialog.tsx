import { useTranslation } from 'react-i18next';
import type { ThemePreference, UiLanguage } from '../../../shared/ipc/types';
import { usePreferences } from '../app/preferences';
import { Modal } from '../components/Modal';
import { SegmentedControl } from '../components/SegmentedControl';

/** Language names are written in their own language, so a user who picked the wrong one can find theirs. */
const LANGUAGE_OPTIONS = [
  { value: 'en', label: 'English' },
  { value: 'ru', label: 'Русский' },
] as const satisfies readonly { value: UiLanguage; label: string }[];

export function PreferencesDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { preferences, update } = usePreferences();
  return (
    <Modal title={t('preferences.title')} open={open} onClose={onClose}>
      <div className="form-stack">
        <SegmentedControl<UiLanguage> label={t('preferences.language')} value={preferences.language} options={LANGUAGE_OPTIONS} onChange={(language) => void update({ language })} />
        <SegmentedControl<ThemePreference>
          label={t('preferences.theme')}
          value={preferences.theme}
          options={[
            { value: 'system', label: t('preferences.themeSystem') },
            { value: 'light', label: t('preferences.themeLight') },
            { value: 'dark', label: t('preferences.themeDark') },
          ]}
          onChange={(theme) => void update({ theme })}
        />
      </div>
    </Modal>
  );
}

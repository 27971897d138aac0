import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { setPlatform } from '../../../../shared/draft/draft-config';
import { detectPlatform } from '../../../../shared/platform/detect-platform';
import { PLATFORM_IDS, platformProfile, type PlatformId } from '../../../../shared/platform/profiles';
import { Button } from '../../components/Button';
import { SegmentedControl } from '../../components/SegmentedControl';
import { useMessageLanguage } from '../../i18n/finding-text';
import { useWizard } from '../wizard-context';

/** The id of the marketplace choice, so a finding about the platform can link to it. */
export const MARKETPLACE_FIELD_ID = 'start-marketplace';

/**
 * The marketplace: what the widget itself suggests (and why), the user's confirmation or change,
 * saved as `platform` with the widget. Every check, the header badge and the request follow it.
 */
export function PlatformChoice() {
  const { t } = useTranslation();
  const lang = useMessageLanguage();
  const { widget, update, base, isNew } = useWizard();
  const detection = useMemo(() => detectPlatform(base), [base]);
  const name = (id: PlatformId) => platformProfile(id).displayName;
  const confirmed = widget.config?.platform === widget.platform;
  const reasons = detection.signals.filter((signal) => signal.platform === detection.platform).sort((a, b) => b.weight - a.weight);
  const detected = !isNew && reasons.length > 0;

  return (
    <div className="field platform-choice" id={MARKETPLACE_FIELD_ID}>
      <SegmentedControl<PlatformId>
        label={t('wizard.start.platform')}
        value={widget.platform}
        options={PLATFORM_IDS.map((id) => ({ value: id, label: name(id) }))}
        onChange={(platform) => update((draft) => setPlatform(draft, platform))}
      />
      <div className="platform-choice__why" aria-live="polite">
        {detected ? (
          <>
            <p className="field__help">
              {t(detection.confident ? 'wizard.start.detected' : 'wizard.start.detectedUnsure', { platform: name(detection.platform) })}
            </p>
            <ul className="platform-choice__reasons">
              {reasons.map((signal) => (
                <li key={signal.reason.en}>{signal.reason[lang]}</li>
              ))}
            </ul>
          </>
        ) : (
          !isNew && <p className="field__help">{t('wizard.start.notDetected', { platform: name(detection.platform) })}</p>
        )}
        {detected && widget.platform !== detection.platform && <p className="field__help">{t('wizard.start.chosenOther', { platform: name(widget.platform) })}</p>}
        {confirmed ? (
          <p className="field__help">{t('wizard.start.platformSaved', { platform: name(widget.platform) })}</p>
        ) : (
          <div>
            <Button size="sm" variant="primary" onClick={() => update((draft) => setPlatform(draft, draft.platform))}>
              {t('wizard.start.confirmPlatform', { platform: name(widget.platform) })}
            </Button>
          </div>
        )}
      </div>
    </div>
  );
}

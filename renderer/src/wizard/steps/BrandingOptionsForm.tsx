import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrandingOptions } from '../../../../shared/draft/widget-draft';
import { SegmentedControl } from '../../components/SegmentedControl';

/** Fit, crop position, padding (percent of the shorter side, 0..40, as the image studio takes it) and background. */
export function BrandingOptionsForm({ branding, onChange }: { branding: BrandingOptions; onChange: (patch: Partial<BrandingOptions>) => void }) {
  const { t } = useTranslation();
  const paddingId = useId();
  const transparent = branding.background === 'transparent';
  return (
    <div className="branding-options">
      <SegmentedControl<BrandingOptions['fit']>
        label={t('wizard.branding.fit')}
        value={branding.fit}
        options={[
          { value: 'contain', label: t('wizard.branding.fitContain') },
          { value: 'cover', label: t('wizard.branding.fitCover') },
        ]}
        onChange={(fit) => onChange({ fit })}
      />
      {branding.fit === 'cover' ? (
        <SegmentedControl<BrandingOptions['position']>
          label={t('wizard.branding.position')}
          value={branding.position}
          options={[
            { value: 'centre', label: t('wizard.branding.positionCentre') },
            { value: 'attention', label: t('wizard.branding.positionAttention') },
            { value: 'entropy', label: t('wizard.branding.positionEntropy') },
          ]}
          onChange={(position) => onChange({ position })}
        />
      ) : (
        <div className="field branding-options__padding">
          <label htmlFor={paddingId}>{t('wizard.branding.padding', { percent: branding.padding })}</label>
          <input id={paddingId} type="range" min={0} max={40} step={1} value={branding.padding} onChange={(event) => onChange({ padding: Number(event.target.value) })} />
        </div>
      )}
      <fieldset className="branding-options__background">
        <legend>{t('wizard.branding.background')}</legend>
        <label className="checkbox checkbox--inline">
          <input type="checkbox" checked={transparent} onChange={(event) => onChange({ background: event.target.checked ? 'transparent' : '#ffffff' })} />
          <span>{t('wizard.branding.transparent')}</span>
        </label>
        {!transparent && (
          <input type="color" aria-label={t('wizard.branding.backgroundColour')} value={/^#[0-9a-f]{6}$/i.test(branding.background) ? branding.background : '#ffffff'} onChange={(event) => onChange({ background: event.target.value })} />
        )}
      </fieldset>
    </div>
  );
}

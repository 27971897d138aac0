import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setBranding } from '../../../../shared/draft/draft-edits';
import type { BrandingOptions } from '../../../../shared/draft/widget-draft';
import { requiredBrandingImages } from '../../../../shared/platform/profiles';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { RefreshIcon } from '../../components/icons';
import { ProgressBar } from '../../components/ProgressBar';
import { SegmentedControl } from '../../components/SegmentedControl';
import { shownImages } from '../shown-images';
import { ForeignTextImages } from '../ui/ForeignTextImages';
import { StepFrame } from '../ui/StepFrame';
import { mediaTypeOf, useImageUrls } from '../use-image-urls';
import { useWizard } from '../wizard-context';
import { BrandingOptionsForm } from './BrandingOptionsForm';
import { BrandingSources } from './BrandingSources';
import { ImageTile } from './ImageTile';
import { MarketplaceMockups } from './MarketplaceMockups';
import { useLogoSet } from './use-logo-set';

/** One logo in, every branding size out (exact, within 300 KB, never stretched), shown where the marketplace shows it. */
export function BrandingStep() {
  const { t } = useTranslation();
  const { widget, update, base, pending, profile } = useWizard();
  const [zoom, setZoom] = useState<1 | 2>(1);
  const [error, setError] = useState<string | null>(null);
  const logoSet = useLogoSet();
  const specs = requiredBrandingImages(profile, widget.locations.map((location) => location.area));
  const folder = profile.images.folder;
  const images = useMemo(
    () => shownImages(widget, base, pending, profile.images.branding.map((spec) => `${folder}/${spec.file}`), mediaTypeOf),
    [widget, base, pending, profile, folder],
  );
  const bytes = useMemo(() => Object.values(images).flatMap((image) => (image.data ? [{ key: image.path, data: image.data, mediaType: image.mediaType }] : [])), [images]);
  const urls = useImageUrls(bytes);
  const change = (patch: Partial<BrandingOptions>) => update((draft) => setBranding(draft, patch));
  const locale = widget.locales.includes('en') ? 'en' : (widget.locales[0] ?? '');
  const running = logoSet.state.status === 'running';

  return (
    <StepFrame step="branding" title={t('wizard.branding.title')} subtitle={t('wizard.branding.subtitle', { max: Math.round(profile.images.maxBytes / 1000) })}>
      <section className="card branding-setup">
        <BrandingSources branding={widget.branding} onChange={change} onError={setError} />
        <BrandingOptionsForm branding={widget.branding} onChange={change} />
        <div className="toolbar">
          <Button icon={<RefreshIcon size={16} />} disabled={!widget.branding.logoSource} busy={running} onClick={() => void logoSet.make()}>
            {pending.branding ? t('wizard.branding.remake') : t('wizard.branding.make')}
          </Button>
          {running && (
            <div className="branding-progress">
              <ProgressBar value={logoSet.progress?.value ?? null} label={t('wizard.branding.making')} />
            </div>
          )}
        </div>
      </section>
      {error && <Banner tone="error" onDismiss={() => setError(null)}>{error}</Banner>}
      {logoSet.state.status === 'failed' && <Banner tone="error" title={t('wizard.branding.failed')}>{logoSet.state.error.message}</Banner>}
      {logoSet.uniformBackground && widget.branding.clearBackground === null && (
        <Banner
          tone="warning"
          title={t('wizard.branding.opaqueTitle', { colour: logoSet.uniformBackground })}
          actions={
            <>
              <Button size="sm" variant="primary" onClick={() => change({ clearBackground: true })}>
                {t('wizard.branding.makeTransparent')}
              </Button>
              <Button size="sm" onClick={() => change({ clearBackground: false })}>
                {t('wizard.branding.keepBackground')}
              </Button>
            </>
          }
        >
          {t('wizard.branding.opaqueText')}
        </Banner>
      )}
      {logoSet.uniformBackground && widget.branding.clearBackground !== null && (
        <Banner
          tone={widget.branding.clearBackground ? 'success' : 'info'}
          actions={
            <Button size="sm" onClick={() => change({ clearBackground: null })}>
              {t('common.undo')}
            </Button>
          }
        >
          {t(widget.branding.clearBackground ? 'wizard.branding.madeTransparent' : 'wizard.branding.keptBackground', { colour: logoSet.uniformBackground })}
        </Banner>
      )}
      {logoSet.warnings.length > 0 && (
        <Banner tone="warning" title={t('wizard.branding.warnings')}>
          <ul className="problem-list">
            {logoSet.warnings.map((warning) => (
              <li key={warning.file + warning.message}>
                {warning.message}
                {warning.advice === 'small-logo' && ` ${t('wizard.branding.warningAdvice.small-logo', { row: t('wizard.branding.square') })}`}
              </li>
            ))}
          </ul>
        </Banner>
      )}

      <section className="card" aria-labelledby="sizes-title">
        <div className="card__header">
          <div>
            <h2 id="sizes-title">{t('wizard.branding.sizesTitle')}</h2>
            <p className="card__subtitle">{t('wizard.branding.sizesHelp')}</p>
          </div>
          <SegmentedControl<'1' | '2'> label={t('wizard.branding.zoom')} value={String(zoom) as '1' | '2'} options={[{ value: '1', label: '1x' }, { value: '2', label: '2x' }]} onChange={(value) => setZoom(value === '2' ? 2 : 1)} />
        </div>
        <div className="image-grid">
          {specs.map((spec) => {
            const path = `${folder}/${spec.file}`;
            const image = images[path];
            return (
              <ImageTile
                key={spec.file}
                file={spec.file}
                url={urls[path] ?? null}
                width={image?.width ?? null}
                height={image?.height ?? null}
                bytes={image?.bytes ?? null}
                zoom={zoom}
                maxBytes={profile.images.maxBytes}
                expected={spec}
                fresh={image?.fresh ?? false}
              />
            );
          })}
        </div>
      </section>

      <ForeignTextImages paths={specs.map((spec) => `${folder}/${spec.file}`)} images={images} urls={urls} />

      <section className="card" aria-labelledby="mockups-title">
        <h2 id="mockups-title">{t('wizard.branding.mockupsTitle')}</h2>
        <MarketplaceMockups
          images={images}
          urls={urls}
          folder={folder}
          name={widget.texts.name.values[locale] ?? ''}
          teaser={widget.texts.teaser.values[locale] ?? ''}
          description={widget.texts.description.values[locale] ?? ''}
        />
      </section>
    </StepFrame>
  );
}

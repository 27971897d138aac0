import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../i18n/format';
import type { ShownImage } from '../shown-images';

interface MockupImage {
  image: ShownImage | undefined;
  url: string | undefined;
}

function Slot({ url, width, height, label }: MockupImage & { width: number; height: number; label: string }) {
  return (
    <div className="mockup__slot" style={{ width: `${width}px`, height: `${height}px` }}>
      {url ? <img src={url} alt={label} width={width} height={height} /> : <span className="image-tile__missing">{`${width} × ${height}`}</span>}
    </div>
  );
}

function Caption({ file, image }: { file: string; image: ShownImage | undefined }) {
  const { i18n } = useTranslation();
  return (
    <p className="mockup__caption">
      <code>{file}</code>
      {image?.width && image.height ? ` · ${image.width} × ${image.height}` : ''}
      {image ? ` · ${formatBytes(image.bytes, i18n.language)}` : ''}
    </p>
  );
}

/**
 * Where the marketplace shows the branding images: the catalogue card, the widget list and the
 * settings modal, each drawn at the image's real size with the widget's own texts.
 */
export function MarketplaceMockups({
  images,
  urls,
  folder,
  name,
  teaser,
  description,
}: {
  images: Record<string, ShownImage>;
  urls: Record<string, string>;
  folder: string;
  name: string;
  teaser: string;
  description: string;
}) {
  const { t } = useTranslation();
  const slot = (file: string): MockupImage => ({ image: images[`${folder}/${file}`], url: urls[`${folder}/${file}`] });
  const title = name.trim() || t('wizard.branding.mockName');
  return (
    <div className="mockups">
      <figure className="mockup">
        <figcaption className="mockup__title">{t('wizard.branding.mockCatalogue')}</figcaption>
        <div className="mockup__card">
          <Slot {...slot('logo_main.png')} width={400} height={272} label={t('wizard.branding.mockCatalogue')} />
          <div className="mockup__card-text">
            <strong>{title}</strong>
            <span>{teaser.trim() || t('wizard.branding.mockTeaser')}</span>
            <span className="mockup__button">{t('wizard.branding.mockInstall')}</span>
          </div>
        </div>
        <Caption file="logo_main.png" image={slot('logo_main.png').image} />
      </figure>
      <figure className="mockup">
        <figcaption className="mockup__title">{t('wizard.branding.mockList')}</figcaption>
        <div className="mockup__list">
          <div className="mockup__list-row">
            <Slot {...slot('logo.png')} width={130} height={100} label={t('wizard.branding.mockList')} />
            <div className="mockup__card-text">
              <strong>{title}</strong>
              <span>{teaser.trim() || t('wizard.branding.mockTeaser')}</span>
            </div>
          </div>
          <div className="mockup__list-row mockup__list-row--panel">
            <Slot {...slot('logo_medium.png')} width={240} height={84} label={t('wizard.branding.mockPanel')} />
            <Slot {...slot('logo_min.png')} width={84} height={84} label={t('wizard.branding.mockCollapsed')} />
          </div>
        </div>
        <Caption file="logo.png" image={slot('logo.png').image} />
        <Caption file="logo_medium.png" image={slot('logo_medium.png').image} />
        <Caption file="logo_min.png" image={slot('logo_min.png').image} />
      </figure>
      <figure className="mockup">
        <figcaption className="mockup__title">{t('wizard.branding.mockModal')}</figcaption>
        <div className="mockup__modal">
          <Slot {...slot('logo_small.png')} width={108} height={108} label={t('wizard.branding.mockModal')} />
          <div className="mockup__card-text">
            <strong>{title}</strong>
            <span className="mockup__description">{description.replace(/<[^>]*>/g, '').trim() || t('wizard.branding.mockTeaser')}</span>
            <span className="mockup__button">{t('wizard.branding.mockSave')}</span>
          </div>
        </div>
        <Caption file="logo_small.png" image={slot('logo_small.png').image} />
      </figure>
    </div>
  );
}

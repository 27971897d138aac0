import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../i18n/format';

/** One image at its real pixel size times `zoom`, on a checkerboard so transparency shows, with its facts. */
export function ImageTile({
  file,
  url,
  width,
  height,
  bytes,
  zoom,
  maxBytes,
  expected,
  fresh,
}: {
  file: string;
  url: string | null;
  width: number | null;
  height: number | null;
  bytes: number | null;
  zoom: 1 | 2;
  maxBytes: number;
  expected: { width: number; height: number };
  fresh: boolean;
}) {
  const { t, i18n } = useTranslation();
  const exact = width === expected.width && height === expected.height;
  const tooBig = bytes !== null && bytes > maxBytes;
  const shownWidth = expected.width * zoom;
  const shownHeight = expected.height * zoom;
  return (
    <figure className={zoom === 2 ? 'image-tile image-tile--zoomed' : 'image-tile'}>
      <div className="image-tile__frame checkerboard" style={{ width: `${shownWidth}px`, height: `${shownHeight}px` }}>
        {url ? <img src={url} alt={t('wizard.branding.imageAlt', { file })} width={shownWidth} height={shownHeight} /> : <span className="image-tile__missing">{t('wizard.branding.notMade')}</span>}
      </div>
      <figcaption className="image-tile__caption">
        <code>{file}</code>
        <span className={exact || width === null ? '' : 'text-error'}>
          {width !== null && height !== null ? `${width} × ${height}` : `${expected.width} × ${expected.height}`}
        </span>
        {bytes !== null && <span className={tooBig ? 'text-error' : ''}>{formatBytes(bytes, i18n.language)}</span>}
        {fresh && <span className="pill">{t('wizard.branding.unsaved')}</span>}
      </figcaption>
    </figure>
  );
}

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setTourImages } from '../../../../shared/draft/draft-edits';
import { tourNumbering } from '../../../../shared/draft/tour-numbering';
import { moveItem } from '../../../../shared/draft/key-grid';
import { Banner } from '../../components/Banner';
import { Button, IconButton } from '../../components/Button';
import { CloseIcon, PlusIcon } from '../../components/icons';
import { Modal } from '../../components/Modal';
import { formatBytes } from '../../i18n/format';
import { shownImages } from '../shown-images';
import { ForeignTextImages } from '../ui/ForeignTextImages';
import { LocaleTabs } from '../ui/LocaleTabs';
import { StepFrame } from '../ui/StepFrame';
import { mediaTypeOf, useImageUrls } from '../use-image-urls';
import { useWizard } from '../wizard-context';
import { useSlides } from './use-slides';
import { useTourHistory } from './use-tour-history';
import { useFileDrop } from '../ui/use-file-drop';

/** Per locale, 1 to 5 slides at 1188 x 616, in the order the tour shows them. */
export function TourStep() {
  const { t, i18n } = useTranslation();
  const { widget, update, base, pending, profile } = useWizard();
  const slides = useSlides();
  const [chosen, setChosen] = useState(widget.locales[0] ?? '');
  const [zoomed, setZoomed] = useState<string | null>(null);
  const locale = widget.locales.includes(chosen) ? chosen : (widget.locales[0] ?? '');
  const list = widget.tour.images[locale] ?? [];
  const { width, height, max } = profile.images.slide;
  const allPaths = useMemo(() => Object.values(widget.tour.images).flat().map((path) => path.replace(/^\/+/, '')), [widget.tour.images]);
  const images = useMemo(() => shownImages(widget, base, pending, allPaths, mediaTypeOf), [widget, base, pending, allPaths]);
  const bytes = useMemo(() => Object.values(images).flatMap((image) => (image.data ? [{ key: image.path, data: image.data, mediaType: image.mediaType }] : [])), [images]);
  const urls = useImageUrls(bytes);
  const history = useTourHistory((target, paths) => update((draft) => setTourImages(draft, target, paths)));
  const setList = (paths: string[]) => {
    history.remember(locale, list);
    update((draft) => setTourImages(draft, locale, paths));
  };
  const [confirmReplace, setConfirmReplace] = useState(false);
  const replace = () => {
    setConfirmReplace(false);
    history.remember(locale, list);
    void slides.choose(locale);
  };
  const savedAs = useMemo(() => new Map(tourNumbering(widget).renames.map((move) => [move.from, move.to])), [widget]);
  const drop = useFileDrop((paths) => void slides.make(locale, paths));

  return (
    <StepFrame step="tour" title={t('wizard.tour.title')} subtitle={t('wizard.tour.subtitle', { width, height, max })}>
      {slides.error && (
        <Banner tone="error" onDismiss={slides.clearError}>
          {slides.error.message}
        </Banner>
      )}
      <LocaleTabs
        label={t('wizard.tour.localesLabel')}
        locales={widget.locales}
        active={locale}
        onChange={setChosen}
        marker={(code) => <span className={(widget.tour.images[code] ?? []).length === 0 ? 'tab-count tab-count--empty' : 'tab-count tab-count--ok'}>{(widget.tour.images[code] ?? []).length}</span>}
      >
        <section className={drop.over ? 'card form-stack drop-target drop-target--over' : 'card form-stack drop-target'} {...drop.handlers}>
          <div className="toolbar">
            <p className="step__subtitle">{t('wizard.tour.count', { count: list.length, max })}</p>
            <div className="toolbar__spacer" />
            {history.canUndo(locale) && (
              <Button variant="ghost" onClick={() => history.undo(locale)}>
                {t('common.undo')}
              </Button>
            )}
            {list.length > 0 && list.length < max && (
              <Button icon={<PlusIcon size={16} />} busy={slides.busy === locale} onClick={() => {
                history.remember(locale, list);
                void slides.choose(locale, 'add');
              }}>
                {t('wizard.tour.add', { count: max - list.length })}
              </Button>
            )}
            <Button
              variant={list.length === 0 ? 'primary' : 'secondary'}
              icon={<PlusIcon size={16} />}
              busy={slides.busy === locale}
              onClick={() => (list.length === 0 ? void slides.choose(locale) : setConfirmReplace(true))}
            >
              {list.length === 0 ? t('wizard.tour.choose', { max }) : t('wizard.tour.replace', { max })}
            </Button>
          </div>
          {drop.problem && <p className="text-error" role="alert">{drop.problem}</p>}
          {list.length === 0 ? (
            <p className="field__help">{t('wizard.tour.empty')} {t('wizard.tour.dropHint')}</p>
          ) : (
            <ol className="slide-list">
              {list.map((path, index) => {
                const key = path.replace(/^\/+/, '');
                const image = images[key];
                const url = urls[key];
                const exact = image?.width === width && image?.height === height;
                return (
                  <li key={path} className="slide">
                    <button type="button" className="slide__thumb checkerboard" disabled={!url} onClick={() => setZoomed(key)} aria-label={t('wizard.tour.view', { number: index + 1 })}>
                      {url ? <img src={url} alt="" /> : <span className="image-tile__missing">{t('wizard.tour.noPreview')}</span>}
                    </button>
                    <div className="slide__text">
                      <span className="slide__number">{index + 1}</span>
                      <code>{path}</code>
                      {savedAs.has(key) && <span className="field__help">{t('wizard.tour.savedAs', { path: savedAs.get(key) })}</span>}
                      <span className={exact || !image?.width ? 'field__help' : 'text-error'}>
                        {image?.width && image.height ? `${image.width} × ${image.height}` : t('wizard.tour.missingFile')}
                        {image ? ` · ${formatBytes(image.bytes, i18n.language)}` : ''}
                      </span>
                      {image?.fresh && <span className="pill">{t('wizard.branding.unsaved')}</span>}
                    </div>
                    <div className="slide__buttons">
                      {list.length < max && (
                        <IconButton
                          size="sm"
                          variant="ghost"
                          icon={<PlusIcon size={14} />}
                          label={t('wizard.tour.insertBefore', { number: index + 1 })}
                          disabled={slides.busy === locale}
                          onClick={() => {
                            history.remember(locale, list);
                            void slides.choose(locale, 'add', index);
                          }}
                        />
                      )}
                      <Button size="sm" variant="ghost" disabled={index === 0} aria-label={t('wizard.tour.moveUp', { number: index + 1 })} onClick={() => setList(moveItem(list, index, index - 1))}>
                        ↑
                      </Button>
                      <Button size="sm" variant="ghost" disabled={index === list.length - 1} aria-label={t('wizard.tour.moveDown', { number: index + 1 })} onClick={() => setList(moveItem(list, index, index + 1))}>
                        ↓
                      </Button>
                      <IconButton size="sm" variant="ghost" icon={<CloseIcon size={14} />} label={t('wizard.tour.remove', { number: index + 1 })} onClick={() => setList(list.filter((_, at) => at !== index))} />
                    </div>
                  </li>
                );
              })}
            </ol>
          )}
        </section>
        <ForeignTextImages paths={list.map((path) => path.replace(/^\/+/, ''))} images={images} urls={urls} />
      </LocaleTabs>
      <Modal title={t('wizard.tour.replaceTitle', { locale })} open={confirmReplace} onClose={() => setConfirmReplace(false)}>
        <div className="form-stack">
          <p>{t('wizard.tour.replaceText', { count: list.length, locale })}</p>
          <div className="export-actions">
            <Button variant="primary" onClick={replace}>
              {t('wizard.tour.replaceConfirm')}
            </Button>
            <Button onClick={() => setConfirmReplace(false)}>{t('common.cancel')}</Button>
          </div>
        </div>
      </Modal>
      <Modal title={zoomed ?? ''} open={zoomed !== null} onClose={() => setZoomed(null)}>
        {zoomed && urls[zoomed] && (
          <div className="slide-full">
            <img src={urls[zoomed]} alt={zoomed} width={width} height={height} />
          </div>
        )}
      </Modal>
    </StepFrame>
  );
}

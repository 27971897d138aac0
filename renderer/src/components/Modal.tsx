import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseIcon } from './icons';

/** A native modal <dialog>: focus is trapped and Escape closes it without extra code. */
export function Modal({ title, open, onClose, children }: { title: string; open: boolean; onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  // Each dialog's own title id: a step can hold more than one dialog.
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === ref.current) onClose();
      }}
    >
      <div className="modal__content">
        <header className="modal__header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="button button--ghost button--icon button--sm" onClick={onClose} aria-label={t('common.close')} title={t('common.close')}>
            <CloseIcon size={16} />
          </button>
        </header>
        <div className="modal__body">{open && children}</div>
      </div>
    </dialog>
  );
}

import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseIcon } from './icons';

interface DialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  wide?: boolean;
  /** Refuse Escape and the close button while work is under way. */
  busy?: boolean;
}

/**
 * A modal dialog on the native <dialog>: the browser traps the focus, makes the page behind
 * inert and gives Escape; mounted means open.
 */
export function Dialog({ title, onClose, children, wide, busy }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog--wide' : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
    >
      <div className="dialog__header">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('checklists.close')}
          disabled={busy}
          onClick={onClose}
        >
          <CloseIcon />
        </button>
      </div>
      <div className="dialog__body">{children}</div>
    </dialog>
  );
}

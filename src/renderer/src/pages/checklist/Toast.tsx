import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { selectToast } from '@renderer/stores/checklist/selectors';
import { useChecklistStore } from '@renderer/stores/checklist/store';
import type { Toast as ToastData } from '@renderer/stores/checklist/view-slice';
import { fieldLabel, fieldValue } from './field-values';
import { itemRef } from './labels';

const TOAST_MS = 6000;

/** "Undid: Art. 7(1) result, Gap → Partly implemented": the edit taken back, by name. */
function replayText(t: TFunction, replay: NonNullable<ToastData['replay']>): string {
  const [first, ...rest] = replay.changes;
  if (!first) return '';
  const one = t('checklist.undo.change', {
    item: itemRef(t, first),
    field: fieldLabel(t, first.field).toLocaleLowerCase(),
    from: fieldValue(t, first.field, first.from),
    to: fieldValue(t, first.field, first.to),
  });
  const changes =
    rest.length === 0 ? one : t('checklist.undo.more', { changes: one, count: rest.length });
  return t(`checklist.undo.${replay.kind}`, { changes });
}

/**
 * A short confirmation read out by screen readers. A plain one goes after a while; one that
 * offers Redo stays until it is used, closed or replaced, so nobody has to race a timer for it.
 */
export function Toast() {
  const { t } = useTranslation();
  const toast = useChecklistStore(selectToast);
  const replay = toast?.replay;
  const offersRedo = replay?.kind === 'undid';
  useEffect(() => {
    if (!toast || offersRedo) return;
    const timer = setTimeout(() => useChecklistStore.getState().dismissToast(), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast, offersRedo]);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <p key={toast.id} className="toast" data-testid="toast">
          <span>{replay ? replayText(t, replay) : toast.text}</span>
          {offersRedo && (
            <>
              <button
                type="button"
                className="toast__action"
                onClick={() => void useChecklistStore.getState().redo()}
              >
                {t('checklist.redo.button')}
              </button>
              <button
                type="button"
                className="toast__action toast__close"
                aria-label={t('checklists.close')}
                onClick={() => useChecklistStore.getState().dismissToast()}
              >
                ×
              </button>
            </>
          )}
        </p>
      )}
    </div>
  );
}

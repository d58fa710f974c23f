import { useEffect } from 'react';
import { selectToast } from '@renderer/stores/checklist/selectors';
import { useChecklistStore } from '@renderer/stores/checklist/store';

const TOAST_MS = 6000;

/** A short confirmation ("Undid 3 changes"), read out by screen readers, gone after a while. */
export function Toast() {
  const toast = useChecklistStore(selectToast);
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => useChecklistStore.getState().dismissToast(), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast]);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <p key={toast.id} className="toast" data-testid="toast">
          {toast.text}
        </p>
      )}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { TrashKind } from '@shared/domain/trash';
import { useTrashStore } from '@renderer/stores/trash/store';
import '@renderer/styles/trash.css';

/**
 * Shown on the page a deleted item left: what went to the trash, with Undo at hand. `onUndo`
 * reloads that page's list once the item is back.
 */
export function MovedToTrashNotice({ kind, onUndo }: { kind: TrashKind; onUndo(): void }) {
  const { t } = useTranslation('trash');
  const moved = useTrashStore((s) => s.lastMoved);
  const busy = useTrashStore((s) => s.busy !== null);
  if (moved?.kind !== kind) return null;
  return (
    <div className="notice notice--success trash-moved" role="status">
      <p>{t('moved', { title: moved.title })}</p>
      <div className="row-actions">
        <button
          type="button"
          className="button button--small"
          disabled={busy}
          onClick={() =>
            void useTrashStore
              .getState()
              .restore(moved.trashId)
              .then((done) => done && onUndo())
          }
        >
          {t('undo')}
        </button>
        <a className="button button--small" href="#/trash">
          {t('open')}
        </a>
        <button
          type="button"
          className="link-button"
          onClick={() => useTrashStore.getState().dismissMoved()}
        >
          {t('dismiss')}
        </button>
      </div>
    </div>
  );
}

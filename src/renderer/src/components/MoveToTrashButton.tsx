import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrashKind } from '@shared/domain/trash';
import { useTrashStore } from '@renderer/stores/trash/store';
import '@renderer/styles/trash.css';
import { ErrorAlert } from './ErrorAlert';
import { TrashIcon } from './icons';

interface MoveToTrashButtonProps {
  kind: TrashKind;
  title: string;
  /** The domain's delete method, e.g. () => call('sessions.delete', { id }). */
  remove(): Promise<{ trashId?: string }>;
  /** Where to go once moved: the list the item belonged to (it shows Undo). */
  onMoved(): void;
  small?: boolean;
}

/** Deleting never destroys: the item moves to the trash, restorable for 30 days. */
export function MoveToTrashButton({ kind, title, remove, onMoved, small }: MoveToTrashButtonProps) {
  const { t } = useTranslation('trash');
  const [moving, setMoving] = useState(false);
  const [failed, setFailed] = useState(false);
  const error = useTrashStore((s) => s.moveError);
  return (
    <>
      <button
        type="button"
        className={small ? 'button button--small' : 'button'}
        disabled={moving}
        aria-label={t('moveLabel', { title })}
        onClick={() => {
          setMoving(true);
          void useTrashStore
            .getState()
            .moveToTrash(kind, title, remove)
            .then((moved) => {
              setMoving(false);
              setFailed(!moved);
              if (moved) onMoved();
            });
        }}
      >
        <TrashIcon />
        {t('move')}
      </button>
      {failed && error && <ErrorAlert error={error} title={t('moveFailed')} />}
    </>
  );
}

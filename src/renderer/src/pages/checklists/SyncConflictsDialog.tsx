import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncConflict, SyncOption } from '@shared/domain/sync';
import { Dialog } from '@renderer/components/Dialog';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { formatDateTime } from '@renderer/format/intl';
import { conflictId, useSyncStore } from '@renderer/stores/sync/store';
import { fieldLabel, fieldValue } from '../checklist/field-values';
import { itemRef } from '../checklist/labels';
import '@renderer/styles/checklists.css';

function Who({ option }: { option: SyncOption }) {
  const { t } = useTranslation('sync');
  return (
    <span className="conflict-who">
      {t('dialog.by', {
        name: option.actor || '—',
        organisation: option.organisation ?? '—',
        date: formatDateTime(option.at),
      })}
    </span>
  );
}

function ConflictRow({ conflict }: { conflict: SyncConflict }) {
  const { t } = useTranslation('sync');
  const { t: tMain } = useTranslation();
  const deciding = useSyncStore((s) => s.deciding);
  const id = conflictId(conflict);
  const [chosen, setChosen] = useState<string | null>(null);
  const where =
    conflict.articleNumber !== null && conflict.paragraph !== null
      ? itemRef(tMain, { articleNumber: conflict.articleNumber, paragraph: conflict.paragraph })
      : conflict.provisionId === null
        ? t('dialog.header')
        : conflict.provisionId;
  const field = fieldLabel(tMain, conflict.field);
  const choices = [...(conflict.current ? [conflict.current] : []), ...conflict.options];
  return (
    <tr className="conflict-start">
      <th scope="row" className="table__row-head conflict-item">
        {conflict.checklistTitle}
        <br />
        {where}
      </th>
      <td className="conflict-field">{field}</td>
      <td className="conflict-value">
        {conflict.current ? fieldValue(tMain, conflict.field, conflict.current.value) : '—'}
      </td>
      <td className="conflict-keep">
        <fieldset className="choice-group">
          <legend className="visually-hidden">
            {t('dialog.keepLabel', { item: where, field })}
          </legend>
          {choices.map((option) => (
            <label key={option.changeId} className="check">
              <input
                type="radio"
                name={`keep-${id}`}
                checked={chosen === option.changeId}
                onChange={() => setChosen(option.changeId)}
              />
              <span>
                {fieldValue(tMain, conflict.field, option.value)}
                <Who option={option} />
              </span>
            </label>
          ))}
        </fieldset>
        <button
          type="button"
          className="button button--primary"
          disabled={chosen === null || deciding !== null}
          onClick={() => chosen && void useSyncStore.getState().decide(conflict, chosen)}
        >
          {deciding === id ? t('dialog.deciding') : t('dialog.choose')}
        </button>
      </td>
    </tr>
  );
}

/**
 * Fields people changed on more than one computer, as the hub reports them: the same table as
 * the checklist file merge, with every competing value and who made it where. A decision goes
 * to the hub at once and reaches every computer on its next sync.
 */
export function SyncConflictsDialog({ conflicts }: { conflicts: SyncConflict[] }) {
  const { t } = useTranslation('sync');
  const error = useSyncStore((s) => s.decideError);
  const deciding = useSyncStore((s) => s.deciding);
  const close = () => useSyncStore.getState().closeConflicts();
  return (
    <Dialog title={t('dialog.title')} onClose={close} busy={deciding !== null} wide>
      <div className="merge" data-testid="sync-conflicts">
        <p>{t('dialog.intro')}</p>
        {conflicts.length === 0 ? (
          <p role="status">{t('dialog.none')}</p>
        ) : (
          <div className="table-scroll merge__table">
            <table className="table table--compact conflict-table">
              <caption className="visually-hidden">{t('dialog.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dialog.item')}</th>
                  <th scope="col">{t('dialog.field')}</th>
                  <th scope="col">{t('dialog.current')}</th>
                  <th scope="col">{t('dialog.options')}</th>
                </tr>
              </thead>
              <tbody>
                {conflicts.map((conflict) => (
                  <ConflictRow key={conflictId(conflict)} conflict={conflict} />
                ))}
              </tbody>
            </table>
          </div>
        )}
        {error && <ErrorAlert error={error} title={t('dialog.failed')} />}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={close} disabled={deciding !== null}>
            {t('dialog.close')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

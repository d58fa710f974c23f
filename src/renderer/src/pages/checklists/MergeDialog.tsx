import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '@shared/domain/exchange';
import { HEADER_CONFLICT_KEY } from '@shared/domain/exchange-keys';
import { Dialog } from '@renderer/components/Dialog';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { formatDateTime } from '@renderer/format/intl';
import { useCountryNames } from '@renderer/format/locale';
import {
  selectDecisions,
  selectImportError,
  selectImportPhase,
} from '@renderer/stores/checklists/selectors';
import { useChecklistsStore } from '@renderer/stores/checklists/store';
import { fieldLabel, fieldValue } from '../checklist/field-values';
import { itemRef, shortRef } from '../checklist/labels';

type Conflict = ImportPreview['conflicts'][number];

function ConflictRows({ conflict }: { conflict: Conflict }) {
  const { t } = useTranslation();
  const decision = useChecklistsStore(selectDecisions)[conflict.provisionId];
  const header = conflict.provisionId === HEADER_CONFLICT_KEY;
  const ref = header ? t('checklists.exchange.headerItem') : shortRef(conflict);
  const span = conflict.fields.length;
  const choose = (choice: 'local' | 'incoming') =>
    useChecklistsStore.getState().decide(conflict.provisionId, choice);
  return (
    <>
      {conflict.fields.map((f, index) => (
        <tr key={f.field} className={index === 0 ? 'conflict-start' : undefined}>
          {index === 0 && (
            <th scope="rowgroup" rowSpan={span} className="table__row-head conflict-item">
              {header ? ref : itemRef(t, conflict)}
            </th>
          )}
          <td className="conflict-field">{fieldLabel(t, f.field)}</td>
          <td className="conflict-value">{fieldValue(t, f.field, f.local)}</td>
          <td className="conflict-value">{fieldValue(t, f.field, f.incoming)}</td>
          {index === 0 && (
            <td rowSpan={span} className="conflict-keep">
              <fieldset className="choice-group">
                <legend className="visually-hidden">
                  {t('checklists.exchange.keepLabel', { item: ref })}
                </legend>
                <label className="check">
                  <input
                    type="radio"
                    name={`keep-${conflict.provisionId}`}
                    checked={decision === 'local'}
                    onChange={() => choose('local')}
                  />
                  <span>
                    {t('checklists.exchange.keepLocal')}
                    <span className="conflict-who">
                      {t('checklists.exchange.changedBy', {
                        name: conflict.localUpdatedBy,
                        date: formatDateTime(conflict.localUpdatedAt),
                      })}
                    </span>
                  </span>
                </label>
                <label className="check">
                  <input
                    type="radio"
                    name={`keep-${conflict.provisionId}`}
                    checked={decision === 'incoming'}
                    onChange={() => choose('incoming')}
                  />
                  <span>
                    {t('checklists.exchange.keepIncoming')}
                    <span className="conflict-who">
                      {t('checklists.exchange.changedBy', {
                        name: conflict.incomingUpdatedBy,
                        date: formatDateTime(conflict.incomingUpdatedAt),
                      })}
                    </span>
                  </span>
                </label>
              </fieldset>
            </td>
          )}
        </tr>
      ))}
    </>
  );
}

/** What a checklist file would change, and the person's choice for each conflict. */
export function MergeDialog({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const countries = useCountryNames();
  const phase = useChecklistsStore(selectImportPhase);
  const decisions = useChecklistsStore(selectDecisions);
  const error = useChecklistsStore(selectImportError);
  const busy = phase === 'applying';
  const undecided = preview.conflicts.filter((c) => !decisions[c.provisionId]).length;
  const by = preview.exportedBy;
  const cancel = () => useChecklistsStore.getState().cancelImport();

  return (
    <Dialog
      title={t('checklists.exchange.title', { title: preview.title })}
      onClose={cancel}
      busy={busy}
      wide
    >
      <div className="merge" data-testid="merge-dialog">
        <dl className="facts merge__facts">
          <dt>{t('checklists.exchange.sentBy')}</dt>
          <dd>
            {by.name
              ? t('checklists.exchange.sentByValue', {
                  name: by.name,
                  organisation: by.organisation || '—',
                })
              : t('checklists.exchange.sentByUnknown')}
          </dd>
          <dt>{t('checklists.exchange.machine')}</dt>
          <dd>{by.machineName || by.machineId}</dd>
          <dt>{t('checklists.exchange.exportedAt')}</dt>
          <dd>{formatDateTime(preview.exportedAt)}</dd>
          <dt>{t('checklists.exchange.country')}</dt>
          <dd>{countries.name(preview.country)}</dd>
        </dl>
        <p className="merge__kind">
          <span className="pill">{t(`checklists.exchange.kind.${preview.kind}`)}</span>
        </p>
        <ul className="merge__counts">
          <li>{t('checklists.exchange.items', { count: preview.items })}</li>
          <li>{t('checklists.exchange.incoming', { count: preview.incoming })}</li>
          <li>
            {preview.conflicts.length === 0
              ? t('checklists.exchange.noConflicts')
              : t('checklists.exchange.conflicts', { count: preview.conflicts.length })}
          </li>
        </ul>
        {preview.unknownProvisions.length > 0 && (
          <p className="notice notice--warning">
            {t('checklists.exchange.unknown', {
              count: preview.unknownProvisions.length,
              list: preview.unknownProvisions.join(', '),
            })}
          </p>
        )}
        {preview.conflicts.length > 0 && (
          <div className="table-scroll merge__table">
            <table className="table table--compact conflict-table">
              <caption className="visually-hidden">
                {t('checklists.exchange.conflictsCaption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('checklists.exchange.columns.item')}</th>
                  <th scope="col">{t('checklists.exchange.columns.field')}</th>
                  <th scope="col">{t('checklists.exchange.columns.local')}</th>
                  <th scope="col">{t('checklists.exchange.columns.incoming')}</th>
                  <th scope="col">{t('checklists.exchange.columns.keep')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.conflicts.map((conflict) => (
                  <ConflictRows key={conflict.provisionId} conflict={conflict} />
                ))}
              </tbody>
            </table>
          </div>
        )}
        {error && <ErrorAlert error={error} title={t('checklists.exchange.applyFailed')} />}
        <div className="dialog__actions">
          {undecided > 0 && (
            <span className="dialog__status" role="status">
              {t('checklists.exchange.undecided', { count: undecided })}
            </span>
          )}
          <button type="button" className="button" onClick={cancel} disabled={busy}>
            {t('checklists.exchange.cancel')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={busy || undecided > 0}
            onClick={() => void useChecklistsStore.getState().applyImport()}
          >
            {busy ? t('checklists.exchange.applying') : t('checklists.exchange.apply')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

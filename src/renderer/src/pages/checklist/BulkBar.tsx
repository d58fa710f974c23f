import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIORITIES, RESULTS, STATUSES } from '@shared/domain/assessment-values';
import type { ItemFields } from '@shared/domain/assessments';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import {
  selectBulkBusy,
  selectBulkError,
  selectSelected,
} from '@renderer/stores/checklist/selectors';
import { useChecklistStore } from '@renderer/stores/checklist/store';

function BulkSelect({
  label,
  onApply,
  disabled,
  children,
}: {
  label: string;
  onApply(value: string): void;
  disabled: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field bulk-bar__field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="field__select"
        value=""
        disabled={disabled}
        onChange={(event) => {
          if (event.target.value) onApply(event.target.value);
        }}
      >
        <option value="">{t('checklist.bulk.choose')}</option>
        {children}
      </select>
    </div>
  );
}

/** Shown while items are selected: one change for all of them, one step to undo. */
export function BulkBar({ agencies }: { agencies: string[] }) {
  const { t } = useTranslation();
  const agencyId = useId();
  const listId = useId();
  const selected = useChecklistStore(selectSelected);
  const busy = useChecklistStore(selectBulkBusy);
  const error = useChecklistStore(selectBulkError);
  const [agency, setAgency] = useState('');
  if (selected.length === 0) return null;
  const apply = (fields: Partial<ItemFields>) =>
    void useChecklistStore.getState().bulkUpdate(fields);

  return (
    <section className="bulk-bar" aria-label={t('checklist.bulk.label')} data-testid="bulk-bar">
      <p className="bulk-bar__count" role="status">
        {t('checklist.bulk.selected', { count: selected.length })}
      </p>
      <BulkSelect
        label={t('checklist.bulk.result')}
        disabled={busy}
        onApply={(value) => {
          const result = RESULTS.find((r) => r === value);
          if (result) apply({ result });
        }}
      >
        {RESULTS.map((r) => (
          <option key={r} value={r}>
            {t(`assessment.result.${r}`)}
          </option>
        ))}
      </BulkSelect>
      <BulkSelect
        label={t('checklist.bulk.status')}
        disabled={busy}
        onApply={(value) => {
          const status = STATUSES.find((s) => s === value);
          if (status) apply({ status });
        }}
      >
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`assessment.status.${s}`)}
          </option>
        ))}
      </BulkSelect>
      <BulkSelect
        label={t('checklist.bulk.priority')}
        disabled={busy}
        onApply={(value) => {
          const priority = PRIORITIES.find((p) => p === value);
          if (priority) apply({ priority });
        }}
      >
        {PRIORITIES.map((p) => (
          <option key={p} value={p}>
            {t(`assessment.priority.${p}`)}
          </option>
        ))}
      </BulkSelect>
      <form
        className="bulk-bar__agency"
        onSubmit={(event) => {
          event.preventDefault();
          if (agency.trim()) apply({ agency: agency.trim() });
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={agencyId}>
            {t('checklist.bulk.agency')}
          </label>
          <input
            id={agencyId}
            className="field__input"
            list={listId}
            value={agency}
            maxLength={300}
            placeholder={t('checklist.bulk.agencyPlaceholder')}
            onChange={(event) => setAgency(event.target.value)}
          />
          <datalist id={listId}>
            {agencies.map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
        </div>
        <button type="submit" className="button button--small" disabled={busy || !agency.trim()}>
          {t('checklist.bulk.apply')}
        </button>
      </form>
      <button
        type="button"
        className="link-button bulk-bar__clear"
        onClick={() => useChecklistStore.getState().setSelection([])}
      >
        {t('checklist.bulk.clear')}
      </button>
      {error && (
        <div className="bulk-bar__error">
          <ErrorAlert error={error} title={t('checklist.bulk.failed')} />
        </div>
      )}
    </section>
  );
}

import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '@shared/domain/assessments';
import { Dialog } from '@renderer/components/Dialog';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { selectCloneError, selectClonePhase } from '@renderer/stores/checklists/selectors';
import { useChecklistsStore } from '@renderer/stores/checklists/store';
import { localDate } from '@shared/dates';

export function CycleDialog({ source, onClose }: { source: AssessmentSummary; onClose(): void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const dateId = useId();
  const phase = useChecklistsStore(selectClonePhase);
  const error = useChecklistsStore(selectCloneError);
  const [title, setTitle] = useState(() =>
    t('checklists.cycle.defaultName', { title: source.title }),
  );
  const [date, setDate] = useState(() => localDate());
  const busy = phase === 'saving';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const id = await useChecklistsStore.getState().cloneChecklist(source.id, title, date);
    if (id) onClose();
  };

  const close = () => {
    useChecklistsStore.getState().clearWriteErrors();
    onClose();
  };

  return (
    <Dialog
      title={t('checklists.cycle.title', { title: source.title })}
      onClose={close}
      busy={busy}
    >
      <form className="form-grid" onSubmit={(event) => void submit(event)}>
        <p className="form-grid__wide dialog__intro">{t('checklists.cycle.intro')}</p>
        <div className="field form-grid__wide">
          <label className="field__label" htmlFor={titleId}>
            {t('checklists.cycle.name')}
          </label>
          <input
            id={titleId}
            className="field__input"
            value={title}
            required
            maxLength={200}
            onChange={(event) => setTitle(event.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={dateId}>
            {t('checklists.cycle.date')}
          </label>
          <input
            id={dateId}
            type="date"
            className="field__input"
            value={date}
            required
            onChange={(event) => setDate(event.target.value)}
          />
        </div>
        {phase === 'error' && error && (
          <div className="form-grid__wide">
            <ErrorAlert error={error} title={t('checklists.cycle.failed')} />
          </div>
        )}
        <div className="dialog__actions form-grid__wide">
          <button type="button" className="button" onClick={close} disabled={busy}>
            {t('checklists.form.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy || !title.trim()}>
            {busy ? t('checklists.form.creating') : t('checklists.cycle.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

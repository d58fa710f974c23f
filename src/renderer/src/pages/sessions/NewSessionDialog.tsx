import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '@renderer/components/Dialog';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { navigate } from '@renderer/router/use-route';
import { selectCreateError, selectCreatePhase } from '@renderer/stores/sessions/selectors';
import { useSessionsStore } from '@renderer/stores/sessions/store';
import { localDate } from '@shared/dates';
import { draftProblems, fieldsFrom, SessionFields, type SessionDraft } from './SessionFields';

export function NewSessionDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('sessions');
  const phase = useSessionsStore(selectCreatePhase);
  const error = useSessionsStore(selectCreateError);
  const busy = phase === 'saving';
  const [tried, setTried] = useState(false);
  const [draft, setDraft] = useState<SessionDraft>(() => ({
    title: '',
    startDate: localDate(),
    endDate: localDate(),
    place: '',
    organiser: '',
    facilitators: '',
    language: 'en',
    audience: '',
    countries: [],
    notes: '',
  }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(draftProblems(draft)).length > 0) return;
    const id = await useSessionsStore.getState().createSession(fieldsFrom(draft));
    if (id) {
      onClose();
      navigate({ page: 'session', id });
    }
  };
  const close = () => {
    useSessionsStore.getState().clearCreateError();
    onClose();
  };

  return (
    <Dialog title={t('list.newTitle')} onClose={close} busy={busy} wide>
      <form className="form-grid" onSubmit={(event) => void submit(event)} noValidate>
        <p className="form-grid__wide dialog__intro">{t('list.newIntro')}</p>
        <SessionFields draft={draft} onChange={setDraft} showProblems={tried} />
        {phase === 'error' && error && (
          <div className="form-grid__wide">
            <ErrorAlert error={error} title={t('list.createFailed')} />
          </div>
        )}
        <div className="dialog__actions form-grid__wide">
          <button type="button" className="button" onClick={close} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('list.creating') : t('list.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

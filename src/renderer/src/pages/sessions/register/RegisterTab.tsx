import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sortByText } from '@shared/domain/collation';
import { countryName } from '@shared/domain/countries';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { MovedToTrashNotice } from '@renderer/components/MovedToTrashNotice';
import {
  selectRemoveError,
  selectRemoving,
  selectSession,
} from '@renderer/stores/sessions/selectors';
import { useSessionsStore } from '@renderer/stores/sessions/store';
import { AddParticipantForm } from './AddParticipantForm';
import { DuplicatesPanel } from './DuplicatesPanel';
import { ImportRegisterButton, ImportRegisterPreview } from './ImportRegister';
import { SignInSheetButton, SignInSheetError } from './SignInSheet';

function ParticipantsTable() {
  const { t, i18n } = useTranslation('sessions');
  const session = useSessionsStore(selectSession);
  const removing = useSessionsStore(selectRemoving);
  const removeError = useSessionsStore(selectRemoveError);
  const [editing, setEditing] = useState<string | null>(null);
  if (!session) return null;
  // In the reader's alphabet: "Đỗ Thu Hà" among the D's, not after "Wanjiru".
  const participants = sortByText(session.participants, (p) => p.name, i18n.language);
  if (participants.length === 0) return <p className="empty-note">{t('register.empty')}</p>;
  return (
    <div className="table-scroll ws-card">
      <table className="table table--compact ws-table" data-testid="participants">
        <caption className="visually-hidden">
          {t('register.caption', { count: participants.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('register.columns.name')}</th>
            <th scope="col">{t('register.columns.organisation')}</th>
            <th scope="col">{t('register.columns.country')}</th>
            <th scope="col">{t('register.columns.role')}</th>
            <th scope="col">{t('register.columns.gender')}</th>
            <th scope="col">{t('register.columns.email')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('register.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {participants.map((p) => (
            <Fragment key={p.id}>
              <tr>
                <th scope="row" className="table__row-head">
                  <bdi>{p.name}</bdi>
                  {removing === p.id && removeError && (
                    <p className="field__error" role="alert">
                      {t('register.removeRefused', { message: removeError.message })}
                    </p>
                  )}
                </th>
                <td>{p.organisation}</td>
                <td>{countryName(p.country, i18n.language)}</td>
                <td>{p.role}</td>
                <td>{p.gender ? t(`gender.${p.gender}`) : ''}</td>
                <td className="ws-email">{p.email ?? ''}</td>
                <td className="ws-row-actions">
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t('register.editLabel', { name: p.name })}
                    aria-expanded={editing === p.id}
                    onClick={() => setEditing(editing === p.id ? null : p.id)}
                  >
                    {t('register.editButton')}
                  </button>
                  <button
                    type="button"
                    className="link-button"
                    disabled={removing === p.id && !removeError}
                    aria-label={t('register.removeLabel', { name: p.name })}
                    onClick={() => void useSessionsStore.getState().removeParticipant(p.id)}
                  >
                    {t('register.remove')}
                  </button>
                </td>
              </tr>
              {editing === p.id && (
                <tr>
                  <td colSpan={7}>
                    <AddParticipantForm editing={p} onDone={() => setEditing(null)} />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function RegisterTab() {
  const { t } = useTranslation('sessions');
  const session = useSessionsStore(selectSession);
  const removeError = useSessionsStore(selectRemoveError);
  const removing = useSessionsStore(selectRemoving);
  const orphanError =
    removeError && removing && !session?.participants.some((p) => p.id === removing);
  return (
    <div className="ws-stack">
      <div className="ws-section-head">
        <h2 className="section-title section-title--first">
          {t('register.title', { count: session?.participants.length ?? 0 })}
        </h2>
        <div className="ws-actions">
          {session && session.participants.length > 0 && (
            <SignInSheetButton sessionId={session.id} />
          )}
          <ImportRegisterButton />
        </div>
      </div>
      <SignInSheetError />
      <p className="section-intro">
        {t('register.intro')} {t('register.removeTrashed')}
      </p>
      <MovedToTrashNotice
        kind="participant"
        onUndo={() => void useSessionsStore.getState().refresh()}
      />
      <ImportRegisterPreview />
      <ParticipantsTable />
      {orphanError && <ErrorAlert error={removeError} />}
      <AddParticipantForm />
      <DuplicatesPanel />
    </div>
  );
}

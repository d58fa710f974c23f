import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { countryOptions } from '@shared/domain/countries';
import type { Participant, ParticipantInput } from '@shared/domain/sessions';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import {
  selectAddError,
  selectAddPhase,
  selectEditError,
  selectEditPhase,
  selectSession,
} from '@renderer/stores/sessions/selectors';
import { useSessionsStore } from '@renderer/stores/sessions/store';

export const GENDERS = ['female', 'male', 'other', 'undisclosed'] as const;
type Gender = (typeof GENDERS)[number];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface ParticipantFormProps {
  /** The person being edited; without one the form adds a new person to the register. */
  editing?: Participant;
  /** Called when an edit is saved or cancelled. */
  onDone?: () => void;
}

/** Adds a person to the register, or edits one already on it (the same fields and checks). */
export function AddParticipantForm({ editing, onDone }: ParticipantFormProps) {
  const { t, i18n } = useTranslation('sessions');
  const base = useId();
  const id = (name: string) => `${base}-${name}`;
  const session = useSessionsStore(selectSession);
  const addPhase = useSessionsStore(selectAddPhase);
  const addError = useSessionsStore(selectAddError);
  const editPhase = useSessionsStore(selectEditPhase);
  const editError = useSessionsStore(selectEditError);
  const phase = editing ? editPhase : addPhase;
  const error = editing ? editError : addError;
  const defaultCountry = session?.countries[0] ?? '';
  const [name, setName] = useState(editing?.name ?? '');
  const [organisation, setOrganisation] = useState(editing?.organisation ?? '');
  const [country, setCountry] = useState(editing?.country ?? defaultCountry);
  const [role, setRole] = useState(editing?.role ?? '');
  const [gender, setGender] = useState<Gender | ''>(editing?.gender ?? '');
  const [email, setEmail] = useState(editing?.email ?? '');
  const [tried, setTried] = useState(false);

  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);

  const problems = {
    name: name.trim() ? null : t('register.add.needName'),
    country: country ? null : t('register.add.needCountry'),
    email: email.trim() && !EMAIL.test(email.trim()) ? t('register.add.badEmail') : null,
  };
  const show = (key: keyof typeof problems) => (tried ? problems[key] : null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (problems.name || problems.country || problems.email) return;
    if (editing) {
      const saved = await useSessionsStore.getState().updateParticipant(editing.id, {
        name: name.trim(),
        organisation: organisation.trim(),
        country,
        role: role.trim(),
        gender: gender || null,
        email: email.trim() || null,
      });
      if (saved) onDone?.();
      return;
    }
    const input: ParticipantInput = {
      name: name.trim(),
      organisation: organisation.trim(),
      country,
      ...(role.trim() ? { role: role.trim() } : {}),
      ...(gender ? { gender } : {}),
      ...(email.trim() ? { email: email.trim() } : {}),
    };
    if (await useSessionsStore.getState().addParticipant(input)) {
      setName('');
      setOrganisation('');
      setRole('');
      setGender('');
      setEmail('');
      setTried(false);
      document.getElementById(id('name'))?.focus();
    }
  };

  const errorText = (key: keyof typeof problems) => {
    const message = show(key);
    return message ? (
      <p id={id(`${key}-error`)} className="field__error">
        {message}
      </p>
    ) : null;
  };

  return (
    <form
      className="ws-card ws-section"
      aria-labelledby={id('title')}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h3 id={id('title')} className="ws-subtitle">
        {editing ? t('register.edit.title', { name: editing.name }) : t('register.add.title')}
      </h3>
      <div className="form-grid ws-add-grid">
        <div className="field">
          <label className="field__label" htmlFor={id('name')}>
            {t('register.columns.name')}
          </label>
          <input
            id={id('name')}
            className="field__input"
            value={name}
            maxLength={200}
            required
            aria-invalid={show('name') ? true : undefined}
            aria-describedby={show('name') ? id('name-error') : undefined}
            onChange={(event) => setName(event.target.value)}
          />
          {errorText('name')}
        </div>
        <div className="field">
          <label className="field__label" htmlFor={id('organisation')}>
            {t('register.columns.organisation')}
          </label>
          <input
            id={id('organisation')}
            className="field__input"
            value={organisation}
            maxLength={200}
            onChange={(event) => setOrganisation(event.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={id('country')}>
            {t('register.columns.country')}
          </label>
          <select
            id={id('country')}
            className="field__select"
            value={country}
            required
            aria-invalid={show('country') ? true : undefined}
            aria-describedby={show('country') ? id('country-error') : undefined}
            onChange={(event) => setCountry(event.target.value)}
          >
            <option value="">{t('register.add.chooseCountry')}</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
          {errorText('country')}
        </div>
        <div className="field">
          <label className="field__label" htmlFor={id('role')}>
            {t('register.columns.role')}
          </label>
          <input
            id={id('role')}
            className="field__input"
            value={role}
            maxLength={200}
            onChange={(event) => setRole(event.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={id('gender')}>
            {t('register.columns.gender')}
          </label>
          <select
            id={id('gender')}
            className="field__select"
            value={gender}
            onChange={(event) => setGender(event.target.value as Gender | '')}
          >
            <option value="">{t('register.add.notGiven')}</option>
            {GENDERS.map((g) => (
              <option key={g} value={g}>
                {t(`gender.${g}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={id('email')}>
            {t('register.columns.email')}
          </label>
          <input
            id={id('email')}
            type="email"
            className="field__input"
            value={email}
            maxLength={320}
            aria-invalid={show('email') ? true : undefined}
            aria-describedby={show('email') ? id('email-error') : undefined}
            onChange={(event) => setEmail(event.target.value)}
          />
          {errorText('email')}
        </div>
      </div>
      {phase === 'error' && error && (
        <ErrorAlert
          error={error}
          title={editing ? t('register.edit.failed') : t('register.add.failed')}
        />
      )}
      <div className="ws-actions">
        {editing && (
          <button
            type="button"
            className="button"
            onClick={() => {
              useSessionsStore.getState().clearEditError();
              onDone?.();
            }}
          >
            {t('register.edit.cancel')}
          </button>
        )}
        <button type="submit" className="button button--primary" disabled={phase === 'saving'}>
          {phase === 'saving'
            ? t('common.saving')
            : editing
              ? t('register.edit.submit')
              : t('register.add.submit')}
        </button>
      </div>
    </form>
  );
}

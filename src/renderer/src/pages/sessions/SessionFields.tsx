import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '@shared/domain/sessions';
import { CountryPicker } from './CountryPicker';
import { languageName, WORKSHOP_LANGUAGES } from './format';

/** The workshop's descriptive fields as the form edits them (facilitators as one line). */
export interface SessionDraft {
  title: string;
  startDate: string;
  endDate: string;
  place: string;
  organiser: string;
  facilitators: string;
  language: string;
  audience: string;
  countries: string[];
  notes: string;
}

export function draftFrom(session: Session): SessionDraft {
  return {
    title: session.title,
    startDate: session.startDate,
    endDate: session.endDate,
    place: session.place,
    organiser: session.organiser,
    facilitators: session.facilitators.join(', '),
    language: session.language,
    audience: session.audience,
    countries: session.countries,
    notes: session.notes,
  };
}

export function fieldsFrom(draft: SessionDraft) {
  return {
    title: draft.title.trim(),
    startDate: draft.startDate,
    endDate: draft.endDate,
    place: draft.place.trim(),
    organiser: draft.organiser.trim(),
    facilitators: draft.facilitators
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
    language: draft.language,
    audience: draft.audience.trim(),
    countries: draft.countries,
    notes: draft.notes.trim(),
  };
}

/** What stops the form from being sent, as messages by field; empty when it can be sent. */
export function draftProblems(draft: SessionDraft): Partial<Record<keyof SessionDraft, string>> {
  const problems: Partial<Record<keyof SessionDraft, string>> = {};
  if (!draft.title.trim()) problems.title = 'form.needTitle';
  if (!draft.startDate) problems.startDate = 'form.needStart';
  if (!draft.endDate) problems.endDate = 'form.needEnd';
  else if (draft.startDate && draft.endDate < draft.startDate) problems.endDate = 'form.endBefore';
  return problems;
}

interface SessionFieldsProps {
  draft: SessionDraft;
  onChange(draft: SessionDraft): void;
  /** Show the problems (after a first try to send). */
  showProblems: boolean;
}

export function SessionFields({ draft, onChange, showProblems }: SessionFieldsProps) {
  const { t } = useTranslation('sessions');
  const base = useId();
  const id = (name: string) => `${base}-${name}`;
  const problems = showProblems ? draftProblems(draft) : {};
  const set = <K extends keyof SessionDraft>(key: K, value: SessionDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const problem = (key: keyof SessionDraft) => {
    const message = problems[key];
    return message ? (
      <p id={id(`${key}-problem`)} className="field__error">
        {t(message as 'form.needTitle')}
      </p>
    ) : null;
  };
  const describedBy = (key: keyof SessionDraft) =>
    problems[key] ? id(`${key}-problem`) : undefined;

  return (
    <>
      <div className="field form-grid__wide">
        <label className="field__label" htmlFor={id('title')}>
          {t('form.title')}
        </label>
        <input
          id={id('title')}
          className="field__input"
          value={draft.title}
          maxLength={200}
          required
          aria-invalid={problems.title ? true : undefined}
          aria-describedby={describedBy('title')}
          onChange={(event) => set('title', event.target.value)}
        />
        {problem('title')}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={id('start')}>
          {t('form.startDate')}
        </label>
        <input
          id={id('start')}
          type="date"
          className="field__input"
          value={draft.startDate}
          required
          aria-invalid={problems.startDate ? true : undefined}
          aria-describedby={describedBy('startDate')}
          onChange={(event) => {
            const startDate = event.target.value;
            // A one-day workshop by default: the end follows the start until it is set apart.
            onChange({
              ...draft,
              startDate,
              endDate: !draft.endDate || draft.endDate < startDate ? startDate : draft.endDate,
            });
          }}
        />
        {problem('startDate')}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={id('end')}>
          {t('form.endDate')}
        </label>
        <input
          id={id('end')}
          type="date"
          className="field__input"
          value={draft.endDate}
          min={draft.startDate || undefined}
          required
          aria-invalid={problems.endDate ? true : undefined}
          aria-describedby={describedBy('endDate')}
          onChange={(event) => set('endDate', event.target.value)}
        />
        {problem('endDate')}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={id('place')}>
          {t('form.place')}
        </label>
        <input
          id={id('place')}
          className="field__input"
          value={draft.place}
          maxLength={200}
          onChange={(event) => set('place', event.target.value)}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={id('organiser')}>
          {t('form.organiser')}
        </label>
        <input
          id={id('organiser')}
          className="field__input"
          value={draft.organiser}
          maxLength={200}
          onChange={(event) => set('organiser', event.target.value)}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={id('facilitators')}>
          {t('form.facilitators')}
        </label>
        <input
          id={id('facilitators')}
          className="field__input"
          value={draft.facilitators}
          aria-describedby={id('facilitators-hint')}
          onChange={(event) => set('facilitators', event.target.value)}
        />
        <span id={id('facilitators-hint')} className="field__hint">
          {t('form.facilitatorsHint')}
        </span>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={id('language')}>
          {t('form.language')}
        </label>
        <select
          id={id('language')}
          className="field__select"
          value={draft.language}
          onChange={(event) => set('language', event.target.value)}
        >
          {WORKSHOP_LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {languageName(code)}
            </option>
          ))}
        </select>
      </div>
      <div className="field form-grid__wide">
        <label className="field__label" htmlFor={id('audience')}>
          {t('form.audience')}
        </label>
        <input
          id={id('audience')}
          className="field__input"
          value={draft.audience}
          maxLength={300}
          placeholder={t('form.audiencePlaceholder')}
          onChange={(event) => set('audience', event.target.value)}
        />
      </div>
      <div className="form-grid__wide">
        <CountryPicker
          label={t('form.countries')}
          value={draft.countries}
          onChange={(countries) => set('countries', countries)}
        />
      </div>
      <div className="field form-grid__wide">
        <label className="field__label" htmlFor={id('notes')}>
          {t('form.notes')}
        </label>
        <textarea
          id={id('notes')}
          className="field__input field__textarea"
          value={draft.notes}
          maxLength={10000}
          rows={3}
          onChange={(event) => set('notes', event.target.value)}
        />
      </div>
    </>
  );
}

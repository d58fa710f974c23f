import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface Person {
  userName: string;
  organisation: string;
}

/**
 * Name and organisation of the person at this machine, as the first-run dialog and About ask
 * for them: one pair of fields, so both places keep the same limits and autofill hints.
 */
export function PersonFields({
  value,
  onChange,
}: {
  value: Person;
  onChange(value: Person): void;
}) {
  const { t } = useTranslation();
  const nameId = useId();
  const orgId = useId();
  return (
    <>
      <div className="field">
        <label className="field__label" htmlFor={nameId}>
          {t('settings.userName')}
        </label>
        <input
          id={nameId}
          className="field__input"
          value={value.userName}
          maxLength={120}
          autoComplete="name"
          onChange={(event) => onChange({ ...value, userName: event.target.value })}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={orgId}>
          {t('settings.organisation')}
        </label>
        <input
          id={orgId}
          className="field__input"
          value={value.organisation}
          maxLength={200}
          autoComplete="organization"
          onChange={(event) => onChange({ ...value, organisation: event.target.value })}
        />
      </div>
    </>
  );
}

import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName, countryOptions } from '@shared/domain/countries';
import { CloseIcon } from '@renderer/components/icons';

interface CountryPickerProps {
  label: string;
  value: string[];
  onChange(codes: string[]): void;
}

/**
 * Several countries: a native select adds one (it finds a name by typing), each chosen
 * country is a chip with its own remove button. Names follow the reader's language.
 */
export function CountryPicker({ label, value, onChange }: CountryPickerProps) {
  const { t, i18n } = useTranslation('sessions');
  const id = useId();
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  return (
    <div className="field ws-countries">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="field__select"
        value=""
        onChange={(event) => {
          const code = event.target.value;
          if (code && !value.includes(code)) onChange([...value, code]);
        }}
      >
        <option value="">{t('form.addCountry')}</option>
        {countries
          .filter((c) => !value.includes(c.code))
          .map((c) => (
            <option key={c.code} value={c.code}>
              {c.name} ({c.code})
            </option>
          ))}
      </select>
      {value.length > 0 && (
        <ul className="ws-chips" aria-label={label}>
          {value.map((code) => (
            <li key={code} className="ws-chip">
              <span>
                {countryName(code, i18n.language)} <span className="muted">({code})</span>
              </span>
              <button
                type="button"
                className="ws-chip__remove"
                aria-label={t('form.removeCountry', { country: countryName(code, i18n.language) })}
                onClick={() => onChange(value.filter((c) => c !== code))}
              >
                <CloseIcon />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { SelectField } from '@renderer/components/SelectField';
import { pseudoLocaleOffered } from '@renderer/i18n';
import { INTERFACE_LANGUAGES, LANGUAGE_NAMES, PSEUDO_LANGUAGE } from '@shared/i18n/languages';
import { useSettingsStore } from '@renderer/stores/settings/store';

/**
 * The interface language. Each name is in its own language (lang set on the option), so
 * whoever reads finds theirs; "System" follows the operating system or browser.
 */
export function LanguageField({ chosen }: { chosen: string }) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t('settings.language')}
      value={chosen}
      onChange={(value) => void useSettingsStore.getState().chooseLanguage(value)}
    >
      <option value="">{t('settings.languageSystem')}</option>
      {INTERFACE_LANGUAGES.map((language) => (
        <option key={language} value={language} lang={language}>
          {LANGUAGE_NAMES[language]}
        </option>
      ))}
      {(pseudoLocaleOffered() || chosen === PSEUDO_LANGUAGE) && (
        <option value={PSEUDO_LANGUAGE}>{t('settings.languagePseudo')}</option>
      )}
    </SelectField>
  );
}

import { useTranslation } from 'react-i18next';
import { SelectField } from '@renderer/components/SelectField';
import {
  useContentLanguage,
  useContentLanguageStore,
} from '@renderer/stores/content-language/store';
import { languageName } from '@renderer/components/content-language-names';

/**
 * The language the convention's words are read in, apart from the interface language: a
 * trainer may run the interface in English and show the articles in Vietnamese.
 */
export function ContentLanguagePicker() {
  const { t, i18n } = useTranslation('content');
  const { languages, chosen, choose } = useContentLanguageStore();
  const current = useContentLanguage();
  const ui = i18n.resolvedLanguage ?? 'en';
  if (current === null || languages.length < 2) return null;
  const followed = languages.find((l) => l.language === ui.split('-')[0])?.language;
  return (
    <div className="content-language-picker" data-testid="content-language-picker">
      <SelectField label={t('picker')} value={chosen} onChange={(value) => void choose(value, ui)}>
        <option value="">
          {t('followInterface', { language: languageName(followed ?? languages[0]!.language, ui) })}
        </option>
        {languages.map((l) => (
          <option key={l.language} value={l.language} lang={l.language}>
            {l.kind === 'original'
              ? languageName(l.language, l.language)
              : t(l.kind === 'official' ? 'officialOption' : 'unofficialOption', {
                  language: languageName(l.language, l.language),
                })}
          </option>
        ))}
      </SelectField>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { Article } from '@shared/domain/library';

/**
 * The treaty's own words from an official-text pack, shown as plain text: line breaks are
 * kept by CSS, and nothing in it is ever read as HTML.
 */
export function OfficialText({ official }: { official: NonNullable<Article['officialText']> }) {
  const { t } = useTranslation();
  return (
    <section className="official-text" aria-labelledby="official-text">
      <h2 id="official-text" className="section-title">
        {t('article.officialText')}
      </h2>
      <blockquote className="official-text__body">{official.text}</blockquote>
      <p className="official-text__source">
        {t('article.officialSource', { pack: official.packTitle })}
      </p>
    </section>
  );
}

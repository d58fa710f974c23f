import { useTranslation } from 'react-i18next';
import type { Article } from '@shared/domain/library';
import { articleHref } from '@renderer/router/routes';

export function RelatedArticles({ related }: { related: Article['related'] }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="related-articles">
      <h2 id="related-articles" className="panel__title">
        {t('article.related')}
      </h2>
      <ul className="related">
        {related.map((item) => (
          <li key={item.number}>
            <a className="related__link" href={articleHref(item.number)}>
              <span className="related__number">
                {t('library.articleNumber', { number: item.number })}
              </span>
              <span className="related__title">{item.title}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

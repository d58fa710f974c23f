import { useTranslation } from 'react-i18next';
import type { Article } from '@shared/domain/library';

export function BudapestEquivalent({ budapest }: { budapest: NonNullable<Article['budapest']> }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="budapest">
      <h2 id="budapest" className="panel__title">
        {t('article.budapest')}
      </h2>
      <p className="panel__lead">{t('article.budapestArticle', { article: budapest.article })}</p>
      <p className="panel__text">{budapest.note}</p>
    </section>
  );
}

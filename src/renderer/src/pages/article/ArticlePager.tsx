import { useTranslation } from 'react-i18next';
import type { Article } from '@shared/domain/library';
import { BackIcon, ForwardIcon } from '@renderer/components/icons';
import { navigate } from '@renderer/router/use-route';

export function ArticlePager({ previous, next }: Pick<Article, 'previous' | 'next'>) {
  const { t } = useTranslation();
  return (
    <nav className="pager" aria-label={t('article.pager')}>
      {previous !== null && (
        <button
          type="button"
          className="button pager__previous"
          onClick={() => navigate({ page: 'article', number: previous })}
        >
          <BackIcon /> {t('article.previous', { number: previous })}
        </button>
      )}
      {next !== null && (
        <button
          type="button"
          className="button pager__next"
          onClick={() => navigate({ page: 'article', number: next })}
        >
          {t('article.next', { number: next })} <ForwardIcon />
        </button>
      )}
    </nav>
  );
}

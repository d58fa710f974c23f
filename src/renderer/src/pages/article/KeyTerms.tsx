import { useTranslation } from 'react-i18next';
import type { TermRef } from '@shared/domain/library';
import { articleHref } from '@renderer/router/routes';

export function KeyTerms({ terms, article }: { terms: TermRef[]; article: number }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="key-terms">
      <h2 id="key-terms" className="panel__title">
        {t('article.terms')}
      </h2>
      <dl className="terms">
        {terms.map((term) => (
          <div key={term.id} className="terms__entry">
            <dt className="terms__term">{term.term}</dt>
            <dd className="terms__definition">
              {term.definition}
              {term.article !== article && (
                <a className="terms__source" href={articleHref(term.article)}>
                  {t('article.termSource', { article: term.article })}
                </a>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

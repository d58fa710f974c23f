import { useTranslation } from 'react-i18next';
import type { Article } from '@shared/domain/library';
import { ObligationBadge } from '@renderer/components/ObligationBadge';
import { PageTitle } from '@renderer/components/PageTitle';
import { ArticlePager } from './ArticlePager';
import { ArticleQuestionsLink } from './ArticleQuestionsLink';
import { BudapestEquivalent } from './BudapestEquivalent';
import { KeyTerms } from './KeyTerms';
import { OfficialText } from './OfficialText';
import { PackStatusNote } from './PackStatusNote';
import { ProvisionCard } from './ProvisionCard';
import { RelatedArticles } from './RelatedArticles';
import { VerificationNotice } from './VerificationNotice';
import { ContentNotice } from '@renderer/components/ContentNotice';

export function ArticleView({ article }: { article: Article }) {
  const { t } = useTranslation();
  const heading = t('article.heading', { number: article.number });
  return (
    <article className="page page--article">
      <nav className="breadcrumb" aria-label={t('article.breadcrumb')}>
        <ol>
          <li>
            <a href="#/">{t('nav.library')}</a>
          </li>
          <li>{t('article.chapter', { number: article.chapter, title: article.chapterTitle })}</li>
          <li aria-current="page">{heading}</li>
        </ol>
      </nav>
      <header className="page-header article-header">
        <p className="article-header__eyebrow">
          <span>{heading}</span>
          <ObligationBadge level={article.obligation} />
        </p>
        <PageTitle documentTitle={`${heading} — ${article.title}`}>{article.title}</PageTitle>
        <p className="page-header__meta">
          {t('article.chapter', { number: article.chapter, title: article.chapterTitle })}
        </p>
        <p className="article-header__content">
          <ContentNotice origin={article.content} />
        </p>
        <ArticleQuestionsLink article={article.number} />
      </header>

      <div className="article-layout">
        <div className="article-layout__body">
          <section aria-labelledby="summary">
            <h2 id="summary" className="section-title">
              {t('article.summary')}
            </h2>
            {article.verification !== 'text-read' && (
              <VerificationNotice verification={article.verification} />
            )}
            <p className="summary" lang={article.content?.language}>
              {article.summary}
            </p>
            <PackStatusNote article={article.number} />
            {article.topics.length > 0 && (
              <ul className="chips" aria-label={t('article.topics')}>
                {article.topics.map((topic) => (
                  <li key={topic} className="chip">
                    {topic}
                  </li>
                ))}
              </ul>
            )}
          </section>

          {article.officialText && <OfficialText official={article.officialText} />}

          {article.provisions.length > 0 && (
            <section aria-labelledby="provisions">
              <h2 id="provisions" className="section-title">
                {t('article.provisions')}
              </h2>
              <ol className="provisions">
                {article.provisions.map((provision) => (
                  <ProvisionCard key={provision.id} provision={provision} />
                ))}
              </ol>
            </section>
          )}
        </div>

        <aside className="article-layout__aside" aria-label={t('article.aside')}>
          {article.terms.length > 0 && <KeyTerms terms={article.terms} article={article.number} />}
          {article.related.length > 0 && <RelatedArticles related={article.related} />}
          {article.budapest && <BudapestEquivalent budapest={article.budapest} />}
        </aside>
      </div>

      <ArticlePager previous={article.previous} next={article.next} />
    </article>
  );
}

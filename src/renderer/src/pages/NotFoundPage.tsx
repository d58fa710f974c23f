import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/PageTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <header className="page-header">
        <PageTitle documentTitle={t('notFound.title')}>{t('notFound.title')}</PageTitle>
        <p className="page-header__intro">{t('notFound.body')}</p>
      </header>
      <p>
        <a href="#/">{t('article.backToLibrary')}</a>
      </p>
    </div>
  );
}

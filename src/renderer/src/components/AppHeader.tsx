import { useTranslation } from 'react-i18next';
import { SearchBox } from '../features/search/SearchBox';
import { HistoryButtons } from './HistoryButtons';
import { BrandMark } from './icons';

export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <a className="brand" href="#/">
        <BrandMark />
        <span className="brand__text">
          <span className="brand__name">{t('app.name')}</span>
          <span className="brand__tagline">{t('app.tagline')}</span>
        </span>
      </a>
      <HistoryButtons />
      <SearchBox />
    </header>
  );
}

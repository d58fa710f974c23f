import { useTranslation } from 'react-i18next';
import type { Route } from '../router/routes';
import { InfoIcon, LibraryIcon, PackIcon, QuestionIcon } from './icons';

interface SideNavProps {
  route: Route;
}

export function SideNav({ route }: SideNavProps) {
  const { t } = useTranslation();
  // An article belongs to the library, so the library stays marked while reading one.
  const inLibrary = route.page === 'library' || route.page === 'article';
  return (
    <nav className="side-nav" aria-label={t('nav.label')}>
      <ul className="side-nav__list">
        <li>
          <a className="side-nav__link" href="#/" aria-current={inLibrary ? 'page' : undefined}>
            <LibraryIcon />
            {t('nav.library')}
          </a>
        </li>
        <li>
          <a
            className="side-nav__link"
            href="#/questions"
            aria-current={route.page === 'questions' ? 'page' : undefined}
          >
            <QuestionIcon />
            {t('nav.questions')}
          </a>
        </li>
        <li>
          <a
            className="side-nav__link"
            href="#/packs"
            aria-current={route.page === 'packs' ? 'page' : undefined}
          >
            <PackIcon />
            {t('nav.packs')}
          </a>
        </li>
        <li>
          <a
            className="side-nav__link"
            href="#/about"
            aria-current={route.page === 'about' ? 'page' : undefined}
          >
            <InfoIcon />
            {t('nav.about')}
          </a>
        </li>
      </ul>
    </nav>
  );
}

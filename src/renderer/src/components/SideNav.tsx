import { useTranslation } from 'react-i18next';
import type { Route } from '../router/routes';
import {
  ChecklistIcon,
  InfoIcon,
  LibraryIcon,
  PackIcon,
  QuestionIcon,
  TrashIcon,
  WorkshopIcon,
} from './icons';

interface SideNavProps {
  route: Route;
}

export function SideNav({ route }: SideNavProps) {
  const { t } = useTranslation();
  // An article belongs to the library, so the library stays marked while reading one.
  const inLibrary = route.page === 'library' || route.page === 'article';
  const inChecklists =
    route.page === 'checklists' ||
    route.page === 'checklist' ||
    route.page === 'heatmap' ||
    route.page === 'compare';
  const inWorkshops =
    route.page === 'sessions' || route.page === 'session' || route.page === 'attempt';
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
            href="#/sessions"
            aria-current={inWorkshops ? 'page' : undefined}
          >
            <WorkshopIcon />
            {t('nav.workshops', { ns: 'sessions' })}
          </a>
        </li>
        <li>
          <a
            className="side-nav__link"
            href="#/checklists"
            aria-current={inChecklists ? 'page' : undefined}
          >
            <ChecklistIcon />
            {t('nav.checklists')}
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
        <li>
          <a
            className="side-nav__link"
            href="#/trash"
            aria-current={route.page === 'trash' ? 'page' : undefined}
          >
            <TrashIcon />
            {t('nav', { ns: 'trash' })}
          </a>
        </li>
      </ul>
    </nav>
  );
}

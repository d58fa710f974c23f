import { AboutPage } from '../pages/about/AboutPage';
import { ArticlePage } from '../pages/article/ArticlePage';
import { LibraryPage } from '../pages/library/LibraryPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { PacksPage } from '../pages/packs/PacksPage';
import { QuestionBankPage } from '../pages/questions/QuestionBankPage';
import type { Route } from '../router/routes';
import { useRoute } from '../router/use-route';
import { AppHeader } from './AppHeader';
import { SideNav } from './SideNav';
import { SkipLink } from './SkipLink';

function CurrentPage({ route }: { route: Route }) {
  switch (route.page) {
    case 'library':
      return <LibraryPage />;
    case 'article':
      return <ArticlePage number={route.number} />;
    case 'questions':
      return <QuestionBankPage filter={route.filter} />;
    case 'packs':
      return <PacksPage />;
    case 'about':
      return <AboutPage />;
    case 'not-found':
      return <NotFoundPage />;
  }
}

/** The app proper: header with search, navigation, and the page the address names. */
export function Workbench() {
  const route = useRoute();
  return (
    <div className="workbench">
      <SkipLink target="main" />
      <AppHeader />
      <SideNav route={route} />
      <main id="main" className="main" tabIndex={-1}>
        <CurrentPage route={route} />
      </main>
    </div>
  );
}

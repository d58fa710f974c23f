import { AboutPage } from '../pages/about/AboutPage';
import { ArticlePage } from '../pages/article/ArticlePage';
import { ChecklistPage } from '../pages/checklist/ChecklistPage';
import { ChecklistsPage } from '../pages/checklists/ChecklistsPage';
import { ComparePage } from '../pages/checklists/ComparePage';
import { HeatmapPage } from '../pages/checklists/HeatmapPage';
import { LibraryPage } from '../pages/library/LibraryPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { PacksPage } from '../pages/packs/PacksPage';
import { QuestionBankPage } from '../pages/questions/QuestionBankPage';
import { AttemptPage } from '../pages/sessions/attempt/AttemptPage';
import { PresenterScreen } from '../pages/sessions/present/PresenterScreen';
import { SessionPage } from '../pages/sessions/SessionPage';
import { SessionsPage } from '../pages/sessions/SessionsPage';
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
    case 'checklists':
      return <ChecklistsPage />;
    case 'checklist':
      return <ChecklistPage key={route.id} id={route.id} />;
    case 'heatmap':
      return <HeatmapPage />;
    case 'compare':
      return <ComparePage base={route.base} other={route.other} />;
    case 'sessions':
      return <SessionsPage />;
    case 'session':
      return <SessionPage key={route.id} id={route.id} tab={route.tab ?? 'overview'} />;
    case 'attempt':
      return (
        <AttemptPage
          key={route.attemptId}
          sessionId={route.id}
          attemptId={route.attemptId}
          feedback={route.feedback}
        />
      );
    case 'present':
      return null;
    case 'not-found':
      return <NotFoundPage />;
  }
}

/** The app proper: header with search, navigation, and the page the address names. */
export function Workbench() {
  const route = useRoute();
  // The projector view has no header or navigation: only what the room should see.
  if (route.page === 'present') return <PresenterScreen key={route.id} id={route.id} />;
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

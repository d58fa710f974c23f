import { lazy, Suspense, type ComponentType } from 'react';
import { ArticlePage } from '../pages/article/ArticlePage';
import { LibraryPage } from '../pages/library/LibraryPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import type { Route } from '../router/routes';
import { useRoute } from '../router/use-route';
import { QuizLockScreen } from '../features/quiz-lock/QuizLockScreen';
import { selectQuizLock, useQuizLockStore } from '../stores/sessions/quiz-lock';
import { AppHeader } from './AppHeader';
import { SideNav } from './SideNav';
import { SkipLink } from './SkipLink';
import { WelcomeDialog } from './WelcomeDialog';

// The library and articles are the first screens and load with the app; every other page is
// its own chunk, fetched (from the local bundle) the first time it is opened, so start-up
// parses and runs only what the first screen needs.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy itself takes ComponentType<any>
const page = <M extends Record<K, ComponentType<any>>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
) => lazy(async () => ({ default: (await load())[name] }));
const AboutPage = page(() => import('../pages/about/AboutPage'), 'AboutPage');
const ChecklistPage = page(() => import('../pages/checklist/ChecklistPage'), 'ChecklistPage');
const ChecklistsPage = page(() => import('../pages/checklists/ChecklistsPage'), 'ChecklistsPage');
const ComparePage = page(() => import('../pages/checklists/ComparePage'), 'ComparePage');
const HeatmapPage = page(() => import('../pages/checklists/HeatmapPage'), 'HeatmapPage');
const PacksPage = page(() => import('../pages/packs/PacksPage'), 'PacksPage');
const QuestionBankPage = page(
  () => import('../pages/questions/QuestionBankPage'),
  'QuestionBankPage',
);
const AttemptPage = page(() => import('../pages/sessions/attempt/AttemptPage'), 'AttemptPage');
const PresenterScreen = page(
  () => import('../pages/sessions/present/PresenterScreen'),
  'PresenterScreen',
);
const RoomScreen = page(() => import('../pages/live/RoomScreen'), 'RoomScreen');
const SessionPage = page(() => import('../pages/sessions/SessionPage'), 'SessionPage');
const SessionsPage = page(() => import('../pages/sessions/SessionsPage'), 'SessionsPage');
const TrashPage = page(() => import('../pages/trash/TrashPage'), 'TrashPage');

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
    case 'trash':
      return <TrashPage />;
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
    case 'live':
      return null;
    case 'not-found':
      return <NotFoundPage />;
  }
}

/** The app proper: header with search, navigation, and the page the address names. */
export function Workbench() {
  const route = useRoute();
  const lock = useQuizLockStore(selectQuizLock);
  // A participant answering on this computer sees only their quiz, whatever the address says.
  if (lock) return <QuizLockScreen lock={lock} />;
  // The projector view has no header or navigation: only what the room should see.
  if (route.page === 'present') {
    return (
      <Suspense fallback={null}>
        <PresenterScreen key={route.id} id={route.id} />
      </Suspense>
    );
  }
  if (route.page === 'live') {
    return (
      <Suspense fallback={null}>
        <RoomScreen key={route.roomId} roomId={route.roomId} />
      </Suspense>
    );
  }
  return (
    <div className="workbench">
      <SkipLink target="main" />
      <AppHeader />
      <SideNav route={route} />
      <main id="main" className="main" tabIndex={-1}>
        <Suspense fallback={<div className="page-loading" aria-busy="true" />}>
          <CurrentPage route={route} />
        </Suspense>
      </main>
      <WelcomeDialog />
    </div>
  );
}

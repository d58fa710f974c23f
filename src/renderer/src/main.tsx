import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { showLanguage, startingLanguage } from './i18n';
import { followMenuLanguage, followSavedLanguage } from './i18n/language-sync';
import './styles/index.css';
import { App } from './App';
import { prefetch } from './api/client';

// Not render-blocking: the first screen is Latin text, and the faces swap in when they arrive.
void import('./styles/fonts');

// The first screen's data is requested while React starts up, not after the first render;
// the library's only once the database is known to be ready (in recovery those calls would
// be refused, and the browser reports every refused request in the console).
void prefetch('system.status', {}).then((answer) => {
  const onLibrary = window.location.hash === '' || window.location.hash === '#/';
  if (!answer.ok || answer.data.state !== 'ready') return;
  void followSavedLanguage().catch(() => undefined); // the start-up language stays
  if (!onLibrary) return;
  prefetch('library.listChapters', {});
  prefetch('library.listArticles', {});
  prefetch('library.stats', {});
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

followMenuLanguage();
// A language other than English is one small chunk away; the first render waits for it so
// the screen never flashes English first.
void showLanguage(startingLanguage())
  .catch(() => undefined) // a catalog that fails to load leaves English, not a blank window
  .finally(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );

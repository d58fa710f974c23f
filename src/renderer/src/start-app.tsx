import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { showLanguage, startingLanguage } from './i18n';
import { followMenuLanguage, followSavedLanguage } from './i18n/language-sync';
import './styles/index.css';
import { App } from './App';
import { prefetch } from './api/client';

// Not render-blocking: the first screen is Latin text, and the faces swap in when they arrive.
void import('./styles/fonts');

// The status is asked for while React starts up, not after the first render (in browser mode
// the page usually carries it already, with the library's first answers: api/client.ts).
void prefetch('system.status', {}).then((answer) => {
  if (answer.ok && answer.data.state === 'ready') void followSavedLanguage().catch(() => undefined); // the start-up language stays
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

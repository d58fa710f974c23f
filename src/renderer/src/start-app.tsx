// The app proper, started by main.ts once the page has painted what it arrived with.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { followDocumentLanguage, isUiLanguage, showLanguage, startingLanguage } from './i18n';
import { followMenuLanguage, followSavedLanguage } from './i18n/language-sync';
import { App } from './App';
import { prefetch, startClient, takeCarried } from './api/client';
import { seedFirstScreen } from './first-screen/seed';

// Not render-blocking: the first screen is Latin text, and the faces swap in when they arrive.
void import('./styles/fonts');

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

startClient();
// The status is asked for while React starts up, not after the first render (in browser mode
// the page usually carries it already, with the library's first answers: api/client.ts).
void prefetch('system.status', {}).then((answer) => {
  if (answer.ok && answer.data.state === 'ready') void followSavedLanguage().catch(() => undefined); // the start-up language stays
});

followDocumentLanguage();
followMenuLanguage();
// Browser mode: the server may have drawn the library already (first-screen/render.tsx), in the
// language it names. The app starts in that language from the same answers, so its first
// render, which replaces the server's, draws the same screen.
const drawn = root.dataset.firstScreen;
const language = drawn && isUiLanguage(drawn) ? drawn : startingLanguage();
// A language other than English is one small chunk away; the first render waits for it so
// the screen never flashes English first.
void showLanguage(language)
  .catch(() => undefined) // a catalog that fails to load leaves English, not a blank window
  .finally(() => {
    if (drawn) seedFirstScreen(takeCarried, language);
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });

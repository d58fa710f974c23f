import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './styles/index.css';
import { App } from './App';
import { discardPrefetched, prefetch } from './api/client';

// Not render-blocking: the first screen is Latin text, and the faces swap in when they arrive.
void import('./styles/fonts');

// The first screen's data is requested before React starts up, beside the status rather than
// after it; if the database turns out not to be ready, those early answers are thrown away.
const status = prefetch('system.status', {});
if (window.location.hash === '' || window.location.hash === '#/') {
  prefetch('library.listChapters', {});
  prefetch('library.listArticles', {});
  prefetch('library.stats', {});
  void status.then((answer) => {
    if (!answer.ok || answer.data.state !== 'ready') discardPrefetched();
  });
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

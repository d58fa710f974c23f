import './zod-csp';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
// Only the unicode-range slices a page uses are fetched; all are local files, never the network.
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-sc/400.css';
import './styles/index.css';
import { App } from './App';
import { prefetch } from './api/client';

// The first screen's data is requested while React starts up, not after the first render;
// the library's only once the database is known to be ready (not in recovery).
void prefetch('system.status', {}).then((answer) => {
  const onLibrary = window.location.hash === '' || window.location.hash === '#/';
  if (!answer.ok || answer.data.state !== 'ready' || !onLibrary) return;
  prefetch('library.listChapters', {});
  prefetch('library.listArticles', {});
  prefetch('library.stats', {});
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

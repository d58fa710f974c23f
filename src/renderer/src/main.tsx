import './zod-csp';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './styles/index.css';
import { App } from './App';
import { prefetch } from './api/client';

// The first screen's data is requested while React starts up, not after the first render.
prefetch('system.status', {});
if (window.location.hash === '' || window.location.hash === '#/') {
  prefetch('library.listChapters', {});
  prefetch('library.listArticles', {});
  prefetch('library.stats', {});
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

import './styles/index.css';
import { takeToken } from './api/http-bridge';

// Browser mode: the token leaves the address bar at once, kept for this tab, so a reload or
// another address typed before the app runs still has it.
if (!window.api) takeToken(window.location, window.history, window.sessionStorage);

// The page may arrive with the library already drawn by the server (first-screen/render.tsx).
// The browser paints it first; the app, whose scripts take a while to run on a slow machine,
// starts in the task after that frame and draws the same screen over it. Without it (the
// desktop, a page opened without the token) the app starts at once.
const start = () => void import('./start-app');
if (document.getElementById('root')?.dataset.firstScreen)
  requestAnimationFrame(() => setTimeout(start));
else start();

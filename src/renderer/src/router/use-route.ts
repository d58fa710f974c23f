import { useMemo, useSyncExternalStore } from 'react';
import { hrefFor, parseRoute, type Route } from './routes';

function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash;
/** The server renders the page opened with the token, whose address names no page: the library. */
const serverHash = () => '';

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribeToHash, currentHash, serverHash);
  return useMemo(() => parseRoute(hash), [hash]);
}

/** Setting the hash adds a history entry, so browser back/forward walk through the pages. */
export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

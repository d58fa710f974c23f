import { useSyncExternalStore } from 'react';

interface HistoryAvailability {
  canGoBack: boolean;
  canGoForward: boolean;
}

// The Navigation API knows whether back/forward lead anywhere; where it is missing the
// buttons stay enabled, as browsers' own buttons would be if they could not tell.
// Looked up when asked, not on import: the server renders the first screen with this module.
const navigationApi = (): Navigation | undefined =>
  (window as { navigation?: Navigation }).navigation;

const UNKNOWN: HistoryAvailability = { canGoBack: true, canGoForward: true };
/** The server draws the page opened with the token: a new page, with nowhere to go back to. */
const FRESH_PAGE: HistoryAvailability = { canGoBack: false, canGoForward: false };
let snapshot: HistoryAvailability = UNKNOWN;

function read(): HistoryAvailability {
  const navigation = navigationApi();
  if (!navigation) return UNKNOWN;
  const { canGoBack, canGoForward } = navigation;
  if (snapshot.canGoBack !== canGoBack || snapshot.canGoForward !== canGoForward) {
    snapshot = { canGoBack, canGoForward };
  }
  return snapshot;
}

function subscribe(onChange: () => void): () => void {
  const navigation = navigationApi();
  navigation?.addEventListener('currententrychange', onChange);
  return () => navigation?.removeEventListener('currententrychange', onChange);
}

export function useHistoryAvailability(): HistoryAvailability {
  return useSyncExternalStore(subscribe, read, () => FRESH_PAGE);
}

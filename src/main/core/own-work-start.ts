/**
 * When the services' own work (the hub sync, trash expiry) may start: after the first call has
 * been answered and no other has come for `quietMs`, or `latestMs` after opening, whichever is
 * first. Earlier, its module loads and writes would stand between a starting app and the
 * answers its first screen waits for; much later, an expired trash entry would linger.
 */
export function ownWorkStart(
  start: () => void,
  { quietMs = 100, latestMs = 3000 }: { quietMs?: number; latestMs?: number } = {},
): <T>(call: () => Promise<T>) => Promise<T> {
  let started = false;
  let inFlight = 0;
  let quiet: NodeJS.Timeout | undefined;
  const begin = () => {
    clearTimeout(quiet);
    if (started) return;
    started = true;
    start();
  };
  setTimeout(begin, latestMs).unref();
  return async (call) => {
    inFlight++;
    clearTimeout(quiet);
    try {
      return await call();
    } finally {
      if (--inFlight === 0 && !started) quiet = setTimeout(begin, quietMs);
    }
  };
}

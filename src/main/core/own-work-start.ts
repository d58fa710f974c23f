/**
 * When the services' own work (the hub sync, trash expiry) may start: after the first call has
 * been answered and no other has come for `quietMs`, or `latestMs` after opening, whichever is
 * first. Earlier, its module loads and writes would stand between a starting app and the
 * answers its first screen waits for; much later, an expired trash entry would linger.
 * `started` stays settled, so a database reopened after a restore starts its own work at once.
 */
export function ownWorkStart({
  quietMs = 100,
  latestMs = 3000,
}: { quietMs?: number; latestMs?: number } = {}): {
  answering: <T>(call: () => Promise<T>) => Promise<T>;
  started: Promise<void>;
} {
  let inFlight = 0;
  let quiet: NodeJS.Timeout | undefined;
  let begun = false;
  let begin = () => {};
  const started = new Promise<void>((resolve) => {
    begin = () => {
      clearTimeout(quiet);
      begun = true;
      resolve();
    };
  });
  setTimeout(begin, latestMs).unref();
  return {
    started,
    async answering(call) {
      inFlight++;
      clearTimeout(quiet);
      try {
        return await call();
      } finally {
        if (--inFlight === 0 && !begun) quiet = setTimeout(begin, quietMs);
      }
    },
  };
}

import type { ApiBridge } from '@shared/api/bridge';
import type { PushEvent } from '@shared/api/events';

/**
 * Listens for push events, each checked against its schema before the listener sees it. The
 * schemas (and zod) load with the first subscription, not with the first screen; events keep
 * their order while they wait for them.
 */
export function watchEvents(
  source: Pick<ApiBridge, 'onEvent'>,
  listener: (event: PushEvent) => void,
): () => void {
  const checker = import('./event-check');
  let stopped = false;
  const stop = source.onEvent((event) => {
    void checker.then(({ checkEvent }) => {
      const checked = stopped ? null : checkEvent(event);
      if (checked) listener(checked);
    });
  });
  return () => {
    stopped = true;
    stop();
  };
}

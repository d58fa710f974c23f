import type { DomainHandlers } from '../api/dispatch';
import type { CoreContext } from '../services';

/** The services these handlers use: made before each call (services.ts). */
export const syncNeeds = ['sync'] as const;

export function syncHandlers({
  ready,
}: CoreContext<(typeof syncNeeds)[number]>): DomainHandlers<'sync'> {
  return {
    'sync.status': () => ready().sync.status(),
    'sync.configure': (input) => ready().sync.configure(input),
    'sync.run': () => ready().sync.run(),
    'sync.conflicts': () => ready().sync.conflicts(),
    'sync.decide': (input) => ready().sync.decide(input),
  };
}

import type { DomainHandlers } from '../api/dispatch';
import type { CoreContext } from '../services';

/** The services these handlers use: made before each call (services.ts). */
export const trashNeeds = ['trash'] as const;

export function trashHandlers({
  ready,
}: CoreContext<(typeof trashNeeds)[number]>): DomainHandlers<'trash'> {
  return {
    'trash.list': () => ready().trash.list(),
    'trash.restore': ({ id }) => ready().trash.restore(id),
    'trash.purge': ({ id }) => {
      ready().trash.purge(id);
      return { purged: true };
    },
  };
}

import type { DomainHandlers } from '../api/dispatch';
import type { CoreContext } from '../services';

export function trashHandlers({ ready }: CoreContext): DomainHandlers<'trash'> {
  return {
    'trash.list': () => ready().trash.list(),
    'trash.restore': ({ id }) => ready().trash.restore(id),
    'trash.purge': ({ id }) => {
      ready().trash.purge(id);
      return { purged: true };
    },
  };
}

import type { DomainHandlers } from '../api/dispatch';
import type { CoreContext } from '../services';

export function syncHandlers({ ready }: CoreContext): DomainHandlers<'sync'> {
  return {
    'sync.status': () => ready().sync.status(),
    'sync.configure': (input) => ready().sync.configure(input),
    'sync.run': () => ready().sync.run(),
    'sync.conflicts': () => ready().sync.conflicts(),
    'sync.decide': (input) => ready().sync.decide(input),
  };
}

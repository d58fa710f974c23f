import type { DomainHandlers } from '../api/dispatch';
import type { CoreContext } from '../services';

export function jobsHandlers({ ready }: CoreContext): DomainHandlers<'jobs'> {
  return {
    'jobs.cancel': ({ jobId }) => ready().jobs.cancel(jobId),
  };
}

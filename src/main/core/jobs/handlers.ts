import type { DomainHandlers } from '../api/dispatch';
import type { CoreContext } from '../services';

/** The services these handlers use: made before each call (services.ts). */
export const jobsNeeds = ['jobs'] as const;

export function jobsHandlers({
  ready,
}: CoreContext<(typeof jobsNeeds)[number]>): DomainHandlers<'jobs'> {
  return {
    'jobs.cancel': ({ jobId }) => ready().jobs.cancel(jobId),
  };
}

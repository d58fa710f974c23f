import { assessmentsHandlers } from '../assessments/handlers';
import { certificatesHandlers } from '../certificates/handlers';
import { packsHandlers } from '../content/handlers';
import { jobsHandlers } from '../jobs/handlers';
import { libraryHandlers } from '../library/handlers';
import { liveHandlers } from '../live/handlers';
import { reportsHandlers } from '../reports/handlers';
import { sessionsHandlers } from '../sessions/handlers';
import { syncHandlers } from '../sync/handlers';
import { systemHandlers, type SystemContext } from '../system/handlers';
import { trashHandlers } from '../trash/handlers';
import type { Handlers } from './dispatch';

/**
 * Every domain's handlers in the one record dispatch serves. Typed as Handlers, so a method in
 * the contract without a handler in its domain's handlers.ts does not compile.
 */
export function createHandlers(context: SystemContext): Handlers {
  return {
    ...libraryHandlers(context),
    ...packsHandlers(context),
    ...sessionsHandlers(context),
    ...assessmentsHandlers(context),
    ...reportsHandlers(context),
    ...certificatesHandlers(context),
    ...liveHandlers(context),
    ...systemHandlers(context),
    ...syncHandlers(context),
    ...jobsHandlers(context),
    ...trashHandlers(context),
  };
}

import { AppError } from '../../../shared/api/envelope';
import { RECOVERY_METHODS } from '../../../shared/api/methods';
import type { SystemContext } from '../system/handlers';
import { checkOutputFromEnv, createDispatch, type Dispatch } from './dispatch';
import { createHandlers } from './handlers';

export interface ServeOptions {
  dataFolder: string;
  /** Default: WORKBENCH_CHECK_OUTPUT=1 (see dispatch.ts). */
  checkOutput?: boolean | undefined;
  /** False while the database needs recovery: then only RECOVERY_METHODS answer. */
  isOpen: () => boolean;
}

/**
 * The contract, every domain's handlers and the dispatch over them. workbench.ts loads this
 * module with a dynamic import once the database is open, so opening (and the "ready" a shell
 * waits for) does not wait on building several thousand zod schemas.
 */
export function serve(context: SystemContext, options: ServeOptions): Dispatch {
  return createDispatch(createHandlers(context), {
    dataFolder: options.dataFolder,
    checkOutput: options.checkOutput ?? checkOutputFromEnv(),
    guard: (method) =>
      !options.isOpen() && !RECOVERY_METHODS.includes(method)
        ? new AppError(
            'NEEDS_RECOVERY',
            'The database could not be opened; restore a backup or quit first.',
          )
        : null,
  });
}

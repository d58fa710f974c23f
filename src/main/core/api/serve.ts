import { AppError } from '../../../shared/api/envelope';
import { RECOVERY_METHODS } from '../../../shared/api/recovery-methods';
import type { ContractPart } from '../../../shared/api/contracts/common';
import { loadServiceModules, type ServiceName } from '../services';
import type { SystemContext } from '../system/handlers';
import {
  checkOutputFromEnv,
  createDispatch,
  methodIn,
  type Dispatch,
  type Handlers,
  type MethodLookup,
} from './dispatch';
import { DOMAINS, domainOf, type Domain } from './domains';

export interface ServeOptions {
  dataFolder: string;
  /** Default: WORKBENCH_CHECK_OUTPUT=1 (see dispatch.ts). */
  checkOutput?: boolean | undefined;
  /** False while the database needs recovery: then only RECOVERY_METHODS answer. */
  isOpen: () => boolean;
}

export interface Serving {
  dispatch: Dispatch;
  /**
   * Loads a domain (contract part, handlers, services) ahead of its first call; settles either
   * way: a failure is that call's to report.
   */
  load(domain: Domain): Promise<void>;
}

/**
 * Reads a domain's modules (its contract part, its handlers and the modules of the services
 * they use) without making anything from them: this needs no open database, so the first
 * screen's domain is read while the database is being checked. Settles either way.
 */
export function preload(domain: Domain): Promise<void> {
  const loader = DOMAINS[domain];
  return Promise.all([
    loader.contract(),
    loader.handlers().then(({ needs }) => loadServiceModules(needs)),
  ]).then(
    () => undefined,
    () => undefined,
  );
}

interface LoadedDomain {
  part: ContractPart;
  handlers: Partial<Handlers>;
  needs: readonly ServiceName[];
}

/**
 * The dispatch over the domains, each loaded on its first call: that domain's contract part and
 * handlers module (api/domains.ts), then, before each call, the services its handlers use. A
 * library call thus never builds the other domains' schemas or loads their stores, and opening
 * (the "ready" a shell waits for) waits on none of it.
 */
export function serve(context: SystemContext, options: ServeOptions): Serving {
  const loaded = new Map<Domain, Promise<LoadedDomain>>();
  const loadDomain = (domain: Domain): Promise<LoadedDomain> => {
    let loading = loaded.get(domain);
    if (!loading) {
      const loader = DOMAINS[domain];
      loading = Promise.all([loader.contract(), loader.handlers()]).then(([part, module]) => ({
        part,
        handlers: module.create(context),
        needs: module.needs,
      }));
      loaded.set(domain, loading);
    }
    return loading;
  };

  const lookup: MethodLookup = async (method) => {
    const domain = domainOf(method);
    if (!domain) return undefined;
    const { part, handlers, needs } = await loadDomain(domain);
    const found = methodIn(part, handlers, method);
    return (
      found && {
        spec: found.spec,
        handler: async (input) => {
          await context.need(needs);
          return found.handler(input);
        },
      }
    );
  };

  const dispatch = createDispatch(lookup, {
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

  return {
    dispatch,
    // The services load beside the contract part, not after it.
    load: (domain) =>
      Promise.all([
        loadDomain(domain),
        DOMAINS[domain].handlers().then(({ needs }) => context.need(needs)),
      ]).then(
        () => undefined,
        () => undefined,
      ),
  };
}

import type { MethodName } from '../../../shared/api/contract';
import type { ContractPart } from '../../../shared/api/contracts/common';
import type { ServiceName } from '../services';
import type { SystemContext } from '../system/handlers';
import type { DomainHandlers } from './dispatch';

/** A method's domain: its name before the dot (`library` of `library.search`). */
export type Domain = MethodName extends infer M
  ? M extends `${infer D}.${string}`
    ? D
    : never
  : never;

/** A handlers module as loaded: the services its handlers use, and the handlers themselves. */
export interface HandlersModule<D extends Domain> {
  needs: readonly ServiceName[];
  create: (context: SystemContext) => DomainHandlers<D>;
}

/** Where a domain's contract part and handlers come from; each loads on its domain's first call. */
export interface DomainLoader<D extends Domain> {
  contract: () => Promise<ContractPart>;
  handlers: () => Promise<HandlersModule<D>>;
}

/**
 * Pairs a handlers function with the services it says it needs; it does not compile when the
 * handlers reach a service the list leaves out (their context offers only the listed ones).
 */
const handlersOf = <const Needs extends readonly ServiceName[], H>(
  needs: Needs,
  create: (context: SystemContext<Needs[number]>) => H,
) => ({ needs, create });

// One loader per module, shared by the domains it serves (quizzes' contract is in packs'
// part, their handlers in sessions'); import() itself loads a module once.
const contracts = {
  library: async () => (await import('../../../shared/api/contracts/library')).libraryContract,
  packs: async () => (await import('../../../shared/api/contracts/packs')).packsContract,
  sessions: async () => (await import('../../../shared/api/contracts/sessions')).sessionsContract,
  assessments: async () =>
    (await import('../../../shared/api/contracts/assessments')).assessmentsContract,
  reports: async () => (await import('../../../shared/api/contracts/reports')).reportsContract,
  certificates: async () =>
    (await import('../../../shared/api/contracts/certificates')).certificatesContract,
  live: async () => (await import('../../../shared/api/contracts/live')).liveContract,
  system: async () => (await import('../../../shared/api/contracts/system')).systemContract,
  sync: async () => (await import('../../../shared/api/contracts/sync')).syncContract,
  jobs: async () => (await import('../../../shared/api/contracts/jobs')).jobsContract,
  trash: async () => (await import('../../../shared/api/contracts/trash')).trashContract,
} satisfies Record<string, () => Promise<ContractPart>>;

const handlers = {
  library: async () => {
    const m = await import('../library/handlers');
    return handlersOf(m.libraryNeeds, m.libraryHandlers);
  },
  packs: async () => {
    const m = await import('../content/handlers');
    return handlersOf(m.packsNeeds, m.packsHandlers);
  },
  sessions: async () => {
    const m = await import('../sessions/handlers');
    return handlersOf(m.sessionsNeeds, m.sessionsHandlers);
  },
  assessments: async () => {
    const m = await import('../assessments/handlers');
    return handlersOf(m.assessmentsNeeds, m.assessmentsHandlers);
  },
  reports: async () => {
    const m = await import('../reports/handlers');
    return handlersOf(m.reportsNeeds, m.reportsHandlers);
  },
  certificates: async () => {
    const m = await import('../certificates/handlers');
    return handlersOf(m.certificatesNeeds, m.certificatesHandlers);
  },
  live: async () => {
    const m = await import('../live/handlers');
    return handlersOf(m.liveNeeds, m.liveHandlers);
  },
  system: async () => {
    const m = await import('../system/handlers');
    return handlersOf(m.systemNeeds, m.systemHandlers);
  },
  sync: async () => {
    const m = await import('../sync/handlers');
    return handlersOf(m.syncNeeds, m.syncHandlers);
  },
  jobs: async () => {
    const m = await import('../jobs/handlers');
    return handlersOf(m.jobsNeeds, m.jobsHandlers);
  },
  trash: async () => {
    const m = await import('../trash/handlers');
    return handlersOf(m.trashNeeds, m.trashHandlers);
  },
};

/**
 * Every domain of the contract → its loaders. Typed over every method's prefix, so a domain
 * added to the contract without a loader here, or a method without a handler, does not compile;
 * api/domains.test.ts checks the composed parts against the contract.
 */
export const DOMAINS: { [D in Domain]: DomainLoader<D> } = {
  library: { contract: contracts.library, handlers: handlers.library },
  packs: { contract: contracts.packs, handlers: handlers.packs },
  questions: { contract: contracts.packs, handlers: handlers.packs },
  quizzes: { contract: contracts.packs, handlers: handlers.sessions },
  sessions: { contract: contracts.sessions, handlers: handlers.sessions },
  people: { contract: contracts.sessions, handlers: handlers.sessions },
  attempts: { contract: contracts.sessions, handlers: handlers.sessions },
  assessments: { contract: contracts.assessments, handlers: handlers.assessments },
  reports: { contract: contracts.reports, handlers: handlers.reports },
  certificates: { contract: contracts.certificates, handlers: handlers.certificates },
  live: { contract: contracts.live, handlers: handlers.live },
  polls: { contract: contracts.live, handlers: handlers.live },
  system: { contract: contracts.system, handlers: handlers.system },
  settings: { contract: contracts.system, handlers: handlers.system },
  sync: { contract: contracts.sync, handlers: handlers.sync },
  jobs: { contract: contracts.jobs, handlers: handlers.jobs },
  trash: { contract: contracts.trash, handlers: handlers.trash },
};

/** The domain a method name belongs to, if any (own keys only: no `__proto__.x`). */
export function domainOf(method: string): Domain | undefined {
  const dot = method.indexOf('.');
  const domain = dot > 0 ? method.slice(0, dot) : '';
  return Object.hasOwn(DOMAINS, domain) ? (domain as Domain) : undefined;
}

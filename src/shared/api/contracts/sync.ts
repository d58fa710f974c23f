import { z } from 'zod';
import {
  syncConfigure,
  syncConflict,
  syncDecide,
  syncStatus,
  syncSummary,
} from '../../domain/sync';
import { noInput, type ContractPart } from './common';

/** Sync of checklists through a regional hub (docs/HUB.md, "The desktop side"). */
export const syncContract = {
  'sync.status': { input: noInput, output: syncStatus },
  'sync.configure': { input: syncConfigure, output: syncStatus },
  'sync.run': {
    input: noInput,
    output: syncSummary,
    errors: ['UNAUTHORIZED', 'UNAVAILABLE'],
  },
  'sync.conflicts': { input: noInput, output: z.array(syncConflict) },
  'sync.decide': {
    input: syncDecide,
    output: z.object({ value: z.string().nullable() }),
    errors: ['NOT_FOUND', 'CONFLICT', 'UNAUTHORIZED', 'UNAVAILABLE'],
  },
} as const satisfies ContractPart;

import { z } from 'zod';
import { trashEntry } from '../../domain/trash';
import { id, noInput, type ContractPart } from './common';

/**
 * The trash: deleted workshops, checklists and register entries, restorable for 30 days. The
 * delete methods live in their domains (sessions.delete, assessments.delete,
 * sessions.removeParticipant) and all move here.
 */
export const trashContract = {
  'trash.list': { input: noInput, output: z.array(trashEntry) },
  'trash.restore': {
    input: z.object({ id }).strict(),
    output: trashEntry,
    errors: ['NOT_FOUND', 'CONFLICT'],
  },
  'trash.purge': {
    input: z.object({ id }).strict(),
    output: z.object({ purged: z.boolean() }),
    errors: ['NOT_FOUND'],
  },
} as const satisfies ContractPart;

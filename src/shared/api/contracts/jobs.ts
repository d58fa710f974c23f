import { z } from 'zod';
import type { ContractPart } from './common';

/** Long jobs (pack import, report rendering) that run in worker threads: stopping one. */
export const jobsContract = {
  'jobs.cancel': {
    input: z.object({ jobId: z.string().min(1).max(80) }).strict(),
    /**
     * Answers once the job has ended: `cancelled` is false when it had already finished (or
     * finished before the stop reached it), so its result stands.
     */
    output: z.object({ jobId: z.string(), cancelled: z.boolean() }),
    errors: ['NOT_FOUND'],
  },
} as const satisfies ContractPart;

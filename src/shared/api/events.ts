import { z } from 'zod';

/** Server → UI push events: progress of long work first. */
export const eventSchemas = {
  'job.progress': z.object({
    jobId: z.string(),
    kind: z.string(),
    step: z.string(),
    current: z.number(),
    total: z.number(),
    done: z.boolean(),
  }),
  /** Something changed in a live room (an answer, a join, a step): the facilitator's view refreshes. */
  'live.changed': z.object({ roomId: z.string() }),
} as const;

export type EventName = keyof typeof eventSchemas;
export type EventPayload<E extends EventName> = z.infer<(typeof eventSchemas)[E]>;
export interface PushEvent<E extends EventName = EventName> {
  name: E;
  payload: EventPayload<E>;
}
export const EVENT_NAMES = Object.keys(eventSchemas) as EventName[];

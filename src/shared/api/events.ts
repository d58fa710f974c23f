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
  /** The interface language was chosen (in settings or the app menu): every window follows. */
  'settings.languageChanged': z.object({ interfaceLanguage: z.string() }),
} as const;

export type EventName = keyof typeof eventSchemas;
export type EventPayload<E extends EventName> = z.infer<(typeof eventSchemas)[E]>;
/** One event; without a name given, the union of all, so `event.name` narrows the payload. */
export type PushEvent<E extends EventName = EventName> = {
  [N in E]: { name: N; payload: EventPayload<N> };
}[E];
export const EVENT_NAMES = Object.keys(eventSchemas) as EventName[];

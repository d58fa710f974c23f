import './zod-jitless';
import { eventSchemas, type EventName, type PushEvent } from '@shared/api/events';

/**
 * An event as the server sent it, checked against its schema: the event when it fits, null
 * (and a line in the console) when it does not, so a page never acts on a malformed payload.
 */
export function checkEvent(
  event: unknown,
  log: (message: string) => void = console.warn,
): PushEvent | null {
  const name = (event as { name?: unknown } | null)?.name;
  if (typeof name !== 'string' || !Object.hasOwn(eventSchemas, name)) {
    log(`[events] dropped an event with an unknown name: ${String(name).slice(0, 80)}`);
    return null;
  }
  const parsed = eventSchemas[name as EventName].safeParse((event as { payload: unknown }).payload);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || 'payload';
    log(`[events] dropped a ${name} event: ${where}: ${parsed.error.issues[0]?.message ?? ''}`);
    return null;
  }
  // The payload was parsed with this name's own schema, so the pair is one PushEvent.
  return { name, payload: parsed.data } as PushEvent;
}

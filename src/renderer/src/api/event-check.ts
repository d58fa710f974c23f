// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- this lazy chunk is the one place zod runs in the renderer, and it must be jitless first
import { config } from 'zod';
import { eventSchemas, type EventName, type PushEvent } from '@shared/api/events';

// Zod probes `new Function` the first time it parses, to decide whether to compile fast
// parsers; the CSP (no 'unsafe-eval') reports that probe as a violation even though zod catches
// it. Jitless mode skips the probe; schemas are only built, never parsed, before this runs.
config({ jitless: true });

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
  return { name: name as EventName, payload: parsed.data };
}

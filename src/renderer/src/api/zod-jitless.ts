// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- the lazy event check is the one place zod runs in the renderer, and it must be jitless before any schema is built
import { config } from 'zod';

// Zod probes `new Function` when it builds an object schema, to decide whether to compile fast
// parsers; the CSP (no 'unsafe-eval') reports that probe as a violation even though zod catches
// it. Imported first by event-check.ts, so jitless mode is set before events.ts builds its schemas.
config({ jitless: true });

import { config } from 'zod';

// Shared modules build zod schemas when they load. Zod probes `new Function` to decide
// whether to compile fast parsers, and the renderer's CSP (no 'unsafe-eval') reports that
// probe as a violation even though zod catches it. Jitless mode skips the probe. This file
// is imported first in main.tsx, so it runs before any schema is built.
config({ jitless: true });

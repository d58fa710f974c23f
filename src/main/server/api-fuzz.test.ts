import { request } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../shared/api/contract';
import { METHOD_NAMES } from '../../shared/api/methods';
import { smallWorkbench } from '../core/testing/fixtures';
import type { Workbench } from '../core/workbench';
import { startBrowserServer, type BrowserServer } from './http-server';

// Runs per method: small in CI, more with FUZZ_RUNS=500 when looking for trouble.
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const TOKEN = 'fuzz-token-0123456789abcdef';

let workbench: Workbench;
let server: BrowserServer;
let files: string;
let cleanup: () => void;
const tally = { calls: 0, unexpected: [] as string[] };

beforeAll(async () => {
  let dataDir: string;
  ({ workbench, dataDir, filesDir: files, cleanup } = await smallWorkbench());
  server = await startBrowserServer({
    workbench,
    rendererDir: files, // no page is fetched: only /api
    token: TOKEN,
    port: 0,
    tempDir: `${dataDir}/tmp`,
  });
});

afterAll(async () => {
  await server.close();
  cleanup();
  console.log(
    `API fuzz: ${tally.calls} calls, ${tally.unexpected.length} unexpected answers${tally.unexpected.length ? `:\n${tally.unexpected.slice(0, 20).join('\n')}` : ''}`,
  );
});

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  pattern?: string;
}

/** Paths only ever inside the test's folder; ".." is kept literally, for the server to refuse. */
const pathArb = () =>
  fc.oneof(
    fc.string({ maxLength: 30 }).map((name) => `${files}/${name}`),
    fc.constantFrom('.json', '.docx', '.xlsx', '.pdf', '.csv').map((ext) => `${files}/out${ext}`),
    fc.string({ maxLength: 20 }).map((s) => s.replace(/^[/\\]+/, '')),
  );

function stringArb(s: JsonSchema): fc.Arbitrary<string> {
  const minLength = s.minLength ?? 0;
  const maxLength = Math.min(s.maxLength ?? 40, minLength + 40);
  if (s.format === 'date')
    return fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  if (s.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
  if (s.format === 'email') return fc.emailAddress();
  if (s.pattern) {
    try {
      return fc
        .stringMatching(new RegExp(s.pattern))
        .filter((v) => v.length <= (s.maxLength ?? 1e6));
    } catch {
      // a pattern fast-check cannot generate from: plain strings, mostly refused
    }
  }
  return fc.oneof(
    fc.string({ minLength, maxLength }),
    fc.string({ unit: 'binary', minLength, maxLength }),
  );
}

/** Values that mostly fit the method's input schema, so calls get past validation into handlers. */
function fromSchema(s: JsonSchema, key = '', depth = 0): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null);
  if (key === 'path' || key === 'file') return pathArb();
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const choices = s.anyOf ?? s.oneOf;
  if (choices) return fc.oneof(...choices.map((c) => fromSchema(c, key, depth + 1)));
  if (s.allOf?.[0]) return fromSchema(s.allOf[0], key, depth + 1);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case 'string':
      return stringArb(s);
    case 'integer':
      return fc.integer({
        min: Math.max(s.minimum ?? -1000, -1e9),
        max: Math.min(s.maximum ?? 1000, 1e9),
      });
    case 'number':
      return fc.double({ min: s.minimum ?? -1000, max: s.maximum ?? 1000, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(s.items ? fromSchema(s.items, key, depth + 1) : fc.anything(), {
        minLength: s.minItems ?? 0,
        maxLength: Math.min(s.maxItems ?? 4, (s.minItems ?? 0) + 4),
      });
    case 'object': {
      const properties = s.properties ?? {};
      return fc.record(
        Object.fromEntries(
          Object.entries(properties).map(([k, v]) => [k, fromSchema(v, k, depth + 1)]),
        ),
        { requiredKeys: (s.required ?? []).filter((k) => k in properties) },
      );
    }
    default:
      return fc.anything({ maxDepth: 2 });
  }
}

interface Reply {
  status: number;
  body: string;
}

function post(path: string, body: string): Promise<Reply> {
  tally.calls++;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: 'POST',
        agent: false, // a connection per call: each answer belongs to the call that caused it
        headers: { host: `127.0.0.1:${server.port}`, authorization: `Bearer ${TOKEN}` },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', (error) =>
      reject(new Error(`${path} ${body.slice(0, 100)}: ${error.message}`)),
    );
    req.end(body);
  });
}

const STACK = /\n\s+at |node:internal|\.(ts|js|mjs):\d+:\d+|Error: /;

/** Records what an answer must never be: a 5xx, a stack trace, or something not an envelope. */
function check(label: string, reply: Reply): void {
  let envelope: { ok?: unknown } | null = null;
  try {
    envelope = JSON.parse(reply.body) as { ok?: unknown } | null;
  } catch {
    // reported below as not an envelope
  }
  const problem =
    reply.status >= 500
      ? `HTTP ${reply.status}`
      : STACK.test(reply.body)
        ? 'a stack trace in the body'
        : typeof envelope?.ok !== 'boolean'
          ? 'not an envelope'
          : null;
  if (problem) tally.unexpected.push(`${label}: ${problem}: ${reply.body.slice(0, 200)}`);
}

/** After every odd call, an ordinary one must still work. */
async function stillAnswers(after: string): Promise<void> {
  const reply = await post('/api/library.stats', '{}');
  if (reply.status !== 200 || !(JSON.parse(reply.body) as { ok: boolean }).ok)
    tally.unexpected.push(
      `library.stats after ${after}: HTTP ${reply.status} ${reply.body.slice(0, 120)}`,
    );
}

describe('API fuzz over the real HTTP server', () => {
  it(`every method, with inputs drawn from its schema and with junk (${RUNS} runs each)`, async () => {
    for (const method of METHOD_NAMES) {
      const schema = z.toJSONSchema(contract[method].input, {
        io: 'input',
        unrepresentable: 'any',
      }) as JsonSchema;
      const input = fc.oneof(
        { weight: 3, arbitrary: fromSchema(schema) },
        { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
      );
      await fc.assert(
        fc.asyncProperty(input, async (value) => {
          const body = JSON.stringify(value) ?? '';
          check(`${method} ${body.slice(0, 120)}`, await post(`/api/${method}`, body));
          await stillAnswers(method);
        }),
        { numRuns: RUNS },
      );
    }
    expect(tally.unexpected).toEqual([]);
  }, 1_800_000);

  it('raw junk: any method name, any body bytes, deep nesting', async () => {
    const junkBody = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('latin1')),
      fc.integer({ min: 1, max: 100_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
      fc.integer({ min: 1, max: 100_000 }).map((n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`),
      fc.constantFrom('null', '[]', '"x"', '1e999', '-0', 'true', '{"__proto__":{"x":1}}'),
    );
    const name = fc.oneof(
      fc.constantFrom(...METHOD_NAMES),
      fc.string({ maxLength: 40 }).map((s) => encodeURIComponent(s)),
    );
    await fc.assert(
      fc.asyncProperty(name, junkBody, async (method, body) => {
        check(`${method} <junk ${body.length} chars>`, await post(`/api/${method}`, body));
        await stillAnswers(`junk to ${method}`);
      }),
      { numRuns: RUNS * 10 },
    );
    expect(tally.unexpected).toEqual([]);
  }, 1_800_000);
});

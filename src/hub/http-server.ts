import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createGunzip, gzipSync } from 'node:zlib';
import type pg from 'pg';
import type { z } from 'zod';
import { decideRequest, pullRequest, pushRequest, type ErrorBody } from '../shared/sync/protocol';
import type { Chapter } from './chapters';
import { HubError } from './cluster';
import { loginPage, overviewPage, PAGE_CSP, type OverviewRow } from './page';
import { createHubStore, tokenHash, type Device } from './store';

/** Largest request body, compressed or not: a full push batch of long notes fits. */
export const BODY_LIMIT = 32 * 1024 * 1024;
const ADMIN_COOKIE = 'hub_admin';

function readBody(req: IncomingMessage): Promise<Buffer> {
  const encoding = req.headers['content-encoding'];
  if (encoding && encoding !== 'gzip' && encoding !== 'identity')
    return Promise.reject(
      new HubError(415, 'UNSUPPORTED', `Content-Encoding ${encoding} is not accepted (gzip is).`),
    );
  const stream = encoding === 'gzip' ? req.pipe(createGunzip()) : req;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    stream.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size <= BODY_LIMIT) return void chunks.push(chunk);
      // Answer at once; stop inflating, and let the rest of the upload drain unread.
      refused = true;
      if (stream !== req) (stream as NodeJS.ReadableStream & { destroy(): void }).destroy();
      req.resume();
      reject(
        new HubError(
          413,
          'TOO_LARGE',
          `The request body is over ${BODY_LIMIT / 1048576} MB: send smaller batches.`,
        ),
      );
    });
    stream.once('end', () => resolve(Buffer.concat(chunks)));
    stream.once('error', () => {
      if (!refused)
        reject(new HubError(400, 'BAD_BODY', 'The request body could not be read (bad gzip?).'));
    });
  });
}

async function parseJson<T extends z.ZodType>(
  req: IncomingMessage,
  schema: T,
): Promise<z.infer<T>> {
  const raw = await readBody(req);
  let json: unknown;
  try {
    json = JSON.parse(raw.toString('utf8') || '{}');
  } catch {
    throw new HubError(400, 'VALIDATION', 'The request body is not JSON.');
  }
  return validate(schema, json);
}

function validate<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new HubError(400, 'VALIDATION', `${issue?.path.join('.') || 'body'}: ${issue?.message}`);
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: string,
  type: string,
  headers: Record<string, string> = {},
): void {
  let payload: Buffer = Buffer.from(body);
  const all: Record<string, string> = {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    vary: 'accept-encoding',
    ...headers,
  };
  if (payload.length > 1024 && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    payload = gzipSync(payload, { level: 6 });
    all['content-encoding'] = 'gzip';
  }
  res.writeHead(status, { ...all, 'content-length': String(payload.length) }).end(payload);
}

const sendJson = (
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) => send(req, res, status, JSON.stringify(body), 'application/json; charset=utf-8', headers);

function cookie(req: IncomingMessage, name: string): string | null {
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

function bearer(req: IncomingMessage): string | null {
  return /^Bearer ([\w.~+/=-]{1,200})$/.exec(req.headers.authorization ?? '')?.[1] ?? null;
}

export interface HubServerOptions {
  pool: pg.Pool;
  chapters: readonly Chapter[];
  port: number;
}

/** The hub's HTTP API on 127.0.0.1 (TLS and the public name come from a reverse proxy). */
export async function startHubServer({ pool, chapters, port }: HubServerOptions) {
  const store = createHubStore(pool);

  async function device(req: IncomingMessage): Promise<Device> {
    const token = bearer(req);
    const found = token ? await store.authenticate(token) : null;
    if (!found)
      throw new HubError(401, 'UNAUTHORIZED', 'The device token is missing, unknown or revoked.');
    return found;
  }

  async function adminPage(
    req: IncomingMessage,
    res: ServerResponse,
    token: string | null,
  ): Promise<void> {
    const html = (status: number, body: string, headers: Record<string, string> = {}) =>
      send(req, res, status, body, 'text/html; charset=utf-8', {
        'content-security-policy': PAGE_CSP,
        ...headers,
      });
    if (!token) return html(200, loginPage());
    if (!(await adminTokenValid(token)))
      return html(401, loginPage('That admin token is not valid.'), {
        'set-cookie': `${ADMIN_COOKIE}=; Path=/admin; Max-Age=0; HttpOnly; SameSite=Strict`,
      });
    const { rows } = await pool.query<OverviewRow>('SELECT * FROM hub_overview($1)', [
      tokenHash(token),
    ]);
    return html(200, overviewPage(rows, chapters));
  }

  async function adminTokenValid(token: string): Promise<boolean> {
    const { rows } = await pool.query<{ ok: boolean }>('SELECT hub_admin_valid($1) AS ok', [
      tokenHash(token),
    ]);
    return rows[0]?.ok === true;
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://hub');
    const method = req.method ?? 'GET';
    const at = `${method} ${url.pathname}`;
    switch (at) {
      case 'GET /health':
        return sendJson(req, res, 200, { ok: true });
      case 'POST /sync/push': {
        const who = await device(req);
        const body = await parseJson(req, pushRequest);
        return sendJson(req, res, 200, await store.push(who, body.changes));
      }
      case 'GET /sync/pull':
      case 'POST /sync/pull': {
        const who = await device(req);
        const query = Object.fromEntries(url.searchParams);
        const body = method === 'POST' ? await parseJson(req, pullRequest.partial()) : {};
        const { since, limit } = validate(pullRequest, { ...query, ...body });
        return sendJson(req, res, 200, await store.pull(who, since, limit));
      }
      case 'GET /sync/conflicts':
        return sendJson(req, res, 200, await store.conflicts(await device(req)));
      case 'POST /sync/decide': {
        const who = await device(req);
        return sendJson(
          req,
          res,
          200,
          await store.decide(who, await parseJson(req, decideRequest)),
        );
      }
      case 'GET /admin':
        return adminPage(req, res, bearer(req) ?? cookie(req, ADMIN_COOKIE));
      case 'POST /admin/login': {
        const token =
          new URLSearchParams((await readBody(req)).toString('utf8')).get('token') ?? '';
        if (!(await adminTokenValid(token)))
          return send(
            req,
            res,
            401,
            loginPage('That admin token is not valid.'),
            'text/html; charset=utf-8',
            { 'content-security-policy': PAGE_CSP },
          );
        res
          .writeHead(303, {
            location: '/admin',
            'set-cookie': `${ADMIN_COOKIE}=${encodeURIComponent(token)}; Path=/admin; HttpOnly; SameSite=Strict`,
          })
          .end();
        return;
      }
      default:
        throw new HubError(404, 'NOT_FOUND', `${at} is not part of the hub's API.`);
    }
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      const known = error instanceof HubError;
      if (!known) console.error('hub:', error);
      const body: ErrorBody = {
        error: known
          ? { code: error.code, message: error.message }
          : {
              code: 'INTERNAL',
              message: 'The hub could not complete the request; it is logged on the hub.',
            },
      };
      if (res.headersSent) return res.destroy();
      const status = known ? error.status : 500;
      sendJson(req, res, status, body, status === 401 ? { 'www-authenticate': 'Bearer' } : {});
    });
  });
  server.requestTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { AppError } from '../../shared/api/envelope';
import {
  clientMessage,
  joinCode,
  joinRequest,
  LIVE_LIMITS,
  type ServerMessage,
} from '../../shared/live/protocol';
import type { LiveListen, RoomGateway } from '../core/live/rooms';
import { contentSecurityPolicy } from './csp';

/** The participant page's entry in the built renderer (a separate, small entry: no facilitator UI). */
const PAGE = 'participant.html';
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};
const STATUS: Record<string, number> = {
  VALIDATION: 400,
  NOT_FOUND: 404,
  UNAUTHORIZED: 401,
  CONFLICT: 409,
};

/** Wrong codes per address per minute: 25^6 codes cannot be walked through at this rate. */
function createRateLimit(perMinute: number) {
  const hits = new Map<string, number[]>();
  return {
    blocked(address: string): boolean {
      const now = Date.now();
      const recent = (hits.get(address) ?? []).filter((t) => now - t < 60_000);
      hits.set(address, recent);
      return recent.length >= perMinute;
    },
    fail(address: string): void {
      hits.set(address, [...(hits.get(address) ?? []), Date.now()]);
    },
  };
}

/**
 * Makes the listener of one live room: the participant page and /p/* endpoints of that room only.
 * The facilitator's API is never served here, whatever the path.
 */
export function liveListener(rendererDir: string): LiveListen {
  return async (gateway, host, port) => startRoomServer(gateway, host, port, rendererDir);
}

async function pageFiles(rendererDir: string): Promise<Map<string, string>> {
  // Only the page and the files it names are served: nothing else of the renderer is reachable.
  const html = await readFile(join(rendererDir, PAGE), 'utf8');
  const files = new Map<string, string>([['/', PAGE]]);
  for (const match of html.matchAll(/(?:src|href)="\.?\/?([^"?#]+\.(?:js|css))"/g))
    files.set(`/${match[1]}`, match[1]!);
  return files;
}

async function startRoomServer(
  gateway: RoomGateway,
  host: string,
  requestedPort: number,
  rendererDir: string,
): Promise<{ url: string; close(): Promise<void> }> {
  const files = await pageFiles(rendererDir);
  const limit = createRateLimit(LIVE_LIMITS.joinAttemptsPerMinute);
  let port = requestedPort;
  const origin = () => `${host}:${port}`;
  const hostOk = (value: string | undefined) =>
    value === origin() || (host === '127.0.0.1' && value === `localhost:${port}`);

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(JSON.stringify(body));
  };
  const fail = (res: ServerResponse, status: number, message: string) =>
    send(res, status, { ok: false, error: { message } });

  async function readJson(req: IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > LIVE_LIMITS.messageBytes) throw new AppError('VALIDATION', 'Message too large.');
      chunks.push(chunk as Buffer);
    }
    try {
      return JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      throw new AppError('VALIDATION', 'The message is not JSON.');
    }
  }

  const bearer = (req: IncomingMessage) =>
    /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
  const address = (req: IncomingMessage) => req.socket.remoteAddress ?? '?';

  async function api(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (path === '/p/room' || path === '/p/join') {
      if (req.method !== 'POST') return fail(res, 405, 'Use POST.');
      if (limit.blocked(address(req)))
        return fail(res, 429, 'Too many wrong codes from this device: wait a minute.');
      const body = await readJson(req);
      if (path === '/p/room') {
        const code = joinCode.safeParse((body as { code?: unknown })?.code);
        const room = code.success ? gateway.lookup(code.data) : null;
        if (!room) {
          limit.fail(address(req));
          return fail(res, 404, 'There is no room with this code.');
        }
        return send(res, 200, { ok: true, data: room });
      }
      const parsed = joinRequest.safeParse(body);
      if (!parsed.success || !gateway.lookup(parsed.data.code)) {
        limit.fail(address(req));
        return fail(
          res,
          parsed.success ? 404 : 400,
          parsed.success ? 'There is no room with this code.' : 'Check the code and your name.',
        );
      }
      return send(res, 200, { ok: true, data: await gateway.join(parsed.data) });
    }
    const participantId = gateway.authenticate(bearer(req) ?? '');
    if (!participantId) return fail(res, 401, 'Join the room again with its code.');
    if (path === '/p/state' && req.method === 'GET')
      return send(res, 200, { ok: true, data: gateway.state(participantId) });
    if (path === '/p/send' && req.method === 'POST') {
      const parsed = clientMessage.safeParse(await readJson(req));
      if (!parsed.success || parsed.data.type === 'auth' || parsed.data.type === 'ping')
        return fail(res, 400, 'That message is not one this room understands.');
      return send(res, 200, {
        ok: true,
        data: await gateway.receive(participantId, parsed.data),
      });
    }
    return fail(res, 404, 'Not found.');
  }

  const server = createServer(async (req, res) => {
    try {
      if (!hostOk(req.headers.host)) {
        res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('Unknown host');
        return;
      }
      let path: string;
      try {
        path = new URL(req.url ?? '/', 'http://room').pathname;
      } catch {
        return fail(res, 400, 'Bad address.');
      }
      if (path.startsWith('/p/')) return await api(req, res, path);
      const file = files.get(path === '/index.html' ? '/' : path);
      if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      const body = await readFile(join(rendererDir, file));
      res.writeHead(200, {
        'content-type': MIME[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream',
        'content-security-policy': contentSecurityPolicy({ connect: [`ws://${origin()}`] }),
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': file === PAGE ? 'no-cache' : 'max-age=3600',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      if (res.headersSent) return;
      if (error instanceof AppError) return fail(res, STATUS[error.code] ?? 400, error.message);
      console.error('[live] request failed', error);
      fail(res, 500, 'The room could not answer.');
    }
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: LIVE_LIMITS.messageBytes });
  sockets.on('connection', (socket: WebSocket) => {
    const out = (message: ServerMessage) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
    };
    let participantId: string | null = null;
    let unwatch: (() => void) | null = null;
    // Without an 'error' listener an oversized frame would kill the whole process.
    socket.on('error', () => socket.terminate());
    socket.on('close', () => unwatch?.());
    const authTimer = setTimeout(() => socket.close(4401, 'token required'), 10_000);
    const failed = (error: unknown) => {
      out({
        type: 'error',
        message: error instanceof AppError ? error.message : 'The room could not take that.',
      });
      if (!(error instanceof AppError)) console.error('[live] message failed', error);
    };
    socket.on('message', (data) => {
      let parsed;
      try {
        parsed = clientMessage.safeParse(JSON.parse(String(data)));
      } catch {
        parsed = null;
      }
      if (!parsed?.success) {
        out({ type: 'error', message: 'That message is not one this room understands.' });
        return;
      }
      const message = parsed.data;
      try {
        if (message.type === 'auth') {
          clearTimeout(authTimer);
          participantId = gateway.authenticate(message.token);
          if (!participantId) {
            socket.close(4401, 'join again');
            return;
          }
          unwatch?.();
          unwatch = gateway.watch(participantId, (m) => {
            out(m);
            if (m.type === 'closed') socket.close(4000, 'room closed');
          });
          out(gateway.state(participantId));
          return;
        }
        if (message.type === 'ping') return out({ type: 'pong' });
        if (!participantId) {
          socket.close(4401, 'token required');
          return;
        }
        // The acknowledgement goes out once the answer's group commit is on disk.
        gateway.receive(participantId, message).then(out, failed);
      } catch (error) {
        failed(error);
      }
    });
  });

  server.on('upgrade', (req, socket, head) => {
    socket.on('error', () => socket.destroy());
    const originOk =
      req.headers.origin === `http://${origin()}` ||
      (host === '127.0.0.1' && req.headers.origin === `http://localhost:${port}`);
    if (!hostOk(req.headers.host) || !originOk || req.url !== '/p/socket') {
      socket.write('HTTP/1.1 403 Forbidden\r\n\r\n');
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => sockets.emit('connection', ws, req));
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(requestedPort, host, () => resolve());
  });
  const bound = server.address();
  if (bound && typeof bound === 'object') port = bound.port;

  return {
    url: `http://${origin()}/`,
    async close() {
      for (const socket of sockets.clients) socket.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

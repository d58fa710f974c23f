import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Envelope } from '../../shared/api/envelope';
import { dispatchJson } from '../core/api/json-input';
import type { Workbench } from '../core/workbench';
import { contentSecurityPolicy } from './csp';
import { firstAnswers, firstAnswersElement } from './first-answers';
import { pageWithFirstScreen, withInlineStyles, type RenderFirstScreen } from './first-screen';
import { bodyLimit, BodyTooLarge, createBodyReader } from './request-body';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export interface BrowserServerOptions {
  workbench: Workbench;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  token: string;
  port: number;
  host?: string;
  /** Where request bodies too large to hold in memory are written while they arrive. */
  tempDir?: string;
  /** Renders the library screen into the page opened with the token (first-screen.ts). */
  renderFirstScreen?: RenderFirstScreen;
}

export interface BrowserServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendJson(res: ServerResponse, status: number, body: Envelope<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

const STATUS_FOR_CODE: Record<string, number> = {
  VALIDATION: 400,
  UNKNOWN_METHOD: 404,
  NOT_FOUND: 404,
  UNAUTHORIZED: 401,
  NEEDS_RECOVERY: 409,
  CONFLICT: 409,
  // The user stopped a long job (jobs.cancel): the request ended as asked, not in a fault.
  CANCELLED: 409,
  // The disk refused a write (full, read-only): the message says which folder and what to do.
  STORAGE: 507,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

function refuse(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { ok: false, error: { code: 'VALIDATION', message } });
}

/** The request path, decoded; null when its percent-escapes are not valid UTF-8. */
function requestPath(req: IncomingMessage): string | null {
  try {
    return decodeURIComponent(new URL(req.url ?? '/', 'http://local').pathname);
  } catch {
    return null;
  }
}

/**
 * Browser mode: the built renderer and POST /api/<method> over the same core, bound to the
 * loopback interface. Every API call and the event socket need the access token; requests
 * whose Host is not this server (DNS rebinding) are refused before anything else.
 */
export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const host = options.host ?? '127.0.0.1';
  const rendererDir = resolve(options.rendererDir);
  let port = options.port;
  const allowedHosts = () => new Set([`${host}:${port}`, `localhost:${port}`]);

  const authorised = (req: IncomingMessage) => {
    const header = req.headers.authorization ?? '';
    const match = /^Bearer (.+)$/.exec(header);
    return match?.[1] !== undefined && sameSecret(match[1], options.token);
  };

  /** The page's own address carries the token once (?token=…), before the page stores it. */
  const authorisedPage = (req: IncomingMessage) => {
    const token = new URL(req.url ?? '/', 'http://local').searchParams.get('token');
    return token !== null && sameSecret(token, options.token);
  };

  const bodies = createBodyReader(
    options.tempDir ?? join(tmpdir(), `convention-workbench-${process.pid}`),
  );

  async function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string) {
    const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
    const file = normalize(join(rendererDir, relative));
    if (file !== rendererDir && !file.startsWith(rendererDir + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      let body: Buffer | string = await readFile(file);
      // The page opened with the token carries the first screen's answers (first-answers.ts)
      // and, drawn from them, the screen itself (first-screen.ts); without the token, or for
      // any other file, the bytes go out as built.
      const carriesData = relative === 'index.html' && authorisedPage(req);
      let styleHashes: string[] = [];
      if (carriesData) {
        const carried = firstAnswers(options.workbench.dispatch, req.headers['accept-language']);
        const screen = options.renderFirstScreen?.(carried); // loads while the core answers
        const { answers } = await carried;
        const page = body
          .toString('utf8')
          .replace('</head>', () => `${firstAnswersElement(answers)}</head>`);
        const rendered = await screen;
        if (rendered) {
          const inline = await withInlineStyles(pageWithFirstScreen(page, rendered), rendererDir);
          body = inline.page;
          styleHashes = inline.hashes;
        } else body = page;
      }
      res.writeHead(200, {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': contentSecurityPolicy({
          connect: [`ws://${req.headers.host}`],
          styleHashes,
        }),
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': carriesData ? 'no-store' : 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  }

  const server = createServer(async (req, res) => {
    try {
      if (!allowedHosts().has(req.headers.host ?? '')) {
        res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('Unknown host');
        return;
      }
      const pathname = requestPath(req);
      if (pathname === null) {
        refuse(res, 400, 'The address is not valid: a percent-escape in it is malformed.');
        return;
      }
      if (pathname.startsWith('/api/')) {
        if (!authorised(req)) {
          sendJson(res, 401, {
            ok: false,
            error: { code: 'UNAUTHORIZED', message: 'A valid access token is required.' },
          });
          return;
        }
        if (req.method !== 'POST') {
          res.setHeader('allow', 'POST');
          sendJson(res, 405, {
            ok: false,
            error: { code: 'VALIDATION', message: 'Use POST with a JSON body.' },
          });
          return;
        }
        const method = pathname.slice('/api/'.length);
        try {
          await bodies.read(req, bodyLimit(method), async (body) => {
            const { workbench } = options;
            const answer =
              'file' in body
                ? await workbench.dispatchFile(method, body.file)
                : await dispatchJson(workbench.dispatch, method, body.text);
            sendJson(res, answer.ok ? 200 : (STATUS_FOR_CODE[answer.error.code] ?? 500), answer);
          });
        } catch (error) {
          if (!(error instanceof BodyTooLarge)) throw error;
          // Answer at once and close the connection rather than read the rest.
          res.setHeader('connection', 'close');
          refuse(
            res,
            413,
            `The request body is larger than ${error.limit / 1024 / 1024} MB, the most ${method} accepts.`,
          );
          res.once('finish', () => req.socket.destroy());
        }
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405).end();
        return;
      }
      await serveStatic(req, res, pathname);
    } catch (error) {
      console.error('[server] request failed', error);
      if (!res.headersSent)
        sendJson(res, 500, {
          ok: false,
          error: { code: 'INTERNAL', message: 'The request failed.' },
        });
    }
  });

  // Push events: the socket must send the token as its first message within 5 s.
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  const unsubscribe = options.workbench.subscribe((event) => {
    const text = JSON.stringify(event);
    for (const socket of sockets.clients) {
      if ((socket as WebSocket & { authorised?: boolean }).authorised) socket.send(text);
    }
  });
  sockets.on('connection', (socket: WebSocket & { authorised?: boolean }) => {
    socket.on('error', () => socket.terminate()); // without a listener an oversized frame kills the process
    const timer = setTimeout(() => socket.close(4401, 'token required'), 5000);
    socket.once('message', (data) => {
      clearTimeout(timer);
      if (sameSecret(String(data), options.token)) socket.authorised = true;
      else socket.close(4401, 'bad token');
    });
  });
  server.on('upgrade', (req, socket, head) => {
    const origin = req.headers.origin;
    const hostOk = allowedHosts().has(req.headers.host ?? '');
    const originOk = origin === undefined || allowedHosts().has(origin.replace(/^http:\/\//, ''));
    if (!hostOk || !originOk || !req.url?.startsWith('/events')) {
      socket.write('HTTP/1.1 403 Forbidden\r\n\r\n');
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => sockets.emit('connection', ws, req));
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise());
  });
  const address = server.address();
  if (address && typeof address === 'object') port = address.port;

  return {
    port,
    url: `http://${host}:${port}/?token=${encodeURIComponent(options.token)}`,
    async close() {
      unsubscribe();
      for (const socket of sockets.clients) socket.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

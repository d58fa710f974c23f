import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { createWorkbench, type Workbench } from '../core/workbench';
import { tempDir, writeSmallPack } from '../core/testing/fixtures';
import type { Envelope } from '../../shared/api/envelope';
import { firstAnswersElement, languageFromHeader } from './first-answers';
import { startBrowserServer, type BrowserServer } from './http-server';

const TOKEN = 'test-token-0123456789abcdef';
let workbench: Workbench;
let server: BrowserServer;
const cleanups: (() => void)[] = [];
let tempFolder: string;

beforeAll(async () => {
  const resources = tempDir();
  const data = tempDir();
  const renderer = tempDir();
  cleanups.push(resources.cleanup, data.cleanup, renderer.cleanup);
  writeSmallPack(resources.dir);
  mkdirSync(join(renderer.dir, 'assets'));
  writeFileSync(
    join(renderer.dir, 'index.html'),
    '<!doctype html><html><head><title>t</title></head><body></body></html>',
  );
  writeFileSync(join(data.dir, 'secret.txt'), 'not for the web');
  workbench = await createWorkbench({
    dataDir: data.dir,
    resourcesDir: resources.dir,
    shell: 'browser',
    appVersion: 't',
  });
  server = await startBrowserServer({
    workbench,
    rendererDir: renderer.dir,
    token: TOKEN,
    port: 0,
    tempDir: join(data.dir, 'tmp'),
  });
  tempFolder = join(data.dir, 'tmp');
});

afterAll(async () => {
  await server.close();
  workbench.close();
  cleanups.forEach((c) => c());
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so tests can send any Host header and any body. */
function send(
  path: string,
  options: {
    method?: string;
    token?: string | null;
    body?: string;
    host?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {
      host: options.host ?? `127.0.0.1:${server.port}`,
      ...options.headers,
    };
    if (options.token !== null) headers.authorization = `Bearer ${options.token ?? TOKEN}`;
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: options.method ?? 'POST', headers },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser-mode HTTP API', () => {
  it('binds to the loopback interface and prints a URL carrying the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${TOKEN}`);
  });

  it('answers a call with the right token', async () => {
    const reply = await send('/api/library.stats', { body: '{}' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, data: { articles: 3 } });
  });

  it.each([
    ['no token', null],
    ['a wrong token', 'test-token-0123456789abcdeX'],
    ['a shorter token', 'test'],
  ])('refuses %s with 401 and no data', async (_label, token) => {
    const reply = await send('/api/library.getArticle', { token, body: '{"number":2}' });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toEqual({
      ok: false,
      error: { code: 'UNAUTHORIZED', message: 'A valid access token is required.' },
    });
    expect(reply.body).not.toContain('Illegal access');
  });

  it('answers bad input with 400 and the envelope', async () => {
    const bad = await send('/api/library.getArticle', { body: '{"number":"two"}' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('number') },
    });
    const notJson = await send('/api/library.search', { body: '{query' });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('answers an unknown method with 404 and a missing article with 404', async () => {
    expect((await send('/api/system.shell', { body: '{}' })).status).toBe(404);
    const missing = await send('/api/library.getArticle', { body: '{"number":42}' });
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body).error.code).toBe('NOT_FOUND');
  });

  it('refuses GET on the API', async () => {
    expect((await send('/api/library.stats', { method: 'GET' })).status).toBe(405);
  });

  it('refuses a request for another host name (DNS rebinding)', async () => {
    const reply = await send('/api/library.stats', { host: 'evil.example:80', body: '{}' });
    expect(reply.status).toBe(403);
  });

  it('serves the renderer with a strict CSP and nothing outside its folder', async () => {
    const page = await send('/', { method: 'GET', token: null });
    expect(page.status).toBe(200);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-(eval|inline)/);
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const reply = await send(path, { method: 'GET', token: null });
      expect([403, 404], path).toContain(reply.status);
      expect(reply.body).not.toContain('not for the web');
    }
  });
});

describe('the page opened with the token carries the first answers', () => {
  /** The answers the page carries, as the renderer reads them. */
  function carried(page: string): { method: string; input: unknown; answer: Envelope<unknown> }[] {
    const match = /<script type="application\/json" id="first-answers">(.*?)<\/script>/s.exec(page);
    return match?.[1] ? JSON.parse(match[1]) : [];
  }

  it('answers the library screen calls in the page, each as the API would', async () => {
    const page = await send(`/?token=${TOKEN}`, {
      method: 'GET',
      token: null,
      headers: { 'accept-language': 'fr-FR,fr;q=0.9' },
    });
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    const answers = carried(page.body);
    expect(answers.map((a) => a.method).sort()).toEqual([
      'library.contentLanguages',
      'library.listArticles',
      'library.listChapters',
      'library.stats',
      'settings.get',
      'system.status',
    ]);
    expect(answers.find((a) => a.method === 'library.contentLanguages')?.input).toEqual({
      interfaceLanguage: 'fr',
    });
    for (const { method, input, answer } of answers)
      expect(answer, method).toEqual(await workbench.dispatch(method, input));
  });

  it('carries nothing without the token or with a wrong one', async () => {
    for (const path of ['/', '/index.html', '/?token=wrong-token-0123456789abcdef']) {
      const page = await send(path, { method: 'GET', token: null });
      expect(page.status, path).toBe(200);
      expect(page.body, path).not.toContain('first-answers');
      expect(page.headers['cache-control'], path).toBe('no-cache');
    }
  });

  it('escapes what could close the data block', () => {
    const element = firstAnswersElement([
      {
        method: 'library.stats',
        input: {},
        answer: { ok: true, data: '</script><script>alert(1)</script>\u2028' },
      },
    ]);
    expect(element.match(/<\/script/g)).toHaveLength(1);
    expect(element).not.toContain('<script>alert');
    expect(
      JSON.parse(element.slice(element.indexOf('>') + 1, -'</script>'.length))[0].answer.data,
    ).toBe('</script><script>alert(1)</script>\u2028');
  });

  it('picks the interface language the browser asks for', () => {
    expect(languageFromHeader('vi-VN,vi;q=0.9,en;q=0.8')).toBe('vi');
    expect(languageFromHeader('de-DE,ar;q=0.5')).toBe('ar');
    expect(languageFromHeader(undefined)).toBe('en');
  });
});

describe('malformed addresses and request bodies', () => {
  it('answers a malformed percent-escape with 400 and an envelope, logging nothing', async () => {
    const logged = vi.spyOn(console, 'error');
    for (const [path, method] of [
      ['/%E0%A4%A', 'GET'],
      ['/assets/%ff', 'GET'],
      ['/api/%E0%A4%A', 'POST'],
    ] as const) {
      const reply = await send(path, method === 'POST' ? { method, body: '{}' } : { method });
      expect(reply.status, path).toBe(400);
      expect(JSON.parse(reply.body), path).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
  });

  it('refuses a body above the small limit with 413 at once, and keeps answering', async () => {
    const reply = await send('/api/library.search', {
      body: `{"query":"${'a'.repeat(2 * 1024 * 1024)}"}`,
    });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('larger than 1 MB') },
    });
    expect((await send('/api/library.stats', { body: '{}' })).status).toBe(200);
  });

  it('refuses a declared body above the file limit before reading it', async () => {
    const reply = await new Promise<Reply>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/api/packs.import',
          method: 'POST',
          headers: {
            host: `127.0.0.1:${server.port}`,
            authorization: `Bearer ${TOKEN}`,
            'content-length': String(200 * 1024 * 1024),
          },
        },
        (res) => {
          let body = '';
          res.on('data', (chunk) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on('error', reject);
      req.write('{"fileName":"x.json","contentBase64":"'); // and never the rest
    });
    expect(reply.status).toBe(413);
    expect(reply.body).toContain('larger than 96 MB');
  });

  it('takes a file body above 1 MB through the temporary folder and leaves nothing there', async () => {
    const exported = await send('/api/packs.download', { body: '{"id":"uncc"}' });
    const { contentBase64 } = JSON.parse(exported.body).data as { contentBase64: string };
    const padded = Buffer.from(
      Buffer.from(contentBase64, 'base64').toString('utf8') + ' '.repeat(2 * 1024 * 1024),
    ).toString('base64');
    const replies = await Promise.all(
      [1, 2, 3].map(() =>
        send('/api/packs.import', {
          body: JSON.stringify({ fileName: 'uncc.json', contentBase64: padded }),
        }),
      ),
    );
    for (const reply of replies) {
      expect(reply.status, reply.body).toBe(200);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: true, data: { unchanged: true } });
    }
    expect(readdirSync(tempFolder).filter((f) => f.startsWith('request-body-'))).toEqual([]);
  });

  it('refuses a file body above 1 MB that is not JSON with 400, and leaves nothing there', async () => {
    const reply = await send('/api/packs.import', {
      body: `{"fileName":"x.json","contentBase64":"${'A'.repeat(2 * 1024 * 1024)}`,
    });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: 'The request body must be JSON.' },
    });
    expect(readdirSync(tempFolder).filter((f) => f.startsWith('request-body-'))).toEqual([]);
    expect((await send('/api/library.stats', { body: '{}' })).status).toBe(200);
  });
});

describe('push events over WebSocket', () => {
  function connect(): Promise<WebSocket> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(`ws://127.0.0.1:${server.port}/events`);
      ws.once('open', () => resolve(ws));
      ws.once('error', reject);
    });
  }

  it('delivers backup progress to a socket that sent the token', async () => {
    const ws = await connect();
    ws.send(TOKEN);
    const events: { name: string; payload: { done: boolean } }[] = [];
    ws.on('message', (data) => events.push(JSON.parse(String(data))));
    await new Promise((r) => setTimeout(r, 50));
    const reply = await send('/api/system.backup', { body: '{}' });
    expect(reply.status).toBe(200);
    await expect.poll(() => events.some((e) => e.payload.done)).toBe(true);
    expect(events.every((e) => e.name === 'job.progress')).toBe(true);
    ws.close();
  });

  it('closes a socket that sends a wrong token, and sends it nothing', async () => {
    const ws = await connect();
    const received: string[] = [];
    ws.on('message', (data) => received.push(String(data)));
    const closed = new Promise<number>((r) => ws.once('close', (code) => r(code)));
    ws.send('wrong-token');
    expect(await closed).toBe(4401);
    await send('/api/system.backup', { body: '{}' });
    expect(received).toEqual([]);
  });

  it('survives an oversized frame', async () => {
    const ws = await connect();
    const closed = new Promise<number>((r) => ws.once('close', (code) => r(code)));
    ws.on('error', () => undefined);
    ws.send('x'.repeat(100_000));
    expect(await closed).toBe(1009);
    expect((await send('/api/library.stats', { body: '{}' })).status).toBe(200);
  });
});

// Browser-mode cold start; `node --import tsx bench/cold-start.ts` (after `npm run build`)
// measures it alone, starting its own server.
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../e2e/support/server';
import { median, printFigures, type Figure } from './stats';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const ROUNDS = 8; // the first round warms Chromium's own caches and is not counted

/** `appUrl` carries the token, as a user opens it. */
export async function coldStartFigure(appUrl: string): Promise<Figure> {
  const empty = createServer((_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end('<!doctype html><title>empty</title><p>empty</p>'),
  );
  await new Promise<void>((r) => empty.listen(0, '127.0.0.1', () => r()));
  const emptyPort = (empty.address() as { port: number }).port;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const app: number[] = [];
  const blank: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    for (const kind of ['app', 'blank'] as const) {
      const context = await browser.newContext(); // a cold page: no cache, no storage
      const page = await context.newPage();
      const t = performance.now();
      if (kind === 'app') {
        await page.goto(appUrl);
        await page.getByText('Depositary and languages').first().waitFor();
      } else {
        await page.goto(`http://127.0.0.1:${emptyPort}/`);
        await page.getByText('empty').waitFor();
      }
      await page.evaluate('new Promise((resolve) => requestAnimationFrame(resolve))'); // painted
      if (i > 0) (kind === 'app' ? app : blank).push(performance.now() - t);
      await context.close();
    }
  }
  await browser.close();
  empty.close();
  const ratio = median(app) / median(blank);
  return {
    name: `Browser-mode cold start to the article list painted (median of ${ROUNDS - 1})`,
    value: median(app),
    reference: median(blank),
    referenceName: 'an empty page in the same Chromium',
    target: '≤ 1.5×',
    pass: ratio <= 1.5,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dataDir = mkdtempSync(join(tmpdir(), 'cw-bench-'));
  const server = await startServer(dataDir);
  try {
    printFigures([await coldStartFigure(server.url)]);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

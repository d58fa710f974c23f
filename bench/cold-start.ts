// Browser-mode cold start; `npm run bench -- cold` measures it alone.
import { createServer } from 'node:http';
import { chromium, type Page } from 'playwright-core';
import { median, type Figure } from './stats';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from '../src/main/core/reports/system-chromium';

const ROUNDS = 8; // the first round warms Chromium's own caches and is not counted

// When the article list (or the empty page's text) was painted, as the page itself records it:
// the render time of the largest-contentful-paint entry for an element in it, on the wall
// clock. Measured there, not by polling from outside, which waits while the page's scripts
// hold its main thread; and for the list itself, since the header may paint a frame earlier.
// (A string: it runs in the page, and this file is built without the DOM's types.)
const recordPaint = `new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const element = entry.element;
    if (window.paintedAt !== undefined || !element) continue;
    if (element.closest('.article-list') || element.id === 'empty')
      window.paintedAt = performance.timeOrigin + entry.startTime;
  }
}).observe({ type: 'largest-contentful-paint', buffered: true });`;

/** Asked by evaluating a function (the CSP forbids the string eval waitForFunction would use). */
async function paintedAt(page: Page): Promise<number> {
  const asking = Date.now();
  for (;;) {
    const at = await page.evaluate(() => (globalThis as { paintedAt?: number }).paintedAt);
    if (at !== undefined) return at;
    if (Date.now() - asking > 30_000) throw new Error('The page recorded no paint of the list');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * `appUrl` carries the token, as a user opens it. Figures beside an empty page in the same
 * Chromium: the article list painted (the server draws it into the page:
 * first-screen/render.tsx), and the app running over it (its scripts have run and React has
 * drawn the same list, which a click needs); and the list painted beside the same page served
 * as a file. Times run from asking for the page.
 */
export async function coldStartFigures(appUrl: string): Promise<Figure[]> {
  // The same page as the server sends it, served as a file: its scripts (./assets/…) are not
  // found, so what it measures is Chromium painting this HTML and CSS, and nothing of ours.
  const samePage = await (await fetch(appUrl, { headers: { 'accept-language': 'en-US' } })).text();
  const html = { 'content-type': 'text/html' };
  const references = createServer((req, res) => {
    if (req.url === '/same-page') return res.writeHead(200, html).end(samePage);
    if (req.url !== '/') return res.writeHead(404).end();
    res.writeHead(200, html).end('<!doctype html><title>empty</title><p id="empty">empty</p>');
  });
  await new Promise<void>((r) => references.listen(0, '127.0.0.1', () => r()));
  const referencePort = (references.address() as { port: number }).port;
  const browser = await chromium.launch({
    executablePath: SYSTEM_CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  const painted: number[] = [];
  const running: number[] = [];
  const blank: number[] = [];
  const asFile: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    for (const kind of ['app', 'blank', 'file'] as const) {
      const context = await browser.newContext(); // a cold page: no cache, no storage
      await context.addInitScript({ content: recordPaint });
      const page = await context.newPage();
      const asked = Date.now();
      if (kind === 'app') {
        await page.goto(appUrl, { waitUntil: 'commit' });
        // The list is there, and React's replaced the server's once the data block is taken.
        await page.locator('#first-answers').waitFor({ state: 'detached' });
        await page.getByText('Depositary and languages').first().waitFor();
        await page.evaluate('new Promise((resolve) => requestAnimationFrame(resolve))');
        const runningAt = Date.now();
        if (i > 0) {
          painted.push((await paintedAt(page)) - asked);
          running.push(runningAt - asked);
        }
      } else if (kind === 'file') {
        await page.goto(`http://127.0.0.1:${referencePort}/same-page`, { waitUntil: 'commit' });
        if (i > 0) asFile.push((await paintedAt(page)) - asked);
      } else {
        await page.goto(`http://127.0.0.1:${referencePort}/`, { waitUntil: 'commit' });
        await page.getByText('empty').waitFor();
        if (i > 0) blank.push((await paintedAt(page)) - asked);
      }
      await context.close();
    }
  }
  await browser.close();
  references.close();
  const reference = median(blank);
  const listPainted = median(painted);
  const referenceName = 'an empty page painted in the same Chromium';
  return [
    {
      name: `Browser-mode cold start to the article list painted (median of ${ROUNDS - 1})`,
      value: listPainted,
      reference,
      referenceName,
      target: '≤ 1.5×',
      pass: listPainted / reference <= 1.5,
    },
    {
      // What the server and the app's scripts add to the paint of the list: the part of the
      // figure above that is ours. The rest is Chromium laying out and painting a full screen
      // of styled text in a fresh renderer, which an empty page does not do.
      name: `Browser-mode cold start to the article list painted (median of ${ROUNDS - 1})`,
      value: listPainted,
      reference: median(asFile),
      referenceName: 'the same page served as a file, without its scripts',
    },
    {
      name: `Browser-mode cold start to the app running over it (median of ${ROUNDS - 1})`,
      value: median(running),
      reference,
      referenceName,
    },
  ];
}

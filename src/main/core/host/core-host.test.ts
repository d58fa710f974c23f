import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import type { PushEvent } from '../../../shared/api/events';
import { PROJECT_RESOURCES, tempDir, writeSmallPack } from '../testing/fixtures';
import { DATABASE_FILE_NAME } from '../workbench';
import { startCore, type CoreClient } from './core-client';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function folders() {
  const resources = tempDir('cw-host-res-');
  const data = tempDir('cw-host-data-');
  const files = tempDir('cw-host-files-');
  cleanups.push(resources.cleanup, data.cleanup, files.cleanup);
  writeSmallPack(resources.dir);
  return { resourcesDir: resources.dir, dataDir: data.dir, filesDir: files.dir };
}

function start(dataDir: string, resourcesDir: string, entry?: URL): CoreClient {
  const core = startCore({ dataDir, resourcesDir, shell: 'browser', appVersion: 't', entry });
  cleanups.push(() => core.close());
  return core;
}

async function data<T>(core: CoreClient, method: string, input: unknown = {}): Promise<T> {
  const answer = await core.dispatch(method, input);
  if (!answer.ok) throw new Error(`${method} → ${answer.error.code}: ${answer.error.message}`);
  return answer.data as T;
}

describe('the core host (the workbench on its own thread)', () => {
  it('answers calls with the same envelopes as the workbench, refusals included', async () => {
    const { dataDir, resourcesDir } = folders();
    const core = start(dataDir, resourcesDir);
    await core.ready;
    expect(core.status()).toEqual({ state: 'ready' });
    const stats = await data<{ articles: number }>(core, 'library.stats');
    expect(stats.articles).toBe(3);
    const article = await data<{ title: string }>(core, 'library.getArticle', { number: 1 });
    expect(article.title).toBe('Statement of purpose');
    expect(await core.dispatch('library.nothing', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(await core.dispatch('library.getArticle', { number: 'one' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('answers a call whose JSON input is in a file, reading it on the core thread', async () => {
    const { dataDir, resourcesDir, filesDir } = folders();
    const core = start(dataDir, resourcesDir);
    const input = join(filesDir, 'input.json');
    writeFileSync(input, JSON.stringify({ number: 1 }));
    expect(await core.dispatchFile('library.getArticle', input)).toMatchObject({
      ok: true,
      data: { title: 'Statement of purpose' },
    });
    writeFileSync(input, '{"number": 1');
    expect(await core.dispatchFile('library.getArticle', input)).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: 'The request body must be JSON.' },
    });
    // A file gone before it was read is the call's failure, not the thread's.
    expect(
      await core.dispatchFile('library.getArticle', join(filesDir, 'gone.json')),
    ).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringContaining('read back') },
    });
    expect(await data(core, 'library.stats')).toMatchObject({ articles: 3 });
  });

  it('keeps recovery working through the proxy: refusals, status, restore', async () => {
    const { dataDir, resourcesDir } = folders();
    const first = start(dataDir, resourcesDir);
    await first.ready;
    await data(first, 'system.backup');
    await first.close();
    writeFileSync(join(dataDir, DATABASE_FILE_NAME), ''); // a 0-byte database is damage

    const core = start(dataDir, resourcesDir);
    await core.ready;
    expect(core.status()).toMatchObject({ state: 'recovery', reason: 'corrupt' });
    expect(await core.dispatch('library.stats', {})).toMatchObject({
      ok: false,
      error: { code: 'NEEDS_RECOVERY' },
    });
    expect(await data(core, 'system.status')).toMatchObject({ state: 'recovery' });
    expect(await data(core, 'system.restoreBackup')).toMatchObject({ state: 'ready' });
    // The status the shells read synchronously followed the restore on the core thread.
    expect(core.status()).toMatchObject({ state: 'ready' });
    expect((await data<{ articles: number }>(core, 'library.stats')).articles).toBe(3);
  });

  it('closing closes the database and ends the thread; later calls are refused', async () => {
    const { dataDir, resourcesDir } = folders();
    const core = start(dataDir, resourcesDir);
    await core.ready;
    await data(core, 'assessments.create', { country: 'VN', title: 'Before closing' });
    const wal = join(dataDir, `${DATABASE_FILE_NAME}-wal`);
    expect(existsSync(wal)).toBe(true);
    await core.close();
    // SQLite checkpoints and removes the WAL when the last connection closes cleanly.
    expect(existsSync(wal)).toBe(false);
    expect(await core.dispatch('library.stats', {})).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringContaining('closing') },
    });
  });

  it('a crashed core thread answers the pending call with its error, and the status says so', async () => {
    const { dataDir, resourcesDir } = folders();
    const entry = new URL('../testing/crashing-core-thread.ts', import.meta.url);
    const core = start(dataDir, resourcesDir, entry);
    await core.ready;
    const errors: unknown[] = [];
    const log = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      const answer = await core.dispatch('library.stats', {});
      expect(answer).toMatchObject({
        ok: false,
        error: {
          code: 'INTERNAL',
          message: expect.stringContaining('the test broke the core thread'),
        },
      });
    } finally {
      console.error = log;
    }
    expect(errors).toHaveLength(1);
    expect(core.status()).toMatchObject({
      state: 'recovery',
      reason: 'core-stopped',
      message: expect.stringContaining('the test broke the core thread'),
      databaseFile: join(dataDir, DATABASE_FILE_NAME),
    });
    // The renderer still gets the status (to show why) from the calling thread.
    expect(await data(core, 'system.status')).toMatchObject({ reason: 'core-stopped' });
    expect(await core.dispatch('library.getArticle', { number: 1 })).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    await core.close(); // a stopped core still closes (the thread is already gone)
  });

  it('a long export on the core thread does not block this thread, and its progress arrives', async () => {
    const data_ = tempDir('cw-host-data-');
    const files = tempDir('cw-host-files-');
    cleanups.push(data_.cleanup, files.cleanup);
    const core = start(data_.dir, PROJECT_RESOURCES); // the bundled convention: 287 provisions
    await core.ready;
    const events: PushEvent[] = [];
    core.subscribe((event) => events.push(event));
    const { id } = await data<{ id: string }>(core, 'assessments.create', {
      country: 'VN',
      title: 'Everything',
    });

    // A timer probe: the longest wait between ticks is how long this thread was blocked.
    let longestGap = 0;
    let last = performance.now();
    const probe = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 5);
    const started = performance.now();
    const written = await data<{ path: string }>(core, 'reports.exportAssessment', {
      assessmentId: id,
      format: 'docx',
      path: join(files.dir, 'everything.docx'),
      options: { detail: 'all' },
    });
    const took = performance.now() - started;
    clearInterval(probe);

    expect(existsSync(written.path)).toBe(true);
    const progress = events.filter((event) => event.name === 'job.progress');
    expect(progress.length).toBeGreaterThan(0);
    // On one thread the export is one block as long as the call; here the probe kept ticking.
    expect(longestGap).toBeLessThan(took / 2);
  }, 120_000);
});

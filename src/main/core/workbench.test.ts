import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { METHOD_NAMES, type MethodName } from '../../shared/api/methods';
import type { Input } from '../../shared/api/contract';
import { methodErrors } from '../../shared/api/contract';
import { createWorkbench, DATABASE_FILE_NAME, type Workbench } from './workbench';
import { callOk, tempDir, writeSmallPack } from './testing/fixtures';

let cleanups: (() => void)[] = [];

/** Opens a workbench over a data folder and closes it after the test. */
async function openWorkbench(dataDir: string, resourcesDir: string): Promise<Workbench> {
  const workbench = await createWorkbench({
    dataDir,
    resourcesDir,
    shell: 'browser',
    appVersion: 't',
  });
  cleanups.push(() => workbench.close());
  return workbench;
}
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

async function smallWorkbench(): Promise<{
  workbench: Workbench;
  dataDir: string;
  resourcesDir: string;
}> {
  const resources = tempDir();
  const data = tempDir();
  writeSmallPack(resources.dir);
  const workbench = await openWorkbench(data.dir, resources.dir);
  cleanups.push(resources.cleanup, data.cleanup);
  return { workbench, dataDir: data.dir, resourcesDir: resources.dir };
}

describe('the API contract', () => {
  it('names every method <domain>.<verb>, once', () => {
    expect(METHOD_NAMES.length).toBeGreaterThanOrEqual(63);
    for (const method of METHOD_NAMES) expect(method).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
  });

  it('has a handler for every method: each valid call reaches one', async () => {
    const { workbench } = await smallWorkbench();
    // Typed by method name, so a new method does not compile until it has a sample here.
    const samples: { [M in MethodName]: Input<M> | 'skip' } = {
      'library.listChapters': {},
      'library.listArticles': {},
      'library.getArticle': { number: 2 },
      'library.search': { query: 'access' },
      'library.stats': {},
      'library.contentLanguages': {},
      'library.setContentLanguage': { language: 'vi' },
      'packs.list': {},
      'packs.import': { path: '/nonexistent/pack.json' },
      'packs.export': { id: 'uncc', path: '/nonexistent/folder/pack.json' },
      'packs.download': { id: 'uncc' },
      'packs.importQuestions': { fileName: 'q.csv', contentBase64: '' },
      'packs.questionTemplate': { format: 'csv' },
      'questions.list': {},
      'quizzes.list': {},
      'quizzes.get': { id: 'missing' },
      'quizzes.create': { title: 'Mine', questionIds: ['missing'] },
      'sessions.create': { title: 'Workshop', startDate: '2026-12-01', endDate: '2026-12-02' },
      'sessions.list': {},
      'sessions.get': { id: 'missing' },
      'sessions.update': { id: 'missing', fields: { place: 'Hanoi' } },
      'sessions.addParticipants': {
        sessionId: 'missing',
        participants: [{ name: 'A', country: 'VN' }],
      },
      'sessions.removeParticipant': { sessionId: 'missing', participantId: 'missing' },
      'sessions.previewRegister': { sessionId: 'missing', file: { path: '/nonexistent/r.csv' } },
      'sessions.importRegister': { sessionId: 'missing', file: { path: '/nonexistent/r.csv' } },
      'sessions.setAttendance': {
        sessionId: 'missing',
        marks: [{ personId: 'p', day: '2026-12-01', state: 'present' }],
      },
      'sessions.setAgenda': { sessionId: 'missing', items: [] },
      'sessions.results': { sessionId: 'missing' },
      'people.update': { id: 'missing', fields: { name: 'Lan Nguyen', email: null } },
      'sessions.delete': { id: 'missing' },
      'assessments.delete': { id: 'missing' },
      'trash.list': {},
      'trash.restore': { id: 'missing' },
      'trash.purge': { id: 'missing' },
      'people.duplicates': {},
      'people.merge': { keepId: 'a', mergeId: 'b' },
      'attempts.start': { sessionId: 'missing', participantId: 'p', quizId: 'q' },
      'attempts.answer': { attemptId: 'missing', questionId: 'q', answer: 'a' },
      'attempts.finish': { attemptId: 'missing' },
      'attempts.submit': { sessionId: 'missing', participantId: 'p', quizId: 'q', responses: [] },
      'attempts.get': { attemptId: 'missing' },
      'assessments.create': { country: 'VN', title: 'Sample' },
      'assessments.list': {},
      'assessments.get': { id: 'missing' },
      'assessments.updateItem': { assessmentId: 'missing', itemId: 'missing', result: 'gap' },
      'assessments.bulkUpdate': {
        assessmentId: 'missing',
        itemIds: ['x'],
        fields: { status: 'done' },
      },
      'assessments.history': { assessmentId: 'missing' },
      'assessments.undo': { assessmentId: 'missing' },
      'assessments.redo': { assessmentId: 'missing' },
      'assessments.searchNotes': { assessmentId: 'missing', query: 'penal code' },
      'assessments.clone': { id: 'missing', title: 'Cycle 2' },
      'assessments.compare': { baseId: 'missing', otherId: 'missing' },
      'assessments.heatmap': {},
      'assessments.exportFile': { id: 'missing', path: '/nonexistent/x.json' },
      'assessments.downloadFile': { id: 'missing' },
      'assessments.previewImport': { path: '/nonexistent/x.json' },
      'assessments.applyImport': { file: { path: '/nonexistent/x.json' } },
      'reports.exportAssessment': {
        assessmentId: 'missing',
        format: 'csv',
        path: '/nonexistent/r.csv',
      },
      'reports.renderAssessment': { assessmentId: 'missing', format: 'csv' },
      'reports.exportSession': { sessionId: 'missing', format: 'csv', path: '/nonexistent/r.csv' },
      'reports.renderSession': { sessionId: 'missing', format: 'csv' },
      'reports.renderQuizSheet': { quizId: 'missing.quiz.none', key: true },
      'reports.renderSignInSheet': { sessionId: 'missing' },
      'certificates.eligibility': { sessionId: 'missing' },
      'certificates.export': { sessionId: 'missing', path: '/nonexistent/c.pdf' },
      'certificates.render': { sessionId: 'missing' },
      'certificates.verify': { code: 'ABCDE-FGHJK' },
      'live.interfaces': {},
      'live.open': { kind: 'vote', assessmentId: 'missing', host: '127.0.0.1' },
      'live.reopen': { roomId: 'missing', host: '127.0.0.1' },
      'live.state': { roomId: 'missing' },
      'live.list': {},
      'live.control': { roomId: 'missing', action: 'next' },
      'live.setOptions': { roomId: 'missing', options: {} },
      'live.approve': { roomId: 'missing', participantId: 'missing', approve: true },
      'live.poll': { roomId: 'missing', prompt: 'Which chapter?', type: 'words' },
      'live.voteItem': { roomId: 'missing', itemId: 'missing' },
      'live.adopt': { roomId: 'missing', itemId: 'missing', result: 'gap' },
      'live.close': { roomId: 'missing' },
      'live.selfTest': { roomId: 'missing' },
      'polls.list': { sessionId: 'missing' },
      'settings.get': {},
      'settings.update': { userName: 'Test' },
      'system.status': {},
      'system.info': {},
      'system.backup': {},
      'system.restoreBackup': 'skip', // replaces the database: covered in the recovery tests
      'system.quit': 'skip', // stops the process
      'sync.status': {},
      'sync.configure': { hubUrl: '' },
      'sync.run': {}, // not configured: refused in plain words; src/main/core/sync has the rest
      'sync.conflicts': {},
      'sync.decide': {
        checklistId: 'missing',
        provisionId: 'uncc.art2.p1',
        field: 'result',
        changeId: 'missing',
      },
      'jobs.cancel': { jobId: 'no-such-job' },
    };
    for (const method of METHOD_NAMES) {
      const input = samples[method];
      if (input === 'skip') continue;
      const answer = await workbench.dispatch(method, input);
      if (answer.ok) continue;
      // Refused at the door means the sample is wrong; a handler's own refusal is fine.
      const atTheDoor =
        answer.error.code === 'VALIDATION' && answer.error.message.startsWith(`${method}:`);
      expect(['UNKNOWN_METHOD', 'INTERNAL'], `${method}: ${answer.error.message}`).not.toContain(
        answer.error.code,
      );
      expect(atTheDoor, `${method}: ${answer.error.message}`).toBe(false);
      // docs/API.md lists each method's own errors from the contract: they must be the real ones.
      const declared: readonly string[] = ['VALIDATION', ...methodErrors(method)];
      expect(declared, `${method}: ${answer.error.message}`).toContain(answer.error.code);
    }
    // Several calls are jobs, each in a worker thread that compiles its TypeScript through tsx
    // here (not in the build): seconds each on a busy machine.
  }, 180_000);

  it('refuses an unknown method and bad input with an envelope naming the field', async () => {
    const { workbench } = await smallWorkbench();
    expect(await workbench.dispatch('library.dropTables', {})).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_METHOD', message: expect.stringContaining('library.dropTables') },
    });
    const bad = await workbench.dispatch('library.getArticle', { number: 'seven' });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('number') },
    });
    const extra = await workbench.dispatch('library.search', {
      query: 'x',
      __proto__: { admin: true },
      extra: 1,
    });
    expect(extra).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const tooLong = await workbench.dispatch('library.search', { query: 'x'.repeat(5000) });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('answers NOT_FOUND for a missing article without a stack trace', async () => {
    const { workbench } = await smallWorkbench();
    const answer = await workbench.dispatch('library.getArticle', { number: 99 });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'There is no article 99 in the convention.' },
    });
  });
});

describe('the interface language setting', () => {
  it('keeps the chosen language, tells every window, and refuses one the app does not have', async () => {
    const { workbench, dataDir, resourcesDir } = await smallWorkbench();
    const heard: unknown[] = [];
    cleanups.push(workbench.subscribe((event) => heard.push(event)));
    expect((await callOk(workbench, 'settings.get', {})).interfaceLanguage).toBe('');
    await callOk(workbench, 'settings.update', { interfaceLanguage: 'vi' });
    expect(heard).toContainEqual({
      name: 'settings.languageChanged',
      payload: { interfaceLanguage: 'vi' },
    });
    const refused = await workbench.dispatch('settings.update', { interfaceLanguage: 'xx' });
    expect(refused.ok).toBe(false);
    workbench.close();
    const reopened = await openWorkbench(dataDir, resourcesDir);
    expect((await callOk(reopened, 'settings.get', {})).interfaceLanguage).toBe('vi');
  });
});

describe('the library over a seeded database', () => {
  it('seeds the bundled pack on first run and reports its counts', async () => {
    const { workbench } = await smallWorkbench();
    expect(await workbench.dispatch('library.stats', {})).toEqual({
      ok: true,
      data: { chapters: 2, articles: 3, provisions: 3, terms: 1, questions: 0, quizzes: 0 },
    });
  });

  it('returns an article with provisions, terms and related links in both directions', async () => {
    const { workbench } = await smallWorkbench();
    const article = await callOk(workbench, 'library.getArticle', { number: 2 });
    expect(article).toMatchObject({
      number: 2,
      chapter: 'II',
      chapterTitle: 'Criminalization',
      provisions: [
        { id: 'uncc.art2.p1', elements: ['intent', 'without right'] },
        { id: 'uncc.art2.p2', flexibility: 'Conditions allowed.' },
      ],
      terms: [{ term: 'ICT system' }],
      related: [{ number: 1 }, { number: 3 }],
      budapest: { article: 2 },
      previous: 1,
      next: 3,
    });
  });

  it('searches with prefixes and highlights, and jumps to "art 3"', async () => {
    const { workbench } = await smallWorkbench();
    const prefix = await callOk(workbench, 'library.search', { query: 'groom', limit: 5 });
    expect(prefix[0]).toMatchObject({ articleNumber: 3, kind: 'article' });
    const jump = await callOk(workbench, 'library.search', { query: 'art 3', limit: 5 });
    expect(jump[0]).toMatchObject({
      articleNumber: 3,
      kind: 'article',
      title: 'Solicitation or grooming',
    });
    const highlighted = await callOk(workbench, 'library.search', {
      query: 'without right',
      limit: 5,
    });
    expect(highlighted.some((h) => h.snippet.includes('<mark>without</mark>'))).toBe(true);
  });

  it('keeps the data across a reopen and does not seed twice', async () => {
    const resources = tempDir();
    const data = tempDir();
    cleanups.push(resources.cleanup, data.cleanup);
    writeSmallPack(resources.dir);
    (await openWorkbench(data.dir, resources.dir)).close();
    const again = await openWorkbench(data.dir, resources.dir);
    expect(await again.dispatch('library.stats', {})).toMatchObject({
      ok: true,
      data: { articles: 3 },
    });
  });
});

describe('recovery', () => {
  it('treats a file that is not a database as needing recovery, and keeps it', async () => {
    const resources = tempDir();
    const data = tempDir();
    cleanups.push(resources.cleanup, data.cleanup);
    writeSmallPack(resources.dir);
    const file = join(data.dir, DATABASE_FILE_NAME);
    writeFileSync(file, 'this is not sqlite '.repeat(400));
    const workbench = await openWorkbench(data.dir, resources.dir);
    expect(workbench.status()).toMatchObject({
      state: 'recovery',
      reason: 'corrupt',
      databaseFile: file,
      backups: [],
    });
    expect(await workbench.dispatch('library.stats', {})).toMatchObject({
      ok: false,
      error: { code: 'NEEDS_RECOVERY' },
    });
    expect(await workbench.dispatch('system.restoreBackup', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('no backup') },
    });
  });

  it('restores the newest backup and keeps the damaged file beside it', async () => {
    const { workbench, dataDir, resourcesDir } = await smallWorkbench();
    const backup = await workbench.dispatch('system.backup', {});
    expect(backup).toMatchObject({ ok: true, data: { bytes: expect.any(Number) } });
    workbench.close();
    const file = join(dataDir, DATABASE_FILE_NAME);
    writeFileSync(file, Buffer.alloc(8192, 7));
    const reopened = await openWorkbench(dataDir, resourcesDir);
    expect(reopened.status().state).toBe('recovery');
    expect(await reopened.dispatch('system.restoreBackup', {})).toEqual({
      ok: true,
      data: { state: 'ready' },
    });
    expect(await reopened.dispatch('library.stats', {})).toMatchObject({
      ok: true,
      data: { articles: 3 },
    });
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(dataDir).some((n) => n.startsWith(`${DATABASE_FILE_NAME}.replaced-`))).toBe(
      true,
    );
  });

  it('refuses a database written by a newer version and leaves it untouched', async () => {
    const { workbench, dataDir, resourcesDir } = await smallWorkbench();
    workbench.close();
    const file = join(dataDir, DATABASE_FILE_NAME);
    const raw = new Database(file);
    raw.pragma('user_version = 9990');
    raw.close();
    const reopened = await openWorkbench(dataDir, resourcesDir);
    expect(reopened.status()).toMatchObject({
      state: 'recovery',
      reason: 'newer-version',
      message: expect.stringContaining('newer version'),
    });
    const check = new Database(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(9990);
    expect(check.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 3 });
    check.close();
  });
});

import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWorkbench, type Workbench } from '../core/workbench';
import { callOk, PROJECT_RESOURCES, tempDir } from '../core/testing/fixtures';
import { liveListener } from './live-server';

// A Vietnamese workshop's live room asks its questions in Vietnamese (the bundled translation):
// the facilitator's and projector's view, which read the same questions the phones are sent.
// A one-line page stands in for the built participant page (see live-server.test.ts).

let workbench: Workbench;
let cleanup: () => void;
beforeAll(async () => {
  const data = tempDir();
  cleanup = data.cleanup;
  const renderer = join(data.dir, 'renderer');
  mkdirSync(renderer, { recursive: true });
  writeFileSync(join(renderer, 'participant.html'), '<!doctype html><p>room</p>');
  workbench = await createWorkbench({
    dataDir: join(data.dir, 'data'),
    resourcesDir: PROJECT_RESOURCES,
    shell: 'browser',
    appVersion: 't',
    liveListen: liveListener(renderer),
  });
});
afterAll(() => {
  workbench.close();
  cleanup();
});

it("puts the live room's questions in the workshop's language, keys unchanged", async () => {
  const { id: sessionId } = await callOk(workbench, 'sessions.create', {
    title: 'Hội thảo',
    startDate: '2026-12-01',
    endDate: '2026-12-01',
    language: 'vi',
  });
  const quizId = 'uncc.quiz.warm-up';
  const english = await callOk(workbench, 'quizzes.get', { id: quizId });
  const vi = await callOk(workbench, 'quizzes.get', { id: quizId, language: 'vi' });
  const opened = await callOk(workbench, 'live.open', {
    kind: 'quiz',
    sessionId,
    quizId,
    host: '127.0.0.1',
  });
  try {
    const { question } = await callOk(workbench, 'live.control', {
      roomId: opened.id,
      action: 'start',
    });
    expect(question!.id).toBe(english.questions[0]!.id);
    expect(question!.prompt).toBe(vi.questions[0]!.prompt);
    expect(question!.prompt).not.toBe(english.questions[0]!.prompt);
    expect(question!.explanation).toBe(vi.questions[0]!.explanation);
    expect(question!.key).toEqual(english.questions[0]!.answer);
  } finally {
    await callOk(workbench, 'live.close', { roomId: opened.id });
  }
});

// The facilitator's side of the live-room load test, in its own process so its CPU time is its
// own: a workbench over the bundled pack, a workshop of N people, a 20-question quiz, and a room
// on 127.0.0.1. The bench drives it over IPC: next question, reveal, end, report.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createWorkbench } from '../src/main/core/workbench';
import { tempDir } from '../src/main/core/testing/fixtures';
import { liveListener } from '../src/main/server/live-server';

const root = join(import.meta.dirname, '..');
const people = Number(process.argv[2] ?? 300);
const questions = Number(process.argv[3] ?? 20);
const now = () => performance.timeOrigin + performance.now();

const { dir, cleanup } = tempDir('cw-bench-live-');
const workbench = await createWorkbench({
  dataDir: dir,
  resourcesDir: join(root, 'resources'),
  shell: 'browser',
  appVersion: 'bench',
  liveListen: liveListener(join(root, 'out', 'renderer')),
});
const call = async <T>(method: string, input: unknown): Promise<T> => {
  const answer = await workbench.dispatch(method, input);
  if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
  return answer.data as T;
};

const { id: sessionId } = await call<{ id: string }>('sessions.create', {
  title: 'Load test',
  startDate: '2026-12-01',
  endDate: '2026-12-01',
  countries: ['VN'],
});
const added = await call<{ participants: { id: string }[] }>('sessions.addParticipants', {
  sessionId,
  participants: Array.from({ length: people }, (_, i) => ({
    name: `Participant ${String(i).padStart(3, '0')}`,
    country: 'VN',
  })),
});
// Single-answer questions from the bank, so every simulated answer is well-formed.
const bank = await call<{ id: string; type: string }[]>('questions.list', { type: 'single' });
const { id: quizId } = await call<{ id: string }>('quizzes.create', {
  title: 'Load test quiz',
  kind: 'custom',
  questionIds: bank.slice(0, questions).map((q) => q.id),
});
const room = await call<{ id: string; code: string; joinUrl: string }>('live.open', {
  kind: 'quiz',
  sessionId,
  quizId,
  host: '127.0.0.1',
  port: 0,
});

// The facilitator's tally: each change event re-reads the room as the facilitator's screen does,
// and notes when each count of answers was first seen.
const tallySeen: number[] = [];
let refreshing = false;
workbench.subscribe((event) => {
  if (event.name !== 'live.changed' || refreshing) return;
  refreshing = true;
  void call<{ question: { answered: number } | null }>('live.state', { roomId: room.id }).then(
    (view) => {
      refreshing = false;
      const answered = view.question?.answered ?? 0;
      const at = now();
      for (let n = 0; n < answered; n++) tallySeen[n] ??= at;
    },
  );
});

const cpuStart = process.cpuUsage();
process.on('message', (message: { cmd: string }) => {
  void (async () => {
    switch (message.cmd) {
      case 'next': {
        tallySeen.length = 0;
        const view = await call<{
          question: { id: string; key: string[]; options: { id: string }[] };
        }>('live.control', { roomId: room.id, action: 'next' });
        process.send!({
          cmd: 'question',
          id: view.question.id,
          options: view.question.options.map((o) => o.id),
        });
        break;
      }
      case 'start': {
        const view = await call<{ question: { id: string; options: { id: string }[] } }>(
          'live.control',
          {
            roomId: room.id,
            action: 'start',
          },
        );
        tallySeen.length = 0;
        process.send!({
          cmd: 'question',
          id: view.question.id,
          options: view.question.options.map((o) => o.id),
        });
        break;
      }
      case 'tally':
        // Give the last change event time to land before reporting.
        await new Promise((r) => setTimeout(r, 300));
        process.send!({ cmd: 'tally', seen: tallySeen });
        break;
      case 'end': {
        await call('live.control', { roomId: room.id, action: 'end' });
        const cpu = process.cpuUsage(cpuStart);
        const db = (await import('better-sqlite3')).default(join(dir, 'workbench.sqlite'), {
          readonly: true,
        });
        const responses = db
          .prepare(
            'SELECT count(*) AS n FROM responses r JOIN live_attempts la ON la.attempt_id = r.attempt_id WHERE la.room_id = ?',
          )
          .get(room.id) as { n: number };
        db.close();
        process.send!({
          cmd: 'report',
          cpuMs: (cpu.user + cpu.system) / 1000,
          stored: responses.n,
        });
        break;
      }
      case 'stop':
        await call('live.close', { roomId: room.id });
        workbench.close();
        cleanup();
        process.exit(0);
    }
  })();
});
process.send!({
  cmd: 'ready',
  code: room.code,
  url: room.joinUrl,
  personIds: added.participants.map((p) => p.id),
});

// The facilitator's app reduced to what a live room needs, in its own process so a test can
// SIGKILL it (src/main/server/live-restart.test.ts). argv: dataDir rendererDir, then either
// `create` (a workshop, a quiz room on 127.0.0.1) or `reopen <roomId> <port>`. It reports the
// room's view over IPC and obeys { cmd: 'control', action } and { cmd: 'state' }.
import { createWorkbench } from '../../core/workbench';
import { PROJECT_RESOURCES } from '../../core/testing/fixtures';
import { liveListener } from '../live-server';

const [dataDir, rendererDir, mode, roomIdArg, portArg] = process.argv.slice(2);

const workbench = await createWorkbench({
  dataDir: dataDir!,
  resourcesDir: PROJECT_RESOURCES,
  shell: 'browser',
  appVersion: 'live-restart',
  liveListen: liveListener(rendererDir!),
});
const call = async <T>(method: string, input: unknown): Promise<T> => {
  const answer = await workbench.dispatch(method, input);
  if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
  return answer.data as T;
};

let roomId = roomIdArg ?? '';
let people: { id: string; name: string }[] = [];
if (mode === 'create') {
  const { id: sessionId } = await call<{ id: string }>('sessions.create', {
    title: 'Restart workshop',
    startDate: '2026-12-01',
    endDate: '2026-12-01',
    countries: ['VN'],
  });
  const added = await call<{ participants: { id: string; name: string }[] }>(
    'sessions.addParticipants',
    {
      sessionId,
      participants: ['Lan', 'Minh', 'Hùng'].map((name) => ({ name, country: 'VN' })),
    },
  );
  people = added.participants.map((p) => ({ id: p.id, name: p.name }));
  roomId = (
    await call<{ id: string }>('live.open', {
      kind: 'quiz',
      sessionId,
      quizId: 'uncc.quiz.warm-up',
      host: '127.0.0.1',
      port: 0,
    })
  ).id;
} else {
  await call('live.reopen', { roomId, host: '127.0.0.1', port: Number(portArg) });
}

process.on('message', (message: { cmd: string; action?: string }) => {
  void (async () => {
    const view =
      message.cmd === 'control'
        ? await call('live.control', { roomId, action: message.action })
        : await call('live.state', { roomId });
    process.send!({ cmd: 'view', view });
  })();
});
process.send!({ cmd: 'ready', people, view: await call('live.state', { roomId }) });

import { afterAll, describe, expect, it } from 'vitest';
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { WebSocket } from 'ws';
import type { RoomView } from '../../shared/live/facilitator';
import type { ParticipantState, ServerMessage } from '../../shared/live/protocol';
import { tempDir } from '../core/testing/fixtures';

// The facilitator's app is SIGKILLed between questions (no close, no flush of its own): every
// acknowledged answer must be in the database, and reopening the room with the same data folder
// must resume it where it was — same question, same reveal state, same participants' tokens.
// The room runs in a child process (node --import tsx); participants are real WebSocket clients
// on 127.0.0.1.

const { dir, cleanup } = tempDir('cw-live-restart-');
const dataDir = join(dir, 'data');
const renderer = join(dir, 'renderer');
mkdirSync(renderer, { recursive: true });
writeFileSync(join(renderer, 'participant.html'), '<!doctype html><title>room</title>');
const children: ChildProcess[] = [];
afterAll(() => {
  children.forEach((c) => c.kill('SIGKILL'));
  cleanup();
});

interface Host {
  child: ChildProcess;
  ready: { people: { id: string; name: string }[]; view: RoomView };
  ask(message: { cmd: 'control'; action: string } | { cmd: 'state' }): Promise<RoomView>;
}

async function startHost(args: string[]): Promise<Host> {
  const child = fork(join(import.meta.dirname, 'testing', 'live-room-process.ts'), args, {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.push(child);
  const ready = await new Promise<Host['ready']>((resolve, reject) => {
    child.once('message', (m) => resolve(m as Host['ready']));
    child.once('exit', (code) => reject(new Error(`the room process exited (${code})`)));
  });
  const ask: Host['ask'] = (message) =>
    new Promise((resolve) => {
      child.once('message', (m) => resolve((m as { view: RoomView }).view));
      child.send(message);
    });
  return { child, ready, ask };
}

async function joinAs(view: RoomView, personId: string): Promise<string> {
  const res = await fetch(new URL('/p/join', view.joinUrl!), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: view.code, personIds: [personId] }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { data: { token: string } }).data.token;
}

/** A participant's socket: the first state it is sent, and acknowledgements by message id. */
async function connect(view: RoomView, token: string) {
  const url = new URL(view.joinUrl!);
  const socket = new WebSocket(`ws://${url.host}/p/socket`, { origin: url.origin });
  socket.on('error', () => undefined);
  const acks = new Map<string, (m: ServerMessage) => void>();
  let first: (s: ParticipantState) => void = () => undefined;
  const state = new Promise<ParticipantState>((resolve) => (first = resolve));
  socket.on('message', (data) => {
    const m = JSON.parse(String(data)) as ServerMessage;
    if (m.type === 'state') first(m);
    if (m.type === 'ack') acks.get(m.msgId)?.(m);
  });
  await new Promise((resolve) => socket.once('open', resolve));
  socket.send(JSON.stringify({ type: 'auth', token }));
  return {
    state,
    socket,
    answer(msgId: string, questionId: string, answer: unknown) {
      const acked = new Promise<ServerMessage>((resolve) => acks.set(msgId, resolve));
      socket.send(JSON.stringify({ type: 'answer', msgId, questionId, answer }));
      return acked;
    },
  };
}

const answerOf = (view: RoomView) => {
  const q = view.question!;
  return q.type === 'multiple' || (q.type === 'scenario' && q.key.length > 1)
    ? [q.key[0]]
    : q.key[0];
};

describe('the facilitator’s app killed between questions', () => {
  it('loses no acknowledged answer, and the reopened room resumes where it was', async () => {
    const first = await startHost([dataDir, renderer, 'create']);
    const { people } = first.ready;
    const port = Number(new URL(first.ready.view.joinUrl!).port);
    const tokens = await Promise.all(people.map((p) => joinAs(first.ready.view, p.id)));
    const sockets = await Promise.all(tokens.map((t) => connect(first.ready.view, t)));

    // Question 1: everyone answers; question 2: two of three answer, then the reveal.
    const q1 = await first.ask({ cmd: 'control', action: 'start' });
    const acks1 = await Promise.all(
      sockets.map((s, i) => s.answer(`q1-${i}`, q1.question!.id, answerOf(q1))),
    );
    const q2 = await first.ask({ cmd: 'control', action: 'next' });
    const acks2 = await Promise.all(
      sockets.slice(0, 2).map((s, i) => s.answer(`q2-${i}`, q2.question!.id, answerOf(q2))),
    );
    expect([...acks1, ...acks2].every((m) => m.type === 'ack' && m.accepted)).toBe(true);
    const revealed = await first.ask({ cmd: 'control', action: 'reveal' });
    expect(revealed.cursor).toMatchObject({ kind: 'question', index: 1, phase: 'revealed' });

    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));

    // Every acknowledged answer is on disk, read by a connection of our own.
    const db = new Database(join(dataDir, 'workbench.sqlite'), { readonly: true });
    const stored = db
      .prepare(
        `SELECT r.question_id AS questionId, count(*) AS n FROM responses r
         JOIN live_attempts la ON la.attempt_id = r.attempt_id
         WHERE la.room_id = ? GROUP BY r.question_id`,
      )
      .all(revealed.id);
    db.close();
    expect(stored).toEqual(
      expect.arrayContaining([
        { questionId: q1.question!.id, n: 3 },
        { questionId: q2.question!.id, n: 2 },
      ]),
    );

    // Reopened from the same data folder, on the same address: where it was.
    const second = await startHost([dataDir, renderer, 'reopen', revealed.id, String(port)]);
    const resumed = second.ready.view;
    expect(resumed.open).toBe(true);
    expect(resumed.joinUrl).toBe(first.ready.view.joinUrl);
    expect(resumed.cursor).toEqual(revealed.cursor);
    expect(resumed.question).toMatchObject({ id: q2.question!.id, answered: 2 });

    // The phones' tokens still work: each sees the revealed question and its own answer.
    const back = await Promise.all(tokens.map((t) => connect(resumed, t)));
    const states = await Promise.all(back.map((b) => b.state));
    for (const [i, s] of states.entries()) {
      if (s.activity.kind !== 'question') throw new Error(`not a question: ${s.activity.kind}`);
      expect(s.activity.index).toBe(1);
      expect(s.activity.reveal?.answered).toBe(2);
      expect(s.activity.myAnswer !== null).toBe(i < 2);
    }
    // And the quiz goes on from there.
    const q3 = await second.ask({ cmd: 'control', action: 'next' });
    expect(q3.cursor).toMatchObject({ kind: 'question', index: 2, phase: 'open' });
    expect(await back[2]!.answer('q3', q3.question!.id, answerOf(q3))).toMatchObject({
      type: 'ack',
      accepted: true,
    });
    back.forEach((b) => b.socket.terminate());
    second.child.kill('SIGKILL');
  }, 120_000);
});

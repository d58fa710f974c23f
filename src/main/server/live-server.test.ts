import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import Database from 'better-sqlite3';
import { WebSocket } from 'ws';
import type { RoomView } from '../../shared/live/facilitator';
import type { ParticipantState, ServerMessage } from '../../shared/live/protocol';
import { createWorkbench, type Workbench } from '../core/workbench';
import { callOk, PROJECT_RESOURCES, tempDir } from '../core/testing/fixtures';
import { liveListener } from './live-server';
import { ALL_INTERFACES } from '../core/live/rooms';

// Real sockets on 127.0.0.1 (the room's network is stood in for by loopback), a real database
// seeded from the bundled pack, and the real room listener. The participant page itself is
// tested in e2e/live-room.spec.ts; here a one-line page stands in for the built renderer.

let workbench: Workbench;
let cleanup: () => void;
let dataDir: string;
let sessionId: string;
let people: { id: string; name: string }[];
const quizId = 'uncc.quiz.warm-up';

beforeAll(async () => {
  const data = tempDir();
  const renderer = join(data.dir, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(
    join(renderer, 'participant.html'),
    '<!doctype html><script type="module" src="./assets/participant-x.js"></script>',
  );
  writeFileSync(join(renderer, 'assets', 'participant-x.js'), 'console.log(1)');
  writeFileSync(join(renderer, 'index.html'), 'the facilitator app');
  dataDir = join(data.dir, 'data');
  workbench = await createWorkbench({
    dataDir,
    resourcesDir: PROJECT_RESOURCES,
    shell: 'browser',
    appVersion: 't',
    liveListen: liveListener(renderer),
  });
  cleanup = data.cleanup;
  sessionId = (
    await callOk(workbench, 'sessions.create', {
      title: 'Hanoi workshop',
      startDate: '2026-12-01',
      endDate: '2026-12-02',
      countries: ['VN'],
    })
  ).id;
  const added = await callOk(workbench, 'sessions.addParticipants', {
    sessionId,
    participants: [
      { name: 'Nguyễn Văn An', country: 'VN' },
      { name: 'Wanjiru Kamau', country: 'KE' },
      { name: 'Đỗ Thu Hà', country: 'VN' },
    ],
  });
  people = added.participants.map((p) => ({ id: p.id, name: p.name }));
}, 120_000);

afterAll(() => {
  workbench.close();
  cleanup();
});

interface Http {
  status: number;
  body: string;
}

/** One HTTP request to the room, with whatever Host header the test wants. */
function http(
  url: string,
  options: { method?: string; body?: unknown; token?: string; host?: string; raw?: string } = {},
): Promise<Http> {
  const target = new URL(url);
  const text =
    options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: options.method ?? (text === undefined ? 'GET' : 'POST'),
        // A fresh connection per request: a kept-alive one would outlive a closed room.
        agent: false,
        headers: {
          host: options.host ?? target.host,
          ...(text !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

/** A participant's socket that collects what the room sends. */
async function participant(room: RoomView, token: string) {
  const url = new URL(room.joinUrl!);
  const socket = new WebSocket(`ws://${url.host}/p/socket`, { origin: `http://${url.host}` });
  const messages: ServerMessage[] = [];
  const waiters: { test: (m: ServerMessage) => boolean; resolve: (m: ServerMessage) => void }[] =
    [];
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as ServerMessage;
    messages.push(message);
    for (const w of [...waiters])
      if (w.test(message)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(message);
      }
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const next = (test: (m: ServerMessage) => boolean) =>
    new Promise<ServerMessage>((resolve) => {
      const already = messages.find(test);
      if (already) {
        messages.splice(messages.indexOf(already), 1);
        resolve(already);
      } else waiters.push({ test, resolve });
    });
  const send = (m: unknown) => socket.send(typeof m === 'string' ? m : JSON.stringify(m));
  send({ type: 'auth', token });
  return {
    socket,
    send,
    next,
    state: (test: (s: ParticipantState) => boolean = () => true) =>
      next((m) => m.type === 'state' && test(m)) as Promise<ParticipantState>,
    ack: (msgId: string) =>
      next((m) => m.type === 'ack' && m.msgId === msgId) as Promise<
        Extract<ServerMessage, { type: 'ack' }>
      >,
    close: () => socket.close(),
  };
}

async function joinRoom(room: RoomView, body: Record<string, unknown>) {
  const res = await http(new URL('/p/join', room.joinUrl!).href, {
    body: { code: room.code, ...body },
  });
  expect(res.status, res.body).toBe(200);
  return (JSON.parse(res.body) as { data: { token: string; status: string } }).data;
}

describe('a live quiz room on loopback', () => {
  let room: RoomView;

  it('opens on the chosen address with a join code and a QR code', async () => {
    const interfaces = await callOk(workbench, 'live.interfaces', {});
    expect(interfaces.some((i) => i.address === '127.0.0.1')).toBe(true);
    room = await callOk(workbench, 'live.open', {
      kind: 'quiz',
      sessionId,
      quizId,
      host: '127.0.0.1',
      port: 0,
    });
    expect(room.code).toMatch(/^[A-Z0-9]{6}$/);
    expect(room.joinUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(room.qrSvg).toContain('<svg');
    const page = await http(room.joinUrl!);
    expect(page.status).toBe(200);
    expect(page.body).toContain('participant-x.js');
  });

  it('serves nothing of the facilitator: not the API, not the app, not other files', async () => {
    for (const path of ['/api/system.status', '/assets/index.js', '/events', '/../package.json']) {
      const res = await http(
        new URL(path, room.joinUrl!).href,
        path.startsWith('/api') ? { body: {} } : {},
      );
      expect([403, 404], path).toContain(res.status);
    }
    expect((await http(new URL('/index.html', room.joinUrl!).href)).body).not.toContain(
      'facilitator app',
    );
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign WebSocket origin', async () => {
    expect((await http(room.joinUrl!, { host: 'evil.example:80' })).status).toBe(403);
    const url = new URL(room.joinUrl!);
    const refused = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`ws://${url.host}/p/socket`, { origin: 'http://evil.example' });
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('error', () => resolve(-1));
    });
    expect(refused).toBe(403);
  });

  it('lists the register for the right code and refuses wrong ones', async () => {
    const ok = await http(new URL('/p/room', room.joinUrl!).href, {
      body: { code: room.code.toLowerCase() },
    });
    expect(ok.status).toBe(200);
    const lookup = JSON.parse(ok.body) as {
      data: { register: { name: string }[]; language: string };
    };
    expect(lookup.data.register.map((p) => p.name)).toContain('Đỗ Thu Hà');
    const wrong = await http(new URL('/p/room', room.joinUrl!).href, { body: { code: 'AAAAAA' } });
    expect(wrong.status).toBe(404);
    expect((await http(new URL('/p/room', room.joinUrl!).href, { raw: '{not json' })).status).toBe(
      400,
    );
  });

  it('plays a question: no key before the reveal, one answer counts, tallies for the facilitator', async () => {
    const an = await joinRoom(room, { personIds: [people[0]!.id] });
    expect(an.status).toBe('approved');
    const p1 = await participant(room, an.token);
    expect((await p1.state()).activity.kind).toBe('lobby');

    await callOk(workbench, 'live.control', { roomId: room.id, action: 'start' });
    const asked = await p1.state((s) => s.activity.kind === 'question');
    const question = asked.activity.kind === 'question' ? asked.activity.question : null;
    const full = await callOk(workbench, 'live.state', { roomId: room.id });
    // The participant's copy of the question carries neither the key nor the explanation.
    const sent = JSON.stringify(asked);
    expect(sent).not.toContain(full.question!.explanation);
    expect(sent).not.toMatch(/"key"|"answer"\s*:\s*\[/);

    const pick = full.question!.key[0]!;
    const answer = question!.multiple ? [pick] : question!.type === 'matching' ? {} : pick;
    p1.send({ type: 'answer', msgId: 'm1', questionId: question!.id, answer });
    expect((await p1.ack('m1')).accepted).toBe(true);
    p1.send({ type: 'answer', msgId: 'm2', questionId: question!.id, answer });
    const again = await p1.ack('m2');
    expect(again.accepted).toBe(false);
    expect(again.reason).toMatch(/already answered/);

    // The options came in the order this participant's attempt stores, as reviews show them.
    const db = new Database(join(dataDir, 'workbench.sqlite'), { readonly: true });
    const stored = db
      .prepare(
        `SELECT a.option_order FROM attempts a JOIN live_attempts la ON la.attempt_id = a.id
         WHERE la.room_id = ? AND la.person_id = ?`,
      )
      .pluck()
      .get(room.id, people[0]!.id) as string;
    db.close();
    const order = (JSON.parse(stored) as Record<string, string[]>)[question!.id];
    expect(question!.options.map((o) => o.id)).toEqual(order);

    const view = await callOk(workbench, 'live.state', { roomId: room.id });
    expect(view.question!.answered).toBe(1);
    expect(view.participants.find((p) => p.name === people[0]!.name)?.answeredCurrent).toBe(true);

    await callOk(workbench, 'live.control', { roomId: room.id, action: 'reveal' });
    const revealed = await p1.state(
      (s) => s.activity.kind === 'question' && s.activity.reveal !== null,
    );
    if (revealed.activity.kind !== 'question') throw new Error('not a question');
    expect(revealed.activity.reveal!.explanation).toBe(full.question!.explanation);
    expect(revealed.activity.reveal!.answered).toBe(1);
    p1.close();
  });

  it('refuses garbage and oversized messages without disturbing anyone else', async () => {
    const wanjiru = await joinRoom(room, { personIds: [people[1]!.id] });
    const ha = await joinRoom(room, { personIds: [people[2]!.id] });
    const calm = await participant(room, ha.token);
    await calm.state();
    const rude = await participant(room, wanjiru.token);
    await rude.state();
    rude.send('not json at all');
    expect((await rude.next((m) => m.type === 'error')).type).toBe('error');
    rude.send({ type: 'answer', msgId: 'x', questionId: 'uncc.q.nope', answer: 'a' });
    expect((await rude.ack('x')).accepted).toBe(false);
    const closedWith = new Promise<number>((resolve) =>
      rude.socket.on('close', (code) => resolve(code)),
    );
    rude.send('x'.repeat(20_000));
    expect(await closedWith).toBe(1009);
    // The other participant's socket is still served.
    calm.send({ type: 'ping' });
    expect((await calm.next((m) => m.type === 'pong')).type).toBe('pong');
    calm.close();
  });

  it('resumes a participant after a dropped connection, and works over plain HTTP', async () => {
    await callOk(workbench, 'live.control', { roomId: room.id, action: 'next' });
    const ha = await joinRoom(room, { personIds: [people[2]!.id] });
    const first = await participant(room, ha.token);
    const state = await first.state((s) => s.activity.kind === 'question');
    first.socket.terminate();
    const polled = await http(new URL('/p/state', room.joinUrl!).href, { token: ha.token });
    expect(polled.status).toBe(200);
    const viaHttp = JSON.parse(polled.body) as { data: ParticipantState };
    expect(viaHttp.data.activity).toEqual(
      state.activity.kind === 'question'
        ? expect.objectContaining({ kind: 'question', index: 1 })
        : null,
    );
    const q = viaHttp.data.activity.kind === 'question' ? viaHttp.data.activity.question : null;
    const view = await callOk(workbench, 'live.state', { roomId: room.id });
    const pick = view.question!.key[0]!;
    const sent = await http(new URL('/p/send', room.joinUrl!).href, {
      token: ha.token,
      body: { type: 'answer', msgId: 'h1', questionId: q!.id, answer: q!.multiple ? [pick] : pick },
    });
    expect(JSON.parse(sent.body)).toMatchObject({
      ok: true,
      data: { type: 'ack', accepted: true },
    });
    const again = await participant(room, ha.token);
    const resumed = await again.state();
    expect(resumed.activity).toMatchObject({ kind: 'question', index: 1 });
    expect(resumed.activity.kind === 'question' && resumed.activity.myAnswer).toBeTruthy();
    again.close();
    expect(
      (await http(new URL('/p/state', room.joinUrl!).href, { token: 'forged-token-forged-token' }))
        .status,
    ).toBe(401);
  });

  it('lets the facilitator approve a newcomer into the register', async () => {
    const newcomer = await joinRoom(room, { name: 'Trần Minh' });
    expect(newcomer.status).toBe('pending');
    const socket = await participant(room, newcomer.token);
    const waiting = await socket.state();
    expect(waiting.me.status).toBe('pending');
    const pending = (await callOk(workbench, 'live.state', { roomId: room.id })).participants.find(
      (p) => p.name === 'Trần Minh',
    )!;
    await callOk(workbench, 'live.approve', {
      roomId: room.id,
      participantId: pending.id,
      approve: true,
    });
    expect((await socket.state((s) => s.me.status === 'approved')).me.status).toBe('approved');
    const session = await callOk(workbench, 'sessions.get', { id: sessionId });
    expect(session.participants.map((p) => p.name)).toContain('Trần Minh');
    socket.close();
  });

  it('runs a quick poll kept with the workshop', async () => {
    const an = await joinRoom(room, { personIds: [people[0]!.id] });
    const p = await participant(room, an.token);
    await callOk(workbench, 'live.poll', {
      roomId: room.id,
      prompt: 'Which chapter matters most to your agency?',
      type: 'choice',
      options: ['Criminalization', 'Procedural measures'],
    });
    const polled = await p.state((s) => s.activity.kind === 'poll');
    if (polled.activity.kind !== 'poll') throw new Error('no poll');
    p.send({ type: 'poll', msgId: 'p1', pollId: polled.activity.poll.id, answer: 'b' });
    expect((await p.ack('p1')).accepted).toBe(true);
    p.send({ type: 'poll', msgId: 'p2', pollId: polled.activity.poll.id, answer: 'zz' });
    expect((await p.ack('p2')).accepted).toBe(false);
    await callOk(workbench, 'live.control', { roomId: room.id, action: 'close-answers' });
    const polls = await callOk(workbench, 'polls.list', { sessionId });
    expect(polls[0]).toMatchObject({
      answers: 1,
      results: [{ label: 'Procedural measures', count: 1 }],
    });
    p.close();
  });

  it('ends the quiz into ordinary attempts that the results see', async () => {
    await callOk(workbench, 'live.control', { roomId: room.id, action: 'end' });
    const results = await callOk(workbench, 'sessions.results', { sessionId });
    expect(JSON.stringify(results)).toContain(people[0]!.id);
  });

  it('stops listening when closed, and resumes where it was when reopened', async () => {
    const an = await joinRoom(room, { personIds: [people[0]!.id] });
    const before = await callOk(workbench, 'live.state', { roomId: room.id });
    // The room screen's self-test: the join address answers from this machine.
    expect(await callOk(workbench, 'live.selfTest', { roomId: room.id })).toMatchObject({
      url: room.joinUrl,
      ok: true,
      status: 200,
      error: null,
    });
    await callOk(workbench, 'live.close', { roomId: room.id });
    expect(await workbench.dispatch('live.selfTest', { roomId: room.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    await expect(http(room.joinUrl!)).rejects.toThrow(/ECONNREFUSED/);
    const reopened = await callOk(workbench, 'live.reopen', {
      roomId: room.id,
      host: '127.0.0.1',
      port: 0,
    });
    expect(reopened.cursor).toEqual(before.cursor);
    const res = await http(new URL('/p/state', reopened.joinUrl!).href, { token: an.token });
    expect(res.status).toBe(200);
    await callOk(workbench, 'live.close', { roomId: room.id });
  });
});

describe('a validation vote on a checklist', () => {
  it('collects votes and records the adopted result with the counts in the item history', async () => {
    const { id: assessmentId } = await callOk(workbench, 'assessments.create', {
      country: 'VN',
      title: 'Validation workshop',
      chapters: ['II'],
    });
    const room = await callOk(workbench, 'live.open', {
      kind: 'vote',
      assessmentId,
      host: '127.0.0.1',
      port: 0,
    });
    // The facilitator's screen gets the country as a code to name in its own language; the
    // join page, which names nothing itself, gets the name in the room's language.
    expect(room).toMatchObject({ title: 'Validation workshop', country: 'VN' });
    const lookup = await http(new URL('/p/room', room.joinUrl!).href, {
      body: { code: room.code },
    });
    expect((JSON.parse(lookup.body) as { data: { title: string } }).data.title).toBe(
      'Viet Nam — Validation workshop',
    );
    const item = room.items[0]!;
    const voters = await Promise.all(
      ['Lan', 'Minh', 'Hùng'].map(async (name) => {
        const joined = await joinRoom(room, { name });
        expect(joined.status).toBe('approved');
        return participant(room, joined.token);
      }),
    );
    await callOk(workbench, 'live.voteItem', { roomId: room.id, itemId: item.id });
    const votes = ['partial', 'partial', 'gap'];
    await Promise.all(
      voters.map(async (v, i) => {
        const s = await v.state((x) => x.activity.kind === 'vote');
        if (s.activity.kind !== 'vote') throw new Error('no vote');
        v.send({
          type: 'vote',
          msgId: `v${i}`,
          itemId: item.id,
          result: votes[i],
          comment: i === 2 ? 'No law on this yet' : '',
        });
        expect((await v.ack(`v${i}`)).accepted).toBe(true);
      }),
    );
    const view = await callOk(workbench, 'live.state', { roomId: room.id });
    expect(view.vote!.results).toEqual({ partial: 2, gap: 1 });
    expect(view.vote!.comments).toEqual([
      { name: 'Hùng', result: 'gap', comment: 'No law on this yet' },
    ]);
    await callOk(workbench, 'live.adopt', { roomId: room.id, itemId: item.id, result: 'partial' });
    const history = await callOk(workbench, 'assessments.history', {
      assessmentId,
      itemId: item.id,
    });
    const adopted = history.find((h) => h.field === 'result' && h.newValue === 'partial')!;
    expect(adopted.note).toMatch(/3 vote\(s\) \(2 partial, 1 gap\), 1 comment/);
    voters.forEach((v) => v.close());
    await callOk(workbench, 'live.close', { roomId: room.id });
  });
});

describe('the join code', () => {
  it('cannot be guessed: wrong codes from one address are refused after ten a minute', async () => {
    const room = await callOk(workbench, 'live.open', {
      kind: 'quiz',
      sessionId,
      quizId,
      host: '127.0.0.1',
      port: 0,
    });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++)
      statuses.push(
        (await http(new URL('/p/room', room.joinUrl!).href, { body: { code: 'QQQQQQ' } })).status,
      );
    expect(statuses.slice(0, 10).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    // Even the right code waits now: guessing cannot continue by mixing in a good one.
    expect(
      (await http(new URL('/p/room', room.joinUrl!).href, { body: { code: room.code } })).status,
    ).toBe(429);
    await callOk(workbench, 'live.close', { roomId: room.id });
  });
});

describe('the room address', () => {
  it('is one of this machine’s interfaces: never all of them, never a foreign address', async () => {
    // Refused before anything is bound: the wildcard, and an address this machine does not have.
    for (const host of [ALL_INTERFACES, '203.0.113.7']) {
      const answer = await workbench.dispatch('live.open', {
        kind: 'quiz',
        sessionId,
        quizId,
        host,
        port: 0,
      });
      expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(await callOk(workbench, 'live.list', { sessionId })).not.toContainEqual(
      expect.objectContaining({ open: true }),
    );
  });
});

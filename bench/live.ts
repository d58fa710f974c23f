// Live-room load test on loopback: N simulated participants join, then answer each of Q
// questions within a 2-second window, against the real room (bench/live-host.ts in its own
// process) and, as the reference, a bare WebSocket echo server with the same clients.
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { WebSocket } from 'ws';
import { percentile, type Figure } from './stats';

const now = () => performance.timeOrigin + performance.now();
const WINDOW_MS = 2000;

interface Client {
  socket: WebSocket;
  sentAt: Map<string, number>;
  latencies: number[];
  accepted: number;
  refused: number;
}

function connectClient(url: string, origin: string, first: string | null): Promise<Client> {
  const client: Client = {
    socket: new WebSocket(url, { origin }),
    sentAt: new Map(),
    latencies: [],
    accepted: 0,
    refused: 0,
  };
  return new Promise((resolve, reject) => {
    client.socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as {
        type: string;
        msgId?: string;
        accepted?: boolean;
      };
      if (message.type === 'state' && first !== null) {
        first = null;
        resolve(client);
      }
      if (message.type !== 'ack' || !message.msgId) return;
      const sent = client.sentAt.get(message.msgId);
      if (sent === undefined) return;
      client.sentAt.delete(message.msgId);
      client.latencies.push(now() - sent);
      if (message.accepted) client.accepted++;
      else client.refused++;
    });
    client.socket.on('error', reject);
    client.socket.on('open', () => {
      if (first !== null) client.socket.send(first);
      else resolve(client);
    });
  });
}

/** Each client answers once within the window; resolves when every answer is acknowledged or 10 s pass. */
async function answerRound(
  clients: Client[],
  message: (i: number, msgId: string) => string,
  round: number,
): Promise<{ sendTimes: number[] }> {
  const sendTimes: number[] = [];
  await Promise.all(
    clients.map(
      (client, i) =>
        new Promise<void>((resolve) => {
          setTimeout(() => {
            const msgId = `r${round}-${i}`;
            const at = now();
            client.sentAt.set(msgId, at);
            sendTimes.push(at);
            client.socket.send(message(i, msgId));
            resolve();
          }, Math.random() * WINDOW_MS);
        }),
    ),
  );
  const deadline = now() + 10_000;
  while (clients.some((c) => c.sentAt.size > 0) && now() < deadline)
    await new Promise((r) => setTimeout(r, 20));
  return { sendTimes };
}

function request(host: ChildProcess, cmd: string, reply: string): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const onMessage = (m: Record<string, unknown>) => {
      if (m.cmd !== reply) return;
      host.off('message', onMessage);
      resolve(m);
    };
    host.on('message', onMessage);
    host.send({ cmd });
  });
}

async function roomRun(people: number, questions: number) {
  const host = fork(
    join(import.meta.dirname, 'live-host.ts'),
    [String(people), String(questions)],
    {
      // CW_BENCH_CPU_PROF=<folder> writes the room host's CPU profile there (node --cpu-prof).
      execArgv: [
        '--import',
        'tsx',
        ...(process.env.CW_BENCH_CPU_PROF
          ? ['--cpu-prof', `--cpu-prof-dir=${process.env.CW_BENCH_CPU_PROF}`]
          : []),
      ],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const ready = await new Promise<{ code: string; url: string; personIds: string[] }>((resolve) =>
    host.once('message', (m) => resolve(m as { code: string; url: string; personIds: string[] })),
  );
  const url = new URL(ready.url);
  const joinStart = now();
  const joinTimes: number[] = [];
  const clients = await Promise.all(
    ready.personIds.map(async (personId) => {
      const t = now();
      const room = await fetch(new URL('/p/room', url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: ready.code }),
      });
      if (!room.ok) throw new Error(`room lookup failed: ${room.status}`);
      const joined = (await (
        await fetch(new URL('/p/join', url), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ code: ready.code, personIds: [personId] }),
        })
      ).json()) as { data: { token: string } };
      const client = await connectClient(
        `ws://${url.host}/p/socket`,
        url.origin,
        JSON.stringify({ type: 'auth', token: joined.data.token }),
      );
      joinTimes.push(now() - t);
      return client;
    }),
  );
  const joinTotal = now() - joinStart;

  const tallyLatencies: number[] = [];
  for (let q = 0; q < questions; q++) {
    const question = (await request(host, q === 0 ? 'start' : 'next', 'question')) as {
      id: string;
      options: string[];
    };
    const { sendTimes } = await answerRound(
      clients,
      (i, msgId) =>
        JSON.stringify({
          type: 'answer',
          msgId,
          questionId: question.id,
          answer: question.options[i % question.options.length],
        }),
      q,
    );
    const { seen } = (await request(host, 'tally', 'tally')) as { seen: number[] };
    // The n-th answer sent is in the tally once the facilitator's view counts n answers.
    sendTimes.sort((a, b) => a - b);
    sendTimes.forEach((sent, n) => {
      if (seen[n] !== undefined) tallyLatencies.push(Math.max(0, seen[n]! - sent));
    });
  }
  const report = (await request(host, 'end', 'report')) as { cpuMs: number; stored: number };
  host.send({ cmd: 'stop' });
  clients.forEach((c) => c.socket.terminate());
  const latencies = clients.flatMap((c) => c.latencies);
  const accepted = clients.reduce((n, c) => n + c.accepted, 0);
  return {
    joinTotal,
    joinP50: percentile(joinTimes, 50),
    latencies,
    tallyLatencies,
    sent: people * questions,
    accepted,
    stored: report.stored,
    cpuMs: report.cpuMs,
  };
}

/** The reference: the same clients against a WebSocket server that only acknowledges. */
async function echoRun(people: number, questions: number) {
  const echo = fork(join(import.meta.dirname, 'echo-server.ts'), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { port } = await new Promise<{ port: number }>((resolve) =>
    echo.once('message', (m) => resolve(m as { port: number })),
  );
  const clients = await Promise.all(
    Array.from({ length: people }, () =>
      connectClient(`ws://127.0.0.1:${port}/`, `http://127.0.0.1:${port}`, null),
    ),
  );
  for (let q = 0; q < questions; q++)
    await answerRound(
      clients,
      (i, msgId) => JSON.stringify({ type: 'answer', msgId, questionId: `q${q}`, answer: 'a' }),
      q,
    );
  const { cpuMs } = await new Promise<{ cpuMs: number }>((resolve) => {
    echo.once('message', (m) => resolve(m as { cpuMs: number }));
    echo.send('report');
  });
  clients.forEach((c) => c.socket.terminate());
  echo.kill();
  return { latencies: clients.flatMap((c) => c.latencies), cpuMs };
}

export async function liveFigures(people = 300, questions = 20): Promise<Figure[]> {
  const room = await roomRun(people, questions);
  const echo = await echoRun(people, questions);
  const lost = room.sent - room.stored;
  console.log(
    `Live room: ${people} participants × ${questions} questions — sent ${room.sent}, acknowledged ${room.accepted}, stored ${room.stored}, lost ${lost} (target 0)${lost === 0 ? '' : '  [TARGET MISSED]'}; joins took ${room.joinTotal.toFixed(0)} ms in all`,
  );
  return [
    {
      name: `Live room join (${people} at once), p50 per participant`,
      value: room.joinP50,
      reference: room.joinTotal / people,
      referenceName: 'total join time per participant',
    },
    {
      name: 'Live room answer → acknowledgement p50',
      value: percentile(room.latencies, 50),
      reference: percentile(echo.latencies, 50),
      referenceName: 'bare WebSocket echo p50',
    },
    {
      name: 'Live room answer → acknowledgement p99',
      value: percentile(room.latencies, 99),
      reference: percentile(echo.latencies, 99),
      referenceName: 'bare WebSocket echo p99',
      target: 'p99 < 50 ms',
      pass: percentile(room.latencies, 99) < 50,
    },
    {
      name: "Live room answer → facilitator's tally p99",
      value: percentile(room.tallyLatencies, 99),
      reference: percentile(room.latencies, 99),
      referenceName: 'answer → acknowledgement p99',
      target: '< 200 ms',
      pass: percentile(room.tallyLatencies, 99) < 200,
    },
    {
      name: 'Live room server CPU time for the whole run',
      value: room.cpuMs,
      reference: echo.cpuMs,
      referenceName: 'bare WebSocket echo server CPU time',
    },
  ];
}

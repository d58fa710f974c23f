import { randomInt } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import { AppError } from '../../../shared/api/envelope';
import type { PushEvent } from '../../../shared/api/events';
import type { QuestionSource } from '../../../shared/content/pack';
import type { Assessment } from '../../../shared/domain/assessments';
import { countryName } from '../../../shared/domain/countries';
import type {
  LiveCursor,
  LiveRoomOptions,
  NetworkInterface,
  PollResult,
  RoomView,
  SelfTestResult,
} from '../../../shared/live/facilitator';
import { paragraphRef } from '../../../shared/library/article-reference';
import { LIVE_LIMITS } from '../../../shared/live/limits';
import type {
  ClientMessage,
  JoinReply,
  JoinRequest,
  LiveActivity,
  LiveQuestion,
  ParticipantState,
  RoomLookup,
  ServerMessage,
} from '../../../shared/live/protocol';
import type { Answer } from '../../../shared/training/scoring';
import type { Db } from '../db/connection';
import type { AssessmentStore } from '../assessments/assessment-store';
import type { AttemptStore } from '../sessions/attempt-store';
import type { QuizStore } from '../sessions/quiz-store';
import type { SessionStore } from '../sessions/session-store';
import { inShownOrder, optionOrderFor } from '../../../shared/training/option-order';
import { createGroupCommit } from './group-commit';
import { createQuietCheckpoints } from './quiet-checkpoint';
import { countBy, pollCounts, pollResults } from './poll-results';
import { createRoomStore, type ParticipantRow, type RoomRow } from './room-store';

/** One room's door to the network, as the listener (src/main/server/live-server.ts) sees it. */
export interface RoomGateway {
  lookup(code: string): RoomLookup | null;
  join(request: JoinRequest): Promise<JoinReply>;
  authenticate(token: string): string | null;
  state(participantId: string): ParticipantState;
  /** Settles once the answer, poll answer or vote is committed (or refused). */
  receive(
    participantId: string,
    message: Exclude<ClientMessage, { type: 'auth' | 'ping' }>,
  ): Promise<ServerMessage>;
  watch(participantId: string, push: (message: ServerMessage) => void): () => void;
}

/** Started by the shell: serves the participant page and endpoints of one room on host:port. */
export type LiveListen = (
  gateway: RoomGateway,
  host: string,
  port: number,
) => Promise<{ url: string; close(): Promise<void> }>;

interface Runtime {
  room: RoomRow;
  /** The workshop's title, or a vote room's checklist title (its country is beside it). */
  title: string;
  /** Vote rooms: the checklist's country code, named by each screen in its own language. */
  country: string | null;
  language: string;
  questions: QuestionSource[];
  /** Vote rooms: the checklist's items in order. */
  items: Assessment['items'];
  listener: { url: string; close(): Promise<void> } | null;
  qrSvg: string | null;
  /** Quiz rooms: the workshop's register, read once (and again when a newcomer is added). */
  register: RoomLookup['register'];
  watchers: Map<string, Set<(message: ServerMessage) => void>>;
  timer: ReturnType<typeof setTimeout> | null;
  notifyTimer: ReturnType<typeof setTimeout> | null;
  /** When the facilitator's screen was last told to refresh (ms since the epoch). */
  notifiedAt: number;
  /** Each register person's option order (their attempt's), read once. */
  orders: Map<string, Record<string, string[]>>;
}

/** What every participant's state shares during one broadcast, worked out once for all. */
type Shared = Map<string, unknown>;
const once = <T>(shared: Shared, key: string, make: () => T): T => {
  if (!shared.has(key)) shared.set(key, make());
  return shared.get(key) as T;
};

/** How long the room's self-test waits for its own listener. */
const SELF_TEST_TIMEOUT_MS = 5000;

/** The facilitator's screen refreshes at most this often per room. */
const NOTIFY_MS = 100;

export interface LiveDeps {
  db: Db;
  sessions: SessionStore;
  quizzes: QuizStore;
  attempts: AttemptStore;
  assessments: AssessmentStore;
  actor: () => string;
  emit: (event: PushEvent) => void;
  listen: LiveListen | undefined;
}

const reference = (item: { articleNumber: number; paragraph: string }) =>
  `Art. ${item.articleNumber}${paragraphRef(item.paragraph)}`;

/** A participant's view of a question: never the key, the explanation or the matches. */
function forParticipant(q: QuestionSource): LiveQuestion {
  return {
    id: q.id,
    type: q.type,
    scenario: q.scenario ?? null,
    prompt: q.prompt,
    options: q.options.map((o) => ({ id: o.id, text: o.text })),
    lefts: q.pairs.map((p) => p.left),
    // Sorted, so the order of the matches says nothing about which left they belong to.
    rights: q.pairs.map((p) => p.right).sort((a, b) => a.localeCompare(b)),
    multiple: q.type === 'multiple' || (q.type === 'scenario' && q.answer.length > 1),
  };
}

function distributionOf(q: QuestionSource, responses: { answer: string; credit: number }[]) {
  const counts: Record<string, number> = {};
  if (q.type === 'matching') {
    for (const r of responses) {
      const label = r.credit === 1 ? 'right' : r.credit > 0 ? 'partly' : 'wrong';
      counts[label] = (counts[label] ?? 0) + 1;
    }
    return counts;
  }
  for (const o of q.options) counts[o.id] = 0;
  for (const r of responses) {
    const given = JSON.parse(r.answer) as Answer;
    for (const id of typeof given === 'string' ? [given] : Array.isArray(given) ? given : [])
      counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}

/** The IPv4 wildcard: listening there would open the room on every network at once. */
export const ALL_INTERFACES = '0.0.0.0';

/** The title the join page shows: a vote room's country, named in the room's language, first. */
function joinTitle(rt: Pick<Runtime, 'title' | 'country' | 'language'>): string {
  return rt.country ? `${countryName(rt.country, rt.language)} — ${rt.title}` : rt.title;
}

/** A workshop's register as the join page lists it, in the workshop language's order. */
function registerOf(
  participants: { id: string; name: string; organisation: string }[],
  language: string,
): RoomLookup['register'] {
  return participants
    .map((p) => ({ id: p.id, name: p.name, organisation: p.organisation }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
}

/** The machine's IPv4 addresses: the room's network first, loopback (one machine only) last. */
function listInterfaces(): NetworkInterface[] {
  const list: NetworkInterface[] = [];
  for (const [name, entries] of Object.entries(networkInterfaces()))
    for (const e of entries ?? [])
      if (e.family === 'IPv4') list.push({ name, address: e.address, internal: e.internal });
  return list.sort((a, b) => Number(a.internal) - Number(b.internal));
}

/** Leaderboards put off senior officials: first names or team names only. */
const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

/**
 * Live rooms: the facilitator's laptop as the room's server. The room's state lives here and in
 * SQLite (so a restarted app resumes where it was); answers become ordinary attempts.
 */
export function createLiveRooms(deps: LiveDeps) {
  const store = createRoomStore(deps.db);
  // Checkpoints wait for quiet moments while a room is open (quiet-checkpoint.ts).
  const checkpoints = createQuietCheckpoints(deps.db);
  const commits = createGroupCommit(deps.db, () => checkpoints.committed());
  const open = new Map<string, Runtime>();

  const runtime = (roomId: string): Runtime => {
    const r = open.get(roomId);
    if (!r) throw new AppError('NOT_FOUND', `Room ${roomId} is not open.`);
    return r;
  };

  function load(room: RoomRow): Runtime {
    let title: string;
    let country: string | null = null;
    let language = 'en';
    let questions: QuestionSource[] = [];
    let items: Assessment['items'] = [];
    let register: RoomLookup['register'] = [];
    if (room.kind === 'quiz') {
      const session = deps.sessions.get(room.sessionId!);
      title = session.title;
      language = session.language;
      register = registerOf(session.participants, language);
      // Phones and the projector read the questions in the workshop's language where translated.
      questions = deps.quizzes.questions(deps.quizzes.get(room.quizId!), language);
    } else {
      const assessment = deps.assessments.get(room.assessmentId!);
      title = assessment.title;
      country = assessment.country;
      items = assessment.items.filter((i) => !i.retired);
    }
    return {
      room,
      title,
      country,
      language,
      questions,
      items,
      register,
      listener: null,
      qrSvg: null,
      watchers: new Map(),
      timer: null,
      notifyTimer: null,
      notifiedAt: 0,
      orders: new Map(),
    };
  }

  /**
   * Tells the facilitator's screen to refresh, at most every 100 ms per room: at once when the
   * last refresh is older than that, else when it is 100 ms old (never later).
   */
  function notifyFacilitator(rt: Runtime): void {
    if (rt.notifyTimer) return;
    const emit = () => {
      rt.notifyTimer = null;
      rt.notifiedAt = Date.now();
      deps.emit({ name: 'live.changed', payload: { roomId: rt.room.id } });
    };
    const wait = rt.notifiedAt + NOTIFY_MS - Date.now();
    if (wait <= 0) emit();
    else rt.notifyTimer = setTimeout(emit, wait);
  }

  function broadcast(rt: Runtime): void {
    const shared: Shared = new Map();
    const rows = new Map(store.participants(rt.room.id).map((p) => [p.id, p]));
    for (const [participantId, pushes] of rt.watchers) {
      const row = rows.get(participantId);
      if (!row) continue;
      const state = participantState(rt, participantId, shared, row);
      for (const push of pushes) push(state);
    }
    notifyFacilitator(rt);
  }

  function setCursor(rt: Runtime, cursor: LiveCursor): void {
    // Answers that arrived before the facilitator moved on are committed under the old cursor.
    commits.flush();
    if (rt.timer) clearTimeout(rt.timer);
    rt.timer = null;
    rt.room = { ...rt.room, cursor };
    store.setCursor(rt.room.id, cursor);
    armTimer(rt);
    broadcast(rt);
    checkpoints.soon();
  }

  /** Answering closes at the deadline by the server's clock, whatever the phones' clocks say. */
  function armTimer(rt: Runtime): void {
    const c = rt.room.cursor;
    if (c.kind !== 'question' || c.phase !== 'open' || c.deadline === null) return;
    rt.timer = setTimeout(
      () => {
        rt.timer = null;
        const now = rt.room.cursor;
        if (now.kind === 'question' && now.phase === 'open')
          setCursor(rt, { ...now, phase: 'closed' });
      },
      Math.max(0, c.deadline - Date.now()),
    );
  }

  const participantOf = (rt: Runtime, participantId: string): ParticipantRow => {
    const p = store.participant(participantId);
    if (!p || p.roomId !== rt.room.id) throw new AppError('NOT_FOUND', 'You are not in this room.');
    return p;
  };

  function leaderboard(rt: Runtime): { name: string; score: number }[] | null {
    if (!rt.room.options.leaderboard) return null;
    const names = new Map<string, string>();
    for (const p of store.participants(rt.room.id))
      for (const personId of p.personIds)
        names.set(
          personId,
          rt.room.options.teams && p.personIds.length > 1 ? p.name : firstName(p.name),
        );
    return store
      .totals(rt.room.id)
      .map((t) => ({ name: names.get(t.personId) ?? '?', score: Math.round(t.total * 10) / 10 }))
      .sort((a, b) => b.score - a.score)
      .slice(0, 5);
  }

  /** The option order this participant's attempt shows (a team shares its first person's). */
  function orderOf(rt: Runtime, personId: string | undefined): Record<string, string[]> {
    if (!personId || rt.room.kind !== 'quiz') return {};
    let order = rt.orders.get(personId);
    if (!order) {
      order = store.optionOrder(rt.room.id, personId) ?? undefined;
      if (!order) return {};
      rt.orders.set(personId, order);
    }
    return order;
  }

  const shownTo = (rt: Runtime, p: ParticipantRow, q: QuestionSource) =>
    forParticipant(inShownOrder(q, orderOf(rt, p.personIds[0])[q.id]));

  function activityFor(rt: Runtime, p: ParticipantRow, shared: Shared): LiveActivity {
    const c = rt.room.cursor;
    switch (c.kind) {
      case 'lobby':
        return { kind: 'lobby' };
      case 'ended': {
        const personId = p.personIds[0];
        const attemptId = personId ? store.attemptOf(rt.room.id, personId) : null;
        return {
          kind: 'ended',
          score: attemptId ? (deps.attempts.get(attemptId).score ?? null) : null,
        };
      }
      case 'self-paced': {
        const mine: Record<string, unknown> = {};
        const personId = p.personIds[0];
        const attemptId = personId ? store.attemptOf(rt.room.id, personId) : null;
        if (attemptId)
          for (const r of deps.attempts.get(attemptId).responses) mine[r.questionId] = r.answer;
        return {
          kind: 'self-paced',
          questions: rt.questions.map((q) => shownTo(rt, p, q)),
          myAnswers: mine,
        };
      }
      case 'question': {
        const q = rt.questions[c.index]!;
        // Everyone's answers only once revealed: before that a participant sees their own.
        const revealed =
          c.phase === 'revealed'
            ? once(shared, 'reveal', () => {
                const responses = store.responses(rt.room.id, q.id);
                return {
                  distribution: distributionOf(q, responses),
                  answered: responses.length,
                  leaderboard: leaderboard(rt),
                };
              })
            : null;
        const personId = p.personIds[0];
        const mine = personId ? store.response(rt.room.id, personId, q.id) : undefined;
        return {
          kind: 'question',
          index: c.index,
          total: rt.questions.length,
          question: shownTo(rt, p, q),
          remainingMs:
            c.phase === 'open' && c.deadline ? Math.max(0, c.deadline - Date.now()) : null,
          open: c.phase === 'open',
          myAnswer: mine ? (JSON.parse(mine.answer) as unknown) : null,
          reveal: revealed
            ? {
                key: q.answer,
                pairs: q.pairs,
                explanation: q.explanation,
                ...revealed,
                myCredit: mine ? mine.credit : null,
              }
            : null,
        };
      }
      case 'poll': {
        const poll = once(shared, 'poll', () => store.poll(c.pollId)!);
        const answers = once(shared, 'pollAnswers', () => store.pollAnswers(poll.id));
        return {
          kind: 'poll',
          poll: { id: poll.id, prompt: poll.prompt, type: poll.type, options: poll.options },
          open: c.phase === 'open',
          myAnswer: answers.find((a) => a.participantId === p.id)?.answer ?? null,
          results: c.phase === 'closed' ? pollCounts(poll.type, answers) : null,
        };
      }
      case 'vote': {
        const item = rt.items.find((i) => i.id === c.itemId)!;
        const votes = once(shared, 'votes', () => store.votes(rt.room.id, item.id));
        const mine = votes.find((v) => v.participantId === p.id);
        return {
          kind: 'vote',
          item: {
            id: item.id,
            reference: reference(item),
            articleTitle: item.articleTitle,
            text: item.provisionText,
          },
          open: c.phase === 'open',
          myVote: mine ? { result: mine.result, comment: mine.comment } : null,
          results: c.phase === 'closed' ? countBy(votes.map((v) => v.result)) : null,
        };
      }
    }
  }

  function participantState(
    rt: Runtime,
    participantId: string,
    shared: Shared = new Map(),
    row?: ParticipantRow,
  ): ParticipantState {
    const p = row ?? participantOf(rt, participantId);
    return {
      type: 'state',
      room: { title: joinTitle(rt), kind: rt.room.kind, language: rt.language },
      me: { name: p.name, status: p.status },
      activity: p.status === 'approved' ? activityFor(rt, p, shared) : { kind: 'lobby' },
    };
  }

  /**
   * Starts the attempts of register people who have none in this room yet, when they join: the
   * attempt's option order is what their screen shows, so a review shows what they saw. A team
   * shares one screen, hence its first person's order.
   */
  function startAttempts(rt: Runtime, personIds: string[]): void {
    if (rt.room.kind !== 'quiz') return;
    let shown: Record<string, string[]> | undefined;
    // The order is drawn here from the questions the room already holds (as attempts.start
    // would draw it), so starting an attempt parses no question again.
    const draw = () => {
      const order: Record<string, string[]> = {};
      for (const q of rt.questions)
        if (q.options.length > 1) order[q.id] = optionOrderFor(q, (n) => randomInt(n));
      return order;
    };
    for (const personId of personIds) {
      if (store.attemptOf(rt.room.id, personId)) {
        shown ??= orderOf(rt, personId);
        continue;
      }
      shown ??= draw();
      const started = deps.attempts.begin(rt.room.sessionId!, personId, rt.room.quizId!, shown);
      store.linkAttempt(rt.room.id, personId, started.id);
      rt.orders.set(personId, started.optionOrder);
    }
  }

  /** Why an answer cannot be taken now, or null: checked on arrival and again in its commit. */
  function refusal(rt: Runtime, p: ParticipantRow, questionId: string): string | null {
    const c = rt.room.cursor;
    const current =
      c.kind === 'question' &&
      c.phase === 'open' &&
      (c.deadline === null || Date.now() <= c.deadline) &&
      rt.questions[c.index]?.id === questionId;
    const selfPaced = c.kind === 'self-paced' && rt.questions.some((q) => q.id === questionId);
    if (!current && !selfPaced) return 'This question is not open.';
    if (p.personIds.length === 0) return 'The facilitator has not added you to the register yet.';
    // The first acknowledged answer counts; a second one to the same question changes nothing.
    if (p.personIds.every((personId) => store.hasAnswered(rt.room.id, personId, questionId)))
      return 'You have already answered this question.';
    return null;
  }

  /** Stores an answer in the next group commit; resolves once it is on disk (or refused). */
  async function answerQuestion(
    rt: Runtime,
    p: ParticipantRow,
    questionId: string,
    answer: Answer,
  ): Promise<{ accepted: boolean; reason?: string }> {
    const early = refusal(rt, p, questionId);
    if (early) return { accepted: false, reason: early };
    try {
      await commits.write(() => {
        // Again inside the commit: an earlier answer of the same batch may have come first.
        if (p.personIds.every((id) => store.hasAnswered(rt.room.id, id, questionId)))
          throw new AppError('CONFLICT', 'You have already answered this question.');
        // Attempts start on joining; this only covers a person who somehow has none yet.
        startAttempts(rt, p.personIds);
        for (const personId of p.personIds) {
          if (store.hasAnswered(rt.room.id, personId, questionId)) continue;
          deps.attempts.record(store.attemptOf(rt.room.id, personId)!, { questionId, answer });
        }
      });
    } catch (error) {
      if (error instanceof AppError) return { accepted: false, reason: error.message };
      throw error;
    }
    notifyFacilitator(rt);
    return { accepted: true };
  }

  function gateway(roomId: string): RoomGateway {
    const rt = () => runtime(roomId);
    return {
      lookup(code) {
        const r = open.get(roomId);
        if (!r || r.room.code !== code) return null;
        return {
          title: joinTitle(r),
          kind: r.room.kind,
          language: r.language,
          teams: r.room.options.teams,
          register: r.register,
        };
      },

      async join(request) {
        const r = rt();
        if (r.room.code !== request.code)
          throw new AppError('NOT_FOUND', 'There is no room with this code.');
        let personIds: string[] = [];
        let name = request.name ?? '';
        if (request.personIds?.length) {
          if (r.room.kind !== 'quiz')
            throw new AppError('VALIDATION', 'This room has no register: type your name.');
          if (request.personIds.length > 1 && !r.room.options.teams)
            throw new AppError('VALIDATION', 'Pick one name: this room is not playing in teams.');
          const register = new Map(r.register.map((p) => [p.id, p.name]));
          const unknown = request.personIds.filter((id) => !register.has(id));
          if (unknown.length)
            throw new AppError('VALIDATION', 'Pick your name from the list of this workshop.');
          personIds = [...new Set(request.personIds)];
          const names = personIds.map((id) => register.get(id)!);
          name = request.name?.trim() || names.join(', ');
        } else if (!name) {
          throw new AppError('VALIDATION', 'Pick your name from the list or type it.');
        }
        // A name from the register joins at once; a typed one waits for the facilitator in a
        // quiz (it becomes a register entry), and joins at once for a checklist vote.
        const status = personIds.length > 0 || r.room.kind === 'vote' ? 'approved' : 'pending';
        // Joins share the answers' group commit; the attempt starts now, with the option order
        // this participant's screen will show.
        const added = await commits.write(() => {
          if (store.participantCount(roomId) >= LIVE_LIMITS.participantsPerRoom)
            throw new AppError('CONFLICT', 'This room is full.');
          const row = store.addParticipant(roomId, name, personIds, status);
          startAttempts(r, personIds);
          return row;
        });
        notifyFacilitator(r);
        return { token: added.token, status };
      },

      authenticate(token) {
        const p = store.byToken(token);
        return p && p.roomId === roomId && p.status !== 'refused' ? p.id : null;
      },

      state: (participantId) => participantState(rt(), participantId),

      async receive(participantId, message) {
        const r = rt();
        const p = participantOf(r, participantId);
        const ack = (accepted: boolean, reason?: string): ServerMessage => ({
          type: 'ack',
          msgId: message.msgId,
          accepted,
          ...(reason ? { reason } : {}),
        });
        if (p.status !== 'approved') return ack(false, 'Wait for the facilitator to let you in.');
        const c = r.room.cursor;
        let result: { accepted: boolean; reason?: string };
        switch (message.type) {
          case 'answer':
            result = await answerQuestion(r, p, message.questionId, message.answer);
            break;
          case 'poll': {
            if (c.kind !== 'poll' || c.phase !== 'open' || c.pollId !== message.pollId) {
              result = { accepted: false, reason: 'This poll is not open.' };
              break;
            }
            const poll = store.poll(c.pollId)!;
            const list = Array.isArray(message.answer) ? message.answer : [message.answer];
            if (poll.type === 'choice' && list.some((v) => !poll.options.some((o) => o.id === v))) {
              result = { accepted: false, reason: 'Choose one of the options.' };
              break;
            }
            if (list.length === 0 || list.some((v) => v.trim() === '')) {
              result = { accepted: false, reason: 'Give an answer.' };
              break;
            }
            result = (await commits.write(() => store.answerPoll(poll.id, p.id, message.answer)))
              ? { accepted: true }
              : { accepted: false, reason: 'You have already answered this poll.' };
            notifyFacilitator(r);
            break;
          }
          case 'vote':
            if (c.kind !== 'vote' || c.phase !== 'open' || c.itemId !== message.itemId) {
              result = { accepted: false, reason: 'Voting on this item is closed.' };
              break;
            }
            await commits.write(() =>
              store.vote(roomId, message.itemId, p.id, message.result, message.comment.trim()),
            );
            notifyFacilitator(r);
            result = { accepted: true };
            break;
        }
        // Only this participant's own view changed; it follows the acknowledgement.
        if (result.accepted)
          setImmediate(() => {
            const pushes = open.get(roomId)?.watchers.get(participantId);
            if (!pushes) return;
            const state = participantState(r, participantId);
            for (const push of pushes) push(state);
          });
        return ack(result.accepted, result.reason);
      },

      watch(participantId, push) {
        const r = rt();
        let set = r.watchers.get(participantId);
        if (!set) r.watchers.set(participantId, (set = new Set()));
        set.add(push);
        notifyFacilitator(r);
        return () => {
          set.delete(push);
          if (set.size === 0) r.watchers.delete(participantId);
          const still = open.get(roomId);
          if (still) notifyFacilitator(still);
        };
      },
    };
  }

  async function startListening(rt: Runtime, host: string, port: number): Promise<void> {
    if (!deps.listen)
      throw new AppError('VALIDATION', 'This shell cannot open a live room (no listener).');
    // One interface, never all of them and never an address this machine lacks.
    if (host === ALL_INTERFACES)
      throw new AppError('VALIDATION', 'host: a room listens on one network, not on all of them.');
    if (host !== 'localhost' && !listInterfaces().some((i) => i.address === host))
      throw new AppError(
        'VALIDATION',
        `host: ${host} is not an address of this computer; choose one of its networks.`,
      );
    try {
      rt.listener = await deps.listen(gateway(rt.room.id), host, port);
    } catch (error) {
      const code = (error as { code?: string }).code;
      throw new AppError(
        'VALIDATION',
        code === 'EADDRINUSE'
          ? `Port ${port} on ${host} is already in use: choose another port, or 0 for any free one.`
          : code === 'EADDRNOTAVAIL'
            ? `${host} is not an address of this computer any more: choose the network again.`
            : `The room could not listen on ${host}:${port} (${code ?? 'unknown error'}).`,
      );
    }
    const joinUrl = rt.listener.url;
    const { toString } = await import('qrcode');
    rt.qrSvg = await toString(joinUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  }

  /** Registers the room as open and starts its listener; a room that cannot listen is closed again. */
  async function goLive(rt: Runtime, host: string, port: number): Promise<void> {
    open.set(rt.room.id, rt);
    checkpoints.roomsOpen(true);
    try {
      await startListening(rt, host, port);
    } catch (error) {
      open.delete(rt.room.id);
      checkpoints.roomsOpen(open.size > 0);
      store.setClosed(rt.room.id, true);
      throw error;
    }
  }

  function view(rt: Runtime): RoomView {
    const c = rt.room.cursor;
    const participants = store.participants(rt.room.id);
    const q = c.kind === 'question' ? rt.questions[c.index] : undefined;
    const responses = q ? store.responses(rt.room.id, q.id) : [];
    const answeredPeople = new Set(responses.map((r) => r.personId));
    const poll = c.kind === 'poll' ? store.poll(c.pollId) : null;
    const pollAnswers = poll ? store.pollAnswers(poll.id) : [];
    const item = c.kind === 'vote' ? rt.items.find((i) => i.id === c.itemId) : undefined;
    const votes = item ? store.votes(rt.room.id, item.id) : [];
    const votedItems = new Set(
      rt.room.kind === 'vote'
        ? deps.db
            .prepare<[string], string>('SELECT DISTINCT item_id FROM votes WHERE room_id = ?')
            .pluck()
            .all(rt.room.id)
        : [],
    );
    return {
      id: rt.room.id,
      kind: rt.room.kind,
      title: rt.title,
      country: rt.country,
      language: rt.language,
      sessionId: rt.room.sessionId,
      assessmentId: rt.room.assessmentId,
      quizId: rt.room.quizId,
      code: rt.room.code,
      open: rt.listener !== null,
      joinUrl: rt.listener?.url ?? null,
      qrSvg: rt.qrSvg,
      options: rt.room.options,
      cursor: c,
      participants: participants.map((p) => ({
        id: p.id,
        name: p.name,
        status: p.status,
        connected: rt.watchers.has(p.id),
        answeredCurrent:
          p.personIds.length > 0 && p.personIds.every((id) => answeredPeople.has(id)),
      })),
      question:
        q && c.kind === 'question'
          ? {
              index: c.index,
              total: rt.questions.length,
              id: q.id,
              type: q.type,
              scenario: q.scenario ?? null,
              prompt: q.prompt,
              options: q.options,
              pairs: q.pairs,
              key: q.answer,
              explanation: q.explanation,
              answered: responses.length,
              expected: participants
                .filter((p) => p.status === 'approved')
                .reduce((n, p) => n + p.personIds.length, 0),
              distribution: distributionOf(q, responses),
              remainingMs:
                c.phase === 'open' && c.deadline ? Math.max(0, c.deadline - Date.now()) : null,
            }
          : null,
      poll: poll
        ? {
            id: poll.id,
            prompt: poll.prompt,
            type: poll.type,
            options: poll.options,
            open: c.kind === 'poll' && c.phase === 'open',
            answers: pollAnswers.length,
            results: pollCounts(poll.type, pollAnswers),
          }
        : null,
      vote: item
        ? {
            itemId: item.id,
            reference: reference(item),
            articleTitle: item.articleTitle,
            text: item.provisionText,
            currentResult: item.result,
            open: c.kind === 'vote' && c.phase === 'open',
            results: countBy(votes.map((v) => v.result)),
            comments: votes
              .filter((v) => v.comment)
              .map((v) => ({ name: v.name, result: v.result, comment: v.comment })),
          }
        : null,
      items: rt.items.map((i) => ({
        id: i.id,
        reference: reference(i),
        result: i.result,
        voted: votedItems.has(i.id),
      })),
      leaderboard: leaderboard(rt),
    };
  }

  /** Ending scores the attempts that have answers; one started on joining and never used stays open, out of the results. */
  function finishAttempts(rt: Runtime): void {
    // One transaction (one fsync) for the whole room, not one per participant.
    deps.db.transaction(() => {
      for (const attemptId of store.answeredAttemptIds(rt.room.id)) deps.attempts.finish(attemptId);
    })();
  }

  function quizStep(rt: Runtime, action: string): LiveCursor {
    const c = rt.room.cursor;
    const total = rt.questions.length;
    const deadline = () =>
      rt.room.options.timerSeconds ? Date.now() + rt.room.options.timerSeconds * 1000 : null;
    const at = (index: number): LiveCursor => ({
      kind: 'question',
      index,
      phase: 'open',
      deadline: deadline(),
    });
    const index = c.kind === 'question' ? c.index : c.kind === 'poll' ? (c.resumeIndex ?? -1) : -1;
    switch (action) {
      case 'start':
        return rt.room.options.selfPaced ? { kind: 'self-paced' } : at(Math.max(0, index));
      case 'next':
        if (c.kind === 'poll' && c.resumeIndex !== null) return at(c.resumeIndex);
        if (index + 1 >= total) return c;
        return at(index + 1);
      case 'previous':
        return index > 0 ? at(index - 1) : c;
      case 'close-answers':
        if (c.kind === 'question' && c.phase === 'open') return { ...c, phase: 'closed' };
        if (c.kind === 'poll') return { ...c, phase: 'closed' };
        if (c.kind === 'vote') return { ...c, phase: 'closed' };
        return c;
      case 'reveal':
        if (c.kind === 'question') return { ...c, phase: 'revealed' };
        if (c.kind === 'poll') return { ...c, phase: 'closed' };
        if (c.kind === 'vote') return { ...c, phase: 'closed' };
        return c;
      case 'lobby':
        return { kind: 'lobby' };
      case 'end':
        finishAttempts(rt);
        return { kind: 'ended' };
      default:
        return c;
    }
  }

  /** Stops the room's listener: nothing stays listening. The room can be reopened. */
  async function closeRoom(roomId: string): Promise<{ closed: boolean }> {
    const rt = open.get(roomId);
    if (!rt) return { closed: false };
    // Whatever waits for its commit is committed (and acknowledged) before the listener stops.
    commits.flush();
    open.delete(roomId);
    if (rt.timer) clearTimeout(rt.timer);
    if (rt.notifyTimer) clearTimeout(rt.notifyTimer);
    for (const pushes of rt.watchers.values())
      for (const push of pushes)
        push({ type: 'closed', message: 'The facilitator closed the room.' });
    rt.watchers.clear();
    // Everything that writes happens before the first await: closing the workbench calls this
    // and closes the database right after.
    store.setClosed(roomId, true);
    checkpoints.roomsOpen(open.size > 0);
    deps.emit({ name: 'live.changed', payload: { roomId } });
    await rt.listener?.close();
    return { closed: true };
  }

  return {
    interfaces: listInterfaces,

    async open(
      input:
        | {
            kind: 'quiz';
            sessionId: string;
            quizId: string;
            options: LiveRoomOptions;
            host: string;
            port: number;
          }
        | { kind: 'vote'; assessmentId: string; host: string; port: number },
    ): Promise<RoomView> {
      // Both throw NOT_FOUND with a clear message before anything is written.
      if (input.kind === 'quiz') {
        deps.sessions.get(input.sessionId);
        deps.quizzes.get(input.quizId);
      } else deps.assessments.get(input.assessmentId);
      const room = store.createRoom({
        kind: input.kind,
        sessionId: input.kind === 'quiz' ? input.sessionId : null,
        assessmentId: input.kind === 'vote' ? input.assessmentId : null,
        quizId: input.kind === 'quiz' ? input.quizId : null,
        options:
          input.kind === 'quiz'
            ? input.options
            : { timerSeconds: null, leaderboard: false, selfPaced: false, teams: false },
      });
      const rt = load(room);
      await goLive(rt, input.host, input.port);
      return view(rt);
    },

    /** Opens a closed room again: same participants and tokens, where the facilitator left off. */
    async reopen(input: { roomId: string; host: string; port: number }): Promise<RoomView> {
      const existing = open.get(input.roomId);
      if (existing) return view(existing);
      const room = store.room(input.roomId);
      if (!room) throw new AppError('NOT_FOUND', `There is no room ${input.roomId}.`);
      store.setClosed(room.id, false);
      const rt = load(store.room(room.id)!);
      await goLive(rt, input.host, input.port);
      armTimer(rt);
      return view(rt);
    },

    /** A closed room still shows where it was (participants, results); it just has no address. */
    state(roomId: string): RoomView {
      const rt = open.get(roomId);
      if (rt) return view(rt);
      const room = store.room(roomId);
      if (!room) throw new AppError('NOT_FOUND', `There is no room ${roomId}.`);
      return view(load(room));
    },

    list: (filter: { sessionId?: string | undefined; assessmentId?: string | undefined }) =>
      store.rooms(filter).map((r) => ({
        id: r.id,
        kind: r.kind,
        code: r.code,
        open: open.has(r.id),
        openedAt: r.openedAt,
        closedAt: r.closedAt,
        quizId: r.quizId,
      })),

    control(roomId: string, action: string): RoomView {
      const rt = runtime(roomId);
      if (rt.room.kind === 'vote') {
        const c = rt.room.cursor;
        if ((action === 'close-answers' || action === 'reveal') && c.kind === 'vote')
          setCursor(rt, { ...c, phase: 'closed' });
        else if (action === 'lobby' || action === 'end')
          setCursor(rt, action === 'end' ? { kind: 'ended' } : { kind: 'lobby' });
        else if (action === 'next' || action === 'previous' || action === 'start') {
          const i = c.kind === 'vote' ? rt.items.findIndex((x) => x.id === c.itemId) : -1;
          const to = action === 'previous' ? i - 1 : i + 1;
          const item = rt.items[Math.max(0, Math.min(rt.items.length - 1, to))];
          if (item) setCursor(rt, { kind: 'vote', itemId: item.id, phase: 'open' });
        }
        return view(rt);
      }
      const next = quizStep(rt, action);
      if (next !== rt.room.cursor) setCursor(rt, next);
      return view(rt);
    },

    setOptions(roomId: string, options: LiveRoomOptions): RoomView {
      const rt = runtime(roomId);
      rt.room = { ...rt.room, options };
      store.setOptions(roomId, options);
      broadcast(rt);
      return view(rt);
    },

    approve(input: {
      roomId: string;
      participantId: string;
      approve: boolean;
      country?: string | undefined;
    }): RoomView {
      const rt = runtime(input.roomId);
      const p = participantOf(rt, input.participantId);
      if (!input.approve) {
        store.setParticipant(p.id, 'refused', p.personIds);
        for (const push of rt.watchers.get(p.id) ?? [])
          push({ type: 'closed', message: 'The facilitator has removed you from this room.' });
      } else if (rt.room.kind === 'quiz' && p.personIds.length === 0) {
        const session = deps.sessions.get(rt.room.sessionId!);
        const country = input.country ?? session.countries[0];
        if (!country)
          throw new AppError(
            'VALIDATION',
            `country: say which country ${p.name} comes from, to add them to the register.`,
          );
        const added = deps.sessions.addParticipants(session.id, [
          { name: p.name, organisation: '', country },
        ]);
        const personIds = added.participants.map((x) => x.id);
        deps.db.transaction(() => {
          store.setParticipant(p.id, 'approved', personIds);
          startAttempts(rt, personIds);
        })();
        rt.register = registerOf(deps.sessions.get(session.id).participants, rt.language);
      } else store.setParticipant(p.id, 'approved', p.personIds);
      broadcast(rt);
      return view(rt);
    },

    poll(input: {
      roomId: string;
      prompt: string;
      type: 'choice' | 'words';
      options: string[];
    }): RoomView {
      const rt = runtime(input.roomId);
      if (rt.room.kind !== 'quiz')
        throw new AppError('VALIDATION', 'Polls belong to a workshop room.');
      const c = rt.room.cursor;
      const pollId = store.createPoll(
        rt.room.sessionId!,
        input.prompt,
        input.type,
        input.type === 'choice'
          ? input.options.map((text, i) => ({ id: String.fromCharCode(97 + i), text }))
          : [],
      );
      setCursor(rt, {
        kind: 'poll',
        pollId,
        phase: 'open',
        resumeIndex:
          c.kind === 'question'
            ? c.index + 1 < rt.questions.length
              ? c.index + 1
              : null
            : c.kind === 'poll'
              ? c.resumeIndex
              : null,
      });
      return view(rt);
    },

    voteItem(input: { roomId: string; itemId: string }): RoomView {
      const rt = runtime(input.roomId);
      if (!rt.items.some((i) => i.id === input.itemId))
        throw new AppError('NOT_FOUND', `This checklist has no item ${input.itemId}.`);
      setCursor(rt, { kind: 'vote', itemId: input.itemId, phase: 'open' });
      return view(rt);
    },

    /** The facilitator adopts a result: written to the checklist with the vote counts in its history. */
    adopt(input: {
      roomId: string;
      itemId: string;
      result: Assessment['items'][number]['result'];
    }): RoomView {
      const rt = runtime(input.roomId);
      const item = rt.items.find((i) => i.id === input.itemId);
      if (!item) throw new AppError('NOT_FOUND', `This checklist has no item ${input.itemId}.`);
      const votes = store.votes(rt.room.id, item.id);
      const counts = Object.entries(countBy(votes.map((v) => v.result)))
        .sort((a, b) => b[1] - a[1])
        .map(([result, n]) => `${n} ${result}`)
        .join(', ');
      const comments = votes.filter((v) => v.comment).length;
      const note = `Validation vote in a live room: ${votes.length} vote(s)${counts ? ` (${counts})` : ''}, ${comments} comment(s).`;
      deps.db.transaction(() => {
        const { batch } = deps.assessments.update(
          rt.room.assessmentId!,
          [item.id],
          { result: input.result },
          deps.actor(),
        );
        store.noteHistoryBatch(batch, note);
      })();
      rt.items = rt.items.map((i) => (i.id === item.id ? { ...i, result: input.result } : i));
      const c = rt.room.cursor;
      if (c.kind === 'vote' && c.itemId === item.id && c.phase === 'open')
        setCursor(rt, { ...c, phase: 'closed' });
      else broadcast(rt);
      return view(rt);
    },

    /** The workshop's polls with their results, for the session report. */
    polls(sessionId: string): PollResult[] {
      return pollResults(store, sessionId);
    },

    close: closeRoom,

    /**
     * Opens the join address from this machine, as a phone would (the page itself, through the
     * chosen interface's address). It proves the listener answers; a phone can still be stopped
     * by the network (guest Wi-Fi isolating devices) or a firewall that lets local requests by.
     */
    async selfTest(roomId: string): Promise<SelfTestResult> {
      const rt = runtime(roomId);
      const url = rt.listener?.url;
      if (!url) throw new AppError('NOT_FOUND', `Room ${roomId} is not open.`);
      const started = Date.now();
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(SELF_TEST_TIMEOUT_MS) });
        await res.arrayBuffer();
        return {
          url,
          ok: res.status === 200,
          status: res.status,
          ms: Date.now() - started,
          error: null,
        };
      } catch (error) {
        const cause = (error as { cause?: { code?: string } }).cause?.code;
        const name = (error as { name?: string }).name;
        return {
          url,
          ok: false,
          status: null,
          ms: Date.now() - started,
          error:
            name === 'TimeoutError'
              ? `no answer within ${SELF_TEST_TIMEOUT_MS / 1000} s`
              : cause === 'ECONNREFUSED'
                ? 'the connection was refused'
                : (cause ?? (error as Error).message),
        };
      }
    },

    async closeAll(): Promise<void> {
      await Promise.all([...open.keys()].map((id) => closeRoom(id)));
    },
  };
}

export type LiveRooms = ReturnType<typeof createLiveRooms>;

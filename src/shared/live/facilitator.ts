import { z } from 'zod';
import { itemResult } from '../domain/assessments';

/** What the facilitator's own API says about live rooms (never reachable from the room's network). */

export const liveRoomOptions = z
  .object({
    /** Seconds to answer each question; null for no timer. */
    timerSeconds: z.number().int().min(5).max(600).nullable().default(null),
    leaderboard: z.boolean().default(false),
    /** Participants go through the quiz at their own pace (a pre-test), no reveal. */
    selfPaced: z.boolean().default(false),
    /** Several register names on one device, when devices are scarce. */
    teams: z.boolean().default(false),
  })
  .strict();
export type LiveRoomOptions = z.infer<typeof liveRoomOptions>;

/** Where the facilitator is; stored, so a restarted app resumes there. */
export const liveCursor = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('lobby') }),
  z.object({
    kind: z.literal('question'),
    index: z.number().int().min(0),
    phase: z.enum(['open', 'closed', 'revealed']),
    /** Server time (ms since epoch) when answering closes; null without a timer. */
    deadline: z.number().nullable(),
  }),
  z.object({ kind: z.literal('self-paced') }),
  z.object({
    kind: z.literal('poll'),
    pollId: z.string(),
    phase: z.enum(['open', 'closed']),
    /** The question the quiz had reached, to go back to after the poll. */
    resumeIndex: z.number().int().nullable(),
  }),
  z.object({ kind: z.literal('vote'), itemId: z.string(), phase: z.enum(['open', 'closed']) }),
  z.object({ kind: z.literal('ended') }),
]);
export type LiveCursor = z.infer<typeof liveCursor>;

export const networkInterface = z.object({
  name: z.string(),
  address: z.string(),
  internal: z.boolean(),
});
export type NetworkInterface = z.infer<typeof networkInterface>;

const listen = {
  host: z.union([z.ipv4(), z.literal('localhost')]),
  port: z.number().int().min(0).max(65535).default(0),
};

export const openRoomInput = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('quiz'),
      sessionId: z.string().min(1).max(80),
      quizId: z.string().min(1).max(120),
      options: liveRoomOptions.default({
        timerSeconds: null,
        leaderboard: false,
        selfPaced: false,
        teams: false,
      }),
      ...listen,
    })
    .strict(),
  z
    .object({
      kind: z.literal('vote'),
      assessmentId: z.string().min(1).max(80),
      ...listen,
    })
    .strict(),
]);

export const reopenRoomInput = z.object({ roomId: z.string().min(1).max(80), ...listen }).strict();

export const controlInput = z
  .object({
    roomId: z.string().min(1).max(80),
    action: z.enum(['start', 'next', 'previous', 'close-answers', 'reveal', 'end', 'lobby']),
  })
  .strict();

export const approveInput = z
  .object({
    roomId: z.string().min(1).max(80),
    participantId: z.string().min(1).max(80),
    approve: z.boolean(),
    /** A newcomer's country, for the register; the workshop's first country by default. */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
  })
  .strict();

export const pollInput = z
  .object({
    roomId: z.string().min(1).max(80),
    prompt: z.string().trim().min(1).max(300),
    type: z.enum(['choice', 'words']),
    options: z.array(z.string().trim().min(1).max(120)).max(8).default([]),
  })
  .strict()
  .refine((p) => p.type === 'words' || p.options.length >= 2, {
    message: 'a choice poll needs at least two options',
    path: ['options'],
  });

export const voteItemInput = z
  .object({ roomId: z.string().min(1).max(80), itemId: z.string().min(1).max(80) })
  .strict();
export const adoptInput = voteItemInput.extend({ result: itemResult }).strict();

const tally = z.record(z.string(), z.number().int());

export const roomView = z.object({
  id: z.string(),
  kind: z.enum(['quiz', 'vote']),
  /** The workshop's title, or a vote room's checklist title. */
  title: z.string(),
  /** Vote rooms: the checklist's country (ISO code), for the screen to name; null for quizzes. */
  country: z.string().nullable(),
  language: z.string(),
  sessionId: z.string().nullable(),
  assessmentId: z.string().nullable(),
  quizId: z.string().nullable(),
  code: z.string(),
  open: z.boolean(),
  /** The address participants type, and the same as a QR code (SVG markup made by us). */
  joinUrl: z.string().nullable(),
  qrSvg: z.string().nullable(),
  options: liveRoomOptions,
  cursor: liveCursor,
  participants: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      status: z.enum(['approved', 'pending', 'refused']),
      connected: z.boolean(),
      answeredCurrent: z.boolean(),
    }),
  ),
  /** The current question with its key, for the facilitator's screen (the projector hides it until the reveal). */
  question: z
    .object({
      index: z.number().int(),
      total: z.number().int(),
      id: z.string(),
      type: z.string(),
      scenario: z.string().nullable(),
      prompt: z.string(),
      options: z.array(z.object({ id: z.string(), text: z.string() })),
      pairs: z.array(z.object({ left: z.string(), right: z.string() })),
      key: z.array(z.string()),
      explanation: z.string(),
      answered: z.number().int(),
      expected: z.number().int(),
      distribution: tally,
      remainingMs: z.number().nullable(),
    })
    .nullable(),
  poll: z
    .object({
      id: z.string(),
      prompt: z.string(),
      type: z.enum(['choice', 'words']),
      options: z.array(z.object({ id: z.string(), text: z.string() })),
      open: z.boolean(),
      answers: z.number().int(),
      results: tally,
    })
    .nullable(),
  vote: z
    .object({
      itemId: z.string(),
      reference: z.string(),
      articleTitle: z.string(),
      text: z.string(),
      currentResult: z.string(),
      open: z.boolean(),
      results: tally,
      comments: z.array(z.object({ name: z.string(), result: z.string(), comment: z.string() })),
    })
    .nullable(),
  /** For vote rooms: the checklist's items in order, with what was adopted. */
  items: z.array(
    z.object({ id: z.string(), reference: z.string(), result: z.string(), voted: z.boolean() }),
  ),
  leaderboard: z.array(z.object({ name: z.string(), score: z.number() })).nullable(),
});
export type RoomView = z.infer<typeof roomView>;

/** live.selfTest: whether the room's own listener answers at its join address. */
export const selfTestResult = z.object({
  url: z.string(),
  /** The participant page came back (HTTP 200). */
  ok: z.boolean(),
  /** The HTTP status, or null when nothing answered. */
  status: z.number().int().nullable(),
  /** Time to the answer, or to giving up. */
  ms: z.number(),
  /** Why nothing answered (refused, timed out), in words; null when it answered. */
  error: z.string().nullable(),
});
export type SelfTestResult = z.infer<typeof selfTestResult>;

export const roomSummary = z.object({
  id: z.string(),
  kind: z.enum(['quiz', 'vote']),
  code: z.string(),
  open: z.boolean(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  quizId: z.string().nullable(),
});

export const pollResult = z.object({
  id: z.string(),
  prompt: z.string(),
  type: z.enum(['choice', 'words']),
  createdAt: z.string(),
  answers: z.number().int(),
  /** Option text or word → count, most frequent first. */
  results: z.array(z.object({ label: z.string(), count: z.number().int() })),
});
export type PollResult = z.infer<typeof pollResult>;

import { z } from 'zod';
import { answer } from '../training/scoring';
import { itemResult } from '../domain/assessments';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, LIVE_LIMITS } from './limits';

/**
 * The live room's participant protocol: what a phone may send and what it is sent. Everything a
 * participant's browser sends is checked against these schemas before it reaches the room;
 * see docs/LIVE.md for the flow.
 */

export { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, LIVE_LIMITS };

export const joinCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`), 'a 6-character join code');

/** POST /p/join: the code, then a name from the register or typed (a newcomer). */
export const joinRequest = z
  .object({
    code: joinCode,
    personIds: z.array(z.string().min(1).max(80)).max(8).optional(),
    name: z.string().trim().min(1).max(120).optional(),
  })
  .strict();
export type JoinRequest = z.infer<typeof joinRequest>;

/** What a participant sends over the socket (or POST /p/send when sockets fail). */
export const clientMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('auth'), token: z.string().min(20).max(100) }).strict(),
  z
    .object({
      type: z.literal('answer'),
      msgId: z.string().min(1).max(40),
      questionId: z.string().min(1).max(80),
      answer,
    })
    .strict(),
  z
    .object({
      type: z.literal('poll'),
      msgId: z.string().min(1).max(40),
      pollId: z.string().min(1).max(80),
      answer: z.union([z.string().max(40), z.array(z.string().max(40)).max(10)]),
    })
    .strict(),
  z
    .object({
      type: z.literal('vote'),
      msgId: z.string().min(1).max(40),
      itemId: z.string().min(1).max(80),
      result: itemResult,
      comment: z.string().max(LIVE_LIMITS.commentChars).default(''),
    })
    .strict(),
  z.object({ type: z.literal('ping') }).strict(),
]);
export type ClientMessage = z.infer<typeof clientMessage>;

/** A question as a participant sees it: never its key, its explanation or its pairs' matches. */
export interface LiveQuestion {
  id: string;
  type: 'single' | 'multiple' | 'true-false' | 'matching' | 'scenario';
  scenario: string | null;
  prompt: string;
  options: { id: string; text: string }[];
  /** For matching: the items to match, and the matches in shuffled order. */
  lefts: string[];
  rights: string[];
  /** More than one option may be chosen. */
  multiple: boolean;
}

export interface LiveReveal {
  key: string[];
  pairs: { left: string; right: string }[];
  explanation: string;
  /** Option id (or "right"/"wrong" for matching) → answers. */
  distribution: Record<string, number>;
  answered: number;
  /** The participant's own credit (0–1), null if they did not answer. */
  myCredit: number | null;
  leaderboard: { name: string; score: number }[] | null;
}

export type LiveActivity =
  | { kind: 'lobby' }
  | {
      kind: 'question';
      index: number;
      total: number;
      question: LiveQuestion;
      /** Milliseconds left by the server's clock; null without a timer. */
      remainingMs: number | null;
      open: boolean;
      myAnswer: unknown;
      reveal: LiveReveal | null;
    }
  | {
      kind: 'self-paced';
      questions: LiveQuestion[];
      myAnswers: Record<string, unknown>;
    }
  | {
      kind: 'poll';
      poll: {
        id: string;
        prompt: string;
        type: 'choice' | 'words';
        options: { id: string; text: string }[];
      };
      open: boolean;
      myAnswer: unknown;
      results: Record<string, number> | null;
    }
  | {
      kind: 'vote';
      item: {
        id: string;
        reference: string;
        articleTitle: string;
        text: string;
      };
      open: boolean;
      myVote: { result: string; comment: string } | null;
      results: Record<string, number> | null;
    }
  | { kind: 'ended'; score: number | null };

/** The whole state of the room as one participant may see it; sent on every change. */
export interface ParticipantState {
  type: 'state';
  room: { title: string; kind: 'quiz' | 'vote'; language: string };
  me: { name: string; status: 'approved' | 'pending' | 'refused' };
  activity: LiveActivity;
}

export type ServerMessage =
  | ParticipantState
  | { type: 'ack'; msgId: string; accepted: boolean; reason?: string }
  | { type: 'error'; message: string }
  | { type: 'pong' }
  | { type: 'closed'; message: string };

/** Reply to POST /p/join. */
export interface JoinReply {
  token: string;
  status: 'approved' | 'pending';
}

/** Reply to POST /p/room: the register, so a participant can pick their name. */
export interface RoomLookup {
  title: string;
  kind: 'quiz' | 'vote';
  language: string;
  /** Several register names may share one device. */
  teams: boolean;
  register: { id: string; name: string; organisation: string }[];
}

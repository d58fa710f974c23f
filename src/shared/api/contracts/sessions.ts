import { z } from 'zod';
import {
  agendaItem,
  attemptView,
  attendanceState,
  participant,
  participantInput,
  participantUpdate,
  response,
  session,
  sessionFields,
  sessionSummary,
  sessionUpdate,
} from '../../domain/sessions';
import { answer } from '../../training/scoring';
import { sessionResults } from '../../training/results';
import { registerRow } from '../../training/register';
import { fileSource, id, noInput, type ContractPart } from './common';

const quizId = z.string().min(1).max(120);

/** Workshops: the people in them, their attendance and agenda, and their quiz attempts. */
export const sessionsContract = {
  'sessions.create': { input: sessionFields, output: z.object({ id: z.string() }) },
  'sessions.list': { input: noInput, output: z.array(sessionSummary) },
  'sessions.get': { input: z.object({ id }).strict(), output: session, errors: ['NOT_FOUND'] },
  'sessions.update': {
    input: z.object({ id, fields: sessionUpdate }).strict(),
    output: session,
    errors: ['NOT_FOUND'],
  },
  /** Moves the workshop, with everything recorded in it, to the trash (trash.restore). */
  'sessions.delete': {
    input: z.object({ id }).strict(),
    output: z.object({ trashId: z.string() }),
    errors: ['NOT_FOUND', 'CONFLICT'],
  },
  'sessions.addParticipants': {
    input: z
      .object({ sessionId: id, participants: z.array(participantInput).min(1).max(2000) })
      .strict(),
    output: z.object({
      added: z.number().int(),
      matched: z.number().int(),
      participants: z.array(participant),
    }),
    errors: ['NOT_FOUND'],
  },
  'sessions.removeParticipant': {
    input: z.object({ sessionId: id, participantId: id }).strict(),
    /** The register entry, attendance and attempts go to the trash (trash.restore). */
    output: z.object({ removed: z.boolean(), trashId: z.string().optional() }),
    errors: ['NOT_FOUND', 'CONFLICT'],
  },
  'sessions.previewRegister': {
    input: z.object({ sessionId: id, file: fileSource }).strict(),
    output: z.object({ rows: z.array(registerRow), fileProblem: z.string().nullable() }),
    errors: ['NOT_FOUND'],
  },
  'sessions.importRegister': {
    input: z.object({ sessionId: id, file: fileSource }).strict(),
    output: z.object({
      added: z.number().int(),
      matched: z.number().int(),
      skipped: z.array(z.number().int()),
    }),
    errors: ['NOT_FOUND'],
  },
  'sessions.setAttendance': {
    input: z
      .object({
        sessionId: id,
        marks: z
          .array(
            z
              .object({
                personId: id,
                day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
                state: attendanceState,
              })
              .strict(),
          )
          .min(1)
          .max(5000),
      })
      .strict(),
    output: z.object({ saved: z.number().int() }),
    errors: ['NOT_FOUND'],
  },
  'sessions.setAgenda': {
    input: z.object({ sessionId: id, items: z.array(agendaItem).max(300) }).strict(),
    output: z.object({ saved: z.number().int() }),
    errors: ['NOT_FOUND'],
  },
  'sessions.results': {
    input: z.object({ sessionId: id }).strict(),
    output: sessionResults,
    errors: ['NOT_FOUND'],
  },
  'people.update': {
    input: z.object({ id, fields: participantUpdate }).strict(),
    output: participant,
    errors: ['NOT_FOUND'],
  },
  'people.duplicates': { input: noInput, output: z.array(z.array(participant)) },
  'people.merge': {
    input: z.object({ keepId: id, mergeId: id }).strict(),
    output: z.object({ merged: z.boolean() }),
    errors: ['NOT_FOUND'],
  },
  'attempts.start': {
    input: z.object({ sessionId: id, participantId: id, quizId }).strict(),
    output: attemptView,
    errors: ['NOT_FOUND'],
  },
  'attempts.answer': {
    input: z.object({ attemptId: id, questionId: z.string().min(1).max(120), answer }).strict(),
    output: attemptView,
    errors: ['NOT_FOUND', 'CONFLICT'],
  },
  'attempts.finish': {
    input: z.object({ attemptId: id }).strict(),
    output: z.object({ score: z.number() }),
    errors: ['NOT_FOUND'],
  },
  'attempts.submit': {
    input: z
      .object({
        sessionId: id,
        participantId: id,
        quizId,
        responses: z.array(response).max(500),
      })
      .strict(),
    output: z.object({ score: z.number(), attemptId: z.string() }),
    errors: ['NOT_FOUND'],
  },
  'attempts.get': {
    input: z.object({ attemptId: id }).strict(),
    output: attemptView,
    errors: ['NOT_FOUND'],
  },
} as const satisfies ContractPart;

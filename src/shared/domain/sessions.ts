import { z } from 'zod';
import { countryCode } from './assessments';
import { answer } from '../training/scoring';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const text = (max: number) => z.string().trim().max(max);

export const gender = z.enum(['female', 'male', 'other', 'undisclosed']);
export type Gender = z.infer<typeof gender>;

/** One person as the facilitator registers them; the same person across workshops. */
export const participantInput = z
  .object({
    name: text(200).min(1, 'a name is required'),
    organisation: text(200).default(''),
    country: countryCode,
    role: text(200).optional(),
    gender: gender.optional(),
    email: z.email('an e-mail address such as name@example.org').max(320).optional(),
  })
  .strict();
export type ParticipantInput = z.input<typeof participantInput>;
export type ParticipantFields = z.output<typeof participantInput>;

/**
 * An edit of a person's register details: only the fields sent change; null clears the
 * optional ones (gender, e-mail). The person is one row across workshops, so the edit shows
 * in every workshop they attend.
 */
export const participantUpdate = z
  .object({
    name: text(200).min(1, 'a name is required'),
    organisation: text(200),
    country: countryCode,
    role: text(200),
    gender: gender.nullable(),
    email: z.email('an e-mail address such as name@example.org').max(320).nullable(),
  })
  .partial()
  .strict();
export type ParticipantUpdate = z.infer<typeof participantUpdate>;

export const participant = z.object({
  id: z.string(),
  name: z.string(),
  organisation: z.string(),
  country: z.string(),
  countryName: z.string(),
  role: z.string(),
  gender: gender.nullable(),
  email: z.string().nullable(),
});
export type Participant = z.infer<typeof participant>;

const sessionShape = {
  title: text(200).min(1),
  startDate: isoDate,
  endDate: isoDate,
  place: text(200),
  organiser: text(200),
  facilitators: z.array(text(200)).max(30),
  language: z.string().max(10),
  audience: text(300),
  countries: z.array(countryCode).max(60),
  notes: text(10_000),
  preQuizId: z.string().max(120).nullable(),
  postQuizId: z.string().max(120).nullable(),
};

export const sessionFields = z
  .object({
    ...sessionShape,
    place: sessionShape.place.default(''),
    organiser: sessionShape.organiser.default(''),
    facilitators: sessionShape.facilitators.default([]),
    language: sessionShape.language.default('en'),
    audience: sessionShape.audience.default(''),
    countries: sessionShape.countries.default([]),
    notes: sessionShape.notes.default(''),
    preQuizId: sessionShape.preQuizId.default('uncc.quiz.pre-test'),
    postQuizId: sessionShape.postQuizId.default('uncc.quiz.post-test'),
  })
  .strict()
  .refine((s) => s.endDate >= s.startDate, {
    message: 'the end date is before the start date',
    path: ['endDate'],
  });

/** An edit: only the fields sent change (no defaults, so nothing is reset by omission). */
export const sessionUpdate = z.object(sessionShape).partial().strict();

export const attendanceState = z.enum(['present', 'absent', 'partly']);

export const agendaItem = z
  .object({
    kind: z.enum(['article', 'chapter', 'quiz', 'break', 'discussion']),
    ref: z.string().max(120).nullable().default(null),
    title: text(300).default(''),
    day: isoDate.nullable().default(null),
    startTime: z
      .string()
      .regex(/^\d{2}:\d{2}$/, 'a time as HH:MM')
      .nullable()
      .default(null),
    minutes: z.number().int().min(0).max(1440).nullable().default(null),
  })
  .strict();
export type AgendaItem = z.infer<typeof agendaItem>;

export const sessionSummary = z.object({
  id: z.string(),
  title: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  place: z.string(),
  participantCount: z.number().int(),
});

export const session = z.object({
  id: z.string(),
  title: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  days: z.array(z.string()),
  place: z.string(),
  organiser: z.string(),
  facilitators: z.array(z.string()),
  language: z.string(),
  audience: z.string(),
  countries: z.array(z.string()),
  notes: z.string(),
  preQuizId: z.string().nullable(),
  postQuizId: z.string().nullable(),
  participants: z.array(participant),
  attendance: z.array(z.object({ personId: z.string(), day: z.string(), state: attendanceState })),
  agenda: z.array(agendaItem.extend({ id: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Session = z.infer<typeof session>;

export const response = z.object({ questionId: z.string().max(120), answer });
export type Response = z.infer<typeof response>;

export const attemptView = z.object({
  id: z.string(),
  sessionId: z.string(),
  participantId: z.string(),
  quizId: z.string(),
  questionIds: z.array(z.string()),
  responses: z.array(response.extend({ credit: z.number() })),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  score: z.number().nullable(),
  /** Per question, the option ids in the order this attempt showed them; absent = written order. */
  optionOrder: z.record(z.string(), z.array(z.string())),
});
export type AttemptView = z.infer<typeof attemptView>;

export const customQuizInput = z
  .object({
    title: text(200).min(1),
    kind: z.enum(['pre-test', 'post-test', 'chapter', 'warm-up', 'custom']).default('custom'),
    description: text(1000).optional(),
    questionIds: z.array(z.string().max(120)).min(1).max(200),
    shuffleQuestions: z.boolean().default(false),
    shuffleOptions: z.boolean().default(false),
    timeLimitMinutes: z.number().int().min(1).max(600).nullable().default(null),
  })
  .strict();

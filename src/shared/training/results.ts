import { z } from 'zod';

const pct = z.number().nullable();

const groupGain = z.object({
  participantsWithBoth: z.number().int(),
  meanPre: pct,
  meanPost: pct,
  meanGain: pct,
  medianGain: pct,
  shareImproved: pct,
  normalisedGain: pct,
});

/** Gain per group with its n; groups under three people are left out and counted in hiddenParticipants. */
const breakdown = z.object({
  groups: z.array(groupGain.extend({ key: z.string(), n: z.number().int() })),
  hiddenParticipants: z.number().int(),
});

const groupFacility = z.object({ key: z.string(), n: z.number().int(), facility: z.number() });

export const sessionResults = z.object({
  sessionId: z.string(),
  preQuizId: z.string().nullable(),
  postQuizId: z.string().nullable(),
  knowledgeGain: groupGain,
  /** Gain on the pre/post pairs on the same articles, type and difficulty (parallel forms). */
  matchedGain: groupGain.extend({ items: z.number().int() }),
  byCountry: breakdown,
  /** Only participants whose gender is recorded (not 'undisclosed'). */
  byGender: breakdown,
  participants: z.array(
    z.object({
      participantId: z.string(),
      name: z.string(),
      country: z.string(),
      pre: pct,
      post: pct,
      gain: pct,
      normalisedGain: pct,
    }),
  ),
  byArticle: z.array(
    z.object({
      articleNumber: z.number().int(),
      title: z.string(),
      pre: pct,
      post: pct,
      gain: pct,
      /**
       * Results of the same article's provisions in the latest checklist of each target country
       * and of each participant's own country, with that country's participants' understanding
       * (null when fewer than MIN_GROUP_SIZE of them answered, so no one's score can be read off).
       */
      checklists: z.array(
        z.object({
          country: z.string(),
          pre: pct,
          post: pct,
          gain: pct,
          gap: z.number().int(),
          partial: z.number().int(),
          implemented: z.number().int(),
          notAssessed: z.number().int(),
        }),
      ),
    }),
  ),
  byChapter: z.array(
    z.object({ chapter: z.string(), title: z.string(), pre: pct, post: pct, gain: pct }),
  ),
  items: z.array(
    z.object({
      quiz: z.enum(['pre', 'post']),
      questionId: z.string(),
      prompt: z.string(),
      articles: z.array(z.number().int()),
      answered: z.number().int(),
      facility: z.number(),
      discrimination: z.number().nullable(),
      flags: z.array(z.enum(['too-hard', 'too-easy', 'poor-discrimination'])),
      /** Facility per country and per recorded gender; groups under three respondents left out. */
      byCountry: z.array(groupFacility),
      byGender: z.array(groupFacility),
    }),
  ),
  /** Post-test participant × question credits (null: not answered). */
  matrix: z.object({
    questionIds: z.array(z.string()),
    rows: z.array(
      z.object({
        participantId: z.string(),
        name: z.string(),
        credits: z.array(z.number().nullable()),
      }),
    ),
  }),
  needHelp: z.array(
    z.object({ participantId: z.string(), name: z.string(), post: pct, gain: pct }),
  ),
  targetChecklists: z.array(
    z.object({
      country: z.string(),
      countryName: z.string(),
      assessmentId: z.string(),
      title: z.string(),
      date: z.string(),
    }),
  ),
});
export type SessionResults = z.infer<typeof sessionResults>;

import { z } from 'zod';
import type { QuestionSource } from '../content/pack';
import type { AttemptView, Session } from '../domain/sessions';
import type { SessionResults } from '../training/results';
import type { Answer } from '../training/scoring';
import { reportOptions } from './assessment-report';
import { reportTranslator } from '../i18n/report-catalogs';
import { formatPercent } from './report-locale';
import { daysAttended, type AttendanceMark } from '../training/attendance';

export { daysAttended, type AttendanceMark };

export const SESSION_REPORT_SECTIONS = [
  'cover',
  'summary',
  'attendance',
  'results',
  'questions',
  'items',
  'articles',
  'polls',
] as const;
export type SessionReportSection = (typeof SESSION_REPORT_SECTIONS)[number];

/** What the person exporting a workshop report chooses. */
export const sessionReportOptions = z
  .object({
    sections: z
      .array(z.enum(SESSION_REPORT_SECTIONS))
      .min(1)
      .default([...SESSION_REPORT_SECTIONS]),
    organisation: z.string().max(200).default(''),
    language: reportOptions.shape.language,
  })
  .strict();
export type SessionReportOptions = z.infer<typeof sessionReportOptions>;

/** A quiz as the report needs it (the output of quizzes.get fits). */
export interface ReportQuiz {
  id?: string;
  title: string;
  questions: readonly QuestionSource[];
}

export interface SessionReportQuizzes {
  pre?: ReportQuiz | null;
  post?: ReportQuiz | null;
}

export interface ReportParticipant {
  id: string;
  name: string;
  organisation: string;
  country: string;
  countryName: string;
  role: string;
  gender: Session['participants'][number]['gender'];
  email: string | null;
  /** One mark per workshop day, in the order of workshop.days; null when not recorded. */
  attendance: (AttendanceMark | null)[];
  daysAttended: number;
  pre: number | null;
  post: number | null;
  gain: number | null;
  normalisedGain: number | null;
  needHelp: boolean;
}

export interface AttendanceGroup {
  /** The country code, the organisation as typed, or the gender key ('unset' when not given). */
  key: string;
  /** The country name or organisation; for genders the exporters translate the key. */
  label: string;
  participants: number;
  daysAttended: number;
  /** Participants present (fully) on every day. */
  everyDay: number;
  /** daysAttended out of participants × days, 0–1; null for a workshop without days. */
  rate: number | null;
}

export interface ScoreBand {
  /** Inclusive lower bound and exclusive upper bound, in percent (the last band includes 100). */
  from: number;
  to: number;
  pre: number;
  post: number;
}

export interface DifficultQuestion {
  questionId: string;
  number: number;
  prompt: string;
  type: QuestionSource['type'];
  articles: number[];
  answered: number;
  facility: number;
  correctAnswer: string;
  /** The wrong answer given most often, and by how many; null when no wrong answer is recorded. */
  commonWrong: { answer: string; count: number } | null;
}

/** One participant's answer to one question of the pre- or post-test: the Answers sheet row. */
export interface AnswerRow {
  participantId: string;
  name: string;
  organisation: string;
  country: string;
  quiz: 'pre' | 'post';
  quizTitle: string;
  attemptId: string;
  finishedAt: string | null;
  /** The question's position in the quiz as defined (1-based). */
  number: number;
  questionId: string;
  type: QuestionSource['type'];
  prompt: string;
  articles: number[];
  /** The options chosen, readable; '' when the question was not answered. */
  answer: string;
  /** The raw answer: option ids, or left=right pairs; '' when not answered. */
  answerIds: string;
  /** The option ids in the order this attempt showed them ("c, a, b"); '' when it has no options. */
  shownOrder: string;
  correctAnswer: string;
  /** 0–1; null when not answered. */
  credit: number | null;
}

/** Everything any workshop exporter needs, computed once: exporters only lay it out. */
export interface SessionReport {
  generatedAt: string;
  options: SessionReportOptions;
  workshop: {
    id: string;
    title: string;
    startDate: string;
    endDate: string;
    days: string[];
    place: string;
    organiser: string;
    facilitators: string[];
    audience: string;
    countries: { code: string; name: string }[];
    language: string;
  };
  participants: ReportParticipant[];
  attendance: {
    days: string[];
    byDay: { day: string; present: number; partly: number; absent: number; unmarked: number }[];
    byCountry: AttendanceGroup[];
    byOrganisation: AttendanceGroup[];
    byGender: AttendanceGroup[];
    total: AttendanceGroup;
    averageDays: number | null;
  };
  quizzes: {
    pre: { id: string | null; title: string; questions: number } | null;
    post: { id: string | null; title: string; questions: number } | null;
  };
  gain: SessionResults['knowledgeGain'];
  needHelp: SessionResults['needHelp'];
  charts: {
    distribution: ScoreBand[];
    byChapter: SessionResults['byChapter'];
  };
  difficult: DifficultQuestion[];
  items: (SessionResults['items'][number] & {
    number: number;
    type: QuestionSource['type'] | null;
  })[];
  articles: SessionResults['byArticle'];
  targetChecklists: SessionResults['targetChecklists'];
  answers: AnswerRow[];
  /** The workshop's quick polls (live room), in the order they were run. */
  polls: ReportPoll[];
}

/** A quick poll with its results, as polls.list gives it: opinion, not scored. */
export interface ReportPoll {
  prompt: string;
  type: 'choice' | 'words';
  createdAt: string;
  answers: number;
  /** Option text or word → count, most frequent first. */
  results: { label: string; count: number }[];
}

/** Option texts for an answer: "Text of b; Text of c", or "left → right; …" for matching. */
export function answerText(question: QuestionSource, given: Answer | null | undefined): string {
  if (given === null || given === undefined) return '';
  if (typeof given === 'object' && !Array.isArray(given)) {
    return question.pairs
      .filter((p) => p.left in given)
      .map((p) => `${p.left} → ${given[p.left]}`)
      .join('; ');
  }
  const ids = typeof given === 'string' ? [given] : given;
  return ids.map((id) => question.options.find((o) => o.id === id)?.text ?? id).join('; ');
}

/** The raw answer, compact: "b", "a, c", "left=right; …". */
export function answerIds(given: Answer | null | undefined): string {
  if (given === null || given === undefined) return '';
  if (typeof given === 'string') return given;
  if (Array.isArray(given)) return given.join(', ');
  return Object.entries(given)
    .map(([l, r]) => `${l}=${r}`)
    .join('; ');
}

export function correctAnswerText(question: QuestionSource): string {
  if (question.type === 'matching')
    return question.pairs.map((p) => `${p.left} → ${p.right}`).join('; ');
  return answerText(question, question.answer);
}

const DISTRIBUTION_BANDS = [0, 20, 40, 60, 80] as const;

function bandOf(score: number): number {
  const index = DISTRIBUTION_BANDS.findLastIndex((from) => score >= from);
  return Math.max(0, index);
}

function group(
  key: string,
  label: string,
  people: readonly ReportParticipant[],
  days: number,
): AttendanceGroup {
  const attended = people.reduce((s, p) => s + p.daysAttended, 0);
  return {
    key,
    label,
    participants: people.length,
    daysAttended: attended,
    everyDay: people.filter((p) => days > 0 && p.attendance.every((m) => m === 'present')).length,
    rate: days > 0 && people.length > 0 ? attended / (people.length * days) : null,
  };
}

function groupBy(
  people: readonly ReportParticipant[],
  keyOf: (p: ReportParticipant) => string,
  labelOf: (p: ReportParticipant) => string,
  days: number,
): AttendanceGroup[] {
  const groups = new Map<string, ReportParticipant[]>();
  for (const p of people) groups.set(keyOf(p), [...(groups.get(keyOf(p)) ?? []), p]);
  return [...groups.entries()]
    .map(([key, members]) => group(key, labelOf(members[0]!), members, days))
    .sort((a, b) => b.participants - a.participants || a.label.localeCompare(b.label));
}

/** The latest finished attempt of each participant at a quiz (as sessions.results counts them). */
function latestAttempts(
  attempts: readonly AttemptView[],
  quizId: string | null,
): Map<string, AttemptView> {
  const out = new Map<string, AttemptView>();
  if (!quizId) return out;
  for (const a of attempts) {
    if (a.quizId !== quizId || !a.finishedAt) continue;
    const seen = out.get(a.participantId);
    if (!seen || a.finishedAt > seen.finishedAt!) out.set(a.participantId, a);
  }
  return out;
}

/**
 * Lays out a workshop's report model from what the API gives: the session (sessions.get), its
 * results (sessions.results), the pre- and post-test (quizzes.get of session.preQuizId and
 * postQuizId) and the session's finished attempts (attempts.get of each), from which the answers
 * and the most frequent wrong answers come. Without attempts the Answers table is empty.
 */
export function buildSessionReport(
  session: Session,
  results: SessionResults,
  quizzes: SessionReportQuizzes,
  attempts: readonly AttemptView[] | undefined,
  options: SessionReportOptions,
  now: Date,
  polls: readonly ReportPoll[] = [],
): SessionReport {
  const days = session.days;
  const marks = new Map<string, AttendanceMark>();
  for (const a of session.attendance) marks.set(`${a.personId}|${a.day}`, a.state);
  const scores = new Map(results.participants.map((p) => [p.participantId, p]));
  const needHelp = new Set(results.needHelp.map((p) => p.participantId));

  const participants: ReportParticipant[] = session.participants.map((p) => {
    const attendance = days.map((d) => marks.get(`${p.id}|${d}`) ?? null);
    const s = scores.get(p.id);
    return {
      id: p.id,
      name: p.name,
      organisation: p.organisation,
      country: p.country,
      countryName: p.countryName || p.country,
      role: p.role,
      gender: p.gender,
      email: p.email,
      attendance,
      daysAttended: daysAttended(attendance),
      pre: s?.pre ?? null,
      post: s?.post ?? null,
      gain: s?.gain ?? null,
      normalisedGain: s?.normalisedGain ?? null,
      needHelp: needHelp.has(p.id),
    };
  });

  const total = group('', '', participants, days.length);
  const countryNames = new Map(session.participants.map((p) => [p.country, p.countryName]));
  const distribution: ScoreBand[] = DISTRIBUTION_BANDS.map((from, i) => ({
    from,
    to: DISTRIBUTION_BANDS[i + 1] ?? 100,
    pre: 0,
    post: 0,
  }));
  for (const p of participants) {
    if (p.pre !== null) distribution[bandOf(p.pre)]!.pre += 1;
    if (p.post !== null) distribution[bandOf(p.post)]!.post += 1;
  }

  const questionMaps = {
    pre: new Map((quizzes.pre?.questions ?? []).map((q, i) => [q.id, { q, number: i + 1 }])),
    post: new Map((quizzes.post?.questions ?? []).map((q, i) => [q.id, { q, number: i + 1 }])),
  };

  // Every answer of the latest finished pre- and post-test attempt of each participant.
  const answers: AnswerRow[] = [];
  const byQuiz = {
    pre: latestAttempts(attempts ?? [], session.preQuizId),
    post: latestAttempts(attempts ?? [], session.postQuizId),
  };
  for (const kind of ['pre', 'post'] as const) {
    const quiz = quizzes[kind];
    if (!quiz) continue;
    for (const p of participants) {
      const attempt = byQuiz[kind].get(p.id);
      if (!attempt) continue;
      const given = new Map(attempt.responses.map((r) => [r.questionId, r]));
      quiz.questions.forEach((q, i) => {
        const r = given.get(q.id);
        answers.push({
          participantId: p.id,
          name: p.name,
          organisation: p.organisation,
          country: p.country,
          quiz: kind,
          quizTitle: quiz.title,
          attemptId: attempt.id,
          finishedAt: attempt.finishedAt,
          number: i + 1,
          questionId: q.id,
          type: q.type,
          prompt: q.prompt,
          articles: [...q.articles],
          answer: answerText(q, r?.answer),
          answerIds: answerIds(r?.answer),
          shownOrder: (attempt.optionOrder[q.id] ?? q.options.map((o) => o.id)).join(', '),
          correctAnswer: correctAnswerText(q),
          credit: r ? r.credit : null,
        });
      });
    }
  }

  const items = results.items
    .map((item) => {
      const known = questionMaps[item.quiz].get(item.questionId);
      return { ...item, number: known?.number ?? 0, type: known?.q.type ?? null };
    })
    .sort((a, b) => (a.quiz === b.quiz ? a.number - b.number : a.quiz === 'pre' ? -1 : 1));

  const difficult: DifficultQuestion[] = items
    .filter((i) => i.quiz === 'post' && i.facility < 1)
    .sort((a, b) => a.facility - b.facility || a.number - b.number)
    .slice(0, 5)
    .map((item) => {
      const q = questionMaps.post.get(item.questionId)?.q;
      const wrong = new Map<string, number>();
      for (const a of answers)
        if (
          a.quiz === 'post' &&
          a.questionId === item.questionId &&
          a.credit !== null &&
          a.credit < 1
        )
          wrong.set(a.answer, (wrong.get(a.answer) ?? 0) + 1);
      const top = [...wrong.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
      return {
        questionId: item.questionId,
        number: item.number,
        prompt: item.prompt,
        type: q?.type ?? 'single',
        articles: item.articles,
        answered: item.answered,
        facility: item.facility,
        correctAnswer: q ? correctAnswerText(q) : '',
        commonWrong: top ? { answer: top[0], count: top[1] } : null,
      };
    });

  const quizInfo = (kind: 'pre' | 'post') => {
    const quiz = quizzes[kind];
    const id = kind === 'pre' ? session.preQuizId : session.postQuizId;
    if (!quiz && !id) return null;
    return {
      id: quiz?.id ?? id,
      title: quiz?.title ?? id ?? '',
      questions: quiz?.questions.length ?? 0,
    };
  };

  return {
    generatedAt: now.toISOString(),
    options,
    workshop: {
      id: session.id,
      title: session.title,
      startDate: session.startDate,
      endDate: session.endDate,
      days: [...days],
      place: session.place,
      organiser: options.organisation.trim() || session.organiser,
      facilitators: [...session.facilitators],
      audience: session.audience,
      countries: session.countries.map((code) => ({
        code,
        name:
          results.targetChecklists.find((c) => c.country === code)?.countryName ??
          countryNames.get(code) ??
          code,
      })),
      language: session.language,
    },
    participants,
    attendance: {
      days: [...days],
      byDay: days.map((day, i) => ({
        day,
        present: participants.filter((p) => p.attendance[i] === 'present').length,
        partly: participants.filter((p) => p.attendance[i] === 'partly').length,
        absent: participants.filter((p) => p.attendance[i] === 'absent').length,
        unmarked: participants.filter((p) => p.attendance[i] === null).length,
      })),
      byCountry: groupBy(
        participants,
        (p) => p.country,
        (p) => p.countryName,
        days.length,
      ),
      byOrganisation: groupBy(
        participants,
        (p) => p.organisation.trim().toLocaleLowerCase(),
        (p) => p.organisation.trim(),
        days.length,
      ),
      byGender: groupBy(
        participants,
        (p) => p.gender ?? 'unset',
        (p) => p.gender ?? 'unset',
        days.length,
      ),
      total,
      averageDays: participants.length ? total.daysAttended / participants.length : null,
    },
    quizzes: { pre: quizInfo('pre'), post: quizInfo('post') },
    gain: results.knowledgeGain,
    needHelp: results.needHelp,
    charts: { distribution, byChapter: results.byChapter },
    difficult,
    items,
    articles: results.byArticle,
    targetChecklists: results.targetChecklists,
    answers,
    polls: polls.map((p) => ({
      prompt: p.prompt,
      type: p.type,
      createdAt: p.createdAt,
      answers: p.answers,
      results: p.results.map((r) => ({ label: r.label, count: r.count })),
    })),
  };
}

/** Who earns a certificate: the facilitator's thresholds; none set means every participant. */
export const certificateCriteria = z
  .object({
    /** Days present (partly present counts half a day). */
    minDaysAttended: z.number().min(0).max(366).optional(),
    /** Post-test score in percent, 0–100. */
    minPostScore: z.number().min(0).max(100).optional(),
  })
  .strict();
export type CertificateCriteria = z.infer<typeof certificateCriteria>;

export type IneligibleReason =
  | { code: 'attendance'; required: number; actual: number; message: string }
  | { code: 'post-score'; required: number; actual: number; message: string }
  | { code: 'no-post-test'; message: string };

export interface EligibilityEntry {
  participantId: string;
  name: string;
  daysAttended: number;
  post: number | null;
}

export interface Eligibility {
  eligible: EligibilityEntry[];
  ineligible: (EligibilityEntry & { reasons: IneligibleReason[] })[];
}

/**
 * Splits a workshop's participants into those who qualify for a certificate under the criteria
 * and the rest, each with the reasons why not (as codes with the figures, and as a sentence in
 * the given language).
 */
export function eligibleParticipants(
  session: Session,
  results: SessionResults,
  criteria: CertificateCriteria,
  language: SessionReportOptions['language'] = 'en',
): Eligibility {
  const t = reportTranslator(language, 'certificates');
  const posts = new Map(results.participants.map((p) => [p.participantId, p.post]));
  const marks = new Map<string, AttendanceMark>();
  for (const a of session.attendance) marks.set(`${a.personId}|${a.day}`, a.state);
  const out: Eligibility = { eligible: [], ineligible: [] };
  for (const p of session.participants) {
    const days = daysAttended(session.days.map((d) => marks.get(`${p.id}|${d}`) ?? null));
    const post = posts.get(p.id) ?? null;
    const entry = { participantId: p.id, name: p.name, daysAttended: days, post };
    const reasons: IneligibleReason[] = [];
    if (criteria.minDaysAttended !== undefined && days < criteria.minDaysAttended)
      reasons.push({
        code: 'attendance',
        required: criteria.minDaysAttended,
        actual: days,
        message: t('ineligible.attendance', {
          actual: days,
          required: criteria.minDaysAttended,
        }),
      });
    if (criteria.minPostScore !== undefined) {
      if (post === null)
        reasons.push({ code: 'no-post-test', message: t('ineligible.noPostTest') });
      else if (post < criteria.minPostScore)
        reasons.push({
          code: 'post-score',
          required: criteria.minPostScore,
          actual: post,
          message: t('ineligible.postScore', {
            actual: formatPercent(post / 100, language),
            required: formatPercent(criteria.minPostScore / 100, language),
          }),
        });
    }
    if (reasons.length) out.ineligible.push({ ...entry, reasons });
    else out.eligible.push(entry);
  }
  return out;
}

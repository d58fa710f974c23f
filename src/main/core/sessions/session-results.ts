import { countryName } from '../../../shared/domain/countries';
import type { QuestionSource } from '../../../shared/content/pack';
import {
  articleGains,
  groupGain,
  itemAnalysis,
  participantGains,
  type ScoredResponse,
} from '../../../shared/training/analytics';
import type { SessionResults } from '../../../shared/training/results';
import type { Db } from '../db/connection';
import type { SessionStore } from './session-store';
import type { QuizStore } from './quiz-store';

/** A workshop's results, computed from its attempts each time they are asked for. */
export function createSessionResults(db: Db, sessions: SessionStore, quizzes: QuizStore) {
  return {
    of: (sessionId: string): SessionResults =>
      computeSessionResults(db, sessions, quizzes, sessionId),
  };
}

export type SessionResultsService = ReturnType<typeof createSessionResults>;

/** Pre/post knowledge gain, item analysis and the article view beside the target countries' checklists. */
function computeSessionResults(
  db: Db,
  sessions: SessionStore,
  quizzes: QuizStore,
  sessionId: string,
): SessionResults {
  const session = sessions.get(sessionId);
  const names = new Map(session.participants.map((p) => [p.id, p]));
  const questionCache = new Map<string, QuestionSource>();
  const question = (id: string) =>
    questionCache.get(id) ?? questionCache.set(id, quizzes.question(id)).get(id)!;

  /** The latest finished attempt of each participant at a quiz, as scores and scored responses. */
  function latest(quizId: string | null) {
    const scores = new Map<string, number>();
    const responses: ScoredResponse[] = [];
    if (!quizId) return { scores, responses };
    const attempts = db
      .prepare<[string, string], { id: string; person_id: string; score: number }>(
        `SELECT a.id, a.person_id, a.score FROM attempts a
         WHERE a.session_id = ? AND a.quiz_id = ? AND a.finished_at IS NOT NULL
           AND a.finished_at = (SELECT max(b.finished_at) FROM attempts b WHERE b.session_id = a.session_id AND b.quiz_id = a.quiz_id AND b.person_id = a.person_id)`,
      )
      .all(sessionId, quizId);
    const credits = db.prepare<[string], { question_id: string; credit: number }>(
      'SELECT question_id, credit FROM responses WHERE attempt_id = ?',
    );
    for (const a of attempts) {
      if (!names.has(a.person_id)) continue;
      scores.set(a.person_id, a.score);
      for (const r of credits.all(a.id))
        responses.push({
          participantId: a.person_id,
          questionId: r.question_id,
          articles: question(r.question_id).articles,
          credit: r.credit,
        });
    }
    return { scores, responses };
  }

  const pre = latest(session.preQuizId);
  const post = latest(session.postQuizId);
  const gains = participantGains(
    session.participants.map((p) => p.id),
    pre.scores,
    post.scores,
  );
  const articles = new Map(
    db
      .prepare<[], { number: number; title: string; chapter: string }>(
        'SELECT a.number, a.title, a.chapter FROM articles a JOIN packs p ON p.id = a.pack_id AND p.is_primary = 1',
      )
      .all()
      .map((a) => [a.number, a]),
  );
  const chapters = db
    .prepare<[], { number: string; title: string }>(
      'SELECT c.number, c.title FROM chapters c JOIN packs p ON p.id = c.pack_id AND p.is_primary = 1 ORDER BY c.ordinal',
    )
    .all();

  const targetChecklists = session.countries
    .map((country) =>
      db
        .prepare<[string], { id: string; title: string; date: string }>(
          'SELECT id, title, date FROM assessments WHERE country = ? ORDER BY date DESC, updated_at DESC LIMIT 1',
        )
        .get(country),
    )
    .map((a, i) =>
      a
        ? {
            country: session.countries[i]!,
            countryName: countryName(session.countries[i]!),
            assessmentId: a.id,
            title: a.title,
            date: a.date,
          }
        : null,
    )
    .filter((a) => a !== null);
  const checklistCounts = db.prepare<[string, number], { result: string; n: number }>(
    `SELECT i.result, count(*) AS n FROM assessment_items i JOIN provisions p ON p.id = i.provision_id
     WHERE i.assessment_id = ? AND p.article_number = ? GROUP BY i.result`,
  );

  const withChapter = (responses: ScoredResponse[]) =>
    responses.map((r) => ({
      ...r,
      articles: [...new Set(r.articles.map((n) => articles.get(n)?.chapter ?? '?'))].map((c) =>
        chapters.findIndex((ch) => ch.number === c),
      ),
    }));
  const chapterGains = articleGains(withChapter(pre.responses), withChapter(post.responses));

  const postQuestions = session.postQuizId ? quizzes.get(session.postQuizId).questionIds : [];
  const postByPerson = new Map<string, Map<string, number>>();
  for (const r of post.responses)
    postByPerson.set(
      r.participantId,
      (postByPerson.get(r.participantId) ?? new Map()).set(r.questionId, r.credit),
    );

  const items = (kind: 'pre' | 'post', responses: ScoredResponse[]) =>
    itemAnalysis(responses).map((s) => ({
      quiz: kind,
      ...s,
      prompt: question(s.questionId).prompt,
      articles: question(s.questionId).articles,
    }));

  return {
    sessionId,
    preQuizId: session.preQuizId,
    postQuizId: session.postQuizId,
    knowledgeGain: groupGain(gains),
    participants: gains.map((g) => ({
      ...g,
      name: names.get(g.participantId)!.name,
      country: names.get(g.participantId)!.country,
    })),
    byArticle: articleGains(pre.responses, post.responses).map((a) => ({
      ...a,
      title: articles.get(a.articleNumber)?.title ?? '',
      checklists: targetChecklists.map((c) => {
        const counts = Object.fromEntries(
          checklistCounts.all(c.assessmentId, a.articleNumber).map((r) => [r.result, r.n]),
        );
        return {
          country: c.country,
          gap: counts.gap ?? 0,
          partial: counts.partial ?? 0,
          implemented: counts.implemented ?? 0,
          notAssessed: counts['not-assessed'] ?? 0,
        };
      }),
    })),
    byChapter: chapterGains.map((c) => ({
      chapter: chapters[c.articleNumber]?.number ?? '?',
      title: chapters[c.articleNumber]?.title ?? '',
      pre: c.pre,
      post: c.post,
      gain: c.gain,
    })),
    items: [...items('pre', pre.responses), ...items('post', post.responses)],
    matrix: {
      questionIds: postQuestions,
      rows: session.participants
        .filter((p) => postByPerson.has(p.id))
        .map((p) => ({
          participantId: p.id,
          name: p.name,
          credits: postQuestions.map((q) => postByPerson.get(p.id)?.get(q) ?? null),
        })),
    },
    needHelp: gains
      .filter((g) => g.post !== null && (g.post < 50 || (g.gain !== null && g.gain <= 0)))
      .map((g) => ({
        participantId: g.participantId,
        name: names.get(g.participantId)!.name,
        post: g.post,
        gain: g.gain,
      })),
    targetChecklists,
  };
}

import { countryName } from '../../../shared/domain/countries';
import { createTranslatedTexts } from '../library/translated-texts';
import type { QuestionSource } from '../../../shared/content/pack';
import { matchedItems } from '../../../shared/content/parallel-forms';
import {
  articleGains,
  facilityByGroup,
  gainByGroup,
  groupGain,
  matchedItemGain,
  itemAnalysis,
  MIN_GROUP_SIZE,
  participantGains,
  type ScoredResponse,
} from '../../../shared/training/analytics';
import type { SessionResults } from '../../../shared/training/results';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/connection';
import type { SessionStore } from './session-store';
import type { QuizStore } from './quiz-store';

interface LatestRow {
  seq: number;
  person_id: string;
  score: number;
}
interface CreditRow {
  seq: number;
  question_id: string;
  credit: number;
}

/** A workshop's results, computed from its attempts each time they are asked for. */
export function createSessionResults(db: Db, sessions: SessionStore, quizzes: QuizStore) {
  // Each participant's latest finished attempt at a quiz, then the responses of the quiz's
  // finished attempts in one query (a join of the two was 2-3× slower: the latest-attempt test
  // ran per response row).
  const latestAttempts = db.prepare<[string, string], LatestRow>(
    `SELECT a.rowid AS seq, a.person_id, a.score FROM attempts a
     WHERE a.session_id = ? AND a.quiz_id = ? AND a.finished_at IS NOT NULL
       AND a.finished_at = (SELECT max(b.finished_at) FROM attempts b WHERE b.session_id = a.session_id AND b.quiz_id = a.quiz_id AND b.person_id = a.person_id)`,
  );
  const finishedCredits = db.prepare<[string, string], CreditRow>(
    `SELECT a.rowid AS seq, r.question_id, r.credit FROM attempts a
     JOIN responses r ON r.attempt_id = a.id
     WHERE a.session_id = ? AND a.quiz_id = ? AND a.finished_at IS NOT NULL
     ORDER BY a.rowid, r.question_id`,
  );
  const articles = db.prepare<[], { number: number; title: string; chapter: string }>(
    'SELECT a.number, a.title, a.chapter FROM articles a JOIN packs p ON p.id = a.pack_id AND p.is_primary = 1',
  );
  const chapters = db.prepare<[], { number: string; title: string }>(
    'SELECT c.number, c.title FROM chapters c JOIN packs p ON p.id = c.pack_id AND p.is_primary = 1 ORDER BY c.ordinal',
  );
  const latestChecklist = db.prepare<[string], { id: string; title: string; date: string }>(
    'SELECT id, title, date FROM assessments WHERE country = ? ORDER BY date DESC, updated_at DESC LIMIT 1',
  );
  const checklistCounts = db.prepare<
    [string],
    { article_number: number; result: string; n: number }
  >(
    `SELECT p.article_number, i.result, count(*) AS n
     FROM assessment_items i JOIN provisions p ON p.id = i.provision_id
     WHERE i.assessment_id = ? GROUP BY p.article_number, i.result`,
  );
  const statements = {
    latestAttempts,
    finishedCredits,
    articles,
    chapters,
    latestChecklist,
    checklistCounts,
  };
  const texts = createTranslatedTexts(db);
  const primary = db.prepare<[], string>('SELECT id FROM packs WHERE is_primary = 1').pluck();
  /** Article and chapter titles in a report's language, each falling back to the pack's own. */
  function titlesIn(language: string): Statements {
    const pack = primary.get();
    if (pack === undefined) return statements;
    const article = texts.of(pack, language, 'article');
    const chapter = texts.of(pack, language, 'chapter');
    return {
      ...statements,
      articles: {
        all: () =>
          articles.all().map((a) => ({ ...a, title: article(a.number).field('title') ?? a.title })),
      },
      chapters: {
        all: () =>
          chapters.all().map((c) => ({ ...c, title: chapter(c.number).field('title') ?? c.title })),
      },
    };
  }
  return {
    of: (sessionId: string, language?: string): SessionResults =>
      computeSessionResults(
        language ? titlesIn(language) : statements,
        sessions,
        quizzes,
        sessionId,
        language,
      ),
  };
}

export type SessionResultsService = ReturnType<typeof createSessionResults>;

interface Statements {
  latestAttempts: Statement<[string, string], LatestRow>;
  finishedCredits: Statement<[string, string], CreditRow>;
  articles: { all(): { number: number; title: string; chapter: string }[] };
  chapters: { all(): { number: string; title: string }[] };
  latestChecklist: Statement<[string], { id: string; title: string; date: string }>;
  checklistCounts: Statement<[string], { article_number: number; result: string; n: number }>;
}

/** Pre/post knowledge gain, item analysis and the article view beside the target countries' checklists. */
function computeSessionResults(
  sql: Statements,
  sessions: SessionStore,
  quizzes: QuizStore,
  sessionId: string,
  language?: string,
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
    const latestBySeq = new Map<number, string>();
    for (const a of sql.latestAttempts.all(sessionId, quizId)) {
      if (!names.has(a.person_id)) continue;
      scores.set(a.person_id, a.score);
      latestBySeq.set(a.seq, a.person_id);
    }
    for (const r of sql.finishedCredits.all(sessionId, quizId)) {
      const participantId = latestBySeq.get(r.seq);
      if (participantId === undefined) continue;
      responses.push({
        participantId,
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
  const articles = new Map(sql.articles.all().map((a) => [a.number, a]));
  const chapters = sql.chapters.all();

  // The target countries, then any other country a participant comes from: each participant is
  // read against their own country's law.
  const checklistCountries = [
    ...new Set([...session.countries, ...session.participants.map((p) => p.country)]),
  ].filter(Boolean);
  const targetChecklists = checklistCountries.flatMap((country) => {
    const a = sql.latestChecklist.get(country);
    return a
      ? [
          {
            country,
            countryName: countryName(country),
            assessmentId: a.id,
            title: a.title,
            date: a.date,
          },
        ]
      : [];
  });
  // Per checklist: article → result → items, from one grouped query each.
  const checklistCounts = new Map(
    targetChecklists.map((c) => {
      const byArticle = new Map<number, Record<string, number>>();
      for (const r of sql.checklistCounts.all(c.assessmentId))
        byArticle.set(r.article_number, { ...byArticle.get(r.article_number), [r.result]: r.n });
      return [c.assessmentId, byArticle];
    }),
  );

  /** Understanding per article of one country's participants, hidden for too few of them. */
  const countryGains = (country: string) => {
    const own = (responses: ScoredResponse[]) =>
      responses.filter((r) => names.get(r.participantId)?.country === country);
    const ownPre = own(pre.responses);
    const ownPost = own(post.responses);
    const enough = (responses: ScoredResponse[], article: number) =>
      new Set(responses.filter((r) => r.articles.includes(article)).map((r) => r.participantId))
        .size >= MIN_GROUP_SIZE;
    return new Map(
      articleGains(ownPre, ownPost).map((g) => {
        const before = enough(ownPre, g.articleNumber) ? g.pre : null;
        const after = enough(ownPost, g.articleNumber) ? g.post : null;
        const gain = before !== null && after !== null ? g.gain : null;
        return [g.articleNumber, { pre: before, post: after, gain }];
      }),
    );
  };
  const understandingByCountry = new Map(
    targetChecklists.map((c) => [c.country, countryGains(c.country)]),
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
  const preQuestions = session.preQuizId ? quizzes.get(session.preQuizId).questionIds : [];
  const pairs = matchedItems(preQuestions.map(question), postQuestions.map(question));
  const postByPerson = new Map<string, Map<string, number>>();
  for (const r of post.responses)
    postByPerson.set(
      r.participantId,
      (postByPerson.get(r.participantId) ?? new Map()).set(r.questionId, r.credit),
    );

  const countryOf = (id: string) => names.get(id)?.country || null;
  const genderOf = (id: string) => {
    const g = names.get(id)?.gender;
    return g && g !== 'undisclosed' ? g : null;
  };
  const items = (kind: 'pre' | 'post', responses: ScoredResponse[]) => {
    const byCountry = facilityByGroup(responses, countryOf);
    const byGender = facilityByGroup(responses, genderOf);
    const analysed = itemAnalysis(responses);
    // Prompts in the report's language (ids and scoring stay the base pack's).
    const prompts = new Map(
      quizzes
        .questionsById(
          analysed.map((s) => s.questionId),
          language,
        )
        .map((q) => [q.id, q.prompt]),
    );
    return analysed.map((s) => ({
      quiz: kind,
      ...s,
      prompt: prompts.get(s.questionId) ?? question(s.questionId).prompt,
      articles: question(s.questionId).articles,
      byCountry: byCountry.get(s.questionId) ?? [],
      byGender: byGender.get(s.questionId) ?? [],
    }));
  };

  return {
    sessionId,
    preQuizId: session.preQuizId,
    postQuizId: session.postQuizId,
    knowledgeGain: groupGain(gains),
    matchedGain: matchedItemGain(pairs, pre.responses, post.responses),
    byCountry: gainByGroup(gains, countryOf),
    byGender: gainByGroup(gains, genderOf),
    participants: gains.map((g) => ({
      ...g,
      name: names.get(g.participantId)!.name,
      country: names.get(g.participantId)!.country,
    })),
    byArticle: articleGains(pre.responses, post.responses).map((a) => ({
      ...a,
      title: articles.get(a.articleNumber)?.title ?? '',
      checklists: targetChecklists.map((c) => {
        const counts = checklistCounts.get(c.assessmentId)?.get(a.articleNumber) ?? {};
        const understanding = understandingByCountry.get(c.country)?.get(a.articleNumber);
        return {
          country: c.country,
          pre: understanding?.pre ?? null,
          post: understanding?.post ?? null,
          gain: understanding?.gain ?? null,
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

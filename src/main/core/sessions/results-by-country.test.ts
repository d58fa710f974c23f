import { describe, expect, it } from 'vitest';
import { callOk } from '../testing/fixtures';
import { workbenchForFile } from '../testing/file-workbench';
import { rightAnswer, wrongAnswer } from '../testing/answers';

const workbench = workbenchForFile();

describe('understanding by article, beside the law', () => {
  it('reads each participant against their own country’s checklist', async () => {
    // Viet Nam is the only target country; the Kenyan and Thai delegates come anyway.
    const { id: sessionId } = await callOk(workbench, 'sessions.create', {
      title: 'Two delegations',
      startDate: '2026-12-01',
      endDate: '2026-12-01',
      countries: ['VN'],
    });
    const session = await callOk(workbench, 'sessions.addParticipants', {
      sessionId,
      participants: [
        ...['Lan', 'Minh', 'Hoa'].map((name) => ({ name, organisation: 'MPS', country: 'VN' })),
        ...['Achieng', 'Otieno', 'Wanjiru'].map((name) => ({
          name,
          organisation: 'ODPP',
          country: 'KE',
        })),
        { name: 'Somchai', organisation: 'DSI', country: 'TH' },
      ],
    });
    const post = await callOk(workbench, 'quizzes.get', { id: 'uncc.quiz.post-test' });
    let article = 0;

    // Viet Nam's law has gaps on the article, Kenya's implements it, Thailand's is unassessed.
    const checklists: Record<string, string> = {};
    for (const [country, result] of [
      ['VN', 'gap'],
      ['KE', 'implemented'],
      ['TH', null],
    ] as const) {
      const { id } = await callOk(workbench, 'assessments.create', { country, title: country });
      checklists[country] = id;
      if (!result) continue;
      const { items } = await callOk(workbench, 'assessments.get', { id });
      // An article the post-test asks about that has provisions to check (not, say, definitions).
      article ||= post.questions
        .flatMap((q) => q.articles)
        .find((n) => items.some((i) => i.articleNumber === n))!;
      for (const item of items.filter((i) => i.articleNumber === article))
        await callOk(workbench, 'assessments.updateItem', {
          assessmentId: id,
          itemId: item.id,
          result,
        });
    }

    // Vietnamese delegates answer every post-test question right, the others every one wrong.
    for (const p of session.participants)
      await callOk(workbench, 'attempts.submit', {
        sessionId,
        participantId: p.id,
        quizId: post.id,
        responses: post.questions.map((q) => ({
          questionId: q.id,
          answer: p.country === 'VN' ? rightAnswer(q) : wrongAnswer(q),
        })),
      });

    const results = await callOk(workbench, 'sessions.results', { sessionId });
    expect(results.targetChecklists.map((c) => [c.country, c.assessmentId])).toEqual([
      ['VN', checklists.VN],
      ['KE', checklists.KE],
      ['TH', checklists.TH],
    ]);
    const row = results.byArticle.find((a) => a.articleNumber === article)!;
    // The room as a whole: three of seven right.
    expect(row.post).toBe(42.9);
    const byCountry = Object.fromEntries(row.checklists.map((c) => [c.country, c]));
    expect(byCountry.VN).toMatchObject({ pre: null, post: 100, implemented: 0 });
    expect(byCountry.VN!.gap).toBeGreaterThan(0);
    expect(byCountry.KE).toMatchObject({ pre: null, post: 0, gap: 0 });
    expect(byCountry.KE!.implemented).toBeGreaterThan(0);
    // One Thai delegate: his score is not shown beside his country's law.
    expect(byCountry.TH).toMatchObject({ pre: null, post: null, gain: null, gap: 0 });

    // Item analysis by country: every post-test item is 1.0 for Viet Nam and 0 for Kenya; the
    // lone Thai delegate is left out of every item's breakdown.
    const postItems = results.items.filter((i) => i.quiz === 'post');
    expect(postItems).toHaveLength(post.questions.length);
    for (const item of postItems)
      expect(item.byCountry).toEqual([
        { key: 'KE', n: 3, facility: 0 },
        { key: 'VN', n: 3, facility: 1 },
      ]);
  });
});

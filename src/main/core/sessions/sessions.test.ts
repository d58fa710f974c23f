import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Workbench } from '../workbench';
import { callOk, reopenableDataDir, tempDir } from '../testing/fixtures';
import { toCsv } from '../../../shared/content/csv';
import { rightAnswer, wrongAnswer } from '../testing/answers';

const data = reopenableDataDir();
/** Where the export tests write their files. */
const out = tempDir();
let workbench: Workbench;

beforeAll(async () => {
  workbench = await data.open();
});
afterAll(() => {
  data.cleanup();
  out.cleanup();
});

/** The right answer to a question, in the shape attempts take. */

describe('workshops', () => {
  let sessionId: string;
  let people: { id: string; name: string }[];

  it('creates a workshop with its days and the bundled pre/post tests', async () => {
    ({ id: sessionId } = await callOk(workbench, 'sessions.create', {
      title: 'Hanoi workshop',
      startDate: '2026-12-01',
      endDate: '2026-12-02',
      countries: ['VN'],
    }));
    const session = await callOk(workbench, 'sessions.get', { id: sessionId });
    expect(session).toMatchObject({
      title: 'Hanoi workshop',
      days: ['2026-12-01', '2026-12-02'],
      preQuizId: 'uncc.quiz.pre-test',
      postQuizId: 'uncc.quiz.post-test',
      participants: [],
    });
    const bad = await workbench.dispatch('sessions.create', {
      title: 'x',
      startDate: '2026-12-05',
      endDate: '2026-12-01',
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('endDate') },
    });
  });

  it('registers participants, refusing a bad entry by position and field', async () => {
    const bad = await workbench.dispatch('sessions.addParticipants', {
      sessionId,
      participants: [
        { name: 'Lan', organisation: 'MPS', country: 'VN' },
        { name: 'Bad', organisation: 'X', country: 'Vietnam' },
      ],
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('participants.1.country') },
    });
    const unknown = await workbench.dispatch('sessions.addParticipants', {
      sessionId,
      participants: [{ name: 'Who', organisation: 'X', country: 'XX' }],
    });
    expect(unknown).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('participants.0.country') },
    });
    const email = await workbench.dispatch('sessions.addParticipants', {
      sessionId,
      participants: [{ name: 'E', organisation: 'X', country: 'VN', email: 'not-an-email' }],
    });
    expect(email).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('participants.0.email') },
    });
    expect((await callOk(workbench, 'sessions.get', { id: sessionId })).participants).toEqual([]);

    const added = await callOk(workbench, 'sessions.addParticipants', {
      sessionId,
      participants: [
        {
          name: 'Nguyễn Thị Lan',
          organisation: 'Ministry of Public Security',
          country: 'VN',
          role: 'Investigator',
          gender: 'female',
          email: 'lan@example.org',
        },
        {
          name: 'Trần Văn Minh',
          organisation: 'Supreme People’s Procuracy',
          country: 'VN',
          role: 'Prosecutor',
          gender: 'male',
        },
      ],
    });
    expect(added).toMatchObject({ added: 2, matched: 0 });
    people = (await callOk(workbench, 'sessions.get', { id: sessionId })).participants;
    expect(people.map((p) => p.name)).toEqual(['Nguyễn Thị Lan', 'Trần Văn Minh']);
  });

  it('recognises the same person in a later workshop, and merges duplicates', async () => {
    const { id: later } = await callOk(workbench, 'sessions.create', {
      title: 'Follow-up',
      startDate: '2027-03-01',
      endDate: '2027-03-01',
    });
    const again = await callOk(workbench, 'sessions.addParticipants', {
      sessionId: later,
      participants: [
        { name: 'nguyen thi lan', organisation: 'MPS', country: 'VN' },
        { name: 'T. V. Minh', organisation: 'SPP', country: 'VN' },
      ],
    });
    expect(again).toMatchObject({ added: 1, matched: 1 });
    expect(again.participants.find((p) => p.name === 'Nguyễn Thị Lan')?.id).toBe(people[0]!.id);
    const minh2 = again.participants.find((p) => p.name === 'T. V. Minh')!;
    await callOk(workbench, 'people.merge', { keepId: people[1]!.id, mergeId: minh2.id });
    expect(
      (await callOk(workbench, 'sessions.get', { id: later })).participants.map((p) => p.id).sort(),
    ).toEqual([people[0]!.id, people[1]!.id].sort());
  });

  it('previews a register sheet row by row and imports only after confirmation', async () => {
    const csv = toCsv([
      ['Name', 'Organisation', 'Country', 'Role', 'Gender', 'E-mail'],
      ['Amina Yusuf', 'Office of the AG', 'Kenya', 'Drafter', 'female', 'amina@example.org'],
      ['No Country', 'X', '', '', '', ''],
      ['Bad Mail', 'X', 'KE', '', '', 'bad@'],
      ['Amina Yusuf', 'Office of the AG', 'KE', '', '', ''],
      ['Trần Văn Minh', 'SPP', 'VN', '', 'male', ''],
    ]);
    const file = { fileName: 'register.csv', contentBase64: Buffer.from(csv).toString('base64') };
    const preview = await callOk(workbench, 'sessions.previewRegister', { sessionId, file });
    expect(preview.rows.map((r) => [r.row, r.problems.map((p) => p.column)])).toEqual([
      [2, []],
      [3, ['country']],
      [4, ['email']],
      [5, ['name']],
      [6, []],
    ]);
    expect(preview.rows[4]!.matchesPersonId).toBe(people[1]!.id);
    expect((await callOk(workbench, 'sessions.get', { id: sessionId })).participants).toHaveLength(
      2,
    );
    const imported = await callOk(workbench, 'sessions.importRegister', { sessionId, file });
    expect(imported).toEqual({ added: 1, matched: 1, skipped: [3, 4, 5] });
    expect((await callOk(workbench, 'sessions.get', { id: sessionId })).participants).toHaveLength(
      3,
    );
  }, 120_000);

  it('takes attendance per day and keeps the agenda in order', async () => {
    await callOk(workbench, 'sessions.setAttendance', {
      sessionId,
      marks: [
        { personId: people[0]!.id, day: '2026-12-01', state: 'present' },
        { personId: people[1]!.id, day: '2026-12-01', state: 'partly' },
      ],
    });
    await callOk(workbench, 'sessions.setAttendance', {
      sessionId,
      marks: [{ personId: people[1]!.id, day: '2026-12-01', state: 'present' }],
    });
    const outside = await workbench.dispatch('sessions.setAttendance', {
      sessionId,
      marks: [{ personId: people[0]!.id, day: '2026-12-09', state: 'present' }],
    });
    expect(outside).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('not a day of this workshop') },
    });
    await callOk(workbench, 'sessions.setAgenda', {
      sessionId,
      items: [
        { kind: 'quiz', ref: 'uncc.quiz.pre-test', title: 'Pre-test', startTime: '09:00' },
        { kind: 'article', ref: '7', title: 'Illegal access' },
        { kind: 'break', title: 'Coffee', minutes: 15 },
      ],
    });
    const session = await callOk(workbench, 'sessions.get', { id: sessionId });
    expect(session.attendance).toEqual(
      expect.arrayContaining([{ personId: people[1]!.id, day: '2026-12-01', state: 'present' }]),
    );
    expect(session.agenda.map((a) => a.title)).toEqual(['Pre-test', 'Illegal access', 'Coffee']);
  });

  it('scores pre- and post-tests and computes the knowledge gain', async () => {
    const pre = await callOk(workbench, 'quizzes.get', { id: 'uncc.quiz.pre-test' });
    const post = await callOk(workbench, 'quizzes.get', { id: 'uncc.quiz.post-test' });
    const answers = (quiz: typeof pre, right: number) =>
      quiz.questions.map((q, i) => ({
        questionId: q.id,
        answer: i < right ? rightAnswer(q) : wrongAnswer(q),
      }));
    // Lan: 8/20 → 16/20 (40 → 80); Minh: 10/20 → 10/20 (50 → 50).
    expect(
      await callOk(workbench, 'attempts.submit', {
        sessionId,
        participantId: people[0]!.id,
        quizId: pre.id,
        responses: answers(pre, 8),
      }),
    ).toMatchObject({ score: 40 });
    expect(
      await callOk(workbench, 'attempts.submit', {
        sessionId,
        participantId: people[1]!.id,
        quizId: pre.id,
        responses: answers(pre, 10),
      }),
    ).toMatchObject({ score: 50 });
    await callOk(workbench, 'attempts.submit', {
      sessionId,
      participantId: people[0]!.id,
      quizId: post.id,
      responses: answers(post, 16),
    });
    await callOk(workbench, 'attempts.submit', {
      sessionId,
      participantId: people[1]!.id,
      quizId: post.id,
      responses: answers(post, 10),
    });
    const results = await callOk(workbench, 'sessions.results', { sessionId });
    expect(results.knowledgeGain).toEqual({
      participantsWithBoth: 2,
      meanPre: 45,
      meanPost: 65,
      meanGain: 20,
      medianGain: 20,
      shareImproved: 0.5,
      normalisedGain: 0.364,
    });
    expect(results.participants.find((p) => p.participantId === people[0]!.id)).toMatchObject({
      pre: 40,
      post: 80,
      gain: 40,
      normalisedGain: 0.667,
    });
    // The bundled forms are parallel item by item, so the matched gain is the whole-test gain.
    expect(results.matchedGain).toEqual({ ...results.knowledgeGain, items: 20 });
    // Two people make no group that can be shown without showing a person.
    expect(results.byCountry).toEqual({ groups: [], hiddenParticipants: 2 });
    expect(results.needHelp.map((p) => p.name)).toEqual(['Trần Văn Minh']);
    expect(results.matrix.rows).toHaveLength(2);
    expect(results.byArticle.length).toBeGreaterThan(5);
    expect(results.items.filter((i) => i.quiz === 'post')).toHaveLength(20);
  });

  it('refuses an answer that does not fit its question, and one for a person not registered', async () => {
    const quiz = await callOk(workbench, 'quizzes.get', { id: 'uncc.quiz.warm-up' });
    const q = quiz.questions.find((x) => x.type === 'single' || x.type === 'true-false')!;
    const bad = await workbench.dispatch('attempts.submit', {
      sessionId,
      participantId: people[0]!.id,
      quizId: quiz.id,
      responses: [{ questionId: q.id, answer: 'zz' }],
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('no option zz') },
    });
    const stranger = await workbench.dispatch('attempts.submit', {
      sessionId,
      participantId: 'someone-else',
      quizId: quiz.id,
      responses: [],
    });
    expect(stranger).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('not on this workshop') },
    });
  });

  it('saves an attempt answer by answer, so closing the app mid-quiz loses nothing', async () => {
    const quiz = await callOk(workbench, 'quizzes.get', { id: 'uncc.quiz.warm-up' });
    const attempt = await callOk(workbench, 'attempts.start', {
      sessionId,
      participantId: people[0]!.id,
      quizId: quiz.id,
    });
    await callOk(workbench, 'attempts.answer', {
      attemptId: attempt.id,
      questionId: quiz.questions[0]!.id,
      answer: rightAnswer(quiz.questions[0]!),
    });
    workbench.close();
    workbench = await data.open();
    const resumed = await callOk(workbench, 'attempts.get', { attemptId: attempt.id });
    expect(resumed.responses).toEqual([
      expect.objectContaining({ questionId: quiz.questions[0]!.id, credit: 1 }),
    ]);
    expect(resumed.finishedAt).toBeNull();
    expect(await callOk(workbench, 'attempts.finish', { attemptId: attempt.id })).toEqual({
      score: 10,
    });
  });

  it('shows each attempt its own option order, stored with the attempt', async () => {
    const bank = await callOk(workbench, 'questions.list', { type: 'single', limit: 20 });
    const { id: quizId } = await callOk(workbench, 'quizzes.create', {
      title: 'Twenty single-answer questions',
      questionIds: bank.map((q) => q.id),
    });
    const start = () =>
      callOk(workbench, 'attempts.start', { sessionId, participantId: people[0]!.id, quizId });
    const [first, second] = [await start(), await start()];
    for (const q of bank) {
      expect([...first.optionOrder[q.id]!].sort()).toEqual(q.options.map((o) => o.id).sort());
    }
    // 20 questions of 3+ options: the chance two attempts match everywhere is below 1 in 6^20.
    expect(first.optionOrder).not.toEqual(second.optionOrder);
    expect(
      bank.some((q) => first.optionOrder[q.id]!.join() !== q.options.map((o) => o.id).join()),
    ).toBe(true);
    workbench.close();
    workbench = await data.open();
    expect((await callOk(workbench, 'attempts.get', { attemptId: first.id })).optionOrder).toEqual(
      first.optionOrder,
    );
  });

  it('builds a custom quiz from the bank and lists it', async () => {
    const questions = await callOk(workbench, 'questions.list', {
      chapter: 'II',
      type: 'true-false',
      limit: 5,
    });
    const { id } = await callOk(workbench, 'quizzes.create', {
      title: 'Chapter II true or false',
      questionIds: questions.map((q) => q.id),
      shuffleQuestions: true,
    });
    expect((await callOk(workbench, 'quizzes.list', {})).find((q) => q.id === id)).toMatchObject({
      title: 'Chapter II true or false',
      questionCount: 5,
    });
    const attempt = await callOk(workbench, 'attempts.start', {
      sessionId,
      participantId: people[0]!.id,
      quizId: id,
    });
    expect([...attempt.questionIds].sort()).toEqual(questions.map((q) => q.id).sort());
    // True comes before false in every attempt.
    for (const q of questions) {
      expect(attempt.optionOrder[q.id]).toEqual(q.options.map((o) => o.id));
    }
  });
});

describe('session outputs through the API', () => {
  let sessionId: string;
  let ids: string[];

  beforeAll(async () => {
    ({ id: sessionId } = await callOk(workbench, 'sessions.create', {
      title: 'Nairobi workshop',
      startDate: '2026-12-07',
      endDate: '2026-12-07',
      countries: ['KE'],
    }));
    const added = await callOk(workbench, 'sessions.addParticipants', {
      sessionId,
      participants: [
        { name: 'فاطمة الزهراء', organisation: 'Ministry of Justice', country: 'EG' },
        { name: '王芳', organisation: 'Procuratorate', country: 'CN' },
      ],
    });
    ids = added.participants.map((p) => p.id);
    await callOk(workbench, 'sessions.setAttendance', {
      sessionId,
      marks: ids.map((personId) => ({ personId, day: '2026-12-07', state: 'present' as const })),
    });
    const post = await callOk(workbench, 'quizzes.get', { id: 'uncc.quiz.post-test' });
    await callOk(workbench, 'attempts.submit', {
      sessionId,
      participantId: ids[0]!,
      quizId: post.id,
      responses: post.questions.map((q) => ({ questionId: q.id, answer: rightAnswer(q) })),
    });
    await callOk(workbench, 'attempts.submit', {
      sessionId,
      participantId: ids[1]!,
      quizId: post.id,
      responses: post.questions.map((q) => ({ questionId: q.id, answer: wrongAnswer(q) })),
    });
  });

  it.each(['pdf', 'docx', 'xlsx', 'csv'] as const)(
    'exports the session report as %s',
    async (format) => {
      const path = `${out.dir}/session.${format}`;
      const written = await callOk(workbench, 'reports.exportSession', { sessionId, format, path });
      expect(written).toMatchObject({ path, bytes: expect.any(Number) });
      expect(written.bytes).toBeGreaterThan(format === 'csv' ? 100 : 1000);
      if (format === 'csv') expect(readFileSync(path, 'utf8')).toContain('فاطمة الزهراء');
    },
    60_000,
  );

  it('issues certificates to who meets the criteria, with codes that verify', async () => {
    const eligibility = await callOk(workbench, 'certificates.eligibility', {
      sessionId,
      criteria: { minPostScore: 60 },
    });
    expect(eligibility.eligible.map((e) => e.name)).toEqual(['فاطمة الزهراء']);
    expect(eligibility.ineligible[0]).toMatchObject({
      name: '王芳',
      reasons: [expect.stringContaining('60')],
    });
    const result = await callOk(workbench, 'certificates.export', {
      sessionId,
      path: `${out.dir}/certificates.pdf`,
      criteria: { minPostScore: 60 },
    });
    expect(result).toMatchObject({ certificates: 1, skipped: [{ name: '王芳' }] });
    // The code printed on the certificate identifies the workshop and the participant.
    const text = execFileSync('pdftotext', [`${out.dir}/certificates.pdf`, '-'], {
      encoding: 'utf8',
    });
    const code = /\b[0-9A-Z]{5}-[0-9A-Z]{5}\b/.exec(text)?.[0];
    expect(code).toBeDefined();
    expect(await callOk(workbench, 'certificates.verify', { code: code! })).toMatchObject({
      sessionId,
      participantId: ids[0],
      name: 'فاطمة الزهراء',
      sessionTitle: 'Nairobi workshop',
    });
    expect(
      await callOk(workbench, 'certificates.verify', { code: code!.toLowerCase() }),
    ).toMatchObject({ participantId: ids[0] });
    expect(await callOk(workbench, 'certificates.verify', { code: 'ZZZZZ-ZZZZZ' })).toBeNull();
  }, 60_000);
});

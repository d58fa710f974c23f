import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE_NAME, type Workbench } from '../workbench';
import { callOk, reopenableDataDir } from '../testing/fixtures';
import type { QuestionSource } from '../../../shared/content/pack';
import { countryName } from '../../../shared/domain/countries';
import type { Answer } from '../../../shared/training/scoring';

const data = reopenableDataDir();
let workbench: Workbench;

beforeAll(async () => {
  workbench = await data.open();
});
afterAll(() => data.cleanup());

const firstAnswer = (q: QuestionSource): Answer =>
  q.type === 'matching'
    ? Object.fromEntries(q.pairs.map((p) => [p.left, p.right]))
    : q.type === 'multiple'
      ? [q.options[0]!.id]
      : q.options[0]!.id;

/** Rows a workshop owns in the live tables, counted straight from the SQLite file. */
function rowsOfWorkshop(sessionId: string): Record<string, number> {
  const db = new Database(join(data.dir, DATABASE_FILE_NAME), { readonly: true });
  try {
    const count = (sql: string) => db.prepare(sql).pluck().get(sessionId) as number;
    return {
      sessions: count('SELECT count(*) FROM sessions WHERE id = ?'),
      register: count('SELECT count(*) FROM session_participants WHERE session_id = ?'),
      attendance: count('SELECT count(*) FROM attendance WHERE session_id = ?'),
      agenda: count('SELECT count(*) FROM agenda_items WHERE session_id = ?'),
      attempts: count('SELECT count(*) FROM attempts WHERE session_id = ?'),
      responses: count(
        'SELECT count(*) FROM responses WHERE attempt_id IN (SELECT id FROM attempts WHERE session_id = ?)',
      ),
    };
  } finally {
    db.close();
  }
}

async function errorOf(method: Parameters<Workbench['dispatch']>[0], input: unknown) {
  const answer = await workbench.dispatch(method, input as never);
  if (answer.ok) throw new Error(`${method} succeeded`);
  return answer.error;
}

describe('the trash', () => {
  let sessionId: string;
  let people: { id: string; name: string }[];

  it('sets up a workshop with a register, attendance, agenda and a finished pre-test', async () => {
    ({ id: sessionId } = await callOk(workbench, 'sessions.create', {
      title: 'Nairobi workshop',
      startDate: '2026-12-01',
      endDate: '2026-12-02',
      countries: ['KE'],
    }));
    ({ participants: people } = await callOk(workbench, 'sessions.addParticipants', {
      sessionId,
      participants: [
        { name: 'Achieng Otieno', country: 'KE', email: 'achieng@example.org' },
        { name: 'Brian Kamau', country: 'KE' },
      ],
    }));
    await callOk(workbench, 'sessions.setAttendance', {
      sessionId,
      marks: people.map((p) => ({ personId: p.id, day: '2026-12-01', state: 'present' })),
    });
    await callOk(workbench, 'sessions.setAgenda', {
      sessionId,
      items: [{ kind: 'article', ref: '7', title: 'Illegal access' }],
    });
    const pre = await callOk(workbench, 'quizzes.get', { id: 'uncc.quiz.pre-test' });
    for (const person of people)
      await callOk(workbench, 'attempts.submit', {
        sessionId,
        participantId: person.id,
        quizId: pre.id,
        responses: pre.questions.map((q) => ({ questionId: q.id, answer: firstAnswer(q) })),
      });
    expect(rowsOfWorkshop(sessionId)).toMatchObject({ register: 2, attendance: 2, attempts: 2 });
  });

  it('deletes a workshop into the trash and restores all of it', async () => {
    const before = await callOk(workbench, 'sessions.get', { id: sessionId });
    const resultsBefore = await callOk(workbench, 'sessions.results', { sessionId });
    const rowsBefore = rowsOfWorkshop(sessionId);
    expect(rowsBefore.responses).toBeGreaterThan(10);

    const { trashId } = await callOk(workbench, 'sessions.delete', { id: sessionId });
    // Gone from every live table, so lists, results and reports cannot see it.
    expect(Object.values(rowsOfWorkshop(sessionId))).toEqual([0, 0, 0, 0, 0, 0]);
    const list = await callOk(workbench, 'sessions.list', {});
    expect(list.map((s) => s.id)).not.toContain(sessionId);
    expect((await errorOf('sessions.get', { id: sessionId })).code).toBe('NOT_FOUND');
    expect((await errorOf('sessions.results', { sessionId })).code).toBe('NOT_FOUND');

    const trash = await callOk(workbench, 'trash.list', {});
    const entry = trash.find((t) => t.id === trashId)!;
    expect(entry).toMatchObject({
      kind: 'workshop',
      refId: sessionId,
      title: 'Nairobi workshop',
      detail: '2026-12-01 · 2 participants',
    });
    expect(Date.parse(entry.purgeAfter) - Date.parse(entry.deletedAt)).toBe(30 * 86_400_000);

    await callOk(workbench, 'trash.restore', { id: trashId });
    expect(rowsOfWorkshop(sessionId)).toEqual(rowsBefore);
    expect(await callOk(workbench, 'sessions.get', { id: sessionId })).toEqual(before);
    expect(await callOk(workbench, 'sessions.results', { sessionId })).toEqual(resultsBefore);
    expect((await callOk(workbench, 'trash.list', {})).map((t) => t.id)).not.toContain(trashId);
  });

  it('removes a participant with attempts into the trash, and brings them back', async () => {
    const [achieng] = people;
    const resultsBefore = await callOk(workbench, 'sessions.results', { sessionId });
    const { trashId } = await callOk(workbench, 'sessions.removeParticipant', {
      sessionId,
      participantId: achieng!.id,
    });
    expect(trashId).toBeTruthy();
    const session = await callOk(workbench, 'sessions.get', { id: sessionId });
    expect(session.participants.map((p) => p.name)).toEqual(['Brian Kamau']);
    expect(rowsOfWorkshop(sessionId)).toMatchObject({ register: 1, attendance: 1, attempts: 1 });
    const entry = (await callOk(workbench, 'trash.list', {})).find((t) => t.id === trashId);
    expect(entry).toMatchObject({ kind: 'participant', title: 'Achieng Otieno' });

    await callOk(workbench, 'trash.restore', { id: trashId! });
    expect(await callOk(workbench, 'sessions.results', { sessionId })).toEqual(resultsBefore);
  });

  it('refuses to restore a participant whose workshop is itself in the trash', async () => {
    const { trashId: personTrash } = await callOk(workbench, 'sessions.removeParticipant', {
      sessionId,
      participantId: people[1]!.id,
    });
    const { trashId: workshopTrash } = await callOk(workbench, 'sessions.delete', {
      id: sessionId,
    });
    const refused = await errorOf('trash.restore', { id: personTrash });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('Nairobi workshop');
    await callOk(workbench, 'trash.restore', { id: workshopTrash });
    await callOk(workbench, 'trash.restore', { id: personTrash! });
    expect(rowsOfWorkshop(sessionId)).toMatchObject({ register: 2, attempts: 2 });
  });

  it('restores a removed participant as the person they were merged into meanwhile', async () => {
    const [achieng] = people;
    const { trashId } = await callOk(workbench, 'sessions.removeParticipant', {
      sessionId,
      participantId: achieng!.id,
    });
    // While Achieng's registration is in the trash, her record is merged into a duplicate
    // made for another workshop.
    const { id: other } = await callOk(workbench, 'sessions.create', {
      title: 'Mombasa follow-up',
      startDate: '2026-12-10',
      endDate: '2026-12-10',
    });
    const { participants } = await callOk(workbench, 'sessions.addParticipants', {
      sessionId: other,
      participants: [{ name: 'Achieng A. Otieno', country: 'KE' }],
    });
    const duplicate = participants[0]!.id;
    await callOk(workbench, 'people.merge', { keepId: duplicate, mergeId: achieng!.id });

    await callOk(workbench, 'trash.restore', { id: trashId! });
    const session = await callOk(workbench, 'sessions.get', { id: sessionId });
    expect(session.participants.map((p) => [p.id, p.name])).toContainEqual([
      duplicate,
      'Achieng A. Otieno',
    ]);
    expect(session.participants.map((p) => p.id)).not.toContain(achieng!.id);
    const results = await callOk(workbench, 'sessions.results', { sessionId });
    expect(results.participants.find((p) => p.participantId === duplicate)?.pre).not.toBeNull();
    expect(rowsOfWorkshop(sessionId)).toMatchObject({ register: 2, attendance: 2, attempts: 2 });
    people = session.participants.map((p) => ({ id: p.id, name: p.name }));
  });

  it('deletes a checklist with its history, out of lists and the heat map, and restores it', async () => {
    const { id } = await callOk(workbench, 'assessments.create', {
      country: 'KE',
      title: 'Kenya 2026',
      chapters: ['II'],
    });
    const { id: cloneId } = await callOk(workbench, 'assessments.clone', {
      id,
      title: 'Kenya 2027',
    });
    const checklist = await callOk(workbench, 'assessments.get', { id });
    const item = checklist.items[0]!;
    await callOk(workbench, 'assessments.updateItem', {
      assessmentId: id,
      itemId: item.id,
      result: 'gap',
      evidence: 'No offence of illegal interception in the penal code',
    });
    const before = await callOk(workbench, 'assessments.get', { id });
    const history = await callOk(workbench, 'assessments.history', { assessmentId: id });
    expect(history.length).toBeGreaterThan(0);

    const { trashId } = await callOk(workbench, 'assessments.delete', { id });
    const listed = await callOk(workbench, 'assessments.list', {});
    expect(listed.map((a) => a.id)).not.toContain(id);
    expect(listed.map((a) => a.id)).toContain(cloneId);
    const heatmap = await callOk(workbench, 'assessments.heatmap', {});
    expect(heatmap.rows.map((r) => r.assessmentId)).not.toContain(id);
    expect((await errorOf('assessments.get', { id })).code).toBe('NOT_FOUND');

    await callOk(workbench, 'trash.restore', { id: trashId });
    expect(await callOk(workbench, 'assessments.get', { id })).toEqual(before);
    expect(await callOk(workbench, 'assessments.history', { assessmentId: id })).toEqual(history);
    const found = await callOk(workbench, 'assessments.searchNotes', {
      assessmentId: id,
      query: 'interception',
    });
    expect(found.itemIds).toEqual([item.id]);
    const db = new Database(join(data.dir, DATABASE_FILE_NAME), { readonly: true });
    const link = db
      .prepare('SELECT cloned_from FROM assessments WHERE id = ?')
      .pluck()
      .get(cloneId);
    db.close();
    expect(link).toBe(id);
  });

  it('purges an entry for good, on request and after 30 days when the app opens', async () => {
    const { id: doomed } = await callOk(workbench, 'sessions.create', {
      title: 'Dry run',
      startDate: '2026-11-01',
      endDate: '2026-11-01',
    });
    const { id: old } = await callOk(workbench, 'sessions.create', {
      title: 'Last year',
      startDate: '2025-11-01',
      endDate: '2025-11-01',
    });
    const { trashId: doomedTrash } = await callOk(workbench, 'sessions.delete', { id: doomed });
    const { trashId: oldTrash } = await callOk(workbench, 'sessions.delete', { id: old });
    await callOk(workbench, 'trash.purge', { id: doomedTrash });
    expect((await errorOf('trash.restore', { id: doomedTrash })).code).toBe('NOT_FOUND');

    workbench.close();
    const db = new Database(join(data.dir, DATABASE_FILE_NAME));
    const aged = new Date(Date.now() - 31 * 86_400_000).toISOString();
    db.prepare('UPDATE trash SET deleted_at = ? WHERE id = ?').run(aged, oldTrash);
    db.close();
    workbench = await data.open();
    const left = (await callOk(workbench, 'trash.list', {})).map((t) => t.id);
    expect(left).not.toContain(oldTrash);
    expect((await callOk(workbench, 'sessions.list', {})).map((s) => s.id)).toContain(sessionId);
  });
});

describe('editing a participant', () => {
  it('changes the register details and names the field of a bad value', async () => {
    const { id: sessionId } = await callOk(workbench, 'sessions.create', {
      title: 'Edit test',
      startDate: '2026-12-03',
      endDate: '2026-12-03',
    });
    const {
      participants: [person],
    } = await callOk(workbench, 'sessions.addParticipants', {
      sessionId,
      participants: [{ name: 'Nguyen Lan', country: 'VN', email: 'lan@example.org' }],
    });
    const edited = await callOk(workbench, 'people.update', {
      id: person!.id,
      fields: { name: 'Nguyễn Thị Lan', organisation: 'Ministry of Public Security', email: null },
    });
    expect(edited).toMatchObject({
      name: 'Nguyễn Thị Lan',
      organisation: 'Ministry of Public Security',
      email: null,
      country: 'VN',
      countryName: countryName('VN'),
    });
    const session = await callOk(workbench, 'sessions.get', { id: sessionId });
    expect(session.participants[0]).toEqual(edited);

    const badEmail = await errorOf('people.update', {
      id: person!.id,
      fields: { email: 'not an address' },
    });
    expect(badEmail.code).toBe('VALIDATION');
    expect(badEmail.message).toMatch(/email/);
    const noName = await errorOf('people.update', { id: person!.id, fields: { name: ' ' } });
    expect(noName.message).toMatch(/name/);
    const badCountry = await errorOf('people.update', {
      id: person!.id,
      fields: { country: 'XX' },
    });
    expect(badCountry.message).toMatch(/country/);
    expect((await errorOf('people.update', { id: 'nobody', fields: {} })).code).toBe('NOT_FOUND');
    const unchanged = await callOk(workbench, 'sessions.get', { id: sessionId });
    expect(unchanged.participants[0]).toEqual(edited);
  });
});

import type { DomainHandlers } from '../api/dispatch';
import { checkInputFile } from '../files/input-file';
import type { CoreContext } from '../services';

/** The services these handlers use: made before each call (services.ts). */
export const sessionsNeeds = [
  'sessions',
  'quizzes',
  'attempts',
  'results',
  'packs',
  'jobs',
  'trash',
] as const;

export function sessionsHandlers({
  ready,
}: CoreContext<(typeof sessionsNeeds)[number]>): DomainHandlers<
  'sessions' | 'people' | 'quizzes' | 'attempts'
> {
  return {
    'quizzes.list': ({ language }) => [
      ...ready().packs.quizzes(language),
      ...ready().quizzes.customSummaries(),
    ],
    'quizzes.get': ({ id, language }) => {
      const { quizzes } = ready();
      const quiz = quizzes.get(id);
      return {
        ...quizzes.inLanguage(quiz, language),
        questions: quizzes.questions(quiz, language),
      };
    },
    'quizzes.create': (input) => ({ id: ready().quizzes.create(input) }),
    'sessions.create': (fields) => ({ id: ready().sessions.create(fields) }),
    'sessions.list': () => ready().sessions.list(),
    'sessions.get': ({ id }) => ready().sessions.get(id),
    'sessions.update': ({ id, fields }) => {
      ready().sessions.update(id, fields);
      return ready().sessions.get(id);
    },
    'sessions.addParticipants': ({ sessionId, participants }) =>
      ready().sessions.addParticipants(sessionId, participants),
    'sessions.delete': ({ id }) => ({ trashId: ready().trash.deleteWorkshop(id) }),
    'sessions.removeParticipant': ({ sessionId, participantId }) => ({
      removed: true,
      trashId: ready().trash.removeParticipant(sessionId, participantId),
    }),
    // The sheet is checked here first (a folder or oversized file starts no worker), then read
    // and written in a job worker (jobs/job-kinds.ts) with its progress.
    'sessions.previewRegister': (input) => {
      checkInputFile(input.file, 'register');
      return ready().jobs.run('register-preview', input);
    },
    'sessions.importRegister': (input) => {
      checkInputFile(input.file, 'register');
      return ready().jobs.run('register-import', input);
    },
    'sessions.setAttendance': ({ sessionId, marks }) => {
      ready().sessions.setAttendance(sessionId, marks);
      return { saved: marks.length };
    },
    'sessions.setAgenda': ({ sessionId, items }) => {
      ready().sessions.setAgenda(sessionId, items);
      return { saved: items.length };
    },
    'sessions.results': ({ sessionId }) => ready().results.of(sessionId),
    'people.update': ({ id, fields }) => ready().sessions.updatePerson(id, fields),
    'people.duplicates': () => ready().sessions.duplicates(),
    'people.merge': ({ keepId, mergeId }) => {
      ready().sessions.merge(keepId, mergeId);
      return { merged: true };
    },
    'attempts.start': ({ sessionId, participantId, quizId }) =>
      ready().attempts.start(sessionId, participantId, quizId),
    'attempts.answer': ({ attemptId, questionId, answer }) =>
      ready().attempts.answer(attemptId, { questionId, answer }),
    'attempts.finish': ({ attemptId }) => ready().attempts.finish(attemptId),
    'attempts.submit': ({ sessionId, participantId, quizId, responses }) =>
      ready().attempts.submit(sessionId, participantId, quizId, responses),
    'attempts.get': ({ attemptId }) => ready().attempts.get(attemptId),
  };
}

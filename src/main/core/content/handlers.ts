import type { DomainHandlers } from '../api/dispatch';
import type { CoreContext } from '../services';
import { checkInputFile } from '../files/input-file';

/** The services these handlers use: made before each call (services.ts). */
export const packsNeeds = ['packs', 'jobs'] as const;

export function packsHandlers({
  ready,
}: CoreContext<(typeof packsNeeds)[number]>): DomainHandlers<'packs' | 'questions'> {
  return {
    'packs.list': () => ready().packs.list(),
    // The file is checked here first, so a folder, device or oversized file starts no worker.
    'packs.import': (input) => {
      checkInputFile(input, 'pack');
      return ready().jobs.run('pack-import', input);
    },
    'packs.export': ({ id, path }) => ready().packs.export(id, path),
    'packs.download': ({ id }) => ready().packs.download(id),
    'packs.importQuestions': (input) => {
      checkInputFile(input, 'question-sheet');
      return ready().jobs.run('question-sheet', input);
    },
    'packs.questionTemplate': ({ format }) => ready().packs.questionTemplate(format),
    'questions.list': (filter) => ready().packs.questions(filter),
  };
}

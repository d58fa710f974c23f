import type { DomainHandlers } from '../api/dispatch';
import type { CoreContext } from '../services';

export function packsHandlers({ ready }: CoreContext): DomainHandlers<'packs' | 'questions'> {
  return {
    'packs.list': () => ready().packs.list(),
    'packs.import': (input) => ready().jobs.run('pack-import', input),
    'packs.export': ({ id, path }) => ready().packs.export(id, path),
    'packs.download': ({ id }) => ready().packs.download(id),
    'packs.importQuestions': (input) => ready().jobs.run('question-sheet', input),
    'packs.questionTemplate': ({ format }) => ready().packs.questionTemplate(format),
    'questions.list': (filter) => ready().packs.questions(filter),
  };
}

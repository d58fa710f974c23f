import type { DomainHandlers } from '../api/dispatch';
import type { CoreContext } from '../services';
import { searchLibrary } from './library-service';

export function libraryHandlers({ ready }: CoreContext): DomainHandlers<'library'> {
  return {
    'library.listChapters': () => ready().library.listChapters(),
    'library.listArticles': ({ chapter }) => ready().library.listArticles(chapter),
    'library.getArticle': ({ number }) => ready().library.getArticle(number),
    'library.search': ({ query, limit }) => searchLibrary(ready().library, query, limit),
    'library.stats': () => ready().library.stats(),
  };
}

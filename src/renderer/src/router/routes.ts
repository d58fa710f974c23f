import { questionFilterFromParams, questionFilterToParams, type QuestionFilter } from './filters';

export type Route =
  | { page: 'library' }
  | { page: 'article'; number: number }
  | { page: 'questions'; filter: QuestionFilter }
  | { page: 'packs' }
  | { page: 'about' }
  | { page: 'not-found' };

const ARTICLE_PATH = /^\/article\/(\d{1,4})$/;

/** '#/article/41' → { page: 'article', number: 41 }; anything unknown is 'not-found'. */
export function parseRoute(hash: string): Route {
  const [path = '/', query = ''] = (hash.replace(/^#/, '') || '/').split('?', 2);
  if (path === '/') return { page: 'library' };
  if (path === '/about') return { page: 'about' };
  if (path === '/packs') return { page: 'packs' };
  // The filters live in the address, so back/forward and links from an article keep them.
  if (path === '/questions')
    return { page: 'questions', filter: questionFilterFromParams(new URLSearchParams(query)) };
  const article = ARTICLE_PATH.exec(path);
  if (article?.[1]) return { page: 'article', number: Number(article[1]) };
  return { page: 'not-found' };
}

export function hrefFor(route: Route): string {
  switch (route.page) {
    case 'library':
      return '#/';
    case 'article':
      return `#/article/${route.number}`;
    case 'questions': {
      const query = questionFilterToParams(route.filter).toString();
      return query ? `#/questions?${query}` : '#/questions';
    }
    case 'packs':
      return '#/packs';
    case 'about':
      return '#/about';
    case 'not-found':
      return '#/';
  }
}

export const articleHref = (number: number): string => hrefFor({ page: 'article', number });

export const questionsHref = (filter: QuestionFilter = {}): string =>
  hrefFor({ page: 'questions', filter });

export type Route =
  | { page: 'library' }
  | { page: 'article'; number: number }
  | { page: 'about' }
  | { page: 'not-found' };

const ARTICLE_PATH = /^\/article\/(\d{1,4})$/;

/** '#/article/41' → { page: 'article', number: 41 }; anything unknown is 'not-found'. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/') return { page: 'library' };
  if (path === '/about') return { page: 'about' };
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
    case 'about':
      return '#/about';
    case 'not-found':
      return '#/';
  }
}

export const articleHref = (number: number): string => hrefFor({ page: 'article', number });

import { questionFilterFromParams, questionFilterToParams, type QuestionFilter } from './filters';
import {
  parseSessionPath,
  sessionHref,
  type AttemptFeedback,
  type SessionTab,
} from '../pages/sessions/session-routes';
import { liveRoomHref, parseLivePath, type LiveRoute } from '../pages/live/live-routes';

export type Route =
  | { page: 'library' }
  | { page: 'article'; number: number }
  | { page: 'questions'; filter: QuestionFilter }
  | { page: 'packs' }
  | { page: 'about' }
  | { page: 'trash' }
  | { page: 'checklists' }
  | { page: 'checklist'; id: string }
  | { page: 'heatmap' }
  | { page: 'compare'; base?: string; other?: string }
  | { page: 'sessions' }
  | { page: 'session'; id: string; tab?: SessionTab }
  | { page: 'attempt'; id: string; attemptId: string; feedback: AttemptFeedback }
  | { page: 'present'; id: string }
  | LiveRoute
  | { page: 'not-found' };

const ARTICLE_PATH = /^\/article\/(\d{1,4})$/;
const CHECKLIST_PATH = /^\/checklist\/([A-Za-z0-9-]{1,80})$/;
const CHECKLIST_ID = /^[A-Za-z0-9-]{1,80}$/;

const checklistId = (value: string | null): string | undefined =>
  value !== null && CHECKLIST_ID.test(value) ? value : undefined;

/** '#/article/41' → { page: 'article', number: 41 }; anything unknown is 'not-found'. */
export function parseRoute(hash: string): Route {
  const [path = '/', query = ''] = (hash.replace(/^#/, '') || '/').split('?', 2);
  if (path === '/') return { page: 'library' };
  if (path === '/about') return { page: 'about' };
  if (path === '/trash') return { page: 'trash' };
  if (path === '/packs') return { page: 'packs' };
  if (path === '/checklists') return { page: 'checklists' };
  if (path === '/checklists/heatmap') return { page: 'heatmap' };
  if (path === '/checklists/compare') {
    const params = new URLSearchParams(query);
    const route: Route = { page: 'compare' };
    const base = checklistId(params.get('base'));
    const other = checklistId(params.get('other'));
    if (base) route.base = base;
    if (other) route.other = other;
    return route;
  }
  const workshop = parseSessionPath(path, query);
  if (workshop) return workshop;
  const live = parseLivePath(path);
  if (live) return live;
  const checklist = CHECKLIST_PATH.exec(path);
  if (checklist?.[1]) return { page: 'checklist', id: checklist[1] };
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
    case 'trash':
      return '#/trash';
    case 'checklists':
      return '#/checklists';
    case 'checklist':
      return `#/checklist/${route.id}`;
    case 'heatmap':
      return '#/checklists/heatmap';
    case 'compare': {
      const params = new URLSearchParams();
      if (route.base) params.set('base', route.base);
      if (route.other) params.set('other', route.other);
      const query = params.toString();
      return query ? `#/checklists/compare?${query}` : '#/checklists/compare';
    }
    case 'sessions':
    case 'session':
    case 'attempt':
    case 'present':
      return sessionHref(route);
    case 'live':
      return liveRoomHref(route.roomId);
    case 'not-found':
      return '#/';
  }
}

export const articleHref = (number: number): string => hrefFor({ page: 'article', number });

export const questionsHref = (filter: QuestionFilter = {}): string =>
  hrefFor({ page: 'questions', filter });

export const checklistHref = (id: string): string => hrefFor({ page: 'checklist', id });

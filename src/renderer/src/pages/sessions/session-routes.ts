// The workshop screens' addresses, kept apart from router/routes.ts so that the workshop
// feature owns its paths: '#/sessions', '#/session/<id>?tab=register',
// '#/session/<id>/attempt/<attemptId>?feedback=end', '#/session/<id>/present'.

export const SESSION_TABS = [
  'overview',
  'register',
  'attendance',
  'agenda',
  'quizzes',
  'live',
  'results',
  'outputs',
] as const;
export type SessionTab = (typeof SESSION_TABS)[number];

/** Feedback after each answer (a participant learning) or only at the end (a test, a paper sheet). */
export type AttemptFeedback = 'each' | 'end';

export type SessionRoute =
  | { page: 'sessions' }
  | { page: 'session'; id: string; tab?: SessionTab }
  | { page: 'attempt'; id: string; attemptId: string; feedback: AttemptFeedback }
  | { page: 'present'; id: string };

const ID = '([A-Za-z0-9-]{1,80})';
const SESSION_PATH = new RegExp(`^/session/${ID}$`);
const ATTEMPT_PATH = new RegExp(`^/session/${ID}/attempt/${ID}$`);
const PRESENT_PATH = new RegExp(`^/session/${ID}/present$`);

const isTab = (value: string | null): value is SessionTab =>
  value !== null && (SESSION_TABS as readonly string[]).includes(value);

export function parseSessionPath(path: string, query: string): SessionRoute | null {
  if (path === '/sessions') return { page: 'sessions' };
  const params = new URLSearchParams(query);
  const session = SESSION_PATH.exec(path);
  if (session?.[1]) {
    const tab = params.get('tab');
    return isTab(tab)
      ? { page: 'session', id: session[1], tab }
      : { page: 'session', id: session[1] };
  }
  const attempt = ATTEMPT_PATH.exec(path);
  if (attempt?.[1] && attempt[2])
    return {
      page: 'attempt',
      id: attempt[1],
      attemptId: attempt[2],
      feedback: params.get('feedback') === 'end' ? 'end' : 'each',
    };
  const present = PRESENT_PATH.exec(path);
  if (present?.[1]) return { page: 'present', id: present[1] };
  return null;
}

export function sessionHref(route: SessionRoute): string {
  switch (route.page) {
    case 'sessions':
      return '#/sessions';
    case 'session':
      return route.tab && route.tab !== 'overview'
        ? `#/session/${route.id}?tab=${route.tab}`
        : `#/session/${route.id}`;
    case 'attempt':
      return `#/session/${route.id}/attempt/${route.attemptId}${route.feedback === 'end' ? '?feedback=end' : ''}`;
    case 'present':
      return `#/session/${route.id}/present`;
  }
}

export const sessionTabHref = (id: string, tab: SessionTab): string =>
  sessionHref({ page: 'session', id, tab });

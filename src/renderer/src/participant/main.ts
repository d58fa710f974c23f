// The participant's page in a live room: a separate, small entry (no React, no zod, no
// facilitator UI), for a five-year-old phone on a 360-pixel screen. The server is the only
// source of truth: every (re)connection asks it where the room is.
import './participant.css';
import type {
  LiveActivity,
  LiveQuestion,
  ParticipantState,
  RoomLookup,
  ServerMessage,
} from '@shared/live/protocol';
import { JOIN_CODE_LENGTH } from '@shared/live/limits';
import { h, clear } from './dom';
import { loadCatalog, t, type Catalog } from './text';
import { connect, type Connection } from './transport';

const STORE_KEY = 'cw-live-room';
const RESULTS = ['implemented', 'partial', 'gap', 'not-applicable', 'not-assessed'] as const;

interface Saved {
  token: string;
  code: string;
}

const app = document.getElementById('app')!;
let catalog: Catalog = {};
let connection: Connection | null = null;
let state: ParticipantState | null = null;
let notice = '';
/** What the participant is composing, kept across state pushes until sent. */
let draft: Record<string, unknown> = {};
let selfPacedIndex = 0;
let lastActivityKey = '';

function saved(): Saved | null {
  try {
    const value = JSON.parse(localStorage.getItem(STORE_KEY) ?? 'null') as Saved | null;
    return value?.token ? value : null;
  } catch {
    return null;
  }
}

function setLanguage(language: string): void {
  catalog = loadCatalog(language);
  document.documentElement.lang = language;
  document.documentElement.dir = language === 'ar' ? 'rtl' : 'ltr';
  document.title = t(catalog, 'title');
}

const tr = (key: string, values?: Record<string, string | number>) => t(catalog, key, values);

async function post<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await res.json()) as { ok: boolean; data?: T; error?: { message: string } };
  if (!answer.ok) throw new Error(answer.error?.message ?? tr('tryAgain'));
  return answer.data as T;
}

// ---- joining ---------------------------------------------------------------------------------

function renderCode(message = ''): void {
  clear(app);
  const input = h('input', {
    id: 'code',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    inputmode: 'text',
    maxlength: String(JOIN_CODE_LENGTH),
    'aria-describedby': 'code-hint',
    class: 'code',
  }) as HTMLInputElement;
  const fromAddress = new URLSearchParams(location.search).get('code');
  if (fromAddress) input.value = fromAddress.toUpperCase();
  const form = h(
    'form',
    { class: 'card' },
    h('h1', {}, tr('title')),
    h('label', { for: 'code' }, tr('codeLabel')),
    input,
    h('p', { id: 'code-hint', class: 'hint' }, tr('codeHint')),
    message ? h('p', { class: 'error', role: 'alert' }, message) : null,
    h('button', { type: 'submit', class: 'primary' }, tr('continue')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const code = input.value.trim().toUpperCase();
    post<RoomLookup>('/p/room', { code })
      .then((room) => {
        setLanguage(room.language);
        renderNames(code, room);
      })
      .catch((error: Error) => renderCode(error.message || tr('badCode')));
  });
  app.append(form);
  input.focus();
}

function renderNames(code: string, room: RoomLookup, typing = room.register.length === 0): void {
  clear(app);
  const chosen = new Set<string>();
  const join = (body: { personIds?: string[]; name?: string }) =>
    post<{ token: string }>('/p/join', { code, ...body })
      .then(({ token }) => {
        localStorage.setItem(STORE_KEY, JSON.stringify({ token, code } satisfies Saved));
        start({ token, code });
      })
      .catch((error: Error) => {
        notice = error.message;
        renderNames(code, room, typing);
      });

  const card = h('div', { class: 'card' }, h('h1', {}, room.title), h('h2', {}, tr('whoAreYou')));
  if (notice) card.append(h('p', { class: 'error', role: 'alert' }, notice));
  notice = '';
  if (typing) {
    const name = h('input', {
      id: 'name',
      autocomplete: 'name',
      maxlength: '120',
    }) as HTMLInputElement;
    const form = h(
      'form',
      {},
      h('label', { for: 'name' }, tr('yourName')),
      name,
      h('button', { type: 'submit', class: 'primary' }, tr('join')),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (name.value.trim()) void join({ name: name.value.trim() });
    });
    card.append(form);
    if (room.register.length)
      card.append(
        h(
          'button',
          { type: 'button', class: 'link', onclick: () => renderNames(code, room, false) },
          tr('back'),
        ),
      );
    app.append(card);
    name.focus();
    return;
  }
  const filter = h('input', {
    id: 'filter',
    type: 'search',
    autocomplete: 'off',
  }) as HTMLInputElement;
  const list = h('ul', { class: 'names' });
  const teamName = h('input', { id: 'team', maxlength: '120' }) as HTMLInputElement;
  const joinTeam = h('button', { type: 'button', class: 'primary', disabled: '' }, tr('join'));
  const draw = () => {
    clear(list);
    const needle = filter.value.trim().toLocaleLowerCase();
    for (const person of room.register) {
      if (needle && !person.name.toLocaleLowerCase().includes(needle)) continue;
      const label = [person.name, person.organisation].filter(Boolean).join(' · ');
      const button = h(
        'button',
        { type: 'button', class: 'name', 'aria-pressed': String(chosen.has(person.id)) },
        label,
      );
      button.addEventListener('click', () => {
        if (!room.teams) return void join({ personIds: [person.id] });
        if (chosen.has(person.id)) chosen.delete(person.id);
        else chosen.add(person.id);
        button.setAttribute('aria-pressed', String(chosen.has(person.id)));
        joinTeam.toggleAttribute('disabled', chosen.size === 0);
      });
      list.append(h('li', {}, button));
    }
  };
  filter.addEventListener('input', draw);
  draw();
  card.append(h('label', { for: 'filter' }, tr('filterNames')), filter);
  if (room.teams) card.append(h('p', { class: 'hint' }, tr('teamHint')));
  card.append(list);
  if (room.teams) {
    joinTeam.addEventListener('click', () => {
      const body: { personIds: string[]; name?: string } = { personIds: [...chosen] };
      if (teamName.value.trim()) body.name = teamName.value.trim();
      void join(body);
    });
    card.append(h('label', { for: 'team' }, tr('teamName')), teamName, joinTeam);
  }
  card.append(
    h(
      'button',
      { type: 'button', class: 'link', onclick: () => renderNames(code, room, true) },
      tr('notOnList'),
    ),
  );
  app.append(card);
  filter.focus();
}

// ---- in the room -----------------------------------------------------------------------------

function start(credentials: Saved): void {
  connection?.close();
  connection = connect(credentials.token, {
    onMessage,
    onStatus: (online) => {
      notice = online ? '' : tr('reconnecting');
      render();
    },
    onRejected: () => {
      localStorage.removeItem(STORE_KEY);
      connection = null;
      state = null;
      renderCode();
    },
  });
}

function onMessage(message: ServerMessage): void {
  switch (message.type) {
    case 'state':
      if (!state || state.room.language !== message.room.language)
        setLanguage(message.room.language);
      state = message;
      render();
      return;
    case 'ack':
      notice = message.accepted ? '' : (message.reason ?? tr('tryAgain'));
      render();
      return;
    case 'error':
      notice = message.message;
      render();
      return;
    case 'closed':
      localStorage.removeItem(STORE_KEY);
      connection?.close();
      connection = null;
      clear(app);
      app.append(
        h(
          'div',
          { class: 'card' },
          h('p', { role: 'status' }, message.message || tr('roomClosed')),
        ),
      );
      return;
    case 'pong':
      return;
  }
}

function activityKey(activity: LiveActivity): string {
  switch (activity.kind) {
    case 'question':
      return `q:${activity.question.id}`;
    case 'poll':
      return `p:${activity.poll.id}`;
    case 'vote':
      return `v:${activity.item.id}`;
    default:
      return activity.kind;
  }
}

function render(): void {
  if (!state) return;
  const activity = state.activity;
  const key = activityKey(activity);
  const moved = key !== lastActivityKey;
  if (moved) draft = {};
  lastActivityKey = key;
  clear(app);
  const header = h(
    'header',
    { class: 'bar' },
    h('span', {}, state.room.title),
    h('span', { class: 'me' }, state.me.name),
  );
  const body = h('div', { class: 'card' });
  if (notice) body.append(h('p', { class: 'notice', role: 'alert' }, notice));
  if (state.me.status === 'pending') body.append(h('p', { role: 'status' }, tr('waitingApproval')));
  else
    body.append(
      ...renderActivity(activity, state.room.kind).filter((e): e is HTMLElement => e !== null),
    );
  app.append(header, body);
  // A new question takes the screen reader and keyboard focus to its heading.
  if (moved) (body.querySelector('h1') as HTMLElement | null)?.focus();
  tick();
}

let countdown: ReturnType<typeof setInterval> | null = null;
let deadline = 0;
function tick(): void {
  if (countdown) clearInterval(countdown);
  countdown = null;
  const activity = state?.activity;
  if (activity?.kind !== 'question' || !activity.open || activity.remainingMs === null) return;
  // Counted down from the server's remaining time, not from this phone's clock.
  deadline = performance.now() + activity.remainingMs;
  const show = () => {
    const el = document.getElementById('timer');
    const left = Math.max(0, Math.ceil((deadline - performance.now()) / 1000));
    if (el) el.textContent = tr('secondsLeft', { count: left });
    if (left === 0 && countdown) clearInterval(countdown);
  };
  show();
  countdown = setInterval(show, 1000);
}

function send(message: Record<string, unknown>): void {
  connection?.send({ ...message, msgId: Math.random().toString(36).slice(2, 12) });
}

function optionLabel(question: LiveQuestion, id: string): string {
  if (question.type === 'true-false' && (id === 'true' || id === 'false')) {
    const text = question.options.find((o) => o.id === id)?.text;
    return text ?? tr(id);
  }
  return question.options.find((o) => o.id === id)?.text ?? id;
}

function questionForm(
  question: LiveQuestion,
  given: unknown,
  open: boolean,
  onSend: (answer: unknown) => void,
): HTMLElement {
  const form = h('form', { class: 'question' });
  if (question.scenario) form.append(h('p', { class: 'scenario' }, question.scenario));
  const answered = given !== null && given !== undefined;
  const locked = answered || !open;
  const current = (draft[question.id] ??
    given ??
    (question.multiple ? [] : question.type === 'matching' ? {} : null)) as unknown;
  const fieldset = h('fieldset', {}, h('legend', {}, question.prompt));
  if (question.type === 'matching') {
    fieldset.append(h('p', { class: 'hint' }, tr('matchHint')));
    const pairs = { ...(current as Record<string, string>) };
    question.lefts.forEach((left, i) => {
      const id = `m${i}`;
      const select = h(
        'select',
        { id, ...(locked ? { disabled: '' } : {}) },
        h('option', { value: '' }, tr('choose')),
        ...question.rights.map((right) =>
          h('option', { value: right, ...(pairs[left] === right ? { selected: '' } : {}) }, right),
        ),
      ) as HTMLSelectElement;
      select.addEventListener('change', () => {
        pairs[left] = select.value;
        draft[question.id] = { ...pairs };
      });
      fieldset.append(h('label', { for: id, class: 'match' }, left), select);
    });
  } else {
    if (question.multiple) fieldset.append(h('p', { class: 'hint' }, tr('chooseSeveral')));
    for (const option of question.options) {
      const chosen = Array.isArray(current)
        ? (current as string[]).includes(option.id)
        : current === option.id;
      const button = h(
        'button',
        {
          type: 'button',
          class: 'option',
          role: question.multiple ? 'checkbox' : 'radio',
          'aria-checked': String(chosen),
          ...(locked ? { disabled: '' } : {}),
        },
        optionLabel(question, option.id),
      );
      button.addEventListener('click', () => {
        if (question.multiple) {
          const list = new Set(
            Array.isArray(draft[question.id]) ? (draft[question.id] as string[]) : [],
          );
          if (list.has(option.id)) list.delete(option.id);
          else list.add(option.id);
          draft[question.id] = [...list];
        } else draft[question.id] = option.id;
        render();
      });
      fieldset.append(button);
    }
  }
  form.append(fieldset);
  if (answered) form.append(h('p', { class: 'ok', role: 'status' }, tr('answerReceived')));
  else if (!open) form.append(h('p', { role: 'status' }, tr('closed')));
  else {
    form.append(h('button', { type: 'submit', class: 'primary' }, tr('submit')));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const answer = draft[question.id];
      const empty =
        answer === undefined ||
        answer === null ||
        (Array.isArray(answer) && answer.length === 0) ||
        (typeof answer === 'object' &&
          !Array.isArray(answer) &&
          Object.values(answer as object).every((v) => !v));
      if (!empty) onSend(answer);
    });
  }
  return form;
}

function bars(
  counts: Record<string, number>,
  label: (key: string) => string,
  highlight: string[] = [],
): HTMLElement {
  const total = Object.values(counts).reduce((a, b) => a + b, 0) || 1;
  const list = h('ul', { class: 'bars' });
  for (const [key, count] of Object.entries(counts).sort((a, b) => b[1] - a[1])) {
    const bar = h('span', {
      class: 'bar-fill',
      'data-width': String(Math.round((count / total) * 100)),
    });
    list.append(
      h(
        'li',
        { class: highlight.includes(key) ? 'key' : '' },
        h('span', {}, `${label(key)} — ${count}`),
        h('span', { class: 'bar-track', 'aria-hidden': 'true' }, bar),
      ),
    );
  }
  // Widths through CSSOM, not style attributes: the CSP allows no inline styles.
  queueMicrotask(() =>
    list
      .querySelectorAll<HTMLElement>('.bar-fill')
      .forEach((el) => (el.style.width = `${el.dataset.width}%`)),
  );
  return list;
}

function renderActivity(activity: LiveActivity, kind: 'quiz' | 'vote'): (HTMLElement | null)[] {
  switch (activity.kind) {
    case 'lobby':
      return [
        h('h1', { tabindex: '-1' }, tr('title')),
        h('p', { role: 'status' }, tr(kind === 'vote' ? 'lobbyVote' : 'lobby')),
      ];
    case 'ended':
      return [
        h('h1', { tabindex: '-1' }, tr('ended')),
        activity.score !== null
          ? h('p', { class: 'score' }, tr('yourScore', { score: Math.round(activity.score) }))
          : null,
      ];
    case 'question': {
      const q = activity.question;
      const parts: (HTMLElement | null)[] = [
        h(
          'h1',
          { tabindex: '-1', class: 'small' },
          tr('questionOf', { n: activity.index + 1, total: activity.total }),
        ),
        activity.open && activity.remainingMs !== null
          ? h('p', { id: 'timer', class: 'timer', 'aria-live': 'off' })
          : null,
        questionForm(q, activity.myAnswer, activity.open && !activity.reveal, (answer) =>
          send({ type: 'answer', questionId: q.id, answer }),
        ),
      ];
      const reveal = activity.reveal;
      if (!reveal) {
        if (activity.myAnswer !== null) parts.push(h('p', { class: 'hint' }, tr('waitReveal')));
        return parts;
      }
      const verdict =
        reveal.myCredit === null
          ? 'noAnswer'
          : reveal.myCredit === 1
            ? 'correct'
            : reveal.myCredit > 0
              ? 'partlyCorrect'
              : 'incorrect';
      parts.push(
        h('p', { class: `verdict ${verdict}`, role: 'status' }, tr(verdict)),
        q.type === 'matching'
          ? h(
              'ul',
              { class: 'pairs' },
              ...reveal.pairs.map((p) => h('li', {}, `${p.left} → ${p.right}`)),
            )
          : h(
              'p',
              {},
              h('strong', {}, tr('correctAnswer')),
              ' ',
              reveal.key.map((id) => optionLabel(q, id)).join('; '),
            ),
        h('h2', {}, tr('explanation')),
        h('p', {}, reveal.explanation),
        h('h2', {}, tr('answersCount', { count: reveal.answered })),
        bars(
          reveal.distribution,
          (key) => (q.type === 'matching' ? key : optionLabel(q, key)),
          reveal.key,
        ),
      );
      if (reveal.leaderboard)
        parts.push(
          h('h2', {}, tr('leaderboard')),
          h(
            'ol',
            { class: 'leaders' },
            ...reveal.leaderboard.map((l) => h('li', {}, `${l.name} — ${l.score}`)),
          ),
        );
      return parts;
    }
    case 'self-paced': {
      const total = activity.questions.length;
      selfPacedIndex = Math.min(selfPacedIndex, total - 1);
      const q = activity.questions[selfPacedIndex]!;
      const nav = h(
        'nav',
        { class: 'pager' },
        h(
          'button',
          {
            type: 'button',
            ...(selfPacedIndex === 0 ? { disabled: '' } : {}),
            onclick: () => {
              selfPacedIndex--;
              lastActivityKey = '';
              render();
            },
          },
          tr('previous'),
        ),
        h('span', {}, `${selfPacedIndex + 1} / ${total}`),
        h(
          'button',
          {
            type: 'button',
            ...(selfPacedIndex === total - 1 ? { disabled: '' } : {}),
            onclick: () => {
              selfPacedIndex++;
              lastActivityKey = '';
              render();
            },
          },
          tr('next'),
        ),
      );
      const done = activity.questions.filter((x) => activity.myAnswers[x.id] !== undefined).length;
      return [
        h(
          'h1',
          { tabindex: '-1', class: 'small' },
          tr('questionOf', { n: selfPacedIndex + 1, total }),
        ),
        h('p', { class: 'hint' }, `${tr('selfPacedHint')} ${tr('answered')}: ${done}/${total}`),
        questionForm(q, activity.myAnswers[q.id] ?? null, true, (answer) =>
          send({ type: 'answer', questionId: q.id, answer }),
        ),
        nav,
      ];
    }
    case 'poll': {
      const poll = activity.poll;
      const parts: (HTMLElement | null)[] = [
        h('h1', { tabindex: '-1', class: 'small' }, tr('poll')),
        h('p', { class: 'prompt' }, poll.prompt),
      ];
      if (activity.results) {
        parts.push(
          h('h2', {}, tr('results')),
          bars(activity.results, (key) => poll.options.find((o) => o.id === key)?.text ?? key),
        );
        return parts;
      }
      if (activity.myAnswer !== null)
        return [...parts, h('p', { class: 'ok', role: 'status' }, tr('pollThanks'))];
      if (!activity.open) return [...parts, h('p', {}, tr('closed'))];
      if (poll.type === 'choice') {
        for (const option of poll.options)
          parts.push(
            h(
              'button',
              {
                type: 'button',
                class: 'option',
                onclick: () => send({ type: 'poll', pollId: poll.id, answer: option.id }),
              },
              option.text,
            ),
          );
        return parts;
      }
      const word = h('input', {
        id: 'word',
        maxlength: '40',
        autocomplete: 'off',
      }) as HTMLInputElement;
      const form = h(
        'form',
        {},
        h('label', { for: 'word' }, tr('wordsHint')),
        word,
        h('button', { type: 'submit', class: 'primary' }, tr('submit')),
      );
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        if (word.value.trim()) send({ type: 'poll', pollId: poll.id, answer: word.value.trim() });
      });
      parts.push(form);
      return parts;
    }
    case 'vote': {
      const item = activity.item;
      const parts: (HTMLElement | null)[] = [
        h('h1', { tabindex: '-1', class: 'small' }, `${tr('vote')} · ${item.reference}`),
        h('p', { class: 'hint' }, item.articleTitle),
        h('p', { class: 'prompt' }, item.text),
      ];
      if (activity.results) {
        parts.push(
          h('h2', {}, tr('results')),
          bars(activity.results, (key) => tr(`result_${key}`)),
        );
        return parts;
      }
      if (!activity.open) return [...parts, h('p', {}, tr('closed'))];
      const chosen = (draft.vote as string | undefined) ?? activity.myVote?.result;
      const fieldset = h('fieldset', {}, h('legend', {}, tr('voteHint')));
      for (const result of RESULTS.slice(0, 4)) {
        fieldset.append(
          h(
            'button',
            {
              type: 'button',
              class: 'option',
              role: 'radio',
              'aria-checked': String(chosen === result),
              onclick: () => {
                draft.vote = result;
                render();
              },
            },
            tr(`result_${result}`),
          ),
        );
      }
      const comment = h('textarea', {
        id: 'comment',
        maxlength: '500',
        rows: '3',
      }) as HTMLTextAreaElement;
      comment.value = (draft.comment as string | undefined) ?? activity.myVote?.comment ?? '';
      comment.addEventListener('input', () => (draft.comment = comment.value));
      const form = h(
        'form',
        {},
        fieldset,
        h('label', { for: 'comment' }, tr('comment')),
        comment,
        h('button', { type: 'submit', class: 'primary' }, tr('sendVote')),
      );
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        if (chosen) send({ type: 'vote', itemId: item.id, result: chosen, comment: comment.value });
      });
      parts.push(form);
      if (activity.myVote) parts.push(h('p', { class: 'ok', role: 'status' }, tr('voteSaved')));
      return parts;
    }
  }
}

// ---- start -------------------------------------------------------------------------------------

setLanguage(navigator.language.slice(0, 2));
const credentials = saved();
if (credentials) start(credentials);
else renderCode();

import { useEffect, useId, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import '@renderer/styles/live.css';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { formatNumber } from '@renderer/format/intl';
import { useCountryNames } from '@renderer/format/locale';
import { WorkshopLanguage } from '@renderer/i18n/WorkshopLanguage';
import { countryOptions } from '@shared/domain/countries';
import type { ItemResult } from '@shared/domain/assessments';
import type { RoomView, SelfTestResult } from '@shared/live/facilitator';
import {
  selectLiveBusy,
  selectLiveError,
  selectRoom,
  useLiveStore,
} from '@renderer/stores/live/store';
import { checklistHref } from '@renderer/router/routes';
import { sessionTabHref } from '../sessions/session-routes';

const RESULTS = ['implemented', 'partial', 'gap', 'not-applicable'] as const;
/** Results arrive as strings from the room; these are the names the catalog has. */
const resultKey = (value: string) => `result.${value as ItemResult}` as const;
const letter = (i: number) => String.fromCharCode(65 + i);

function Bars({
  counts,
  label,
  highlight = [],
}: {
  counts: Record<string, number>;
  label: (key: string) => string;
  highlight?: string[];
}) {
  const { i18n } = useTranslation('live');
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return (
    <ul className="lr-bars">
      {Object.entries(counts).map(([key, count]) => (
        <li
          key={key}
          className={highlight.includes(key) ? 'lr-bars__row lr-bars__row--key' : 'lr-bars__row'}
        >
          <span className="lr-bars__label">{label(key)}</span>
          <meter
            className="lr-bars__meter"
            min={0}
            max={Math.max(1, total)}
            value={count}
            aria-hidden="true"
          />
          <span className="lr-bars__count">{formatNumber(count, i18n.language)}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * "Test the room": the app opens its own join address. An answer proves the listener works; it
 * cannot prove phones get through (a network that keeps devices apart, a firewall that lets local
 * requests by), so the result says what to try next either way.
 */
function SelfTest() {
  const { t } = useTranslation('live');
  const [result, setResult] = useState<SelfTestResult | null>(null);
  const [testing, setTesting] = useState(false);
  const run = async () => {
    setTesting(true);
    setResult(await useLiveStore.getState().selfTest());
    setTesting(false);
  };
  return (
    <div className="lr-selftest">
      <button type="button" className="button" disabled={testing} onClick={() => void run()}>
        {testing ? t('selfTest.running') : t('selfTest.button')}
      </button>
      <div role="status" aria-live="polite">
        {result &&
          (result.ok ? (
            <p className="lr-selftest__ok">
              {t('selfTest.ok', { url: result.url, ms: result.ms })} {t('selfTest.okHint')}
            </p>
          ) : (
            <p className="lr-selftest__fail">
              {t('selfTest.fail', {
                url: result.url,
                reason: result.error ?? t('selfTest.status', { status: result.status }),
              })}{' '}
              {t('selfTest.failHint')}
            </p>
          ))}
      </div>
    </div>
  );
}

/**
 * The address as people type it: the scheme small, then host and port never broken, so a
 * projector shows "192.168.1.20:41800" on one line instead of splitting the port in two.
 */
function JoinAddress({ url }: { url: string }) {
  const [, scheme = '', rest = url] = /^([a-z]+:\/\/)?(.*?)\/?$/i.exec(url) ?? [];
  return (
    <p className="lr-join__url" dir="ltr">
      {scheme && <span className="lr-join__scheme">{scheme}</span>}
      <wbr />
      <span className="lr-join__host">{rest}</span>
    </p>
  );
}

function JoinCard({ room, large }: { room: RoomView; large: boolean }) {
  const { t } = useTranslation('live');
  if (!room.joinUrl) return <p className="lr-closed">{t('room.closedNote')}</p>;
  const qr = room.qrSvg
    ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(room.qrSvg)}`
    : null;
  return (
    <div className={large ? 'lr-join lr-join--large' : 'lr-join'}>
      <div>
        <p className="lr-join__label">{t('room.goTo')}</p>
        <JoinAddress url={room.joinUrl} />
        <p className="lr-join__label">{t('room.code')}</p>
        <p className="lr-join__code" dir="ltr" aria-label={room.code.split('').join(' ')}>
          {room.code}
        </p>
        {large && <p className="lr-join__hint">{t('room.stayOnWifi')}</p>}
      </div>
      {qr && <img className="lr-join__qr" src={qr} alt={t('room.qrAlt', { url: room.joinUrl })} />}
    </div>
  );
}

function QuestionView({ room }: { room: RoomView }) {
  const { t, i18n } = useTranslation('live');
  const q = room.question!;
  const revealed = room.cursor.kind === 'question' && room.cursor.phase === 'revealed';
  const open = room.cursor.kind === 'question' && room.cursor.phase === 'open';
  const optionText = (id: string) =>
    q.options.find((o) => o.id === id)?.text ??
    t(`room.match.${id as 'right' | 'partly' | 'wrong'}`);
  return (
    <article className="lr-question">
      <p className="lr-kicker">
        {t('room.questionOf', { n: q.index + 1, total: q.total })}
        {q.remainingMs !== null &&
          ` · ${t('room.secondsLeft', { count: Math.ceil(q.remainingMs / 1000) })}`}
        {!open && !revealed && ` · ${t('room.answersClosed')}`}
      </p>
      {q.scenario && <p className="lr-question__scenario">{q.scenario}</p>}
      <h1 className="lr-question__prompt">{q.prompt}</h1>
      {q.type === 'matching' ? (
        <ul className="lr-question__pairs">
          {q.pairs.map((p) => (
            <li key={p.left}>
              {p.left}
              {revealed && ` ${t('room.matchArrow')} ${p.right}`}
            </li>
          ))}
        </ul>
      ) : (
        <ol className="lr-question__options">
          {q.options.map((o, i) => (
            <li
              key={o.id}
              className={
                revealed && q.key.includes(o.id) ? 'lr-option lr-option--key' : 'lr-option'
              }
            >
              <span className="lr-option__letter" aria-hidden="true">
                {letter(i)}
              </span>
              <span>{o.text}</span>
              {revealed && q.key.includes(o.id) && (
                <span className="visually-hidden">{t('room.correct')}</span>
              )}
            </li>
          ))}
        </ol>
      )}
      <p className="lr-progress" role="status">
        {t('room.answered', { answered: q.answered, expected: q.expected })}
      </p>
      <meter
        className="lr-progress__meter"
        min={0}
        max={Math.max(1, q.expected)}
        value={q.answered}
        aria-hidden="true"
      />
      {revealed && (
        <>
          <Bars counts={q.distribution} label={optionText} highlight={q.key} />
          <h2 className="lr-subtitle">{t('room.why')}</h2>
          <p className="lr-explanation">{q.explanation}</p>
          {room.leaderboard && room.leaderboard.length > 0 && (
            <>
              <h2 className="lr-subtitle">{t('room.leaderboard')}</h2>
              <ol className="lr-leaders">
                {room.leaderboard.map((l) => (
                  <li key={l.name}>
                    <bdi>{l.name}</bdi> — {formatNumber(l.score, i18n.language)}
                  </li>
                ))}
              </ol>
            </>
          )}
        </>
      )}
    </article>
  );
}

function PollView({ room }: { room: RoomView }) {
  const { t } = useTranslation('live');
  const poll = room.poll!;
  const label = (key: string) => poll.options.find((o) => o.id === key)?.text ?? key;
  return (
    <article className="lr-question">
      <p className="lr-kicker">
        {t('room.poll')} · {t('room.pollAnswers', { count: poll.answers })}
        {!poll.open && ` · ${t('room.answersClosed')}`}
      </p>
      <h1 className="lr-question__prompt">{poll.prompt}</h1>
      {poll.type === 'words' ? (
        <ul className="lr-words" aria-label={t('room.words')}>
          {Object.entries(poll.results)
            .sort((a, b) => b[1] - a[1])
            .map(([word, count]) => (
              <li key={word} className={`lr-words__word lr-words__word--${Math.min(5, count)}`}>
                {word} <span className="visually-hidden">({count})</span>
              </li>
            ))}
        </ul>
      ) : (
        <Bars counts={poll.results} label={label} />
      )}
    </article>
  );
}

function VoteView({ room }: { room: RoomView }) {
  const { t } = useTranslation('live');
  const vote = room.vote!;
  const busy = useLiveStore(selectLiveBusy);
  return (
    <article className="lr-question">
      <p className="lr-kicker">
        {t('room.vote')} · {vote.reference} · {vote.articleTitle}
      </p>
      <h1 className="lr-question__prompt lr-question__prompt--text">{vote.text}</h1>
      <p>
        {t('room.currentResult')} <strong>{t(resultKey(vote.currentResult))}</strong>
      </p>
      <Bars counts={vote.results} label={(key) => t(resultKey(key))} />
      {vote.comments.length > 0 && (
        <>
          <h2 className="lr-subtitle">{t('room.comments')}</h2>
          <ul className="lr-comments">
            {vote.comments.map((c, i) => (
              <li key={i}>
                <strong>{c.name}</strong> ({t(resultKey(c.result))}): {c.comment}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2 className="lr-subtitle">{t('room.adopt')}</h2>
      <div className="button-row">
        {RESULTS.map((r) => (
          <button
            key={r}
            type="button"
            className={vote.currentResult === r ? 'button button--primary' : 'button'}
            disabled={busy}
            onClick={() => void useLiveStore.getState().adopt(vote.itemId, r)}
          >
            {t(resultKey(r))} ({vote.results[r] ?? 0})
          </button>
        ))}
      </div>
    </article>
  );
}

function PollForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('live');
  const ids = useId();
  const [prompt, setPrompt] = useState('');
  const [type, setType] = useState<'choice' | 'words'>('choice');
  const [options, setOptions] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const list = options
      .split('\n')
      .map((o) => o.trim())
      .filter(Boolean);
    if (await useLiveStore.getState().poll(prompt.trim(), type, type === 'choice' ? list : []))
      onDone();
  };
  return (
    <form className="lr-poll-form ws-card" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label className="field__label" htmlFor={`${ids}-prompt`}>
          {t('poll.prompt')}
        </label>
        <input
          className="field__input"
          id={`${ids}-prompt`}
          value={prompt}
          maxLength={300}
          onChange={(e) => setPrompt(e.target.value)}
          required
        />
      </div>
      <fieldset className="fieldset">
        <legend className="field__label">{t('poll.type')}</legend>
        <label className="check">
          <input
            type="radio"
            name={`${ids}-type`}
            checked={type === 'choice'}
            onChange={() => setType('choice')}
          />
          {t('poll.choice')}
        </label>{' '}
        <label className="check">
          <input
            type="radio"
            name={`${ids}-type`}
            checked={type === 'words'}
            onChange={() => setType('words')}
          />
          {t('poll.words')}
        </label>
      </fieldset>
      {type === 'choice' && (
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-options`}>
            {t('poll.options')}
          </label>
          <textarea
            className="field__input field__textarea"
            id={`${ids}-options`}
            rows={4}
            value={options}
            onChange={(e) => setOptions(e.target.value)}
          />
        </div>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary">
          {t('poll.launch')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('poll.cancel')}
        </button>
      </div>
    </form>
  );
}

function People({ room }: { room: RoomView }) {
  const { t, i18n } = useTranslation('live');
  const ids = useId();
  const [country, setCountry] = useState<Record<string, string>>({});
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const pending = room.participants.filter((p) => p.status === 'pending');
  const inRoom = room.participants.filter((p) => p.status === 'approved');
  const questionOpen = room.cursor.kind === 'question';
  return (
    <aside className="lr-people" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="lr-subtitle">
        {t('people.title', { count: inRoom.length })}
      </h2>
      {pending.length > 0 && (
        <section className="lr-pending" aria-label={t('people.pending')}>
          <h3>{t('people.pending')}</h3>
          <ul>
            {pending.map((p) => (
              <li key={p.id}>
                <span>{p.name}</span>
                {room.kind === 'quiz' && (
                  <select
                    className="field__select"
                    aria-label={t('people.country', { name: p.name })}
                    value={country[p.id] ?? ''}
                    onChange={(e) => setCountry({ ...country, [p.id]: e.target.value })}
                  >
                    <option value="">{t('people.workshopCountry')}</option>
                    {countries.map(({ code, name }) => (
                      <option key={code} value={code}>
                        {name}
                      </option>
                    ))}
                  </select>
                )}
                <button
                  type="button"
                  className="button button--small button--primary"
                  onClick={() => void useLiveStore.getState().approve(p.id, true, country[p.id])}
                >
                  {t('people.approve')}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => void useLiveStore.getState().approve(p.id, false)}
                >
                  {t('people.refuse')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ul className="lr-people__list">
        {inRoom.map((p) => (
          <li key={p.id} className={p.connected ? 'lr-person' : 'lr-person lr-person--away'}>
            <span className="lr-person__name">{p.name}</span>
            <span className="lr-person__state">
              {questionOpen
                ? p.answeredCurrent
                  ? t('people.answered')
                  : t('people.waiting')
                : p.connected
                  ? t('people.online')
                  : t('people.away')}
            </span>
          </li>
        ))}
      </ul>
      {inRoom.length === 0 && <p className="field__hint">{t('people.nobody')}</p>}
    </aside>
  );
}

function Controls({ room, onPoll }: { room: RoomView; onPoll: () => void }) {
  const { t } = useTranslation('live');
  const busy = useLiveStore(selectLiveBusy);
  const c = room.cursor;
  const control = (action: Parameters<ReturnType<typeof useLiveStore.getState>['control']>[0]) =>
    void useLiveStore.getState().control(action);
  const items = room.items;
  const voteIndex = c.kind === 'vote' ? items.findIndex((i) => i.id === c.itemId) : -1;
  const button = (
    label: string,
    onClick: () => void,
    primary = false,
    disabled = false,
    shortcut?: string,
  ) => (
    <button
      type="button"
      className={primary ? 'button button--primary' : 'button'}
      disabled={busy || disabled || !room.open}
      onClick={onClick}
      aria-keyshortcuts={shortcut}
    >
      {label}
    </button>
  );
  return (
    <div className="lr-controls button-row" role="toolbar" aria-label={t('controls.label')}>
      {room.kind === 'quiz' ? (
        <>
          {(c.kind === 'lobby' || c.kind === 'ended') &&
            button(t('controls.start'), () => control('start'), true)}
          {c.kind === 'question' &&
            c.phase === 'open' &&
            button(t('controls.closeAnswers'), () => control('close-answers'), false, false, 'C')}
          {c.kind === 'question' &&
            c.phase !== 'revealed' &&
            button(t('controls.reveal'), () => control('reveal'), true, false, 'R')}
          {(c.kind === 'question' || c.kind === 'poll') &&
            button(
              t('controls.previous'),
              () => control('previous'),
              false,
              c.kind === 'question' && c.index === 0,
              'P',
            )}
          {(c.kind === 'question' || c.kind === 'poll') &&
            button(
              t('controls.next'),
              () => control('next'),
              c.kind === 'question' && c.phase === 'revealed',
              c.kind === 'question' && c.index + 1 >= (room.question?.total ?? 0),
              'N',
            )}
          {c.kind === 'poll' &&
            c.phase === 'open' &&
            button(t('controls.closePoll'), () => control('close-answers'), true)}
          {c.kind !== 'ended' && button(t('controls.poll'), onPoll)}
          {c.kind !== 'lobby' &&
            c.kind !== 'ended' &&
            button(t('controls.end'), () => control('end'))}
        </>
      ) : (
        <>
          {button(
            t('controls.previousItem'),
            () => control('previous'),
            false,
            voteIndex <= 0,
            'P',
          )}
          {button(
            voteIndex < 0 ? t('controls.firstItem') : t('controls.nextItem'),
            () => control('next'),
            true,
            voteIndex >= items.length - 1,
            'N',
          )}
          {c.kind === 'vote' &&
            c.phase === 'open' &&
            button(t('controls.closeVote'), () => control('close-answers'))}
        </>
      )}
    </div>
  );
}

/**
 * The live room's screen: join details and the room on the projector, the controls beside them.
 * A quiz room is shown in its workshop's language, like the presenter: the projector is the
 * room's screen. A checklist's vote room has no workshop and stays in the interface language.
 */
export function RoomScreen({ roomId }: { roomId: string }) {
  const room = useLiveStore(selectRoom);
  const language = room?.id === roomId && room.kind === 'quiz' ? room.language : '';
  return (
    <WorkshopLanguage language={language}>
      <Room roomId={roomId} />
    </WorkshopLanguage>
  );
}

function Room({ roomId }: { roomId: string }) {
  const { t } = useTranslation('live');
  const countries = useCountryNames();
  const room = useLiveStore(selectRoom);
  const error = useLiveStore(selectLiveError);
  const [polling, setPolling] = useState(false);
  const current = room?.id === roomId ? room : null;

  useEffect(() => useLiveStore.getState().watch(roomId), [roomId]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (
      !current ||
      event.target instanceof HTMLInputElement ||
      event.target instanceof HTMLTextAreaElement ||
      event.target instanceof HTMLSelectElement
    )
      return;
    const c = current.cursor;
    const key = event.key.toLowerCase();
    const store = useLiveStore.getState();
    if (key === 'n' || event.key === 'ArrowRight') void store.control('next');
    else if (key === 'p' || event.key === 'ArrowLeft') void store.control('previous');
    else if (key === 'r' && c.kind === 'question') void store.control('reveal');
    else if (key === 'c') void store.control('close-answers');
    else return;
    event.preventDefault();
  };

  if (!current)
    return (
      <div className="lr-screen">
        {error ? <ErrorAlert error={error} /> : <div className="page-loading" aria-busy="true" />}
      </div>
    );

  const back =
    current.kind === 'quiz'
      ? sessionTabHref(current.sessionId!, 'live')
      : checklistHref(current.assessmentId!);
  const c = current.cursor;
  return (
    <div className="lr-screen" onKeyDown={onKeyDown} tabIndex={-1}>
      <header className="lr-header">
        <a className="back-link" href={back}>
          {t('room.back')}
        </a>
        <p className="lr-header__title">
          {current.country
            ? t('room.voteTitle', {
                country: countries.name(current.country),
                title: current.title,
              })
            : current.title}
        </p>
        {c.kind !== 'lobby' && <JoinCard room={current} large={false} />}
        {current.open ? (
          <button
            type="button"
            className="button"
            onClick={() => void useLiveStore.getState().close()}
          >
            {t('controls.closeRoom')}
          </button>
        ) : (
          <span className="lr-header__closed">{t('room.closed')}</span>
        )}
      </header>
      {error && <ErrorAlert error={error} onRetry={() => useLiveStore.getState().clearError()} />}
      <div className="lr-body">
        <main className="lr-stage" id="main" tabIndex={-1}>
          {c.kind === 'lobby' && (
            <>
              <JoinCard room={current} large />
              {current.participants.length === 0 && current.open && (
                <p className="lr-help">{t('room.nobodyYet')}</p>
              )}
              {current.open && <SelfTest />}
            </>
          )}
          {c.kind === 'question' && current.question && <QuestionView room={current} />}
          {c.kind === 'self-paced' && (
            <p className="lr-question__prompt">
              {t('room.selfPaced', {
                count: current.participants.filter((p) => p.status === 'approved').length,
              })}
            </p>
          )}
          {c.kind === 'poll' && current.poll && <PollView room={current} />}
          {c.kind === 'vote' && current.vote && <VoteView room={current} />}
          {c.kind === 'ended' && (
            <div>
              <h1 className="lr-question__prompt">{t('room.ended')}</h1>
              {current.sessionId && (
                <a href={sessionTabHref(current.sessionId, 'results')}>{t('room.seeResults')}</a>
              )}
            </div>
          )}
          {polling && <PollForm onDone={() => setPolling(false)} />}
          <Controls room={current} onPoll={() => setPolling(true)} />
        </main>
        <People room={current} />
      </div>
      {current.kind === 'vote' && (
        <nav className="lr-items" aria-label={t('room.items')}>
          <ol>
            {current.items.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  className={
                    c.kind === 'vote' && c.itemId === item.id
                      ? 'lr-item lr-item--current'
                      : 'lr-item'
                  }
                  aria-current={c.kind === 'vote' && c.itemId === item.id ? 'true' : undefined}
                  onClick={() => void useLiveStore.getState().voteItem(item.id)}
                >
                  {item.reference} · {t(resultKey(item.result))}
                  {item.voted && ` · ${t('room.voted')}`}
                </button>
              </li>
            ))}
          </ol>
        </nav>
      )}
    </div>
  );
}

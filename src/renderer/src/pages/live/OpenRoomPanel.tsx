import { useEffect, useId, useState, type FormEvent } from 'react';
import '@renderer/styles/live.css';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { formatDateTime } from '@renderer/format/intl';
import { navigate } from '@renderer/router/use-route';
import {
  selectInterfaces,
  selectLiveBusy,
  selectLiveError,
  selectRooms,
  useLiveStore,
} from '@renderer/stores/live/store';
import { liveRoomHref } from './live-routes';

type Target =
  | {
      kind: 'quiz';
      sessionId: string;
      quizzes: { id: string; title: string }[];
      defaultQuiz?: string | null;
    }
  | { kind: 'vote'; assessmentId: string };

/**
 * Opening a live room: which network (the machine's addresses, loopback for one machine),
 * which port, and for a workshop which quiz and how it is played. Rooms opened before can be
 * reopened where they were left.
 */
export function OpenRoomPanel({ target }: { target: Target }) {
  const { t } = useTranslation('live');
  const interfaces = useLiveStore(selectInterfaces);
  const rooms = useLiveStore(selectRooms);
  const busy = useLiveStore(selectLiveBusy);
  const error = useLiveStore(selectLiveError);
  const [chosenHost, setHost] = useState('');
  // The room's network by default (the list puts loopback last).
  const host = chosenHost || interfaces[0]?.address || '';
  const [port, setPort] = useState('8765');
  const [quizId, setQuizId] = useState(
    target.kind === 'quiz' ? (target.defaultQuiz ?? target.quizzes[0]?.id ?? '') : '',
  );
  const [timer, setTimer] = useState('');
  const [leaderboard, setLeaderboard] = useState(false);
  const [selfPaced, setSelfPaced] = useState(false);
  const [teams, setTeams] = useState(false);
  const ids = useId();
  const filterKey = target.kind === 'quiz' ? target.sessionId : target.assessmentId;

  useEffect(() => {
    void useLiveStore
      .getState()
      .loadSetup(target.kind === 'quiz' ? { sessionId: filterKey } : { assessmentId: filterKey });
  }, [target.kind, filterKey]);

  const portNumber = Number(port);
  const portOk = Number.isInteger(portNumber) && portNumber >= 0 && portNumber <= 65535;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!host || !portOk) return;
    const store = useLiveStore.getState();
    const room =
      target.kind === 'quiz'
        ? await store.open({
            kind: 'quiz',
            sessionId: target.sessionId,
            quizId,
            host,
            port: portNumber,
            options: {
              timerSeconds: timer ? Number(timer) : null,
              leaderboard,
              selfPaced,
              teams,
            },
          })
        : await store.open({
            kind: 'vote',
            assessmentId: target.assessmentId,
            host,
            port: portNumber,
          });
    if (room) navigate({ page: 'live', roomId: room.id });
  };

  const reopen = async (roomId: string) => {
    const room = await useLiveStore.getState().reopen(roomId, host, portOk ? portNumber : 0);
    if (room) navigate({ page: 'live', roomId: room.id });
  };

  return (
    <section className="lr-setup ws-card" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="section-title section-title--first">
        {t(target.kind === 'quiz' ? 'setup.titleQuiz' : 'setup.titleVote')}
      </h2>
      <p className="lr-setup__intro">{t('setup.intro')}</p>
      {error && <ErrorAlert error={error} onRetry={() => useLiveStore.getState().clearError()} />}
      <form className="form-grid lr-setup__form" onSubmit={(event) => void submit(event)}>
        {target.kind === 'quiz' && (
          <div className="field">
            <label className="field__label" htmlFor={`${ids}-quiz`}>
              {t('setup.quiz')}
            </label>
            <select
              className="field__select"
              id={`${ids}-quiz`}
              value={quizId}
              onChange={(e) => setQuizId(e.target.value)}
              required
            >
              {target.quizzes.map((q) => (
                <option key={q.id} value={q.id}>
                  {q.title}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-host`}>
            {t('setup.network')}
          </label>
          <select
            className="field__select"
            id={`${ids}-host`}
            value={host}
            onChange={(e) => setHost(e.target.value)}
            aria-describedby={`${ids}-host-hint`}
          >
            {interfaces.map((i) => (
              <option key={`${i.name}-${i.address}`} value={i.address}>
                {i.internal
                  ? t('setup.loopback', { address: i.address })
                  : `${i.address} (${i.name})`}
              </option>
            ))}
          </select>
          <p id={`${ids}-host-hint`} className="field__hint">
            {t('setup.networkHint')}
          </p>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-port`}>
            {t('setup.port')}
          </label>
          <input
            className="field__input"
            id={`${ids}-port`}
            inputMode="numeric"
            value={port}
            onChange={(e) => setPort(e.target.value.trim())}
            aria-invalid={!portOk}
            aria-describedby={`${ids}-port-hint`}
          />
          <p id={`${ids}-port-hint`} className="field__hint">
            {portOk ? t('setup.portHint') : t('setup.portInvalid')}
          </p>
        </div>
        {target.kind === 'quiz' && (
          <fieldset className="fieldset lr-setup__options">
            <legend>{t('setup.options')}</legend>
            <div className="field">
              <label className="field__label" htmlFor={`${ids}-timer`}>
                {t('setup.timer')}
              </label>
              <select
                className="field__select"
                id={`${ids}-timer`}
                value={timer}
                onChange={(e) => setTimer(e.target.value)}
              >
                <option value="">{t('setup.noTimer')}</option>
                {[20, 30, 45, 60, 90, 120].map((s) => (
                  <option key={s} value={s}>
                    {t('setup.seconds', { count: s })}
                  </option>
                ))}
              </select>
            </div>
            <label className="check">
              <input
                type="checkbox"
                checked={selfPaced}
                onChange={(e) => setSelfPaced(e.target.checked)}
              />
              {t('setup.selfPaced')}
            </label>
            <label className="check">
              <input
                type="checkbox"
                checked={leaderboard}
                onChange={(e) => setLeaderboard(e.target.checked)}
              />
              {t('setup.leaderboard')}
            </label>
            <label className="check">
              <input type="checkbox" checked={teams} onChange={(e) => setTeams(e.target.checked)} />
              {t('setup.teams')}
            </label>
          </fieldset>
        )}
        <p className="field__hint">{t('setup.firewall')}</p>
        <div>
          <button
            type="submit"
            className="button button--primary"
            disabled={busy || !host || !portOk || (target.kind === 'quiz' && !quizId)}
          >
            {t('setup.open')}
          </button>
        </div>
      </form>
      {rooms.length > 0 && (
        <>
          <h3 className="lr-setup__earlier">{t('setup.earlier')}</h3>
          <ul className="lr-setup__rooms">
            {rooms.map((room) => (
              <li key={room.id}>
                <span>
                  {t('setup.roomLine', {
                    code: room.code,
                    date: formatDateTime(room.openedAt),
                  })}
                  {room.open ? ` · ${t('setup.isOpen')}` : ''}
                </span>
                {room.open ? (
                  <a className="button" href={liveRoomHref(room.id)}>
                    {t('setup.show')}
                  </a>
                ) : (
                  <button
                    type="button"
                    className="button"
                    disabled={busy}
                    onClick={() => void reopen(room.id)}
                  >
                    {t('setup.reopen')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { LoadingNotice } from '@renderer/components/LoadingNotice';
import { WorkshopLanguage } from '@renderer/i18n/WorkshopLanguage';
import { navigate } from '@renderer/router/use-route';
import type { PresenterStep } from '@renderer/stores/sessions/presenter/steps';
import {
  selectPresenterError,
  selectPresenterIndex,
  selectPresenterLanguage,
  selectPresenterRevealed,
  selectPresenterStatus,
  selectPresenterSteps,
  selectPresenterTimer,
  selectPresenterTitle,
  timerMinutes,
  usePresenterStore,
} from '@renderer/stores/sessions/presenter/store';
import { sessionTabHref } from '../session-routes';
import '@renderer/styles/sessions.css';

function StepView({ step, revealed }: { step: PresenterStep; revealed: boolean }) {
  const { t } = useTranslation('sessions');
  switch (step.kind) {
    case 'article-title':
      return (
        <div className="pr-center">
          <p className="pr-kicker">{step.chapter}</p>
          <h1 className="pr-title">
            {t('present.articleTitle', { number: step.number, title: step.title })}
          </h1>
        </div>
      );
    case 'article-summary':
      return (
        <div>
          <p className="pr-kicker">
            {t('present.articleTitle', { number: step.number, title: step.title })}
          </p>
          <h1 className="pr-heading">{t('present.summary')}</h1>
          <p className={step.summary.length > 420 ? 'pr-text pr-text--long' : 'pr-text'}>
            {step.summary}
          </p>
        </div>
      );
    case 'provision':
      return (
        <div>
          <p className="pr-kicker">
            {t('present.articleTitle', { number: step.number, title: step.title })} ·{' '}
            {t('present.provisionCount', { n: step.position, count: step.total })}
          </p>
          <h1 className="pr-heading">{t('present.paragraph', { paragraph: step.paragraph })}</h1>
          <p className={step.text.length > 420 ? 'pr-text pr-text--long' : 'pr-text'}>
            {step.text}
          </p>
        </div>
      );
    case 'chapter': {
      const chapterTitle = t('present.chapterTitle', { number: step.chapter, title: step.title });
      const articles = t('present.articles', { range: step.articles });
      // A custom title leads; the chapter it covers moves up to the kicker.
      return (
        <div className="pr-center">
          <p className="pr-kicker">
            {step.customTitle ? `${chapterTitle} · ${articles}` : articles}
          </p>
          <h1 className="pr-title">{step.customTitle ?? chapterTitle}</h1>
        </div>
      );
    }
    case 'quiz-title':
      return (
        <div className="pr-center">
          <p className="pr-kicker">{t('present.quiz')}</p>
          <h1 className="pr-title">{step.title}</h1>
          <p className="pr-text">{t('present.quizQuestions', { count: step.questions })}</p>
        </div>
      );
    case 'question': {
      const q = step.question;
      const key = new Set(q.answer);
      return (
        <div>
          <p className="pr-kicker">
            {step.quizTitle} · {t('present.questionCount', { n: step.position, count: step.total })}
          </p>
          {q.scenario && <p className="pr-scenario">{q.scenario}</p>}
          <h1 className="pr-question">{q.prompt}</h1>
          {q.type === 'matching' ? (
            <ul className="pr-options">
              {q.pairs.map((p, i) => (
                <li key={p.left} className="pr-option">
                  <span className="pr-option__letter">{i + 1}</span>
                  <span>
                    {p.left}
                    {revealed && (
                      <strong className="pr-match">
                        {' '}
                        {t('present.matchArrow')} {p.right}
                      </strong>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <ol className="pr-options">
              {q.options.map((o, i) => {
                const right = revealed && key.has(o.id);
                return (
                  <li
                    key={o.id}
                    className={`pr-option${right ? ' pr-option--right' : ''}${revealed && !right ? ' pr-option--dim' : ''}`}
                  >
                    <span className="pr-option__letter">{String.fromCharCode(65 + i)}</span>
                    <span>{o.text}</span>
                    {right && (
                      <span className="pr-option__mark">
                        <span aria-hidden="true">✓ </span>
                        {t('present.correct')}
                      </span>
                    )}
                  </li>
                );
              })}
            </ol>
          )}
          {revealed ? (
            <div className="pr-explanation" role="status">
              <p className="pr-explanation__label">{t('present.explanation')}</p>
              <p>{q.explanation}</p>
            </div>
          ) : (
            <p className="pr-hint">{t('present.revealHint')}</p>
          )}
        </div>
      );
    }
    case 'pause':
      return (
        <div className="pr-center">
          <p className="pr-kicker">{t(`agenda.kind.${step.blockKind}`)}</p>
          <h1 className="pr-title">{step.title || t(`agenda.kind.${step.blockKind}`)}</h1>
          {step.minutes ? (
            <p className="pr-text">{t('present.minutes', { count: step.minutes })}</p>
          ) : null}
        </div>
      );
    case 'missing':
      return (
        <div className="pr-center">
          <p className="pr-kicker">{t(`agenda.kind.${step.blockKind}`)}</p>
          <h1 className="pr-title">{step.title || t('present.missingTitle')}</h1>
          <p className="pr-text">{t('present.missing')}</p>
        </div>
      );
  }
}

const clock = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** The projector view, in the workshop's language whatever the facilitator's interface is in. */
export function PresenterScreen({ id }: { id: string }) {
  const language = usePresenterStore(selectPresenterLanguage);
  return (
    <WorkshopLanguage language={language}>
      <PresenterView id={id} />
    </WorkshopLanguage>
  );
}

function PresenterView({ id }: { id: string }) {
  const { t } = useTranslation('sessions');
  const steps = usePresenterStore(selectPresenterSteps);
  const index = usePresenterStore(selectPresenterIndex);
  const revealed = usePresenterStore(selectPresenterRevealed);
  const status = usePresenterStore(selectPresenterStatus);
  const error = usePresenterStore(selectPresenterError);
  const title = usePresenterStore(selectPresenterTitle);
  const timer = usePresenterStore(selectPresenterTimer);
  const timerOn = timer !== null;
  const root = useRef<HTMLDivElement>(null);
  const step = steps[index];
  const leave = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    navigate({ page: 'session', id, tab: 'agenda' });
  };
  const minutes = timerMinutes(step);
  const [now, setNow] = useState(0);
  // Never more than the countdown's start: the clock read last may predate a restart by a tick.
  const remaining =
    timer === null
      ? null
      : Math.max(0, Math.min(timer.seconds, Math.round((timer.end - now) / 1000)));
  const timerEnd = timer?.end ?? null;
  useEffect(() => {
    if (timerEnd === null) return;
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(tick);
  }, [timerEnd]);
  const toggleTimer = () => {
    setNow(Date.now());
    usePresenterStore.getState().toggleTimer();
  };

  useEffect(() => {
    void usePresenterStore.getState().load(id);
    root.current?.focus();
    return () => usePresenterStore.getState().reset();
  }, [id]);

  useEffect(() => {
    document.title = `${title || t('present.title')} · ${t('present.title')}`;
  }, [title, t]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target;
      const onButton = target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement;
      if (onButton && (event.key === ' ' || event.key === 'Enter')) return;
      const store = usePresenterStore.getState();
      // The workshop's direction, which may differ from the facilitator's interface.
      const rtl = root.current ? getComputedStyle(root.current).direction === 'rtl' : false;
      switch (event.key) {
        case ' ':
        case 'PageDown':
          store.next();
          break;
        case 'ArrowRight':
          if (rtl) store.previous();
          else store.next();
          break;
        case 'ArrowLeft':
          if (rtl) store.next();
          else store.previous();
          break;
        case 'PageUp':
          store.previous();
          break;
        case 'Home':
          store.goTo(0);
          break;
        case 'End':
          store.goTo(store.steps.length - 1);
          break;
        case 'Enter':
          store.toggleReveal();
          break;
        case 't':
        case 'T':
          toggleTimer();
          break;
        case 'Escape':
          leave();
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
    // leave only depends on id
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  const fullScreen = () => {
    const element = document.documentElement;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else if (element.requestFullscreen) void element.requestFullscreen().catch(() => undefined);
  };

  return (
    <div className="pr" ref={root} tabIndex={-1}>
      <main className="pr-stage" aria-live="polite" aria-atomic="true">
        {status === 'loading' && <LoadingNotice />}
        {status === 'error' && error && <ErrorAlert error={error} />}
        {status === 'ready' && steps.length === 0 && (
          <div className="pr-center">
            <h1 className="pr-title">{title}</h1>
            <p className="pr-text">{t('present.empty')}</p>
            <p>
              <a className="pr-link" href={sessionTabHref(id, 'agenda')}>
                {t('present.editAgenda')}
              </a>
            </p>
          </div>
        )}
        {step && <StepView step={step} revealed={Boolean(revealed[index])} />}
      </main>
      <footer className="pr-bar">
        {steps.length > 0 && step && (
          <div className="pr-progress">
            <span>
              {t('present.progress', {
                block: step.block + 1,
                blocks: step.blocks,
                n: index + 1,
                count: steps.length,
              })}
            </span>
            <progress
              className="pr-progress__bar"
              value={index + 1}
              max={steps.length}
              aria-label={t('present.progressLabel')}
            />
          </div>
        )}
        {remaining !== null && (
          <span className={`pr-timer${remaining === 0 ? ' pr-timer--done' : ''}`} role="timer">
            {t('present.timer', { time: clock(remaining) })}
          </span>
        )}
        <div className="pr-controls">
          <button
            type="button"
            className="pr-button"
            onClick={() => usePresenterStore.getState().previous()}
          >
            {t('present.previous')}
          </button>
          <button
            type="button"
            className="pr-button"
            onClick={() => usePresenterStore.getState().next()}
          >
            {t('present.next')}
          </button>
          {step?.kind === 'question' && (
            <button
              type="button"
              className="pr-button"
              onClick={() => usePresenterStore.getState().toggleReveal()}
            >
              {revealed[index] ? t('present.hide') : t('present.reveal')}
            </button>
          )}
          <button type="button" className="pr-button" aria-pressed={timerOn} onClick={toggleTimer}>
            {t('present.timerButton', { minutes })}
          </button>
          <button type="button" className="pr-button" onClick={fullScreen}>
            {t('present.fullScreen')}
          </button>
          <button type="button" className="pr-button" onClick={leave}>
            {t('present.leave')}
          </button>
        </div>
        <p className="pr-keys">{t('present.keys')}</p>
      </footer>
    </div>
  );
}

import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge, call } from '@renderer/api/client';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { BackIcon } from '@renderer/components/icons';
import { LoadingNotice } from '@renderer/components/LoadingNotice';
import { MoveToTrashButton } from '@renderer/components/MoveToTrashButton';
import { PageTitle } from '@renderer/components/PageTitle';
import { watchEvents } from '@renderer/api/events';
import {
  selectSession,
  selectSessionError,
  selectSessionStatus,
} from '@renderer/stores/sessions/selectors';
import { useSessionsStore } from '@renderer/stores/sessions/store';
import { useLibraryStore } from '@renderer/stores/library/store';
import { AgendaTab } from './agenda/AgendaTab';
import { AttendanceTab } from './attendance/AttendanceTab';
import { formatDateRange } from './format';
import { OutputsTab } from './outputs/OutputsTab';
import { OverviewTab } from './OverviewTab';
import { QuizzesTab } from './quizzes/QuizzesTab';
import { LiveTab } from './live/LiveTab';
import { RegisterTab } from './register/RegisterTab';
import { ResultsTab } from './results/ResultsTab';
import { sessionHref, sessionTabHref, SESSION_TABS, type SessionTab } from './session-routes';
import '@renderer/styles/sessions.css';

function Tabs({ id, tab }: { id: string; tab: SessionTab }) {
  const { t } = useTranslation('sessions');
  const refs = useRef<Partial<Record<SessionTab, HTMLAnchorElement | null>>>({});

  // The tab is in the address, so back/forward walk the tabs and a reload keeps the place.
  const select = (next: SessionTab) => {
    window.location.hash = sessionTabHref(id, next);
    refs.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const index = SESSION_TABS.indexOf(tab);
    const rtl = document.documentElement.dir === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    let next: SessionTab | undefined;
    if (step) next = SESSION_TABS[(index + step + SESSION_TABS.length) % SESSION_TABS.length];
    else if (event.key === 'Home') next = SESSION_TABS[0];
    else if (event.key === 'End') next = SESSION_TABS[SESSION_TABS.length - 1];
    if (!next) return;
    event.preventDefault();
    select(next);
  };

  return (
    <div className="ws-tabs" role="tablist" aria-label={t('tabs.label')} onKeyDown={onKeyDown}>
      {SESSION_TABS.map((name) => (
        <a
          key={name}
          ref={(element) => {
            refs.current[name] = element;
          }}
          href={sessionTabHref(id, name)}
          role="tab"
          id={`ws-tab-${name}`}
          className="ws-tabs__tab"
          aria-selected={tab === name}
          aria-controls={`ws-panel-${name}`}
          tabIndex={tab === name ? 0 : -1}
        >
          {t(`tabs.${name}`)}
        </a>
      ))}
    </div>
  );
}

function Panel({ tab }: { tab: SessionTab }) {
  const content: Record<SessionTab, () => ReactNode> = {
    overview: () => <OverviewTab />,
    register: () => <RegisterTab />,
    attendance: () => <AttendanceTab />,
    agenda: () => <AgendaTab />,
    quizzes: () => <QuizzesTab />,
    live: () => <LiveTab />,
    results: () => <ResultsTab />,
    outputs: () => <OutputsTab />,
  };
  return (
    <div
      role="tabpanel"
      id={`ws-panel-${tab}`}
      aria-labelledby={`ws-tab-${tab}`}
      className="ws-panel"
      tabIndex={-1}
    >
      {content[tab]()}
    </div>
  );
}

export function SessionPage({ id, tab }: { id: string; tab: SessionTab }) {
  const { t } = useTranslation('sessions');
  const session = useSessionsStore(selectSession);
  const status = useSessionsStore(selectSessionStatus);
  const error = useSessionsStore(selectSessionError);

  useEffect(() => {
    void useSessionsStore.getState().load(id);
    void useSessionsStore.getState().loadQuizzes();
    void useLibraryStore.getState().loadOverview();
    const stopEvents = watchEvents(bridge, (event) => {
      if (event.name !== 'job.progress') return;
      const store = useSessionsStore.getState();
      store.receiveReportProgress(event.payload);
      store.receiveImportProgress(event.payload);
      store.receiveCertificateProgress(event.payload);
    });
    // Marks and edits still queued are sent when the window goes away or is hidden.
    const onHide = () => {
      void useSessionsStore.getState().flushAttendance();
      void useSessionsStore.getState().flushEdits();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') onHide();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stopEvents();
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void useSessionsStore.getState().flushEdits();
    };
  }, [id]);

  const current = session?.id === id ? session : null;

  return (
    <div className="page page--wide ws-page ws-session">
      <header className="page-header ws-session__header">
        <a className="back-link" href={sessionHref({ page: 'sessions' })}>
          <BackIcon />
          {t('session.back')}
        </a>
        {current ? (
          <div className="ws-session__heading">
            <div>
              <PageTitle documentTitle={current.title}>{current.title}</PageTitle>
              <p className="page-header__meta">
                {formatDateRange(current.startDate, current.endDate)}
                {current.place && ` · ${current.place}`}
                {` · ${t('session.participants', { count: current.participants.length })}`}
              </p>
            </div>
            <div className="trash-actions">
              <MoveToTrashButton
                kind="workshop"
                title={current.title}
                remove={() => call('sessions.delete', { id })}
                onMoved={() => (window.location.hash = sessionHref({ page: 'sessions' }))}
              />
              <a className="button button--primary" href={sessionHref({ page: 'present', id })}>
                {t('session.present')}
              </a>
            </div>
          </div>
        ) : (
          status === 'loading' && <LoadingNotice />
        )}
      </header>
      {status === 'error' && error && !current && (
        <ErrorAlert
          error={error}
          title={t('session.notFound')}
          onRetry={() => void useSessionsStore.getState().load(id)}
        />
      )}
      {current && (
        <>
          <Tabs id={id} tab={tab} />
          <Panel tab={tab} />
        </>
      )}
    </div>
  );
}

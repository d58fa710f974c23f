import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '@renderer/api/client';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { BackIcon } from '@renderer/components/icons';
import { LoadingNotice } from '@renderer/components/LoadingNotice';
import { PageTitle } from '@renderer/components/PageTitle';
import { formatDate } from '@renderer/format/intl';
import { useCountryNames } from '@renderer/format/locale';
import { watchEvents } from '@renderer/api/events';
import {
  selectAssessment,
  selectError,
  selectStatus,
  selectTab,
} from '@renderer/stores/checklist/selectors';
import { useChecklistStore } from '@renderer/stores/checklist/store';
import { CHECKLIST_TABS, type ChecklistTab } from '@renderer/stores/checklist/view-slice';
import { useLibraryStore } from '@renderer/stores/library/store';
import { DashboardTab } from './DashboardTab';
import { ExportTab } from './ExportTab';
import { HistoryTab } from './HistoryTab';
import { ItemsTab } from './ItemsTab';
import { ValidationTab } from './ValidationTab';
import { Toast } from './Toast';
import '@renderer/styles/checklists.css';

const isTextField = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement &&
      !['checkbox', 'radio', 'button', 'submit', 'file'].includes(target.type)));

/**
 * Page-wide: on the Items tab, Ctrl/Cmd+Z undoes and Ctrl+Shift+Z or Ctrl+Y redoes outside text
 * fields; edits are sent when the page goes away.
 */
function useChecklistKeysAndLifecycle() {
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (
        !(event.ctrlKey || event.metaKey) ||
        event.altKey ||
        isTextField(event.target) ||
        document.querySelector('dialog[open]') ||
        // Only the Items tab edits; the other tabs have nothing of their own to take back.
        useChecklistStore.getState().tab !== 'items'
      )
        return;
      const key = event.key.toLowerCase();
      const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        void useChecklistStore.getState().undo();
      } else if (redo) {
        event.preventDefault();
        void useChecklistStore.getState().redo();
      }
    };
    const onHide = () => void useChecklistStore.getState().flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') onHide();
    };
    const stopEvents = watchEvents(bridge, (event) => {
      if (event.name === 'job.progress')
        useChecklistStore.getState().receiveExportProgress(event.payload);
    });
    document.addEventListener('keydown', onKey);
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      stopEvents();
    };
  }, []);
}

function Tabs() {
  const { t } = useTranslation();
  const tab = useChecklistStore(selectTab);
  const refs = useRef<Partial<Record<ChecklistTab, HTMLButtonElement | null>>>({});

  const select = (next: ChecklistTab) => {
    useChecklistStore.getState().setTab(next);
    refs.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const index = CHECKLIST_TABS.indexOf(tab);
    const rtl = document.documentElement.dir === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    let next: ChecklistTab | undefined;
    if (step) next = CHECKLIST_TABS[(index + step + CHECKLIST_TABS.length) % CHECKLIST_TABS.length];
    else if (event.key === 'Home') next = CHECKLIST_TABS[0];
    else if (event.key === 'End') next = CHECKLIST_TABS[CHECKLIST_TABS.length - 1];
    if (!next) return;
    event.preventDefault();
    select(next);
  };

  return (
    <div
      className="tabs"
      role="tablist"
      aria-label={t('checklist.tabs.label')}
      onKeyDown={onKeyDown}
    >
      {CHECKLIST_TABS.map((name) => (
        <button
          key={name}
          ref={(element) => {
            refs.current[name] = element;
          }}
          type="button"
          role="tab"
          id={`checklist-tab-${name}`}
          className="tabs__tab"
          aria-selected={tab === name}
          aria-controls={`checklist-panel-${name}`}
          tabIndex={tab === name ? 0 : -1}
          onClick={() => select(name)}
        >
          {t(`checklist.tabs.${name}`)}
        </button>
      ))}
    </div>
  );
}

function TabPanels() {
  const tab = useChecklistStore(selectTab);
  const panel = (name: ChecklistTab, content: ReactNode) => (
    <div
      role="tabpanel"
      id={`checklist-panel-${name}`}
      aria-labelledby={`checklist-tab-${name}`}
      className="tab-panel"
      hidden={tab !== name}
    >
      {tab === name && content}
    </div>
  );
  return (
    <>
      {panel('items', <ItemsTab />)}
      {panel('dashboard', <DashboardTab />)}
      {panel('history', <HistoryTab />)}
      {panel('validation', <ValidationTab />)}
      {panel('export', <ExportTab />)}
    </>
  );
}

export function ChecklistPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const countries = useCountryNames();
  const assessment = useChecklistStore(selectAssessment);
  const status = useChecklistStore(selectStatus);
  const error = useChecklistStore(selectError);
  useChecklistKeysAndLifecycle();

  useEffect(() => {
    void useChecklistStore.getState().load(id);
    void useLibraryStore.getState().loadOverview();
    return () => useChecklistStore.getState().stopEditor();
  }, [id]);

  const current = assessment?.id === id ? assessment : null;

  return (
    <div className="page page--wide page--checklist">
      <header className="page-header page-header--compact">
        <a className="back-link" href="#/checklists">
          <BackIcon />
          {t('checklist.back')}
        </a>
        {current ? (
          <>
            <PageTitle documentTitle={current.title}>{current.title}</PageTitle>
            <p className="page-header__meta">
              {t('checklist.meta', {
                country: countries.name(current.country),
                date: formatDate(current.date),
              })}
              {current.organisation && ` · ${current.organisation}`}
              {current.assessors.length > 0 &&
                ` · ${t('checklist.assessors', { names: current.assessors.join(', ') })}`}
            </p>
          </>
        ) : (
          status === 'loading' && <LoadingNotice />
        )}
      </header>
      {status === 'error' && error && !current && (
        <ErrorAlert
          error={error}
          title={t('checklist.notFound')}
          onRetry={() => void useChecklistStore.getState().load(id)}
        />
      )}
      {current && (
        <>
          <Tabs />
          <TabPanels />
        </>
      )}
      <Toast />
    </div>
  );
}

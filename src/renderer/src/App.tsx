import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './components/ErrorAlert';
import { LoadingNotice } from './components/LoadingNotice';
import { StandaloneScreen } from './components/StandaloneScreen';
import { Workbench } from './components/Workbench';
import { AccessDeniedScreen } from './pages/access/AccessDeniedScreen';
import { ClosedScreen } from './pages/ClosedScreen';
import { RecoveryScreen } from './pages/recovery/RecoveryScreen';
import { selectPhase, selectRecovery, selectStatusError } from './stores/system/selectors';
import { useSystemStore } from './stores/system/store';

/** The status decides the whole window: the app only runs over a database that opened. */
export function App() {
  const { t } = useTranslation();
  const phase = useSystemStore(selectPhase);
  const recovery = useSystemStore(selectRecovery);
  const error = useSystemStore(selectStatusError);

  useEffect(() => {
    // A page started from the answers it carries (first-screen/seed.ts) knows its status already.
    if (useSystemStore.getState().phase === 'starting')
      void useSystemStore.getState().checkStatus();
  }, []);

  switch (phase) {
    case 'ready':
      return <Workbench />;
    case 'recovery':
      return recovery && <RecoveryScreen recovery={recovery} />;
    case 'denied':
      return <AccessDeniedScreen />;
    case 'closed':
      return <ClosedScreen />;
    case 'failed':
      return (
        <StandaloneScreen>
          <h1 className="standalone__title">{t('app.errorTitle')}</h1>
          {error && (
            <ErrorAlert
              error={error}
              onRetry={() => void useSystemStore.getState().checkStatus()}
            />
          )}
        </StandaloneScreen>
      );
    case 'starting':
      return (
        <StandaloneScreen>
          <LoadingNotice />
        </StandaloneScreen>
      );
  }
}

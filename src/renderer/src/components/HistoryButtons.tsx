import { BackIcon, ForwardIcon } from './icons';
import { useTranslation } from 'react-i18next';
import { useHistoryAvailability } from '../router/use-history-availability';

export function HistoryButtons() {
  const { t } = useTranslation();
  const { canGoBack, canGoForward } = useHistoryAvailability();
  return (
    <div className="history-buttons" role="group" aria-label={t('nav.history')}>
      <button
        type="button"
        className="icon-button"
        onClick={() => window.history.back()}
        disabled={!canGoBack}
        aria-label={t('nav.back')}
        title={t('nav.back')}
      >
        <BackIcon />
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={() => window.history.forward()}
        disabled={!canGoForward}
        aria-label={t('nav.forward')}
        title={t('nav.forward')}
      >
        <ForwardIcon />
      </button>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { ApiError } from '@shared/api/envelope';

interface ErrorAlertProps {
  error: ApiError;
  title?: string;
  onRetry?: () => void;
}

export function ErrorAlert({ error, title, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  return (
    <div className="alert" role="alert">
      <p className="alert__title">{title ?? t('app.errorTitle')}</p>
      <p className="alert__message">{error.message}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}

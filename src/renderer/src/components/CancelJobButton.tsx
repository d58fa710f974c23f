import { useTranslation } from 'react-i18next';

interface CancelJobButtonProps {
  /** Null until the job's first progress event names it: there is nothing to cancel yet. */
  jobId: string | null;
  cancelling: boolean;
  onCancel: () => void;
  /** What is being stopped, for screen readers ("Cancel the report export"). */
  label: string;
}

/** Stops a long job (jobs.cancel) from beside its progress bar. */
export function CancelJobButton({ jobId, cancelling, onCancel, label }: CancelJobButtonProps) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button--small"
      disabled={jobId === null || cancelling}
      aria-label={label}
      onClick={onCancel}
    >
      {cancelling ? t('jobs.cancelling') : t('jobs.cancel')}
    </button>
  );
}

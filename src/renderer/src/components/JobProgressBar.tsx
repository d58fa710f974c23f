import type { JobProgress } from '@renderer/stores/job-progress';
import { CancelJobButton } from './CancelJobButton';

interface JobProgressBarProps {
  /** What is under way, beside the bar and as its accessible name. */
  label: string;
  job: JobProgress;
  /** The Cancel button's accessible name: which job it stops. */
  cancelLabel: string;
  onCancel: () => void;
}

/** A running job's bar (indeterminate until its first step) and its Cancel button. */
export function JobProgressBar({ label, job, cancelLabel, onCancel }: JobProgressBarProps) {
  return (
    <div className="progress progress--labelled">
      <span className="progress__label">{label}</span>
      <progress
        className="progress__bar"
        aria-label={label}
        {...(job.fraction !== null ? { value: job.fraction, max: 1 } : {})}
      />
      <CancelJobButton
        jobId={job.jobId}
        cancelling={job.cancelling}
        label={cancelLabel}
        onCancel={onCancel}
      />
    </div>
  );
}

import type { StateCreator } from 'zustand';
import type { Input } from '@shared/api/contract';
import type { ApiError } from '@shared/api/envelope';
import type { EventPayload } from '@shared/api/events';
import { call } from '@renderer/api/client';
import { offerDownload } from '@renderer/files/download';
import { cancelExportJob, exportProgress, runExportJob, type ExportJobState } from '../export-job';
import { cancelJob, followJob, IDLE_JOB, type JobProgress } from '../job-progress';
import { toApiError, type LoadStatus } from '../load-state';
import type { SessionsStore } from './store';
import type { Eligibility, VerifiedCertificate } from './types';

export const SESSION_REPORT_FORMATS = ['pdf', 'docx', 'xlsx', 'csv'] as const;
export type SessionReportFormat = (typeof SESSION_REPORT_FORMATS)[number];
export const REPORT_LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh', 'vi'] as const;
export type ReportLanguage = NonNullable<Input<'reports.renderSession'>['language']>;

export interface CertificateCriteriaDraft {
  minDaysAttended: number;
  minPostScore: number;
}

export interface OutputsState extends ExportJobState {
  reportFormat: SessionReportFormat;
  reportLanguage: ReportLanguage;
  criteria: CertificateCriteriaDraft;
  eligibility: Eligibility | null;
  eligibilityStatus: LoadStatus;
  eligibilityError: ApiError | null;
  /** cancelled: the user stopped the certificates (jobs.cancel); no file was made. */
  certificatePhase: 'idle' | 'running' | 'done' | 'error' | 'cancelled';
  certificateJob: JobProgress;
  certificateError: ApiError | null;
  certificateResult: { fileName: string; certificates: number } | null;
  verifyPhase: 'idle' | 'checking' | 'done' | 'error';
  verified: VerifiedCertificate;
  verifyError: ApiError | null;
}

export interface OutputsSlice extends OutputsState {
  setReportFormat(format: SessionReportFormat): void;
  setReportLanguage(language: ReportLanguage): void;
  exportReport(): Promise<void>;
  cancelReport(): Promise<void>;
  receiveReportProgress(progress: EventPayload<'job.progress'>): void;
  setCriteria(criteria: Partial<CertificateCriteriaDraft>): void;
  checkEligibility(): Promise<void>;
  renderCertificates(): Promise<void>;
  cancelCertificates(): Promise<void>;
  receiveCertificateProgress(progress: EventPayload<'job.progress'>): void;
  verifyCode(code: string): Promise<void>;
}

export const initialOutputsState: OutputsState = {
  reportFormat: 'pdf',
  reportLanguage: 'en',
  exportPhase: 'idle',
  exportJobId: null,
  exportCancelling: false,
  exportFraction: null,
  exportError: null,
  exportedFile: null,
  criteria: { minDaysAttended: 1, minPostScore: 50 },
  eligibility: null,
  eligibilityStatus: 'idle',
  eligibilityError: null,
  certificatePhase: 'idle',
  certificateJob: IDLE_JOB,
  certificateError: null,
  certificateResult: null,
  verifyPhase: 'idle',
  verified: null,
  verifyError: null,
};

export const createOutputsSlice: StateCreator<SessionsStore, [], [], OutputsSlice> = (
  set,
  get,
) => ({
  ...initialOutputsState,
  setReportFormat: (reportFormat) => set({ reportFormat }),
  setReportLanguage: (reportLanguage) => set({ reportLanguage }),
  async exportReport() {
    const sessionId = get().session?.id;
    if (!sessionId || get().exportPhase === 'running') return;
    set({
      exportPhase: 'running',
      exportJobId: null,
      exportCancelling: false,
      exportFraction: null,
      exportError: null,
      exportedFile: null,
    });
    await runExportJob(set, () =>
      call('reports.renderSession', {
        sessionId,
        format: get().reportFormat,
        language: get().reportLanguage,
      }),
    );
  },
  cancelReport: () => cancelExportJob(get, set),

  receiveReportProgress(progress) {
    const fraction = exportProgress(get, set, progress, 'session-report');
    if (fraction !== null) set({ exportFraction: fraction });
  },

  setCriteria: (criteria) =>
    set({
      criteria: { ...get().criteria, ...criteria },
      eligibility: null,
      certificateResult: null,
    }),
  async checkEligibility() {
    const sessionId = get().session?.id;
    if (!sessionId) return;
    set({ eligibilityStatus: 'loading', eligibilityError: null });
    try {
      const eligibility = await call('certificates.eligibility', {
        sessionId,
        criteria: get().criteria,
      });
      set({ eligibility, eligibilityStatus: 'ready' });
    } catch (error) {
      set({ eligibilityStatus: 'error', eligibilityError: toApiError(error) });
    }
  },
  async renderCertificates() {
    const sessionId = get().session?.id;
    if (!sessionId || get().certificatePhase === 'running') return;
    set({
      certificatePhase: 'running',
      certificateJob: IDLE_JOB,
      certificateError: null,
      certificateResult: null,
    });
    try {
      const file = await call('certificates.render', {
        sessionId,
        criteria: get().criteria,
        language: get().reportLanguage,
      });
      offerDownload(file);
      set({
        certificatePhase: 'done',
        certificateResult: { fileName: file.fileName, certificates: file.certificates },
      });
    } catch (error) {
      const certificateError = toApiError(error);
      if (certificateError.code === 'CANCELLED') set({ certificatePhase: 'cancelled' });
      else set({ certificatePhase: 'error', certificateError });
    } finally {
      set({ certificateJob: IDLE_JOB });
    }
  },
  cancelCertificates: () =>
    cancelJob(get().certificateJob, (certificateJob) => set({ certificateJob })),
  receiveCertificateProgress(progress) {
    if (get().certificatePhase !== 'running') return;
    const certificateJob = followJob(get().certificateJob, progress, 'certificates');
    if (certificateJob) set({ certificateJob });
  },
  async verifyCode(code) {
    const trimmed = code.trim();
    if (!trimmed) return;
    set({ verifyPhase: 'checking', verifyError: null, verified: null });
    try {
      set({ verified: await call('certificates.verify', { code: trimmed }), verifyPhase: 'done' });
    } catch (error) {
      set({ verifyPhase: 'error', verifyError: toApiError(error) });
    }
  },
});

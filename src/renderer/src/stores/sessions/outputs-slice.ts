import type { StateCreator } from 'zustand';
import type { Input } from '@shared/api/contract';
import type { ApiError } from '@shared/api/envelope';
import type { EventPayload } from '@shared/api/events';
import { call } from '@renderer/api/client';
import { offerDownload } from '@renderer/files/download';
import { cancelExportJob, exportProgress, runExportJob } from '../export-job';
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

export interface OutputsState {
  reportFormat: SessionReportFormat;
  reportLanguage: ReportLanguage;
  /** cancelled: the user stopped the export (jobs.cancel); no file was made. */
  exportPhase: 'idle' | 'running' | 'done' | 'error' | 'cancelled';
  /** The running export's job id, from its first progress event: what Cancel sends. */
  exportJobId: string | null;
  exportCancelling: boolean;
  exportFraction: number | null;
  exportError: ApiError | null;
  exportedFile: string | null;
  criteria: CertificateCriteriaDraft;
  eligibility: Eligibility | null;
  eligibilityStatus: LoadStatus;
  eligibilityError: ApiError | null;
  certificatePhase: 'idle' | 'running' | 'done' | 'error';
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
    set({ certificatePhase: 'running', certificateError: null, certificateResult: null });
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
      set({ certificatePhase: 'error', certificateError: toApiError(error) });
    }
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

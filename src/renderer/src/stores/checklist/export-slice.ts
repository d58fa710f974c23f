import type { StateCreator } from 'zustand';
import type { EventPayload } from '@shared/api/events';
import type { Assessment } from '@shared/domain/assessments';
import {
  REPORT_SECTIONS,
  type ReportOptions,
  type ReportSection,
} from '@shared/reports/assessment-report';
import { call } from '@renderer/api/client';
import { cancelExportJob, exportProgress, runExportJob, type ExportJobState } from '../export-job';
import i18n from '@renderer/i18n';
import { toApiError } from '../load-state';
import type { ChecklistStore } from './store';
import { toReportFilters } from './visible-items';

export const REPORT_FORMATS = ['pdf', 'docx', 'xlsx', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export type ReportLanguage = ReportOptions['language'];

/** The logo limit: a cover image, not a photograph. */
export const MAX_LOGO_BYTES = 1.5 * 1024 * 1024;

export interface Logo {
  dataUrl: string;
  fileName: string;
}

export interface ExportState extends ExportJobState {
  format: ReportFormat;
  sections: ReportSection[];
  /** The detail section lists every provision, not only the assessed ones. */
  fullDetail: boolean;
  organisation: string;
  logo: Logo | null;
  logoError: string | null;
  language: ReportLanguage;
  useFilters: boolean;
  exportStep: string | null;
}

export interface ExportSlice extends ExportState {
  initExport(assessment: Assessment): void;
  setFormat(format: ReportFormat): void;
  toggleSection(section: ReportSection): void;
  setFullDetail(fullDetail: boolean): void;
  setOrganisation(organisation: string): void;
  setLanguage(language: ReportLanguage): void;
  setUseFilters(useFilters: boolean): void;
  chooseLogo(file: File): Promise<void>;
  removeLogo(): void;
  exportReport(): Promise<void>;
  cancelExport(): Promise<void>;
  receiveExportProgress(progress: EventPayload<'job.progress'>): void;
}

export const initialExportState: ExportState = {
  format: 'pdf',
  sections: [...REPORT_SECTIONS],
  fullDetail: false,
  organisation: '',
  logo: null,
  logoError: null,
  language: 'en',
  useFilters: false,
  exportPhase: 'idle',
  exportJobId: null,
  exportCancelling: false,
  exportFraction: null,
  exportStep: null,
  exportError: null,
  exportedFile: null,
};

function readDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

export const createExportSlice: StateCreator<ChecklistStore, [], [], ExportSlice> = (set, get) => ({
  ...initialExportState,
  initExport: (assessment) => set({ organisation: assessment.organisation }),
  setFormat: (format) => set({ format }),
  toggleSection(section) {
    const { sections } = get();
    set({
      sections: sections.includes(section)
        ? sections.filter((s) => s !== section)
        : REPORT_SECTIONS.filter((s) => s === section || sections.includes(s)),
    });
  },
  setFullDetail: (fullDetail) => set({ fullDetail }),
  setOrganisation: (organisation) => set({ organisation }),
  setLanguage: (language) => set({ language }),
  setUseFilters: (useFilters) => set({ useFilters }),
  async chooseLogo(file) {
    if (file.type !== 'image/png' && file.type !== 'image/jpeg') {
      set({ logoError: i18n.t('checklist.export.logoType', { file: file.name }) });
      return;
    }
    if (file.size > MAX_LOGO_BYTES) {
      set({ logoError: i18n.t('checklist.export.logoSize', { file: file.name }) });
      return;
    }
    try {
      set({ logo: { dataUrl: await readDataUrl(file), fileName: file.name }, logoError: null });
    } catch (error) {
      set({ logoError: toApiError(error).message });
    }
  },
  removeLogo: () => set({ logo: null, logoError: null }),
  async exportReport() {
    const {
      assessmentId,
      format,
      sections,
      fullDetail,
      organisation,
      logo,
      language,
      useFilters,
      filters,
    } = get();
    if (!assessmentId || get().exportPhase === 'running' || sections.length === 0) return;
    set({
      exportPhase: 'running',
      exportJobId: null,
      exportCancelling: false,
      exportFraction: null,
      exportStep: null,
      exportError: null,
      exportedFile: null,
    });
    const options: ReportOptions = {
      sections,
      detail: fullDetail ? 'all' : 'assessed',
      organisation: organisation.trim(),
      language,
      filters: useFilters ? toReportFilters(filters) : {},
      ...(logo ? { logoDataUrl: logo.dataUrl } : {}),
    };
    await runExportJob(set, async () => {
      await get().flush();
      return call('reports.renderAssessment', { assessmentId, format, options });
    });
  },
  cancelExport: () => cancelExportJob(get, set),

  receiveExportProgress(progress) {
    const fraction = exportProgress(get, set, progress, 'report-export');
    if (fraction !== null) set({ exportFraction: fraction, exportStep: progress.step });
  },
});

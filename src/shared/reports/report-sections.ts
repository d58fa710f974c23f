export const REPORT_SECTIONS = ['cover', 'summary', 'charts', 'action-plan', 'details'] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

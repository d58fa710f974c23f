// How many sheets each workbook reports as it fills them (the progress bar's steps), kept apart
// from the exporters so that counting them does not load exceljs. Each exporter reports every
// sheet, then "pack": the total is these plus the first step ("layout") and "pack".

/** Items, Summary, Action plan (xlsx-report.ts). */
export const XLSX_REPORT_SHEETS = 3;
/** Workshop, Attendance, Results, Item analysis, Answers, Quick polls (session-xlsx.ts). */
export const SESSION_XLSX_SHEETS = 6;

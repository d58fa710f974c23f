import { excelCsv } from './excel-csv';
import type { ReportParticipant, SessionReport } from '../../../shared/reports/session-report';
import {
  PARTICIPANT_COLUMNS,
  sessionContext,
  type SessionCell,
  type SessionColumn,
} from './session-format';

/**
 * One row per participant: name, organisation, country, gender, days attended, pre, post, gain,
 * normalised gain (see excelCsv for the encoding). Scores are plain numbers in percent (0–100),
 * the gain in percentage points.
 */
export function sessionCsv(report: SessionReport): Buffer {
  const ctx = sessionContext(report);
  const value = (c: SessionColumn<ReportParticipant>, p: ReportParticipant): SessionCell => {
    const v = c.value(p, ctx);
    return c.kind === 'percent' && typeof v === 'number' ? Math.round(v * 1000) / 10 : v;
  };
  const rows = [
    PARTICIPANT_COLUMNS.map((c) => c.header(ctx)),
    ...report.participants.map((p) => PARTICIPANT_COLUMNS.map((c) => value(c, p))),
  ];
  return excelCsv(rows);
}

import type { DomainHandlers } from '../api/dispatch';
import { checkOutputPath, writeFileAtomic } from '../files/output-file';
import type { CoreContext } from '../services';
import { REPORT_EXTENSIONS } from './report-service';

/** The services these handlers use: made before each call (services.ts). */
export const reportsNeeds = ['jobs', 'paper'] as const;

/** Reports render in a job worker (jobs/job-kinds.ts); a file is written here, once whole. */
export function reportsHandlers({
  ready,
}: CoreContext<(typeof reportsNeeds)[number]>): DomainHandlers<'reports'> {
  return {
    'reports.exportAssessment': async ({ assessmentId, format, path, options }) => {
      const file = checkOutputPath(path, [REPORT_EXTENSIONS[format]]);
      const { bytes } = await ready().jobs.run('report-export', { assessmentId, format, options });
      return { path: file, bytes: writeFileAtomic(file, Buffer.from(bytes)) };
    },
    'reports.renderAssessment': async ({ assessmentId, format, options }) => {
      const { name, bytes } = await ready().jobs.run('report-export', {
        assessmentId,
        format,
        options,
      });
      return { fileName: name, contentBase64: Buffer.from(bytes).toString('base64') };
    },
    'reports.exportSession': async ({ sessionId, format, path, language }) => {
      const file = checkOutputPath(path, [REPORT_EXTENSIONS[format]]);
      const { bytes } = await ready().jobs.run('session-report', { sessionId, format, language });
      return { path: file, bytes: writeFileAtomic(file, Buffer.from(bytes)) };
    },
    'reports.renderSession': async ({ sessionId, format, language }) => {
      const { name, bytes } = await ready().jobs.run('session-report', {
        sessionId,
        format,
        language,
      });
      return { fileName: name, contentBase64: Buffer.from(bytes).toString('base64') };
    },
    // The paper fallback (paper-service.ts): sheets to print, rendered like the reports.
    'reports.renderQuizSheet': async (request) => {
      const { name, bytes } = await ready().paper.quizSheet(request);
      return { fileName: name, contentBase64: bytes.toString('base64') };
    },
    'reports.renderSignInSheet': async ({ sessionId }) => {
      const { name, bytes } = await ready().paper.signInSheet(sessionId);
      return { fileName: name, contentBase64: bytes.toString('base64') };
    },
  };
}

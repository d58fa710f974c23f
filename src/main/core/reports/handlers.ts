import type { DomainHandlers } from '../api/dispatch';
import { checkOutputPath, writeFileAtomic } from '../files/output-file';
import type { CoreContext } from '../services';
import { REPORT_EXTENSIONS } from './report-service';

export function reportsHandlers({ ready }: CoreContext): DomainHandlers<'reports'> {
  return {
    'reports.exportAssessment': async ({ assessmentId, format, path, options }) => {
      const file = checkOutputPath(path, [REPORT_EXTENSIONS[format]]);
      const { bytes } = await ready().reports.assessment(assessmentId, format, options);
      return { path: file, bytes: writeFileAtomic(file, bytes) };
    },
    'reports.renderAssessment': async ({ assessmentId, format, options }) => {
      const { name, bytes } = await ready().reports.assessment(assessmentId, format, options);
      return { fileName: name, contentBase64: bytes.toString('base64') };
    },
    'reports.exportSession': async ({ sessionId, format, path, language }) => {
      const file = checkOutputPath(path, [REPORT_EXTENSIONS[format]]);
      const { bytes } = await ready().reports.session(sessionId, format, language);
      return { path: file, bytes: writeFileAtomic(file, bytes) };
    },
    'reports.renderSession': async ({ sessionId, format, language }) => {
      const { name, bytes } = await ready().reports.session(sessionId, format, language);
      return { fileName: name, contentBase64: bytes.toString('base64') };
    },
  };
}

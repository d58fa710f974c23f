import type { DomainHandlers } from '../api/dispatch';
import type { CertificateRequest } from './certificate-service';
import { checkOutputPath, writeFileAtomic } from '../files/output-file';
import type { CoreContext } from '../services';

/** The services these handlers use: made before each call (services.ts). */
export const certificatesNeeds = ['certificates', 'jobs', 'settings'] as const;

/**
 * Certificates render in a job worker (jobs/job-kinds.ts). The signing secret is made here first
 * if there is none yet, so that the job only reads and can be stopped at once.
 */
export function certificatesHandlers({
  ready,
}: CoreContext<(typeof certificatesNeeds)[number]>): DomainHandlers<'certificates'> {
  const render = (request: CertificateRequest) => {
    ready().settings.certificateSecret();
    return ready().jobs.run('certificates', request);
  };
  return {
    'certificates.eligibility': ({ sessionId, criteria }) =>
      ready().certificates.eligibility(sessionId, criteria),
    'certificates.export': async ({ path, ...request }) => {
      const file = checkOutputPath(path, ['.pdf']);
      const { bytes, certificates, skipped } = await render(request);
      return { path: file, bytes: writeFileAtomic(file, bytes), certificates, skipped };
    },
    'certificates.render': async (request) => {
      const { name, bytes, certificates, skipped } = await render(request);
      return {
        fileName: name,
        contentBase64: Buffer.from(bytes).toString('base64'),
        certificates,
        skipped,
      };
    },
    'certificates.verify': ({ code }) => ready().certificates.verify(code),
  };
}

import type { DomainHandlers } from '../api/dispatch';
import { checkOutputPath, writeFileAtomic } from '../files/output-file';
import type { CoreContext } from '../services';

export function certificatesHandlers({ ready }: CoreContext): DomainHandlers<'certificates'> {
  return {
    'certificates.eligibility': ({ sessionId, criteria }) =>
      ready().certificates.eligibility(sessionId, criteria),
    'certificates.export': async ({ path, ...request }) => {
      const file = checkOutputPath(path, ['.pdf']);
      const { bytes, certificates, skipped } = await ready().certificates.render(request);
      return { path: file, bytes: writeFileAtomic(file, bytes), certificates, skipped };
    },
    'certificates.render': async (request) => {
      const { name, bytes, certificates, skipped } = await ready().certificates.render(request);
      return { fileName: name, contentBase64: bytes.toString('base64'), certificates, skipped };
    },
    'certificates.verify': ({ code }) => ready().certificates.verify(code),
  };
}

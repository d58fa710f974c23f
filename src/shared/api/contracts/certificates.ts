import { z } from 'zod';
import { fileWritten } from '../../domain/packs';
import { certificateCriteria } from '../../reports/session-report';
import { fileContent, id, outputPath, reportLanguage, type ContractPart } from './common';

const ineligible = z.object({
  participantId: z.string(),
  name: z.string(),
  reasons: z.array(z.string()),
});
const certificateRequest = {
  sessionId: id,
  criteria: certificateCriteria.optional(),
  participantIds: z.array(z.string().max(80)).max(2000).optional(),
  /** Omitted: the workshop's language (English when it is not one of the seven). */
  language: reportLanguage.optional(),
};

/** Certificates a workshop issues, and checking a certificate's code. */
export const certificatesContract = {
  'certificates.eligibility': {
    input: z.object({ sessionId: id, criteria: certificateCriteria.default({}) }).strict(),
    output: z.object({
      eligible: z.array(
        z.object({
          participantId: z.string(),
          name: z.string(),
          daysAttended: z.number(),
          post: z.number().nullable(),
        }),
      ),
      ineligible: z.array(ineligible),
    }),
    errors: ['NOT_FOUND'],
  },
  'certificates.export': {
    input: z.object({ ...certificateRequest, path: outputPath }).strict(),
    output: fileWritten.extend({ certificates: z.number().int(), skipped: z.array(ineligible) }),
    errors: ['NOT_FOUND'],
  },
  'certificates.render': {
    input: z.object(certificateRequest).strict(),
    output: fileContent.extend({ certificates: z.number().int(), skipped: z.array(ineligible) }),
    errors: ['NOT_FOUND'],
  },
  'certificates.verify': {
    input: z.object({ code: z.string().min(1).max(400) }).strict(),
    output: z
      .object({
        sessionId: z.string(),
        sessionTitle: z.string(),
        startDate: z.string(),
        endDate: z.string(),
        participantId: z.string(),
        name: z.string(),
        organisation: z.string(),
      })
      .nullable(),
  },
} as const satisfies ContractPart;

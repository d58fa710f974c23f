import {
  eligibleParticipants,
  type CertificateCriteria,
} from '../../../shared/reports/session-report';
import { localDate } from '../../../shared/dates';
import {
  isReportLanguage,
  loadReportLanguage,
  type ReportLanguage,
} from '../../../shared/i18n/report-catalogs';
import { exportName } from '../export-name';
import type { Progress } from '../jobs/progress';
import { findCertificate } from '../reports/certificate-code';
import { renderCertificates } from '../reports/certificates';
import type { Rendering } from '../reports/report-service';
import type { SettingsStore } from '../settings-store';
import type { SessionResultsService } from '../sessions/session-results';
import type { SessionStore } from '../sessions/session-store';

interface CertificateSources {
  sessions: SessionStore;
  settings: SettingsStore;
  results: SessionResultsService;
}

export interface CertificateRequest {
  sessionId: string;
  criteria?: CertificateCriteria | undefined;
  participantIds?: string[] | undefined;
  /** The workshop's language when omitted. */
  language?: ReportLanguage | undefined;
}

/** Someone a certificate was not made for, and why. */
export interface CertificateSkip {
  participantId: string;
  name: string;
  reasons: string[];
}

const reasonsOf = (i: {
  participantId: string;
  name: string;
  reasons: { message: string }[];
}): CertificateSkip => ({
  participantId: i.participantId,
  name: i.name,
  reasons: i.reasons.map((r) => r.message),
});

/** Who qualifies for a workshop's certificate, the certificates themselves, and checking a code. */
export function createCertificateService(from: CertificateSources, rendering: Rendering) {
  function eligibility(
    sessionId: string,
    criteria: CertificateCriteria,
    language?: ReportLanguage,
  ) {
    return eligibleParticipants(
      from.sessions.get(sessionId),
      from.results.of(sessionId),
      criteria,
      language,
    );
  }

  return {
    eligibility(sessionId: string, criteria: CertificateCriteria) {
      const e = eligibility(sessionId, criteria);
      return { eligible: e.eligible, ineligible: e.ineligible.map(reasonsOf) };
    },

    /** Certificates for who qualifies (or the people asked for), and why the others do not. */
    async render(request: CertificateRequest, progress?: Progress) {
      const session = from.sessions.get(request.sessionId);
      const language =
        request.language ?? (isReportLanguage(session.language) ? session.language : 'en');
      await loadReportLanguage(language);
      const e = eligibility(request.sessionId, request.criteria ?? {}, language);
      const wanted = request.participantIds ? new Set(request.participantIds) : null;
      const ids = e.eligible
        .map((x) => x.participantId)
        .filter((pid) => !wanted || wanted.has(pid));
      const bytes = await renderCertificates(
        {
          session,
          participantIds: ids,
          secret: from.settings.certificateSecret(),
          language,
          issuedOn: localDate(),
          organisation: from.settings.get().organisation || session.organiser,
        },
        { printer: rendering.printer, tempDir: rendering.tempDir(), onProgress: progress },
      );
      return {
        name: `${exportName('certificates', session.title)}.pdf`,
        bytes,
        certificates: ids.length,
        skipped: e.ineligible.filter((i) => !wanted || wanted.has(i.participantId)).map(reasonsOf),
      };
    },

    /** Whose certificate a code (or a scanned QR text) is; null when it is no one's. */
    verify(code: string) {
      return findCertificate(
        from.settings.certificateSecret(),
        code,
        from.sessions.registerEntries(),
      );
    },
  };
}

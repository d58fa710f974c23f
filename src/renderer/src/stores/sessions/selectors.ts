import type { SessionsStore } from './store';

export const selectSummaries = (s: SessionsStore) => s.summaries;
export const selectListStatus = (s: SessionsStore) => s.listStatus;
export const selectListError = (s: SessionsStore) => s.listError;
export const selectCreatePhase = (s: SessionsStore) => s.createPhase;
export const selectCreateError = (s: SessionsStore) => s.createError;

export const selectSession = (s: SessionsStore) => s.session;
export const selectSessionStatus = (s: SessionsStore) => s.sessionStatus;
export const selectSessionError = (s: SessionsStore) => s.sessionError;
export const selectUpdatePhase = (s: SessionsStore) => s.updatePhase;
export const selectUpdateError = (s: SessionsStore) => s.updateError;
export const selectQuizzes = (s: SessionsStore) => s.quizzes;
export const selectQuizzesStatus = (s: SessionsStore) => s.quizzesStatus;
export const selectQuizzesError = (s: SessionsStore) => s.quizzesError;
export const selectParticipants = (s: SessionsStore) => s.session?.participants;

export const selectAddPhase = (s: SessionsStore) => s.addPhase;
export const selectAddError = (s: SessionsStore) => s.addError;
export const selectEditPhase = (s: SessionsStore) => s.editPhase;
export const selectEditError = (s: SessionsStore) => s.editError;
export const selectRemoving = (s: SessionsStore) => s.removing;
export const selectRemoveError = (s: SessionsStore) => s.removeError;
export const selectImportPhase = (s: SessionsStore) => s.importPhase;
export const selectPreview = (s: SessionsStore) => s.preview;
export const selectImportError = (s: SessionsStore) => s.importError;
export const selectImportResult = (s: SessionsStore) => s.importResult;
export const selectImportJob = (s: SessionsStore) => s.importJob;
export const selectImportCancelled = (s: SessionsStore) => s.importCancelled;
export const selectImportFileName = (s: SessionsStore) => s.importFile?.fileName ?? null;
export const selectDuplicates = (s: SessionsStore) => s.duplicates;
export const selectDuplicatesStatus = (s: SessionsStore) => s.duplicatesStatus;
export const selectDuplicatesError = (s: SessionsStore) => s.duplicatesError;
export const selectMerging = (s: SessionsStore) => s.merging;
export const selectMergeError = (s: SessionsStore) => s.mergeError;

export const selectMarks = (s: SessionsStore) => s.marks;
export const selectAttendancePhase = (s: SessionsStore) => s.attendancePhase;
export const selectAttendanceError = (s: SessionsStore) => s.attendanceError;

export const selectAgenda = (s: SessionsStore) => s.agenda;
export const selectAgendaPhase = (s: SessionsStore) => s.agendaPhase;
export const selectAgendaError = (s: SessionsStore) => s.agendaError;

export const selectBuilderFilter = (s: SessionsStore) => s.builderFilter;
export const selectCandidates = (s: SessionsStore) => s.candidates;
export const selectCandidatesStatus = (s: SessionsStore) => s.candidatesStatus;
export const selectCandidatesError = (s: SessionsStore) => s.candidatesError;
export const selectPicked = (s: SessionsStore) => s.picked;
export const selectBuilderPhase = (s: SessionsStore) => s.builderPhase;
export const selectBuilderError = (s: SessionsStore) => s.builderError;
export const selectCreatedQuiz = (s: SessionsStore) => s.createdQuiz;

export const selectResults = (s: SessionsStore) => s.results;
export const selectResultsStatus = (s: SessionsStore) => s.resultsStatus;
export const selectResultsError = (s: SessionsStore) => s.resultsError;

export const selectReportFormat = (s: SessionsStore) => s.reportFormat;
export const selectReportLanguage = (s: SessionsStore) => s.reportLanguage;
export const selectExportPhase = (s: SessionsStore) => s.exportPhase;
export const selectExportFraction = (s: SessionsStore) => s.exportFraction;
export const selectExportJobId = (s: SessionsStore) => s.exportJobId;
export const selectExportCancelling = (s: SessionsStore) => s.exportCancelling;
export const selectExportError = (s: SessionsStore) => s.exportError;
export const selectExportedFile = (s: SessionsStore) => s.exportedFile;
export const selectCriteria = (s: SessionsStore) => s.criteria;
export const selectEligibility = (s: SessionsStore) => s.eligibility;
export const selectEligibilityStatus = (s: SessionsStore) => s.eligibilityStatus;
export const selectEligibilityError = (s: SessionsStore) => s.eligibilityError;
export const selectCertificatePhase = (s: SessionsStore) => s.certificatePhase;
export const selectCertificateJob = (s: SessionsStore) => s.certificateJob;
export const selectCertificateError = (s: SessionsStore) => s.certificateError;
export const selectCertificateResult = (s: SessionsStore) => s.certificateResult;
export const selectVerifyPhase = (s: SessionsStore) => s.verifyPhase;
export const selectVerified = (s: SessionsStore) => s.verified;
export const selectVerifyError = (s: SessionsStore) => s.verifyError;

export const selectStartPhase = (s: SessionsStore) => s.startPhase;
export const selectStartError = (s: SessionsStore) => s.startError;

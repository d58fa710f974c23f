import type { Output } from '@shared/api/contract';

export type SessionSummary = Output<'sessions.list'>[number];
export type QuizDetail = Output<'quizzes.get'>;
export type RegisterPreview = Output<'sessions.previewRegister'>;
export type ImportResult = Output<'sessions.importRegister'>;
export type Eligibility = Output<'certificates.eligibility'>;
export type VerifiedCertificate = Output<'certificates.verify'>;
export type WritePhase = 'idle' | 'saving' | 'saved' | 'error';

import type { StateCreator } from 'zustand';
import type { ApiError } from '@shared/api/envelope';
import type { EventPayload } from '@shared/api/events';
import type { Participant, ParticipantInput, ParticipantUpdate } from '@shared/domain/sessions';
import { call } from '@renderer/api/client';
import { readFileForUpload } from '@renderer/files/base64';
import { cancelJob, followJob, IDLE_JOB, type JobProgress } from '../job-progress';
import { toApiError, type LoadStatus } from '../load-state';
import { useTrashStore } from '../trash/store';
import type { SessionsStore } from './store';
import type { ImportResult, RegisterPreview } from './types';

export type ImportPhase = 'idle' | 'reading' | 'preview' | 'importing' | 'done' | 'error';

export interface RegisterState {
  addPhase: 'idle' | 'saving' | 'error';
  addError: ApiError | null;
  editPhase: 'idle' | 'saving' | 'error';
  editError: ApiError | null;
  /** The participant whose removal is under way or was refused. */
  removing: string | null;
  removeError: ApiError | null;
  importPhase: ImportPhase;
  importFile: { fileName: string; contentBase64: string } | null;
  preview: RegisterPreview | null;
  importError: ApiError | null;
  importResult: ImportResult | null;
  /** The reading (preview) or import job under way: its progress bar and Cancel. */
  importJob: JobProgress;
  /** The user stopped the reading or the import; nothing was changed. */
  importCancelled: boolean;
  duplicates: Participant[][];
  duplicatesStatus: LoadStatus;
  duplicatesError: ApiError | null;
  merging: boolean;
  mergeError: ApiError | null;
}

export interface RegisterSlice extends RegisterState {
  addParticipant(input: ParticipantInput): Promise<boolean>;
  /** Saves a person's edited details; false when refused (editError says which field). */
  updateParticipant(personId: string, fields: ParticipantUpdate): Promise<boolean>;
  clearEditError(): void;
  removeParticipant(participantId: string): Promise<boolean>;
  previewRegister(file: File): Promise<void>;
  importRegister(): Promise<void>;
  closeImport(): void;
  cancelImport(): Promise<void>;
  receiveImportProgress(progress: EventPayload<'job.progress'>): void;
  loadDuplicates(): Promise<void>;
  merge(keepId: string, mergeId: string): Promise<boolean>;
}

export const initialRegisterState: RegisterState = {
  addPhase: 'idle',
  addError: null,
  editPhase: 'idle',
  editError: null,
  removing: null,
  removeError: null,
  importPhase: 'idle',
  importFile: null,
  preview: null,
  importError: null,
  importResult: null,
  importJob: IDLE_JOB,
  importCancelled: false,
  duplicates: [],
  duplicatesStatus: 'idle',
  duplicatesError: null,
  merging: false,
  mergeError: null,
};

export const createRegisterSlice: StateCreator<SessionsStore, [], [], RegisterSlice> = (
  set,
  get,
) => ({
  ...initialRegisterState,
  async addParticipant(input) {
    const sessionId = get().session?.id;
    if (!sessionId) return false;
    set({ addPhase: 'saving', addError: null });
    try {
      await call('sessions.addParticipants', { sessionId, participants: [input] });
      set({ addPhase: 'idle' });
      await get().refresh();
      return true;
    } catch (error) {
      set({ addPhase: 'error', addError: toApiError(error) });
      return false;
    }
  },
  async updateParticipant(personId, fields) {
    set({ editPhase: 'saving', editError: null });
    try {
      await call('people.update', { id: personId, fields });
      set({ editPhase: 'idle' });
      await get().refresh();
      return true;
    } catch (error) {
      set({ editPhase: 'error', editError: toApiError(error) });
      return false;
    }
  },
  clearEditError: () => set({ editPhase: 'idle', editError: null }),
  async removeParticipant(participantId) {
    const sessionId = get().session?.id;
    // One at a time; a refused removal (its message shown) does not block the next.
    if (!sessionId || (get().removing && !get().removeError)) return false;
    set({ removing: participantId, removeError: null });
    try {
      const name = get().session?.participants.find((p) => p.id === participantId)?.name ?? '';
      const { trashId } = await call('sessions.removeParticipant', { sessionId, participantId });
      // The register entry, attendance and attempts went to the trash: offer Undo there.
      if (trashId)
        useTrashStore.setState({ lastMoved: { trashId, title: name, kind: 'participant' } });
      set({ removing: null });
      await get().refresh();
      return true;
    } catch (error) {
      // Kept: the message (e.g. "has quiz attempts") is shown beside the participant.
      set({ removeError: toApiError(error) });
      return false;
    }
  },
  async previewRegister(file) {
    const sessionId = get().session?.id;
    if (!sessionId) return;
    set({
      importPhase: 'reading',
      preview: null,
      importError: null,
      importResult: null,
      importJob: IDLE_JOB,
      importCancelled: false,
    });
    try {
      const upload = await readFileForUpload(file);
      const preview = await call('sessions.previewRegister', { sessionId, file: upload });
      set({ importPhase: 'preview', preview, importFile: upload });
    } catch (error) {
      const importError = toApiError(error);
      if (importError.code === 'CANCELLED')
        set({ importPhase: 'idle', importCancelled: true, importFile: null });
      else set({ importPhase: 'error', importError, importFile: null });
    } finally {
      set({ importJob: IDLE_JOB });
    }
  },
  async importRegister() {
    const sessionId = get().session?.id;
    const file = get().importFile;
    if (!sessionId || !file || get().importPhase !== 'preview') return;
    set({
      importPhase: 'importing',
      importError: null,
      importJob: IDLE_JOB,
      importCancelled: false,
    });
    try {
      const importResult = await call('sessions.importRegister', { sessionId, file });
      set({ importPhase: 'done', importResult, importFile: null });
      await get().refresh();
    } catch (error) {
      // Back to the preview: a cancelled import changed nothing and can be confirmed again.
      const importError = toApiError(error);
      if (importError.code === 'CANCELLED') set({ importPhase: 'preview', importCancelled: true });
      else set({ importPhase: 'preview', importError });
    } finally {
      set({ importJob: IDLE_JOB });
    }
  },
  closeImport: () =>
    set({
      importPhase: 'idle',
      preview: null,
      importFile: null,
      importError: null,
      importCancelled: false,
    }),
  cancelImport: () => cancelJob(get().importJob, (importJob) => set({ importJob })),
  receiveImportProgress(progress) {
    const phase = get().importPhase;
    const kind =
      phase === 'reading' ? 'register-preview' : phase === 'importing' ? 'register-import' : null;
    const importJob = kind && followJob(get().importJob, progress, kind);
    if (importJob) set({ importJob });
  },
  async loadDuplicates() {
    set({ duplicatesStatus: 'loading', duplicatesError: null });
    try {
      set({ duplicates: await call('people.duplicates', {}), duplicatesStatus: 'ready' });
    } catch (error) {
      set({ duplicatesStatus: 'error', duplicatesError: toApiError(error) });
    }
  },
  async merge(keepId, mergeId) {
    set({ merging: true, mergeError: null });
    try {
      await call('people.merge', { keepId, mergeId });
      set({ merging: false });
      await Promise.all([get().loadDuplicates(), get().refresh()]);
      return true;
    } catch (error) {
      set({ merging: false, mergeError: toApiError(error) });
      return false;
    }
  },
});

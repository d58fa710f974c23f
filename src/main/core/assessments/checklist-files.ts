import type { SettingsStore } from '../settings-store';
import type { PacksService } from '../content/packs-service';
import { exportName } from '../export-name';
import type { AssessmentStore } from './assessment-store';
import { toChecklistFile } from './checklist-exchange';
import type { Db } from '../db/connection';
import { checklistChanges } from './field-changes';

/** The checklist as the exchange file, which is also the JSON format of reports. */
export function createChecklistFiles(
  assessments: AssessmentStore,
  settings: SettingsStore,
  packs: PacksService,
  db: Db,
) {
  return {
    json(id: string): string {
      const s = settings.get();
      const pack = packs.list().find((p) => p.isPrimary);
      const file = toChecklistFile(
        assessments.get(id),
        assessments.history(id),
        {
          name: s.userName,
          organisation: s.organisation,
          machineId: s.machineId,
          machineName: s.machineName,
        },
        { id: pack?.id ?? '', version: pack?.version ?? '' },
        checklistChanges(db, id),
      );
      return JSON.stringify(file, null, 2);
    },
    /** "VN-Review-2026.cwchecklist.json" */
    fileName(id: string): string {
      const { country, title } = assessments.get(id);
      return `${exportName(country, title)}.cwchecklist.json`;
    },
  };
}

export type ChecklistFiles = ReturnType<typeof createChecklistFiles>;

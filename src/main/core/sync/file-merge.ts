import { randomUUID } from 'node:crypto';
import {
  fieldAddress,
  fieldKey,
  type ChangeDraft,
  type FieldAddress,
} from '../../../shared/sync/change';
import { resolveField } from '../../../shared/sync/resolve';
import type { FileChange } from '../../../shared/domain/exchange';
import type { ChangeLog } from './change-log';

/** One side of a contested field: the value it holds there, and who set it when. */
export interface FileSide {
  value: string | null;
  actor: string;
  at: string;
}

/** A field the file and this machine changed on top of the same value. */
export interface FileConflict {
  address: FieldAddress;
  local: FileSide;
  incoming: FileSide;
  /** What a decision is made on top of: the value both sides agree on. */
  held: { changeId: string; value: string | null } | null;
  /** Every change a decision must name (both sides' competing changes). */
  competing: string[];
}

export interface FileMergePlan {
  /** Changes in the file this machine does not hold yet (by change id). */
  fresh: FileChange[];
  /** Fields whose fresh changes apply by themselves. */
  applying: FieldAddress[];
  conflicts: FileConflict[];
}

const ids = (changes: readonly { changeId: string }[]) =>
  changes
    .map((c) => c.changeId)
    .sort()
    .join(',');

/**
 * A version 2 exchange file judged by the hub's rule (docs/HUB.md): per field, the union of this
 * machine's changes and the file's. A change already held is skipped; fresh changes that leave
 * the field's conflicts as they were apply; any other makes a conflict a person decides.
 */
export function planFileMerge(log: ChangeLog, changes: readonly FileChange[]): FileMergePlan {
  const byField = new Map<string, FileChange[]>();
  for (const change of changes) {
    const key = fieldKey(change);
    const list = byField.get(key);
    if (list) list.push(change);
    else byField.set(key, [change]);
  }
  const plan: FileMergePlan = { fresh: [], applying: [], conflicts: [] };
  for (const [key, incoming] of byField) {
    const address = fieldAddress(key);
    const local = log.changesOf(address);
    const held = new Set(local.map((c) => c.changeId));
    const fresh = incoming.filter((c) => !held.has(c.changeId) && !log.known(c.changeId));
    if (fresh.length === 0) continue;
    plan.fresh.push(...fresh);
    const mine = resolveField(local);
    const union = resolveField<ChangeDraft>([...local, ...fresh]);
    if (ids(union.conflicts) === ids(mine.conflicts)) {
      plan.applying.push(address);
      continue;
    }
    const theirs = resolveField(incoming).head;
    const initial = log.initialOf(address);
    plan.conflicts.push({
      address,
      local: {
        value: mine.head ? mine.head.newValue : initial,
        actor: mine.head?.actor ?? '',
        at: mine.head?.clientTime ?? '',
      },
      incoming: {
        value: theirs ? theirs.newValue : initial,
        actor: theirs?.actor ?? '',
        at: theirs?.clientTime ?? '',
      },
      held: union.head ? { changeId: union.head.changeId, value: union.head.newValue } : null,
      competing: union.conflicts.map((c) => c.changeId),
    });
  }
  return plan;
}

/** A person's choice on a contested field as a decision change, as the conflict dialog makes. */
export function fileDecision(
  conflict: FileConflict,
  choice: 'local' | 'incoming',
  actor: string,
): ChangeDraft {
  return {
    changeId: randomUUID(),
    baseChangeId: conflict.held?.changeId ?? null,
    ...conflict.address,
    oldValue: conflict.held?.value ?? null,
    newValue: conflict[choice].value,
    resolves: conflict.competing,
    actor: actor.slice(0, 200),
    clientTime: new Date().toISOString(),
  };
}

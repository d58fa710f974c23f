import type { ChangeDraft } from './change';

type Linked = Pick<ChangeDraft, 'changeId' | 'baseChangeId' | 'resolves'>;

export interface FieldResolution<C extends Linked> {
  /** The change whose value the field holds; null while it holds its initial value. */
  head: C | null;
  /** Changes kept but not applied, waiting for a person's decision; ordered by change id. */
  conflicts: C[];
}

/**
 * The conflict rule for one field, as a function of the set of its changes (never of their
 * order, so every machine holding the same changes holds the same value and the same conflicts).
 *
 * Changes form a tree by "made on top of". From the initial value, the field follows a change
 * made on top of the current one as long as it is the only one; when two or more were made on
 * top of the same value, the field stays at that value and all of them (and whatever was built
 * on them) wait as conflicts. A change whose base was never seen waits too, until it arrives.
 * A decision is a change made on top of the agreed value that names the competing changes: the
 * named ones no longer count, so the decision is the only one left and applies.
 */
export function resolveField<C extends Linked>(changes: Iterable<C>): FieldResolution<C> {
  const byId = new Map<string, C>();
  for (const change of changes) if (!byId.has(change.changeId)) byId.set(change.changeId, change);
  const settled = new Set<string>();
  for (const change of byId.values()) for (const id of change.resolves) settled.add(id);
  const children = new Map<string | null, C[]>();
  for (const change of byId.values()) {
    if (settled.has(change.changeId)) continue;
    const siblings = children.get(change.baseChangeId);
    if (siblings) siblings.push(change);
    else children.set(change.baseChangeId, [change]);
  }
  const onPath = new Set<string>();
  let head: C | null = null;
  for (;;) {
    const next = children.get(head?.changeId ?? null);
    if (next?.length !== 1 || onPath.has(next[0]!.changeId)) break;
    head = next[0]!;
    onPath.add(head.changeId);
  }
  const conflicts = [...byId.values()]
    .filter((c) => !onPath.has(c.changeId) && !settled.has(c.changeId))
    .sort((a, b) => (a.changeId < b.changeId ? -1 : a.changeId > b.changeId ? 1 : 0));
  return { head, conflicts };
}

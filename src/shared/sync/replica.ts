import {
  fieldAddress,
  fieldKey,
  type ChangeDraft,
  type FieldAddress,
  type KnownChange,
  type SyncChange,
} from './change';
import { resolveField, type FieldResolution } from './resolve';
import type { PushResult } from './protocol';

export interface FieldState {
  key: string;
  /** The change the field holds, or null for its initial value. */
  headId: string | null;
  value: string | null;
  /** Ids of the changes waiting for a decision, in order. */
  conflictIds: string[];
}

export interface FieldConflict extends FieldAddress {
  current: KnownChange | null;
  competing: KnownChange[];
}

export interface Edit extends FieldAddress {
  value: string | null;
  actor: string;
}

/**
 * One machine's copy of the change log and what it resolves to: the client side of sync, the
 * same rule the hub applies. The desktop keeps its changes in SQLite; this in-memory form is the
 * model it follows (and what the tests and bench drive as simulated desktops).
 */
export class SyncReplica {
  private readonly known = new Map<string, KnownChange>();
  private readonly byField = new Map<string, KnownChange[]>();
  private readonly unsent = new Set<string>();
  /** The hub sequence of the newest change pulled: the next pull asks for what came after. */
  lastSeq = 0;

  constructor(
    private readonly newId: () => string,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  /** Adds a change if it is new; returns whether it was. */
  private add(change: KnownChange): boolean {
    const existing = this.known.get(change.changeId);
    if (existing) {
      if (change.hubSeq !== undefined && existing.hubSeq === undefined)
        Object.assign(existing, change);
      return false;
    }
    const copy = { ...change };
    this.known.set(change.changeId, copy);
    const key = fieldKey(change);
    const list = this.byField.get(key);
    if (list) list.push(copy);
    else this.byField.set(key, [copy]);
    return true;
  }

  resolution(address: FieldAddress): FieldResolution<KnownChange> {
    return resolveField(this.byField.get(fieldKey(address)) ?? []);
  }

  /** A person's edit, made on top of the value this machine holds. */
  edit(edit: Edit): ChangeDraft {
    const { head, conflicts } = this.resolution(edit);
    if (conflicts.length > 0)
      throw new Error(
        `${fieldKey(edit).replaceAll('\u001f', ' / ')} is contested: decide it before editing.`,
      );
    return this.record(edit, head, []);
  }

  /** A person's decision: the chosen value, naming every change that competed for the field. */
  decide(edit: Edit): ChangeDraft {
    const { head, conflicts } = this.resolution(edit);
    if (conflicts.length === 0) throw new Error('There is nothing to decide on this field.');
    return this.record(
      edit,
      head,
      conflicts.map((c) => c.changeId),
    );
  }

  private record(edit: Edit, head: KnownChange | null, resolves: string[]): ChangeDraft {
    const change: ChangeDraft = {
      changeId: this.newId(),
      baseChangeId: head?.changeId ?? null,
      checklistId: edit.checklistId,
      provisionId: edit.provisionId,
      field: edit.field,
      oldValue: head?.newValue ?? null,
      newValue: edit.value,
      resolves,
      actor: edit.actor,
      clientTime: this.now(),
    };
    this.add(change);
    this.unsent.add(change.changeId);
    return change;
  }

  /** Changes from elsewhere (a pull, or a file): kept whatever they resolve to. */
  receive(changes: readonly (SyncChange | KnownChange)[]): number {
    let added = 0;
    for (const change of changes) {
      if (this.add(change)) added++;
      if (change.hubSeq !== undefined) this.lastSeq = Math.max(this.lastSeq, change.hubSeq);
    }
    return added;
  }

  /** Changes made here that the hub has not acknowledged, oldest first. */
  pending(limit = Infinity, skip: ReadonlySet<string> = new Set()): ChangeDraft[] {
    const out: ChangeDraft[] = [];
    for (const id of this.unsent) {
      if (out.length >= limit) break;
      if (skip.has(this.known.get(id)!.checklistId)) continue;
      const {
        organisation: _o,
        device: _d,
        hubTime: _t,
        hubSeq: _s,
        ...draft
      } = this.known.get(id)!;
      out.push(draft);
    }
    return out;
  }

  acknowledge(result: PushResult): void {
    for (const r of result.results) {
      this.unsent.delete(r.changeId);
      const change = this.known.get(r.changeId);
      if (change && r.hubSeq !== null) change.hubSeq = r.hubSeq;
    }
  }

  conflicts(): FieldConflict[] {
    const out: FieldConflict[] = [];
    for (const [key, changes] of this.byField) {
      const { head, conflicts } = resolveField(changes);
      if (conflicts.length > 0)
        out.push({ ...fieldAddress(key), current: head, competing: conflicts });
    }
    return out;
  }

  /** Every field's value and conflicts, in key order: equal snapshots mean equal checklists. */
  snapshot(): FieldState[] {
    return [...this.byField.keys()].sort().map((key) => {
      const { head, conflicts } = resolveField(this.byField.get(key)!);
      return {
        key,
        headId: head?.changeId ?? null,
        value: head?.newValue ?? null,
        conflictIds: conflicts.map((c) => c.changeId),
      };
    });
  }

  has(changeId: string): boolean {
    return this.known.has(changeId);
  }

  get size(): number {
    return this.known.size;
  }
}

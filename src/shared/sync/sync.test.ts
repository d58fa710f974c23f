import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeDraft, type ChangeDraft, type FieldAddress } from './change';
import { resolveField } from './resolve';
import { SyncReplica } from './replica';

const RESULT: FieldAddress = { checklistId: 'c1', provisionId: 'uncc.art7.p1', field: 'result' };
const TITLE: FieldAddress = { checklistId: 'c1', provisionId: null, field: 'title' };
const replica = () => new SyncReplica(randomUUID);

describe('conflict rule', () => {
  it('applies a chain of changes each made on top of the last', () => {
    const a = replica();
    const first = a.edit({ ...RESULT, value: 'gap', actor: 'An' });
    const second = a.edit({ ...RESULT, value: 'partial', actor: 'An' });
    expect(second.baseChangeId).toBe(first.changeId);
    const b = replica();
    b.receive([second, first]);
    expect(b.resolution(RESULT).head?.newValue).toBe('partial');
    expect(b.conflicts()).toEqual([]);
  });

  it('keeps both of two changes made on the same value, applies neither, until a decision', () => {
    const a = replica();
    const b = replica();
    const base = a.edit({ ...RESULT, value: 'gap', actor: 'An' });
    b.receive([base]);
    const mine = a.edit({ ...RESULT, value: 'implemented', actor: 'An' });
    const theirs = b.edit({ ...RESULT, value: 'partial', actor: 'Bao' });
    a.receive([theirs]);
    b.receive([mine]);
    for (const r of [a, b]) {
      const { head, conflicts } = r.resolution(RESULT);
      expect(head?.changeId).toBe(base.changeId);
      expect(conflicts.map((c) => c.newValue).sort()).toEqual(['implemented', 'partial']);
    }
    expect(() => a.edit({ ...RESULT, value: 'gap', actor: 'An' })).toThrow(/contested/);
    const decision = b.decide({ ...RESULT, value: 'partial', actor: 'Officer' });
    expect(decision.resolves.sort()).toEqual([mine.changeId, theirs.changeId].sort());
    a.receive([decision]);
    expect(a.resolution(RESULT)).toEqual({ head: decision, conflicts: [] });
    expect(a.snapshot()).toEqual(b.snapshot());
  });

  it('merges fields only one side touched, header fields included', () => {
    const a = replica();
    const b = replica();
    a.receive([b.edit({ ...TITLE, value: 'Viet Nam 2026', actor: 'Bao' })]);
    b.receive([a.edit({ ...RESULT, value: 'gap', actor: 'An' })]);
    expect(a.conflicts()).toEqual([]);
    expect(a.snapshot()).toEqual(b.snapshot());
    expect(a.snapshot().map((f) => f.value)).toEqual(['Viet Nam 2026', 'gap']);
  });

  it('flags a change whose base it has not seen, and applies it once the base arrives', () => {
    const a = replica();
    const first = a.edit({ ...RESULT, value: 'gap', actor: 'An' });
    const second = a.edit({ ...RESULT, value: 'partial', actor: 'An' });
    const hub = replica();
    hub.receive([second]);
    expect(hub.resolution(RESULT).conflicts).toHaveLength(1);
    hub.receive([first]);
    expect(hub.resolution(RESULT)).toMatchObject({ head: { newValue: 'partial' }, conflicts: [] });
  });

  it('refuses values a checklist cannot hold, naming the field', () => {
    const bad = { ...replica().edit({ ...RESULT, value: 'gap', actor: 'An' }), newValue: 'great' };
    const parsed = changeDraft.safeParse(bad);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/item uncc.art7.p1: result/);
    const unknown = changeDraft.safeParse({ ...bad, field: 'colour' });
    expect(unknown.error?.issues[0]?.message).toMatch(/"colour" is not a field/);
  });
});

// A history of offline work: edits, partial exchanges between machines, and decisions.
const FIELDS: FieldAddress[] = [
  RESULT,
  { ...RESULT, field: 'status' },
  { checklistId: 'c1', provisionId: 'uncc.art8.p1', field: 'result' },
  TITLE,
  { checklistId: 'c2', provisionId: 'uncc.art7.p1', field: 'result' },
];
const RESULTS = ['implemented', 'partial', 'gap', 'not-applicable'];
const STATUSES = ['to-do', 'in-progress', 'done'];
const valueFor = (field: FieldAddress, n: number) =>
  field.field === 'title'
    ? `Title ${n}`
    : field.field === 'status'
      ? STATUSES[n % 3]!
      : RESULTS[n % 4]!;

const step = fc.oneof(
  fc.record({
    kind: fc.constant('edit' as const),
    who: fc.nat(2),
    field: fc.nat(FIELDS.length - 1),
    n: fc.nat(9),
  }),
  fc.record({ kind: fc.constant('exchange' as const), from: fc.nat(2), to: fc.nat(2) }),
  fc.record({
    kind: fc.constant('decide' as const),
    who: fc.nat(2),
    field: fc.nat(FIELDS.length - 1),
    n: fc.nat(9),
  }),
);

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function playHistory(steps: Step[]): ChangeDraft[] {
  const machines = [replica(), replica(), replica()];
  const made: ChangeDraft[][] = [[], [], []];
  const all: ChangeDraft[] = [];
  for (const s of steps) {
    if (s.kind === 'exchange') {
      machines[s.to]!.receive(made[s.from]!);
      made[s.to]!.push(...made[s.from]!);
      continue;
    }
    const field = FIELDS[s.field]!;
    const machine = machines[s.who]!;
    const contested = machine.resolution(field).conflicts.length > 0;
    if (contested !== (s.kind === 'decide')) continue;
    const edit = { ...field, value: valueFor(field, s.n), actor: `person ${s.who}` };
    const change = s.kind === 'decide' ? machine.decide(edit) : machine.edit(edit);
    made[s.who]!.push(change);
    all.push(change);
  }
  return all;
}

/** A delivery: every change at least once, some twice, in an order drawn by fast-check. */
const delivery = (count: number) =>
  fc.tuple(
    fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: count, maxLength: count }),
    fc.array(fc.nat(Math.max(0, count - 1)), { maxLength: count }),
    fc.nat(7),
  );

function deliver(
  target: SyncReplica,
  changes: ChangeDraft[],
  [keys, repeats, chunk]: [number[], number[], number],
) {
  const order = changes.map((_c, i) => i).sort((a, b) => keys[a]! - keys[b]!);
  const sends = [...order, ...repeats.filter((i) => i < changes.length)].map((i) => changes[i]!);
  for (let i = 0; i < sends.length; i += chunk + 1) target.receive(sends.slice(i, i + chunk + 1));
}

describe('convergence (property)', () => {
  it('any order, duplicates and re-sends of the same changes give the same state and conflicts', () => {
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 40 }).chain((steps) => {
          const changes = playHistory(steps);
          return fc.tuple(
            fc.constant(changes),
            fc.array(delivery(changes.length), { minLength: 4, maxLength: 4 }),
          );
        }),
        ([changes, deliveries]) => {
          const expected = (() => {
            const reference = replica();
            reference.receive(changes);
            return reference.snapshot();
          })();
          for (const plan of deliveries) {
            const machine = replica();
            deliver(machine, changes, plan);
            expect(machine.snapshot()).toEqual(expected);
            expect(machine.size).toBe(new Set(changes.map((c) => c.changeId)).size);
          }
          // Nothing that waits for a decision holds the field.
          for (const field of expected) expect(field.conflictIds).not.toContain(field.headId);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('a decision made with every change in view settles the field on every machine', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), fc.nat(9), (steps, n) => {
        const changes = playHistory(steps);
        const officer = replica();
        officer.receive(changes);
        const decisions = officer
          .conflicts()
          .map((c) => officer.decide({ ...c, value: valueFor(c, n), actor: 'officer' }));
        const others = [replica(), replica()];
        others[0]!.receive([...decisions, ...changes]);
        others[1]!.receive([...changes].reverse().concat(decisions));
        for (const machine of [officer, ...others]) expect(machine.conflicts()).toEqual([]);
        expect(others[0]!.snapshot()).toEqual(officer.snapshot());
        expect(others[1]!.snapshot()).toEqual(officer.snapshot());
      }),
      { numRuns: 300 },
    );
  });

  it('resolveField ignores the order it is given changes in', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), (steps) => {
        const changes = playHistory(steps).filter(
          (c) =>
            c.checklistId === 'c1' && c.provisionId === RESULT.provisionId && c.field === 'result',
        );
        const forward = resolveField(changes);
        const backward = resolveField([...changes].reverse());
        expect(backward).toEqual(forward);
      }),
      { numRuns: 200 },
    );
  });
});

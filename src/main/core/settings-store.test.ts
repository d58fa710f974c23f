import { afterEach, describe, expect, it } from 'vitest';
import { hostname } from 'node:os';
import { callOk, smallWorkbench } from './testing/fixtures';

let cleanup: () => void = () => {};
afterEach(() => cleanup());

describe('the first-run question', () => {
  it('is asked on a new database until answered or skipped, and credits the machine meanwhile', async () => {
    const opened = await smallWorkbench();
    cleanup = opened.cleanup;
    const { workbench } = opened;
    const first = await callOk(workbench, 'settings.get', {});
    expect(first).toMatchObject({ userName: '', organisation: '', welcomed: false });

    // Skipped: not asked again, and history still credits "someone on <machine>".
    const skipped = await callOk(workbench, 'settings.update', { welcomed: true });
    expect(skipped).toMatchObject({ userName: '', welcomed: true });
    const { id } = await callOk(workbench, 'assessments.create', { country: 'KE', title: 'K' });
    const history = await callOk(workbench, 'assessments.history', { assessmentId: id });
    expect(history[0]?.actor).toBe(`someone on ${hostname()}`);

    const named = await callOk(workbench, 'settings.update', {
      userName: 'Amina Yusuf',
      organisation: 'Ministry of Justice',
    });
    expect(named).toMatchObject({ userName: 'Amina Yusuf', welcomed: true });
    const refused = await workbench.dispatch('settings.update', { welcomed: false } as never);
    expect(refused.ok).toBe(false);
  });

  it('counts a name set before the question existed as answered', async () => {
    const opened = await smallWorkbench();
    cleanup = opened.cleanup;
    await callOk(opened.workbench, 'settings.update', { userName: 'Lan' });
    expect(await callOk(opened.workbench, 'settings.get', {})).toMatchObject({ welcomed: true });
  });
});

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { Api } from './api';
import type { PageHealth } from './page-health';
import type { RunningServer } from './server';

/** Where the job specs put the screenshots people look at (a progress bar part-way, …). */
export const JOB_SHOTS = join('test-results', 'jobs');

/**
 * The start of a test about a long job: its screenshot folder made, and the API to set its data
 * up with. A test that cancels a job (`cancels`) allows the 409 (CANCELLED) its request
 * answers, which the browser logs.
 */
export function startJobTest(
  {
    request,
    server,
    health,
  }: { request: APIRequestContext; server: RunningServer; health: PageHealth },
  { cancels = false }: { cancels?: boolean } = {},
): Api {
  if (cancels) health.allow(/status of 409/);
  mkdirSync(JOB_SHOTS, { recursive: true });
  return new Api(request, server.url);
}

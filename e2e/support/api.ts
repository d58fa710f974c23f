import type { APIRequestContext } from '@playwright/test';

/**
 * Calls the browser-mode API directly, with the server's token: for setting up data that
 * a test is not about (screenshots, a second country), so the UI steps stay the point.
 */
export class Api {
  private readonly token: string;
  private readonly origin: string;

  constructor(
    private readonly request: APIRequestContext,
    serverUrl: string,
  ) {
    const url = new URL(serverUrl);
    this.token = url.searchParams.get('token') ?? '';
    this.origin = url.origin;
  }

  async call<T>(method: string, input: unknown): Promise<T> {
    const response = await this.request.post(`${this.origin}/api/${method}`, {
      headers: { authorization: `Bearer ${this.token}` },
      data: input,
    });
    const body = (await response.json()) as
      { ok: true; data: T } | { ok: false; error: { message: string } };
    if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
    return body.data;
  }
}

export interface SeedItem {
  id: string;
  articleNumber: number;
  paragraph: string;
  chapter: string;
}

export async function createChecklist(
  api: Api,
  input: { country: string; title: string; date?: string; organisation?: string },
): Promise<{ id: string; items: SeedItem[] }> {
  const { id } = await api.call<{ id: string }>('assessments.create', input);
  const checklist = await api.call<{ items: SeedItem[] }>('assessments.get', { id });
  return { id, items: checklist.items };
}

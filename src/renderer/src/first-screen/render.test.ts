import { describe, expect, it, vi } from 'vitest';
import type { Output } from '@shared/api/contract';
import type { FirstAnswer } from '@shared/api/first-answers';
import type { MethodName } from '@shared/api/methods';

// The server's build swaps zustand for its server binding (vite.first-screen.config.ts); the
// test renders through the same swap.
vi.mock('zustand', () => import('./zustand-server'));
const { renderFirstScreen } = await import('./render');

const origin = { language: 'en', kind: 'original', review: null } as const;
const answer = <M extends MethodName>(
  method: M,
  input: Record<string, unknown>,
  data: Output<M>,
): FirstAnswer => ({ method, input, answer: { ok: true, data } });

function libraryAnswers(options: { articleTitle?: string; interfaceLanguage?: string } = {}) {
  const interfaceLanguage = options.interfaceLanguage ?? 'en';
  return [
    answer('system.status', {}, { state: 'ready' }),
    answer(
      'settings.get',
      {},
      {
        userName: '',
        organisation: '',
        machineId: 'm-1',
        machineName: 'laptop',
        welcomed: true,
        interfaceLanguage: '',
      },
    ),
    answer(
      'library.stats',
      {},
      { chapters: 1, articles: 2, provisions: 5, terms: 3, questions: 7, quizzes: 1 },
    ),
    answer(
      'library.contentLanguages',
      { interfaceLanguage },
      {
        languages: [{ language: 'en', title: 'Guide', kind: 'original', version: '1.0.0' }],
        chosen: '',
        current: 'en',
      },
    ),
    answer('library.listChapters', { language: 'en' }, [
      {
        number: 'I',
        ordinal: 1,
        title: 'General provisions',
        firstArticle: 1,
        lastArticle: 2,
        articleCount: 2,
        content: origin,
      },
    ]),
    answer('library.listArticles', { language: 'en' }, [
      {
        number: 1,
        title: 'Statement of purpose',
        chapter: 'I',
        obligation: 'institutional',
        content: origin,
      },
      {
        number: 2,
        title: options.articleTitle ?? 'Use of terms',
        chapter: 'I',
        obligation: 'mandatory',
        content: origin,
      },
    ]),
  ];
}

describe('the first screen as the browser-mode server renders it', () => {
  it('draws the library from the carried answers, with the app shell around it', async () => {
    const screen = await renderFirstScreen(libraryAnswers(), 'en');
    expect(screen).toMatchObject({ language: 'en', dir: 'ltr' });
    const html = screen?.html ?? '';
    expect(html).toContain('General provisions');
    expect(html).toContain('Statement of purpose');
    expect(html).toContain('href="#/article/2"');
    expect(html).toMatch(/class="side-nav|<nav/);
    expect(html).toContain('Mandatory');
    expect(html).toContain('7 quiz questions');
  });

  it('escapes what a pack says, so a title cannot add markup to the page', async () => {
    const screen = await renderFirstScreen(
      libraryAnswers({ articleTitle: '<img src=x onerror=alert(1)> $& </div>' }),
      'en',
    );
    expect(screen?.html).toContain('&lt;img src=x onerror=alert(1)&gt; $&amp; &lt;/div&gt;');
    expect(screen?.html).not.toContain('<img src=x');
  });

  it('renders in the language asked for, right to left for Arabic', async () => {
    const screen = await renderFirstScreen(libraryAnswers({ interfaceLanguage: 'ar' }), 'ar');
    expect(screen).toMatchObject({ language: 'ar', dir: 'rtl' });
    expect(screen?.html).not.toContain('>Library<');
  });

  it('keeps the last screen for the same answers, and draws again when they change', async () => {
    const first = await renderFirstScreen(libraryAnswers(), 'en');
    expect(await renderFirstScreen(libraryAnswers(), 'en')).toBe(first);
    const renamed = await renderFirstScreen(libraryAnswers({ articleTitle: 'Definitions' }), 'en');
    expect(renamed).not.toBe(first);
    expect(renamed?.html).toContain('Definitions');
  });

  it('renders nothing without the whole list: a database in recovery, a missing answer', async () => {
    const recovering = libraryAnswers().map((a) =>
      a.method === 'system.status'
        ? answer('system.status', {}, {
            state: 'recovery',
            message: 'The file is damaged.',
          } as never)
        : a,
    );
    expect(await renderFirstScreen(recovering, 'en')).toBeNull();
    const withoutArticles = libraryAnswers().filter((a) => a.method !== 'library.listArticles');
    expect(await renderFirstScreen(withoutArticles, 'en')).toBeNull();
    expect(await renderFirstScreen(libraryAnswers(), 'xx')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { pack, translationPack, type TranslationPack } from './pack';
import { findTranslationProblems, translationCoverage } from './translation-integrity';

const base = pack.parse({
  manifest: {
    id: 'uncc',
    version: '1.0.0',
    language: 'en',
    instrument: 'Convention',
    title: 'Guide',
    license: 'ours',
  },
  chapters: [{ number: 'II', title: 'Criminalization', firstArticle: 7, lastArticle: 8 }],
  articles: [7, 8].map((number) => ({
    number,
    title: number === 7 ? 'Illegal access' : 'Illegal interception',
    titleBasis: 'read',
    chapter: 'II',
    obligation: 'mandatory',
    summary: 'A summary.',
    sources: ['the text'],
    verification: { status: number === 7 ? 'text-read' : 'not-read', notes: [] },
    budapest: null,
    provisions: [
      {
        id: `uncc.art${number}.p1`,
        paragraph: '1',
        text: 'Make it a crime.',
        level: 'mandatory',
        needs: 'domestic-law',
        elements: ['intent', 'without right'],
      },
    ],
  })),
  terms: [{ id: 'uncc.term.ict', term: 'ICT system', definition: 'A device.', article: 7 }],
  questions: [
    {
      id: 'uncc.q.1',
      type: 'single',
      prompt: 'Which?',
      options: [
        { id: 'a', text: 'One' },
        { id: 'b', text: 'Two' },
      ],
      answer: ['a'],
      explanation: 'Because.',
      distractors: { b: 'Not two.' },
      articles: [7],
      difficulty: 'easy',
      audiences: ['police'],
    },
  ],
});

const mark = { status: 'unofficial', review: 'awaiting review' } as const;
function translation(changes: Partial<Record<keyof TranslationPack, unknown>> = {}) {
  return translationPack.parse({
    manifest: {
      ...base.manifest,
      id: 'uncc-vi',
      language: 'vi',
      translationOf: { id: 'uncc', version: '1.0.0' },
      official: false,
    },
    chapters: { translation: mark, chapters: [{ number: 'II', title: 'Hình sự hóa' }] },
    articles: [
      {
        translation: mark,
        number: 7,
        title: 'Truy cập trái phép',
        provisions: [
          { id: 'uncc.art7.p1', text: 'Quy định là tội phạm.', elements: ['cố ý', 'trái phép'] },
        ],
      },
    ],
    terms: {
      translation: mark,
      terms: [{ id: 'uncc.term.ict', term: 'hệ thống ICT', definition: 'Thiết bị.' }],
    },
    questions: [
      {
        translation: mark,
        questions: [
          {
            id: 'uncc.q.1',
            prompt: 'Cái nào?',
            options: [
              { id: 'a', text: 'Một' },
              { id: 'b', text: 'Hai' },
            ],
            explanation: 'Vì thế.',
            distractors: { b: 'Không phải hai.' },
          },
        ],
      },
    ],
    ...changes,
  });
}

describe('findTranslationProblems', () => {
  it('accepts a partial translation whose ids all exist in the base pack', () => {
    expect(findTranslationProblems(translation(), base)).toEqual([]);
  });

  it('names ids and numbers the base pack does not have', () => {
    const problems = findTranslationProblems(
      translation({
        articles: [
          {
            translation: mark,
            number: 9,
            title: 'Can thiệp dữ liệu',
          },
          {
            translation: mark,
            number: 7,
            title: 'Truy cập trái phép',
            provisions: [{ id: 'uncc.art7.p9', text: 'Không có.' }],
          },
        ],
        terms: {
          translation: mark,
          terms: [{ id: 'uncc.term.nope', term: 'không', definition: 'Không.' }],
        },
      }),
      base,
    );
    expect(problems).toEqual([
      'article 9: not in uncc',
      'article 7: provision uncc.art7.p9 is not in the base article',
      'term uncc.term.nope: not in uncc',
    ]);
  });

  it('refuses lost verification marks, misaligned elements and options, and mixed official marks', () => {
    const problems = findTranslationProblems(
      translation({
        chapters: { translation: { ...mark, status: 'official' }, chapters: [] },
        articles: [
          {
            translation: mark,
            number: 8,
            title: 'Chặn thu trái phép',
            provisions: [
              { id: 'uncc.art8.p1', text: 'Quy định.', elements: ['cố ý'], flexibility: 'Tùy.' },
            ],
          },
        ],
        questions: [
          {
            translation: mark,
            questions: [
              {
                id: 'uncc.q.1',
                prompt: 'Cái nào?',
                options: [{ id: 'a', text: 'Một' }],
                explanation: 'Vì thế.',
                distractors: { a: 'Sai.' },
              },
            ],
          },
        ],
      }),
      base,
    );
    expect(problems).toEqual([
      'chapters: marked official, the manifest says unofficial',
      'article 8: the base is marked not-read; keep that verification mark',
      'provision uncc.art8.p1: 1 elements, the base has 2',
      'provision uncc.art8.p1: flexibility translated, the base has none',
      'question uncc.q.1: options a, the base has a, b',
      'question uncc.q.1: distractor a is not explained in the base',
    ]);
  });

  it('flags text left in English and text not in Unicode NFC', () => {
    const decomposed = 'Hình sự hóa'.normalize('NFD');
    const problems = findTranslationProblems(
      translation({
        chapters: { translation: mark, chapters: [{ number: 'II', title: decomposed }] },
        terms: {
          translation: mark,
          terms: [{ id: 'uncc.term.ict', term: 'ICT system', definition: 'Thiết bị.' }],
        },
      }),
      base,
    );
    expect(problems).toEqual([
      'chapter II: title: not Unicode NFC',
      'term uncc.term.ict: term: same as the en text, not translated',
    ]);
  });
});

describe('translationCoverage', () => {
  it('counts what is translated against what the base pack has', () => {
    const coverage = translationCoverage(translation(), base);
    expect(coverage.articleTitles).toEqual({ translated: 1, total: 2 });
    expect(coverage.articleSummaries).toEqual({ translated: 0, total: 2 });
    expect(coverage.provisions).toEqual({ translated: 1, total: 2 });
    expect(coverage.terms).toEqual({ translated: 1, total: 1 });
    expect(coverage.questions).toEqual({ translated: 1, total: 1 });
  });
});

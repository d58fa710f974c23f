import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PackFile, QuestionSource } from '../../../shared/content/pack';
import { packContentHash } from '../content/install-pack';

/** Question `n` of a made-up pack `packId`: single choice, on article 2. */
export function sampleQuestion(n: number, packId = 'bulk'): QuestionSource {
  return {
    id: `${packId}.q.${n}`,
    type: 'single',
    prompt: `Which article makes access to a computer system without right a crime? (${n})`,
    options: [
      { id: 'a', text: 'Article 2' },
      { id: 'b', text: 'Article 1' },
      { id: 'c', text: 'Article 3' },
    ],
    answer: ['a'],
    pairs: [],
    explanation: 'Article 2 is about illegal access.',
    distractors: { b: 'The purpose of the treaty.', c: 'Grooming.' },
    articles: [2],
    difficulty: 'easy',
    audiences: ['police'],
  };
}

/**
 * Writes a pack file of `count` questions and nothing else on `instrument` (the small test
 * pack's by default) into `folder`: an import long enough to watch while it runs.
 */
export function writeQuestionPack(
  folder: string,
  count: number,
  { id = 'bulk', instrument = 'Test instrument' }: { id?: string; instrument?: string } = {},
): string {
  const pack = {
    manifest: {
      id,
      version: '1.0.0',
      language: 'en',
      instrument,
      title: 'Many questions',
      license: 'Written for tests',
    },
    chapters: [],
    articles: [],
    terms: [],
    questions: Array.from({ length: count }, (_, n) => sampleQuestion(n, id)),
    quizzes: [],
  };
  const file = {
    format: 'convention-workbench-pack',
    formatVersion: 1,
    contentHash: packContentHash(
      pack as Omit<PackFile, 'format' | 'formatVersion' | 'contentHash'>,
    ),
    ...pack,
  } as PackFile;
  const path = join(folder, `${id}.json`);
  writeFileSync(path, JSON.stringify(file));
  return path;
}

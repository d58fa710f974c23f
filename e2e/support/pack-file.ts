import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './server';

// Builders for content-pack files, written the way the app writes them. The content hash is
// sha256 over JSON.stringify of the content in the schema's key order, so every object below
// lists its keys in that order and spells out the defaults.

export const INSTRUMENT: string = (
  JSON.parse(readFileSync(join(ROOT, 'resources/packs/uncc/manifest.json'), 'utf8')) as {
    instrument: string;
  }
).instrument;

export interface Manifest {
  id: string;
  version: string;
  language: string;
  instrument: string;
  title: string;
  license: string;
}

export interface PackContent {
  manifest: Manifest;
  chapters: unknown[];
  articles: unknown[];
  terms: unknown[];
  questions: unknown[];
  quizzes: unknown[];
}

export function manifest(id: string, title: string, version = '1.0.0'): Manifest {
  return { id, version, language: 'en', instrument: INSTRUMENT, title, license: 'Test' };
}

interface SingleChoice {
  id: string;
  prompt: string;
  options: { id: string; text: string }[];
  answer: string[];
  explanation: string;
  distractors?: Record<string, string>;
  articles: number[];
  difficulty: string;
  audiences: string[];
}

export function singleChoice(q: SingleChoice): Record<string, unknown> {
  return {
    id: q.id,
    type: 'single',
    prompt: q.prompt,
    options: q.options,
    answer: q.answer,
    pairs: [],
    explanation: q.explanation,
    distractors: q.distractors ?? {},
    articles: q.articles,
    difficulty: q.difficulty,
    audiences: q.audiences,
  };
}

export function trueFalse(
  q: Omit<SingleChoice, 'options' | 'distractors'>,
): Record<string, unknown> {
  return {
    id: q.id,
    type: 'true-false',
    prompt: q.prompt,
    options: [
      { id: 'true', text: 'True' },
      { id: 'false', text: 'False' },
    ],
    answer: q.answer,
    pairs: [],
    explanation: q.explanation,
    distractors: {},
    articles: q.articles,
    difficulty: q.difficulty,
    audiences: q.audiences,
  };
}

export function contentHash(content: PackContent): string {
  const { manifest: m, chapters, articles, terms, questions, quizzes } = content;
  return createHash('sha256')
    .update(JSON.stringify({ manifest: m, chapters, articles, terms, questions, quizzes }))
    .digest('hex');
}

export function packFile(content: PackContent, hash = contentHash(content)): unknown {
  return { format: 'convention-workbench-pack', formatVersion: 1, contentHash: hash, ...content };
}

export function writeJson(path: string, value: unknown): string {
  writeFileSync(path, JSON.stringify(value, null, 2));
  return path;
}

/** A question-only national module: two questions, on articles 7 and 41. */
export function nationalModule(): PackContent {
  return {
    manifest: manifest('national-module', 'National training module'),
    chapters: [],
    articles: [],
    terms: [],
    questions: [
      singleChoice({
        id: 'national-module.q.0001',
        prompt: 'Under our national law, which authority handles requests that rely on article 7?',
        options: [
          { id: 'a', text: 'The national cybercrime unit' },
          { id: 'b', text: 'The ministry of culture' },
          { id: 'c', text: 'The postal service' },
        ],
        answer: ['a'],
        explanation: 'The national cybercrime unit investigates illegal access.',
        distractors: {
          b: 'Culture has no role in criminal investigations.',
          c: 'The postal service is not an investigating authority.',
        },
        articles: [7],
        difficulty: 'easy',
        audiences: ['police'],
      }),
      trueFalse({
        id: 'national-module.q.0002',
        prompt: 'Our national module treats article 41 cooperation as available around the clock.',
        answer: ['true'],
        explanation: 'The national module keeps a contact point reachable at all times.',
        articles: [41],
        difficulty: 'medium',
        audiences: ['police', 'prosecutors-judges'],
      }),
    ],
    quizzes: [],
  };
}

/** A pack of the same instrument that brings the official wording of article 7. */
export function officialTextPack(): PackContent {
  return {
    manifest: manifest('official-en', 'Official text (test edition)'),
    chapters: [{ number: 'II', title: 'Criminalization', firstArticle: 7, lastArticle: 21 }],
    articles: [
      {
        number: 7,
        title: 'Illegal access',
        titleBasis: 'test fixture',
        chapter: 'II',
        obligation: 'mixed',
        summary: 'A test summary of article 7 for the official-text panel.',
        topics: [],
        related: [],
        budapest: null,
        sources: ['test fixture'],
        verification: { status: 'text-read', notes: [] },
        officialText:
          '1. Each State Party shall adopt such legislative and other measures as may be necessary to establish as a criminal offence under its domestic law, when committed intentionally, the access to the whole or any part of an information and communications technology system without right.\n2. A State Party may require that the offence be committed by infringing security measures.',
        provisions: [],
      },
    ],
    terms: [],
    questions: [],
    quizzes: [],
  };
}

export const GOOD_SHEET = [
  'type,articles,difficulty,audiences,prompt,option_a,option_b,answer,explanation,why_not_b',
  'true-false,7,easy,police,Sheet question: illegal access needs intent.,,,true,Article 7 speaks of intentional conduct.,',
  'single,41,medium,"police, policy",Sheet question: what does article 41 set up?,A contact point network,A new court,a,Article 41 is about the 24/7 network.,No court is created.',
  '',
].join('\n');

export const BAD_SHEET = [
  'type,articles,difficulty,audiences,prompt,option_a,option_b,answer,explanation',
  'true-false,7,easy,police,A good row.,,,true,Fine.',
  'single,99,extreme,police,A row with problems.,One,Two,a,Explained.',
  '',
].join('\n');

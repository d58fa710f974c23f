import type { QuestionSource } from './pack';

/** What makes two questions parallel: the same articles, question type and difficulty. */
export type FormItem = Pick<QuestionSource, 'id' | 'type' | 'difficulty' | 'articles'>;

export interface MatchedItem {
  /** Position in both forms, from 0. */
  position: number;
  preId: string;
  postId: string;
}

const articleSet = (item: FormItem) => [...new Set(item.articles)].sort((a, b) => a - b).join(',');

function mismatch(pre: FormItem, post: FormItem): string | null {
  if (articleSet(pre) !== articleSet(post))
    return `articles ${articleSet(pre)} against ${articleSet(post)}`;
  if (pre.type !== post.type) return `type ${pre.type} against ${post.type}`;
  if (pre.difficulty !== post.difficulty)
    return `difficulty ${pre.difficulty} against ${post.difficulty}`;
  return null;
}

/**
 * The pairs of a pre-test and a post-test that measure the same thing: the question at the
 * same position in both forms, on the same articles, of the same type and difficulty. Knowledge
 * gain on these pairs is free of any change in what the two forms ask.
 */
export function matchedItems(pre: readonly FormItem[], post: readonly FormItem[]): MatchedItem[] {
  const pairs: MatchedItem[] = [];
  for (let position = 0; position < Math.min(pre.length, post.length); position++) {
    const a = pre[position]!;
    const b = post[position]!;
    if (a.id !== b.id && mismatch(a, b) === null)
      pairs.push({ position, preId: a.id, postId: b.id });
  }
  return pairs;
}

/** Why two forms are not parallel, position by position; empty when they are. */
export function parallelFormProblems(
  pre: readonly FormItem[],
  post: readonly FormItem[],
): string[] {
  const problems: string[] = [];
  if (pre.length !== post.length)
    problems.push(`the forms differ in length: pre-test ${pre.length}, post-test ${post.length}`);
  for (let i = 0; i < Math.min(pre.length, post.length); i++) {
    const a = pre[i]!;
    const b = post[i]!;
    if (a.id === b.id) problems.push(`question ${i + 1}: ${a.id} is in both forms`);
    const why = mismatch(a, b);
    if (why) problems.push(`question ${i + 1} (${a.id} / ${b.id}): ${why}`);
  }
  return problems;
}

import type { PollResult } from '../../../shared/live/facilitator';
import type { RoomStore } from './room-store';

export function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

/** Answers counted per option, or per word (trimmed, lower-cased) for a word cloud. */
export function pollCounts(
  type: 'choice' | 'words',
  answers: { answer: unknown }[],
): Record<string, number> {
  const values = answers.flatMap((a) => {
    const given = a.answer;
    const list = Array.isArray(given) ? given : [given];
    return list
      .filter((v): v is string => typeof v === 'string')
      .map((v) => (type === 'words' ? v.trim().toLocaleLowerCase() : v))
      .filter(Boolean);
  });
  return countBy(values);
}

/**
 * A workshop's polls with their results. Read from the room store alone, so the session report
 * can be built on a job worker's own connection as well as in the open room.
 */
export function pollResults(store: RoomStore, sessionId: string): PollResult[] {
  return store.pollIds(sessionId).map((id) => {
    const poll = store.poll(id)!;
    const answers = store.pollAnswers(id);
    const counts = pollCounts(poll.type, answers);
    const label = (key: string) => poll.options.find((o) => o.id === key)?.text ?? key;
    return {
      id,
      prompt: poll.prompt,
      type: poll.type,
      createdAt: poll.createdAt,
      answers: answers.length,
      results: Object.entries(counts)
        .map(([key, count]) => ({ label: label(key), count }))
        .sort((a, b) => b.count - a.count),
    };
  });
}

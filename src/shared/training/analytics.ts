/** Knowledge gain and item analysis, from scored responses: pure, so tests check them by hand. */

export interface ScoredResponse {
  participantId: string;
  questionId: string;
  articles: readonly number[];
  credit: number;
}

export interface ParticipantGain {
  participantId: string;
  pre: number | null;
  post: number | null;
  gain: number | null;
  /** Hake's normalised gain (post − pre) / (100 − pre); null when pre is 100 or a test is missing. */
  normalisedGain: number | null;
}

const mean = (values: readonly number[]) =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const round = (v: number | null, places = 1) =>
  v === null ? null : Math.round(v * 10 ** places) / 10 ** places;

export function participantGains(
  participants: readonly string[],
  pre: ReadonlyMap<string, number>,
  post: ReadonlyMap<string, number>,
): ParticipantGain[] {
  return participants.map((id) => {
    const a = pre.get(id) ?? null;
    const b = post.get(id) ?? null;
    const gain = a !== null && b !== null ? b - a : null;
    return {
      participantId: id,
      pre: a,
      post: b,
      gain: round(gain),
      normalisedGain: a !== null && b !== null && a < 100 ? round((b - a) / (100 - a), 3) : null,
    };
  });
}

export interface GroupGain {
  participantsWithBoth: number;
  meanPre: number | null;
  meanPost: number | null;
  meanGain: number | null;
  medianGain: number | null;
  shareImproved: number | null;
  /** Class-average normalised gain: (mean post − mean pre) / (100 − mean pre). */
  normalisedGain: number | null;
}

export function groupGain(gains: readonly ParticipantGain[]): GroupGain {
  const both = gains.filter((g) => g.gain !== null);
  const meanPre = mean(both.map((g) => g.pre!));
  const meanPost = mean(both.map((g) => g.post!));
  return {
    participantsWithBoth: both.length,
    meanPre: round(meanPre),
    meanPost: round(meanPost),
    meanGain: round(mean(both.map((g) => g.gain!))),
    medianGain: round(median(both.map((g) => g.gain!))),
    shareImproved: both.length
      ? round(both.filter((g) => g.gain! > 0).length / both.length, 3)
      : null,
    normalisedGain:
      meanPre !== null && meanPost !== null && meanPre < 100
        ? round((meanPost - meanPre) / (100 - meanPre), 3)
        : null,
  };
}

export interface ArticleGain {
  articleNumber: number;
  pre: number | null;
  post: number | null;
  gain: number | null;
}

/** Percent right on the questions that test each article, before and after. */
export function articleGains(
  pre: readonly ScoredResponse[],
  post: readonly ScoredResponse[],
): ArticleGain[] {
  const byArticle = (responses: readonly ScoredResponse[]) => {
    const map = new Map<number, number[]>();
    for (const r of responses) {
      for (const n of r.articles) {
        const credits = map.get(n);
        if (credits) credits.push(r.credit);
        else map.set(n, [r.credit]);
      }
    }
    return map;
  };
  const a = byArticle(pre);
  const b = byArticle(post);
  return [...new Set([...a.keys(), ...b.keys()])]
    .sort((x, y) => x - y)
    .map((n) => {
      const p = mean(a.get(n) ?? []);
      const q = mean(b.get(n) ?? []);
      const pct = (v: number | null) => (v === null ? null : round(v * 100));
      return {
        articleNumber: n,
        pre: pct(p),
        post: pct(q),
        gain: p !== null && q !== null ? round((q - p) * 100) : null,
      };
    });
}

export interface ItemStatistics {
  questionId: string;
  answered: number;
  /** Share right (0–1): low means hard. */
  facility: number;
  /** Facility in the top 27% of scorers minus the bottom 27%: low or negative flags a bad question. */
  discrimination: number | null;
  flags: ('too-hard' | 'too-easy' | 'poor-discrimination')[];
}

/** Classical item analysis of one quiz's responses. */
export function itemAnalysis(responses: readonly ScoredResponse[]): ItemStatistics[] {
  const totals = new Map<string, number>();
  for (const r of responses)
    totals.set(r.participantId, (totals.get(r.participantId) ?? 0) + r.credit);
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  const groupSize = Math.max(1, Math.round(ranked.length * 0.27));
  const upper = new Set(ranked.slice(0, groupSize));
  const lower = new Set(ranked.slice(-groupSize));
  // One pass to group by question: a workshop of 300 people × 60 questions has 18,000 responses.
  const byQuestion = new Map<string, ScoredResponse[]>();
  for (const r of responses) {
    const group = byQuestion.get(r.questionId);
    if (group) group.push(r);
    else byQuestion.set(r.questionId, [r]);
  }
  return [...byQuestion].map(([questionId, rs]) => {
    const facility = mean(rs.map((r) => r.credit)) ?? 0;
    const up = mean(rs.filter((r) => upper.has(r.participantId)).map((r) => r.credit));
    const low = mean(rs.filter((r) => lower.has(r.participantId)).map((r) => r.credit));
    const discrimination =
      ranked.length >= 4 && up !== null && low !== null ? round(up - low, 3) : null;
    const flags: ItemStatistics['flags'] = [];
    if (facility < 0.2) flags.push('too-hard');
    if (facility > 0.95) flags.push('too-easy');
    if (discrimination !== null && discrimination < 0.2) flags.push('poor-discrimination');
    return {
      questionId,
      answered: rs.length,
      facility: round(facility, 3)!,
      discrimination,
      flags,
    };
  });
}

/** Groups smaller than this are not shown on their own: a group of one or two is a person. */
export const MIN_GROUP_SIZE = 3;

export interface GroupBreakdown {
  groups: (GroupGain & { key: string; n: number })[];
  /** How many people sit in groups too small to show. */
  hiddenParticipants: number;
}

/**
 * Knowledge gain per group (country, gender…); `n` counts the group's participants with both
 * tests, and groups under MIN_GROUP_SIZE are hidden so no one's score can be read off.
 * Participants whose key is null (not recorded) are left out.
 */
export function gainByGroup(
  gains: readonly ParticipantGain[],
  keyOf: (participantId: string) => string | null,
): GroupBreakdown {
  const byKey = new Map<string, ParticipantGain[]>();
  for (const g of gains) {
    const key = keyOf(g.participantId);
    if (key === null || g.gain === null) continue;
    byKey.set(key, [...(byKey.get(key) ?? []), g]);
  }
  const groups: GroupBreakdown['groups'] = [];
  let hiddenParticipants = 0;
  for (const [key, members] of [...byKey].sort(([a], [b]) => a.localeCompare(b))) {
    if (members.length < MIN_GROUP_SIZE) hiddenParticipants += members.length;
    else groups.push({ key, n: members.length, ...groupGain(members) });
  }
  return { groups, hiddenParticipants };
}

export interface GroupFacility {
  key: string;
  /** Participants of the group who answered the item. */
  n: number;
  facility: number;
}

/**
 * Facility of each item within each group (country, gender…), so a question that one delegation
 * finds much harder than another shows up. Groups under MIN_GROUP_SIZE respondents on an item are
 * left out for that item, as in gainByGroup; responses whose key is null are left out.
 */
export function facilityByGroup(
  responses: readonly ScoredResponse[],
  keyOf: (participantId: string) => string | null,
): Map<string, GroupFacility[]> {
  const credits = new Map<string, Map<string, number[]>>();
  for (const r of responses) {
    const key = keyOf(r.participantId);
    if (key === null) continue;
    const byKey =
      credits.get(r.questionId) ?? credits.set(r.questionId, new Map()).get(r.questionId)!;
    (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(r.credit);
  }
  return new Map(
    [...credits].map(([questionId, byKey]) => [
      questionId,
      [...byKey]
        .filter(([, cs]) => cs.length >= MIN_GROUP_SIZE)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, cs]) => ({ key, n: cs.length, facility: round(mean(cs)!, 3)! })),
    ]),
  );
}

/**
 * Gain on the matched items only (pairs of pre/post questions on the same articles, type and
 * difficulty): each participant's mean credit on their post items minus on their pre items, in
 * points of 100, for those who answered both halves of at least one pair.
 */
export function matchedItemGain(
  pairs: readonly { preId: string; postId: string }[],
  pre: readonly ScoredResponse[],
  post: readonly ScoredResponse[],
): GroupGain & { items: number } {
  const credits = (responses: readonly ScoredResponse[]) => {
    const out = new Map<string, number>();
    for (const r of responses) out.set(`${r.participantId}|${r.questionId}`, r.credit);
    return out;
  };
  const before = credits(pre);
  const after = credits(post);
  const people = [...new Set([...pre, ...post].map((r) => r.participantId))];
  const gains: ParticipantGain[] = people.flatMap((id) => {
    const a: number[] = [];
    const b: number[] = [];
    for (const p of pairs) {
      const x = before.get(`${id}|${p.preId}`);
      const y = after.get(`${id}|${p.postId}`);
      if (x === undefined || y === undefined) continue;
      a.push(x * 100);
      b.push(y * 100);
    }
    if (!a.length) return [];
    return participantGains([id], new Map([[id, mean(a)!]]), new Map([[id, mean(b)!]]));
  });
  return { items: pairs.length, ...groupGain(gains) };
}

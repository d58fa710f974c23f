import type { Api } from './api';

export interface SeedParticipant {
  name: string;
  organisation: string;
  country: string;
  gender: 'female' | 'male';
}

export interface SeedAgendaItem {
  kind: 'article' | 'quiz';
  ref: string;
  minutes: number;
  day?: string;
}

/**
 * The Hanoi workshop the language specs show (3–5 March 2026, in `language`), with its
 * participants and agenda; returns its id and the participants' ids in the order given.
 */
export async function seedHanoiWorkshop(
  api: Api,
  language: string,
  participants: SeedParticipant[],
  agenda: SeedAgendaItem[],
): Promise<{ workshop: string; participants: { id: string }[] }> {
  const { id: workshop } = await api.call<{ id: string }>('sessions.create', {
    title: 'Hội thảo Hà Nội 2026',
    startDate: '2026-03-03',
    endDate: '2026-03-05',
    place: 'Hà Nội',
    organiser: 'UNODC',
    facilitators: ['Nguyễn Thị Lan'],
    countries: ['VN'],
    language,
  });
  const added = await api.call<{ participants: { id: string }[] }>('sessions.addParticipants', {
    sessionId: workshop,
    participants,
  });
  await api.call('sessions.setAgenda', { sessionId: workshop, items: agenda });
  return { workshop, participants: added.participants };
}

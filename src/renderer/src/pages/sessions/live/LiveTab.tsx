import { selectQuizzes, selectSession } from '@renderer/stores/sessions/selectors';
import { useSessionsStore } from '@renderer/stores/sessions/store';
import { OpenRoomPanel } from '@renderer/pages/live/OpenRoomPanel';

/** The workshop's live room: participants answer a quiz from their own phones. */
export function LiveTab() {
  const session = useSessionsStore(selectSession);
  const quizzes = useSessionsStore(selectQuizzes);
  if (!session) return null;
  return (
    <OpenRoomPanel
      target={{
        kind: 'quiz',
        sessionId: session.id,
        quizzes: quizzes.map((q) => ({ id: q.id, title: q.title })),
        defaultQuiz: session.preQuizId,
      }}
    />
  );
}

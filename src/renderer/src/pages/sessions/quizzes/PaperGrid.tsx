import { useTranslation } from 'react-i18next';
import type { QuestionSource } from '@shared/content/pack';
import type { ContentOrigin } from '@shared/domain/library';
import { paperLetter, paperRights } from '@shared/training/paper-order';
import type { Answer } from '@shared/training/scoring';
import { ContentNotice } from '@renderer/components/ContentNotice';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { LoadingNotice } from '@renderer/components/LoadingNotice';
import { answerControl, answerReady } from '@renderer/stores/sessions/attempt/questions';
import { usePaperStore } from '@renderer/stores/sessions/paper-store';
import { selectSession } from '@renderer/stores/sessions/selectors';
import { useSessionsStore } from '@renderer/stores/sessions/store';
import { workshopContentLanguage } from '@renderer/stores/sessions/workshop-content-language';
import { formatScore } from '../format';

/** One row of the grid: the question's letters, as on the printed sheet, as native controls. */
function Row({
  question,
  n,
  value,
  language,
}: {
  question: QuestionSource & { content?: ContentOrigin | undefined };
  n: number;
  value?: Answer | undefined;
  /** The workshop's content language, which the "in English" mark compares with. */
  language: string | undefined;
}) {
  const { t } = useTranslation('sessions');
  const set = (answer: Answer | undefined) =>
    usePaperStore.getState().setAnswer(question.id, answer);
  const control = answerControl(question);
  const name = `paper-${question.id}`;
  let inputs;
  if (control === 'matching') {
    const rights = paperRights(question);
    const pairs = typeof value === 'object' && !Array.isArray(value) ? value : {};
    inputs = question.pairs.map((pair, i) => (
      <label key={pair.left} className="paper-grid__match">
        <span className="paper-grid__match-left" title={pair.left}>
          {i + 1}. {pair.left}
        </span>
        <select
          className="field__select"
          value={pairs[pair.left] ?? ''}
          onChange={(event) => {
            const next = { ...pairs };
            if (event.target.value) next[pair.left] = event.target.value;
            else delete next[pair.left];
            set(Object.keys(next).length ? next : undefined);
          }}
        >
          <option value="">–</option>
          {rights.map((right, j) => (
            <option key={right} value={right}>
              {paperLetter(j)} · {right}
            </option>
          ))}
        </select>
      </label>
    ));
  } else {
    const chosen = new Set(typeof value === 'string' ? [value] : Array.isArray(value) ? value : []);
    inputs = (
      <>
        {control === 'radio' && (
          <label className="paper-grid__choice" title={t('paper.blank')}>
            <input
              type="radio"
              name={name}
              checked={chosen.size === 0}
              onChange={() => set(undefined)}
            />
            <span aria-hidden="true">–</span>
            <span className="visually-hidden">{t('paper.blank')}</span>
          </label>
        )}
        {question.options.map((option, i) => (
          <label key={option.id} className="paper-grid__choice" title={option.text}>
            <input
              type={control}
              name={name}
              checked={chosen.has(option.id)}
              aria-label={t('paper.option', { letter: paperLetter(i), text: option.text })}
              onChange={(event) => {
                if (control === 'radio') return set(option.id);
                const next = question.options
                  .map((o) => o.id)
                  .filter((id) => (id === option.id ? event.target.checked : chosen.has(id)));
                set(next.length ? next : undefined);
              }}
            />
            <span aria-hidden="true">{paperLetter(i)}</span>
          </label>
        ))}
      </>
    );
  }
  return (
    <fieldset className="paper-grid__row" data-testid="paper-row">
      <legend className="visually-hidden">{t('paper.row', { n, prompt: question.prompt })}</legend>
      <div className="paper-grid__line">
        <p className="paper-grid__question" title={question.prompt} aria-hidden="true">
          <span className="paper-grid__number">{n}</span>
          <span className="paper-grid__prompt">{question.prompt}</span>
          <ContentNotice origin={question.content} language={language} compact />
        </p>
        <div className="paper-grid__inputs">{inputs}</div>
      </div>
    </fieldset>
  );
}

/** A participant's paper sheet typed in on one screen, a row per question, saved as one attempt. */
export function PaperGrid() {
  const { t } = useTranslation('sessions');
  const session = useSessionsStore(selectSession);
  const grid = usePaperStore((s) => s.grid);
  const answers = usePaperStore((s) => s.answers);
  const phase = usePaperStore((s) => s.phase);
  const error = usePaperStore((s) => s.error);
  const score = usePaperStore((s) => s.score);
  if (phase === 'loading') return <LoadingNotice />;
  if (!grid) return error ? <ErrorAlert error={error} title={t('paper.failed')} /> : null;
  const questions = grid.quiz.questions;
  const participantName = session?.participants.find((p) => p.id === grid.participantId)?.name;
  const filled = questions.filter((q) => answerReady(q, answers[q.id])).length;
  return (
    <form
      className="ws-card ws-section paper-grid"
      aria-label={t('paper.title', { name: participantName, quiz: grid.quiz.title })}
      onSubmit={(event) => {
        event.preventDefault();
        void usePaperStore.getState().save();
      }}
    >
      <h3 className="ws-subtitle">
        {t('paper.title', { name: participantName, quiz: grid.quiz.title })}
      </h3>
      <p className="section-intro">{t('paper.intro')}</p>
      {questions.map((q, i) => (
        <Row
          key={q.id}
          question={q}
          n={i + 1}
          value={answers[q.id]}
          language={session ? workshopContentLanguage(session.language) : undefined}
        />
      ))}
      {error && <ErrorAlert error={error} title={t('paper.failed')} />}
      {phase === 'saved' && score !== null ? (
        <p className="ws-save-state" role="status" data-testid="paper-score">
          {t('paper.saved', { score: formatScore(score) })}
        </p>
      ) : (
        <p className="muted">{t('paper.filled', { filled, count: questions.length })}</p>
      )}
      <div className="ws-actions">
        {phase !== 'saved' && (
          <button type="submit" className="button button--primary" disabled={phase === 'saving'}>
            {t('paper.save')}
          </button>
        )}
        <button type="button" className="button" onClick={() => usePaperStore.getState().close()}>
          {phase === 'saved' ? t('paper.done') : t('paper.cancel')}
        </button>
      </div>
    </form>
  );
}

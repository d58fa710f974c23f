import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionSource } from '@shared/content/pack';
import type { Answer } from '@shared/training/scoring';
import { answerControl, shuffledWithSeed } from '@renderer/stores/sessions/attempt/questions';

interface QuestionInputsProps {
  question: QuestionSource;
  /** Seeds the order of matching answers (stable across reloads); options come in the attempt's stored order. */
  shuffleSeed: string | null;
  value: Answer | undefined;
  disabled: boolean;
  onChange(answer: Answer): void;
  /** Labels the group: the id of the prompt. */
  promptId: string;
}

export function QuestionInputs({
  question,
  shuffleSeed,
  value,
  disabled,
  onChange,
  promptId,
}: QuestionInputsProps) {
  const { t } = useTranslation('sessions');
  const control = answerControl(question);
  const options = question.options;
  const rights = useMemo(
    () =>
      shuffledWithSeed(
        [...new Set(question.pairs.map((p) => p.right))],
        `${shuffleSeed ?? 'fixed'}|${question.id}|rights`,
      ),
    [question, shuffleSeed],
  );

  if (control === 'matching') {
    const pairs = typeof value === 'object' && !Array.isArray(value) ? value : {};
    return (
      <div className="ws-matching" role="group" aria-labelledby={promptId}>
        {question.pairs.map((pair, i) => {
          const id = `ws-match-${question.id}-${i}`;
          return (
            <div key={pair.left} className="ws-matching__row">
              <label htmlFor={id} className="ws-matching__left" dir="auto">
                {pair.left}
              </label>
              <select
                id={id}
                className="field__select"
                value={pairs[pair.left] ?? ''}
                disabled={disabled}
                onChange={(event) => {
                  const next = { ...pairs };
                  if (event.target.value) next[pair.left] = event.target.value;
                  else delete next[pair.left];
                  onChange(next);
                }}
              >
                <option value="">{t('attempt.chooseMatch')}</option>
                {rights.map((right) => (
                  <option key={right} value={right}>
                    {right}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
    );
  }

  const chosen = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  return (
    <div
      className="ws-options"
      role={control === 'radio' ? 'radiogroup' : 'group'}
      aria-labelledby={promptId}
    >
      {options.map((option) => (
        <label
          key={option.id}
          className={`ws-option${chosen.includes(option.id) ? ' ws-option--chosen' : ''}`}
        >
          <input
            type={control}
            name={`ws-q-${question.id}`}
            value={option.id}
            checked={chosen.includes(option.id)}
            disabled={disabled}
            onChange={(event) => {
              if (control === 'radio') onChange(option.id);
              else
                onChange(
                  event.target.checked
                    ? [...chosen, option.id]
                    : chosen.filter((c) => c !== option.id),
                );
            }}
          />
          <span dir="auto">{option.text}</span>
        </label>
      ))}
    </div>
  );
}

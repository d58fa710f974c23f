import { useEffect, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { PlusIcon } from '@renderer/components/icons';
import {
  AGENDA_KINDS,
  type AgendaDraft,
  type AgendaKind,
} from '@renderer/stores/sessions/agenda-slice';
import { selectArticlesByChapter, selectChapters } from '@renderer/stores/library/selectors';
import { useLibraryStore } from '@renderer/stores/library/store';
import {
  selectAgenda,
  selectAgendaError,
  selectAgendaPhase,
  selectQuizzes,
  selectSession,
} from '@renderer/stores/sessions/selectors';
import { useSessionsStore } from '@renderer/stores/sessions/store';
import { formatShortDay } from '../format';
import { SaveState } from '../OverviewTab';

function RefSelect({ block, label }: { block: AgendaDraft; label: string }) {
  const { t } = useTranslation('sessions');
  const chapters = useLibraryStore(selectChapters);
  const articlesByChapter = useLibraryStore(selectArticlesByChapter);
  const quizzes = useSessionsStore(selectQuizzes);
  const id = `ws-ref-${block.key}`;
  const update = (ref: string) =>
    useSessionsStore.getState().updateBlock(block.key, { ref: ref || null });
  if (block.kind !== 'article' && block.kind !== 'chapter' && block.kind !== 'quiz') return null;
  return (
    <div className="field ws-block__ref">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="field__select"
        value={block.ref ?? ''}
        onChange={(event) => update(event.target.value)}
      >
        <option value="">{t('agenda.choose')}</option>
        {block.kind === 'article' &&
          chapters.map((c) => (
            <optgroup
              key={c.number}
              label={t('agenda.chapterOption', { number: c.number, title: c.title })}
            >
              {(articlesByChapter[c.number] ?? []).map((a) => (
                <option key={a.number} value={String(a.number)}>
                  {t('agenda.articleOption', { number: a.number, title: a.title })}
                </option>
              ))}
            </optgroup>
          ))}
        {block.kind === 'chapter' &&
          chapters.map((c) => (
            <option key={c.number} value={c.number}>
              {t('agenda.chapterOption', { number: c.number, title: c.title })}
            </option>
          ))}
        {block.kind === 'quiz' &&
          quizzes.map((q) => (
            <option key={q.id} value={q.id}>
              {q.title}
            </option>
          ))}
      </select>
    </div>
  );
}

interface BlockProps {
  block: AgendaDraft;
  index: number;
  count: number;
  days: string[];
  dragging: string | null;
  onDragStart(key: string): void;
  onDragEnd(): void;
  onMoved(message: string, key: string): void;
}

function Block({
  block,
  index,
  count,
  days,
  dragging,
  onDragStart,
  onDragEnd,
  onMoved,
}: BlockProps) {
  const { t } = useTranslation('sessions');
  const store = useSessionsStore.getState;
  const kindLabel = t(`agenda.kind.${block.kind}`);
  const field = (name: string) => `ws-${name}-${block.key}`;
  const move = (delta: number) => {
    if (index + delta < 0 || index + delta >= count) return;
    store().moveBlock(block.key, delta);
    onMoved(t('agenda.moved', { kind: kindLabel, position: index + delta + 1, count }), block.key);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey) return;
    if (event.key === 'ArrowUp') {
      event.preventDefault();
      move(-1);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      move(1);
    }
  };
  const onDrop = (event: DragEvent<HTMLLIElement>) => {
    event.preventDefault();
    const key = event.dataTransfer.getData('text/plain') || dragging;
    if (key && key !== block.key) {
      store().moveBlockTo(key, block.key);
      onMoved(t('agenda.dropped', { position: index + 1, count }), key);
    }
    onDragEnd();
  };
  return (
    <li
      className={`ws-block ws-block--${block.kind}${dragging === block.key ? ' ws-block--dragging' : ''}`}
      data-key={block.key}
      aria-label={t('agenda.blockLabel', { position: index + 1, kind: kindLabel })}
      onKeyDown={onKeyDown}
      onDragOver={(event) => {
        if (dragging) event.preventDefault();
      }}
      onDrop={onDrop}
    >
      <div
        className="ws-block__handle"
        draggable
        title={t('agenda.dragHint')}
        onDragStart={(event) => {
          event.dataTransfer.setData('text/plain', block.key);
          event.dataTransfer.effectAllowed = 'move';
          onDragStart(block.key);
        }}
        onDragEnd={onDragEnd}
      >
        <span aria-hidden="true">⋮⋮</span>
        <span className="ws-block__number">{index + 1}</span>
      </div>
      <div className="ws-block__body">
        <div className="ws-block__kind">
          <span className={`ws-kind ws-kind--${block.kind}`}>{kindLabel}</span>
        </div>
        <div className="ws-block__fields">
          <RefSelect block={block} label={t(`agenda.ref.${block.kind as 'article'}`)} />
          <div className="field ws-block__title">
            <label className="field__label" htmlFor={field('title')}>
              {t('agenda.blockTitle')}
            </label>
            <input
              id={field('title')}
              className="field__input"
              value={block.title}
              maxLength={300}
              onChange={(event) => store().updateBlock(block.key, { title: event.target.value })}
            />
          </div>
          <div className="field ws-block__day">
            <label className="field__label" htmlFor={field('day')}>
              {t('agenda.day')}
            </label>
            <select
              id={field('day')}
              className="field__select"
              value={block.day ?? ''}
              onChange={(event) =>
                store().updateBlock(block.key, { day: event.target.value || null })
              }
            >
              <option value="">{t('agenda.noDay')}</option>
              {days.map((d, i) => (
                <option key={d} value={d}>
                  {t('agenda.dayOption', { n: i + 1, date: formatShortDay(d) })}
                </option>
              ))}
            </select>
          </div>
          <div className="field ws-block__time">
            <label className="field__label" htmlFor={field('time')}>
              {t('agenda.startTime')}
            </label>
            <input
              id={field('time')}
              type="time"
              className="field__input"
              value={block.startTime ?? ''}
              onChange={(event) =>
                store().updateBlock(block.key, { startTime: event.target.value || null })
              }
            />
          </div>
          <div className="field ws-block__minutes">
            <label className="field__label" htmlFor={field('minutes')}>
              {t('agenda.minutes')}
            </label>
            <input
              id={field('minutes')}
              type="number"
              min={0}
              max={1440}
              className="field__input"
              value={block.minutes ?? ''}
              onChange={(event) => {
                const value = event.target.value;
                const minutes =
                  value === '' ? null : Math.max(0, Math.min(1440, Math.round(Number(value))));
                store().updateBlock(block.key, {
                  minutes: Number.isFinite(minutes) ? minutes : null,
                });
              }}
            />
          </div>
        </div>
      </div>
      <div className="ws-block__actions">
        <button
          type="button"
          className="button button--small"
          disabled={index === 0}
          aria-label={t('agenda.moveUpLabel', { position: index + 1, kind: kindLabel })}
          onClick={() => move(-1)}
        >
          <span aria-hidden="true">↑</span> {t('agenda.moveUp')}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={index === count - 1}
          aria-label={t('agenda.moveDownLabel', { position: index + 1, kind: kindLabel })}
          onClick={() => move(1)}
        >
          <span aria-hidden="true">↓</span> {t('agenda.moveDown')}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={t('agenda.removeLabel', { position: index + 1, kind: kindLabel })}
          onClick={() => {
            store().removeBlock(block.key);
            onMoved(t('agenda.removed', { kind: kindLabel }), '');
          }}
        >
          {t('agenda.remove')}
        </button>
      </div>
    </li>
  );
}

/** The totals with the save state; the state is announced from the top copy only. */
function AgendaTotals({ announce = true }: { announce?: boolean }) {
  const { t } = useTranslation('sessions');
  const agenda = useSessionsStore(selectAgenda);
  const phase = useSessionsStore(selectAgendaPhase);
  const error = useSessionsStore(selectAgendaError);
  const totalMinutes = agenda.reduce((sum, b) => sum + (b.minutes ?? 0), 0);
  return (
    <div className="ws-agenda-save">
      <span className="muted">
        {t('agenda.total', { count: agenda.length, minutes: totalMinutes })}
      </span>
      {announce && <SaveState phase={phase} error={error} />}
    </div>
  );
}

export function AgendaTab() {
  const { t } = useTranslation('sessions');
  const session = useSessionsStore(selectSession);
  const agenda = useSessionsStore(selectAgenda);
  const phase = useSessionsStore(selectAgendaPhase);
  const error = useSessionsStore(selectAgendaError);
  const [dragging, setDragging] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // Leaving the tab sends what is pending at once.
  useEffect(() => () => void useSessionsStore.getState().flushEdits(), []);
  if (!session) return null;

  const onMoved = (message: string, key: string) => {
    setAnnouncement(message);
    // Keep the keyboard where the block went.
    if (key)
      requestAnimationFrame(() =>
        document
          .querySelector<HTMLElement>(
            `[data-key="${key}"] .ws-block__actions button:not(:disabled)`,
          )
          ?.focus(),
      );
  };
  const add = (kind: AgendaKind) => {
    const key = useSessionsStore.getState().addBlock(kind);
    requestAnimationFrame(() =>
      document
        .querySelector<HTMLElement>(`[data-key="${key}"] select, [data-key="${key}"] input`)
        ?.focus(),
    );
  };

  return (
    <div className="ws-stack">
      <div className="ws-section-head">
        <h2 id="ws-agenda-title" className="section-title section-title--first">
          {t('agenda.title')}
        </h2>
        <AgendaTotals />
      </div>
      <p className="section-intro">{t('agenda.intro')}</p>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      {agenda.length === 0 ? (
        <p className="empty-note">{t('agenda.empty')}</p>
      ) : (
        <ol className="ws-agenda" aria-labelledby="ws-agenda-title">
          {agenda.map((block, index) => (
            <Block
              key={block.key}
              block={block}
              index={index}
              count={agenda.length}
              days={session.days}
              dragging={dragging}
              onDragStart={setDragging}
              onDragEnd={() => setDragging(null)}
              onMoved={onMoved}
            />
          ))}
        </ol>
      )}
      <div className="toolbar ws-toolbar" role="group" aria-label={t('agenda.addGroup')}>
        {AGENDA_KINDS.map((kind) => (
          <button key={kind} type="button" className="button" onClick={() => add(kind)}>
            <PlusIcon />
            {t(`agenda.add.${kind}`)}
          </button>
        ))}
      </div>
      {phase === 'error' && error && <ErrorAlert error={error} title={t('agenda.saveFailed')} />}
      <div className="ws-actions">
        <AgendaTotals announce={false} />
      </div>
    </div>
  );
}
